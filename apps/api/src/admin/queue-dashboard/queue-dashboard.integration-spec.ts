import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { QUEUES, REMINDER_JOBS, type DeliverReminderJob } from '../../queue/queue.constants';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app';

const ADMIN = 'admin@demo.sluitend.nl';
const PROFESSIONAL = 'jongerenwerker@demo.sluitend.nl';
const WEB_APP_PAGE = '<!doctype html><title>web app</title>';

interface AuditRow {
  action: string;
  resource: string;
  fields: string[];
  ground: string;
  user_id: string | null;
}

describe('the queue dashboard at /admin/queues', () => {
  let subject: TestApp;
  let webDist: string;
  let queue: Queue<DeliverReminderJob>;

  beforeAll(async () => {
    // A built web app, so the test proves its SPA fallback does not answer for the dashboard.
    webDist = mkdtempSync(join(tmpdir(), 'sluitend-web-'));
    writeFileSync(join(webDist, 'index.html'), WEB_APP_PAGE);
    subject = await createTestApp({ WEB_DIST_DIR: webDist });
    queue = subject.app.get(getQueueToken(QUEUES.reminders));
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await subject.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const auditSince = async (sequence: number): Promise<AuditRow[]> =>
    subject.app
      .get(DataSource)
      .query(
        `SELECT action, resource, fields, ground, user_id FROM audit_event WHERE sequence > $1 ORDER BY sequence`,
        [sequence],
      );
  const lastSequence = async (): Promise<number> =>
    Number((await subject.app.get(DataSource).query(`SELECT sequence FROM audit_chain_head WHERE id = 1`))[0].sequence);

  it('answers an anonymous visitor 401 with a problem, for the page and for its JSON api', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const response = await subject.browser().get(path);
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answers a signed-in professional 403, for the page and for its JSON api', async () => {
    const browser = subject.browser();
    await signIn(browser, PROFESSIONAL);
    for (const path of ['/admin/queues', '/admin/queues/queue/reminders', '/admin/queues/api/queues']) {
      const response = await browser.get(path);
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('shows an admin the dashboard page under the app-wide CSP, instead of the web app, and logs the opening', async () => {
    const browser = subject.browser();
    await signIn(browser, ADMIN);
    const before = await lastSequence();

    const response = await browser.get('/admin/queues');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.text).toContain('<base href="/admin/queues/"');
    expect(response.text).not.toContain(WEB_APP_PAGE);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(await auditSince(before)).toEqual([
      expect.objectContaining({ action: 'read', resource: 'queue-dashboard', fields: [], ground: 'role' }),
    ]);
  });

  it("serves the dashboard's own scripts to an admin", async () => {
    const browser = subject.browser();
    await signIn(browser, ADMIN);
    const page = await browser.get('/admin/queues');
    const script = /<script defer src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();

    const response = await browser.get(`/admin/queues/${script}`);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
  });

  it('lists the reminders queue with a job added to it, and every other queue of the API, to an admin', async () => {
    await queue.add(REMINDER_JOBS.deliver, { reminderId: 'dashboard-1' }, { jobId: 'dashboard-1', delay: 60_000 });
    const browser = subject.browser();
    await signIn(browser, ADMIN);
    const before = await lastSequence();

    const response = await browser.get('/admin/queues/api/queues').query({ activeQueue: QUEUES.reminders });

    expect(response.status).toBe(200);
    const queues: Array<{ name: string; counts: Record<string, number>; jobs: Array<{ id: string; data: unknown }> }> =
      response.body.queues;
    expect(queues.map((listed) => listed.name).sort()).toEqual(Object.values(QUEUES).sort());
    const reminders = queues.find((listed) => listed.name === QUEUES.reminders);
    expect(reminders?.counts['delayed']).toBe(1);
    expect(reminders?.jobs).toEqual([
      expect.objectContaining({ id: 'dashboard-1', data: { reminderId: 'dashboard-1' } }),
    ]);
    // The UI polls this every few seconds: it is not an opening of the dashboard.
    expect(await auditSince(before)).toEqual([]);
  });

  it("lets an admin's change through only with the app's CSRF token, and logs it", async () => {
    const browser = subject.browser();
    const token = await signIn(browser, ADMIN);
    const pause = `/admin/queues/api/queues/${QUEUES.reminders}/pause`;

    const forged = await browser.put(pause);
    expect(forged.status).toBe(403);
    expect(forged.body.type).toBe('https://sluitend.nl/problems/csrf-token-invalid');
    expect(await queue.isPaused()).toBe(false);

    const before = await lastSequence();
    const paused = await browser.put(pause).set('X-XSRF-TOKEN', token);
    expect(paused.status).toBe(200);
    expect(await queue.isPaused()).toBe(true);
    expect(await auditSince(before)).toEqual([
      expect.objectContaining({
        action: 'update',
        resource: 'queue-dashboard',
        fields: [`/api/queues/reminders/pause`],
      }),
    ]);

    await browser.put(`/admin/queues/api/queues/${QUEUES.reminders}/resume`).set('X-XSRF-TOKEN', token);
    expect(await queue.isPaused()).toBe(false);
  });

  it("refuses a professional's change before it reaches the queue", async () => {
    const browser = subject.browser();
    const token = await signIn(browser, PROFESSIONAL);

    const response = await browser.put(`/admin/queues/api/queues/${QUEUES.reminders}/pause`).set('X-XSRF-TOKEN', token);

    expect(response.status).toBe(403);
    expect(response.body.type).toBe('https://sluitend.nl/problems/forbidden');
    expect(await queue.isPaused()).toBe(false);
  });

  it('still answers other browser paths with the web app', async () => {
    const response = await subject.browser().get('/admin/organisations');
    expect(response.status).toBe(200);
    expect(response.text).toBe(WEB_APP_PAGE);
  });
});
