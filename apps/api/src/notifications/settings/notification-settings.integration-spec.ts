import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app';
import { NotificationsService } from '../notifications.service';

const CHAIR = 'chair@demo.sluitend.nl';
const MEMBER = 'member@demo.sluitend.nl';

describe('notification settings', () => {
  let subject: TestApp;
  const db = () => subject.app.get(DataSource);
  const user = async (email: string) =>
    (await db().query(`SELECT id, mail_preference AS mail, version FROM app_user WHERE email = $1`, [email]))[0] as {
      id: string;
      mail: string;
      version: number;
    };
  const mailStatus = async (id: string) =>
    (await db().query(`SELECT mail_status FROM notification WHERE id = $1`, [id]))[0].mail_status as string;

  /** One notification for the user, as the app writes them; returns its id. */
  async function notify(email: string): Promise<string> {
    const userId = (await user(email)).id;
    const subjectId = randomUUID();
    await db().transaction((manager) =>
      subject.app
        .get(NotificationsService)
        .notify(manager, [{ userId, kind: 'agreements.assigned', subjectId, title: 'Een afspraak', link: '/home' }]),
    );
    return (await db().query(`SELECT id FROM notification WHERE subject_id = $1`, [subjectId]))[0].id;
  }

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(() => subject.close());

  it('shows me my own preference, address and version, and changes only mine', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, CHAIR);
    const before = await user(CHAIR);
    const memberBefore = await user(MEMBER);

    const read = await browser.get('/api/v1/notification-settings');
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ mail: 'immediate', email: CHAIR, version: before.version });

    const changed = await browser
      .put('/api/v1/notification-settings')
      .set('X-XSRF-TOKEN', token)
      .send({ mail: 'daily-digest', version: before.version });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ mail: 'daily-digest', email: CHAIR, version: before.version + 1 });
    expect((await browser.get('/api/v1/notification-settings')).body).toEqual(changed.body);
    expect(await user(CHAIR)).toMatchObject({ mail: 'daily-digest', version: before.version + 1 });
    expect(await user(MEMBER)).toEqual(memberBefore);
  });

  it('refuses an unknown preference or an unknown field with field errors, changing nothing', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, MEMBER);
    const before = await user(MEMBER);

    const unknownValue = await browser
      .put('/api/v1/notification-settings')
      .set('X-XSRF-TOKEN', token)
      .send({ mail: 'weekly', version: before.version });
    expect(unknownValue.status).toBe(400);
    expect(unknownValue.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknownValue.body.errors).toEqual([{ field: 'mail', message: expect.any(String) }]);

    const badVersion = await browser
      .put('/api/v1/notification-settings')
      .set('X-XSRF-TOKEN', token)
      .send({ mail: 'off', version: 'one' });
    expect(badVersion.status).toBe(400);
    expect(badVersion.body.errors.map((error: { field: string }) => error.field)).toContain('version');

    const extraField = await browser
      .put('/api/v1/notification-settings')
      .set('X-XSRF-TOKEN', token)
      .send({ mail: 'off', version: before.version, email: 'elders@example.nl' });
    expect(extraField.status).toBe(400);
    expect(extraField.body.errors).toEqual([{ field: 'email', message: expect.any(String) }]);

    expect(await user(MEMBER)).toEqual(before);
  });

  it('answers a stale version with 409 and keeps the newer choice', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, MEMBER);
    const { version } = await user(MEMBER);
    const first = await browser
      .put('/api/v1/notification-settings')
      .set('X-XSRF-TOKEN', token)
      .send({ mail: 'off', version });
    expect(first.status).toBe(200);

    const stale = await browser
      .put('/api/v1/notification-settings')
      .set('X-XSRF-TOKEN', token)
      .send({ mail: 'daily-digest', version });
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.body).toMatchObject({ currentVersion: version + 1 });
    expect(await user(MEMBER)).toMatchObject({ mail: 'off', version: version + 1 });
  });

  it('mails what waits for my digest one by one after I switch to immediate, and drops it after I switch off', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, CHAIR);
    const put = async (mail: string) =>
      browser
        .put('/api/v1/notification-settings')
        .set('X-XSRF-TOKEN', token)
        .send({ mail, version: (await user(CHAIR)).version });

    expect((await put('daily-digest')).status).toBe(200);
    const waiting = await notify(CHAIR);
    expect(await mailStatus(waiting)).toBe('digest');
    expect((await put('immediate')).status).toBe(200);
    expect(await mailStatus(waiting)).toBe('pending');
    expect(await mailStatus(await notify(CHAIR))).toBe('pending');

    expect((await put('daily-digest')).status).toBe(200);
    const dropped = await notify(CHAIR);
    expect((await put('off')).status).toBe(200);
    expect(await mailStatus(dropped)).toBe('skipped');
    // Switching never touches a mail already on its way.
    expect(await mailStatus(waiting)).toBe('pending');
    expect(await mailStatus(await notify(CHAIR))).toBe('skipped');
  });

  it('is for signed-in users only', async () => {
    expect((await subject.browser().get('/api/v1/notification-settings')).status).toBe(401);
  });
});
