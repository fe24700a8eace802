import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  DEFAULT_LIFE_DOMAINS,
  emptyToekomstplan,
  reminderTitle,
  type CaseResponse,
  type MunicipalityResponse,
  type ToekomstplanContent,
} from '@sluitend/domain';
import { HttpSession } from './support/http-session';
import { newJongere, today } from './support/jongeren';
import {
  AppProcess,
  OwnDatabase,
  OwnRedis,
  ReminderLedger,
  appEnvironment,
  freePort,
  report,
  sleep,
  until,
  type MailCounts,
  type ReminderCounts,
} from './support/reminder-rig';

const SANNE = 'jongerenwerker@demo.sluitend.nl';
const TITLE = reminderTitle('action-deadline-soon', { aboutDate: today() });

function daysAgo(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function expectEachToldOnce(counts: ReminderCounts, due: number, mail: MailCounts): void {
  expect(counts.due).toBe(due);
  expect(counts.delivered).toBe(due);
  expect(counts.lost).toBe(0);
  expect(counts.duplicates).toBe(0);
  expect(counts.notifications).toBe(due);
  expect(counts.maxJobsPerReminder).toBeLessThanOrEqual(1);
  expect(mail.expected).toBeGreaterThan(0);
  expect(mail.sent).toBe(mail.expected);
  expect(mail.files).toBe(mail.expected);
}

/** Waits for the mail of what was delivered, then for anything told late (a second delivery would show now). */
async function settle(ledger: ReminderLedger, where: string, values: unknown[], dataDir: string): Promise<MailCounts> {
  await until(
    'the e-mail of every notification',
    async () => {
      const mail = await ledger.mail(where, values, dataDir);
      return mail.sent === mail.expected && mail.files === mail.expected;
    },
    90_000,
  );
  await sleep(2000);
  return ledger.mail(where, values, dataDir);
}

/**
 * The faults of issue 6 on real processes: the built API and worker, a redis-server and a database of this
 * file's own. After each fault every due reminder must be told exactly once: counted in Postgres (delivered,
 * notifications per reminder), in Redis (BullMQ jobs per reminder) and in DATA_DIR/mail (an e-mail file per
 * notification of a user with the default preference, each mail once).
 */
describe('reminders under process faults', () => {
  let dir: string;
  let dataDir: string;
  let redis: OwnRedis;
  let database: OwnDatabase;
  let api: AppProcess;
  let apiUrl: string;
  let db: Client;
  let ledger: ReminderLedger;
  let env: Record<string, string>;
  let recipients: string[];
  const workers: AppProcess[] = [];

  const startWorker = (extra: Record<string, string> = {}): AppProcess => {
    const worker = AppProcess.start('worker.js', { ...env, ...extra });
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sluitend-faults-'));
    redis = await OwnRedis.start(dir);
    database = await OwnDatabase.create();
    dataDir = join(dir, 'data');
    env = appEnvironment(database, redis, dataDir);
    const port = await freePort();
    apiUrl = `http://localhost:${port}`;
    // The API migrates the new database and seeds the demo users, as it does on a first start.
    api = AppProcess.start('main.js', { ...env, PORT: String(port) });
    await api.waitForHealth(apiUrl);
    db = new Client({ connectionString: database.url });
    await db.connect();
    const users = await db.query<{ id: string }>(
      `SELECT id FROM app_user WHERE active AND email LIKE '%@demo.sluitend.nl' ORDER BY email`,
    );
    recipients = users.rows.map((row) => row.id);
    ledger = new ReminderLedger(db, redis.url, env['REDIS_KEY_PREFIX']);
  }, 180_000);

  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.stop();
  });

  afterAll(async () => {
    await api?.stop();
    await db?.end();
    await redis?.stop();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('delivers every due reminder once after Redis lost its delayed jobs to a FLUSHALL and a restart', async () => {
    const worker = startWorker({ REMINDER_RECONCILE_MS: '1000' });
    await worker.waitFor('worker running');
    const batch = await ledger.plan(500, 12_000, recipients, TITLE);
    const where = 'r.subject_id LIKE $1';
    const values = [`${batch}.%`];
    const inBatch = () => ledger.jobs(where, values);
    await until('the relay to move the batch into BullMQ', async () => (await inBatch()) >= 500, 10_000);
    expect(await ledger.delivered(where, values)).toBe(0);

    await redis.flushAndShutdown();
    await sleep(1000);
    await redis.restart();
    // The jobs are gone for good; only Postgres still knows these reminders are due.
    expect(await inBatch()).toBe(0);

    await until(
      'every reminder of the batch to be delivered',
      async () => (await ledger.delivered(where, values)) === 500,
      60_000,
    );
    const mail = await settle(ledger, where, values, dataDir);
    const counts = await ledger.count(where, values);
    report('Redis flushed and restarted', counts, mail);
    expectEachToldOnce(counts, 500, mail);
    // The same worker reconnected; it was not restarted.
    expect(worker.child.exitCode).toBeNull();
  }, 120_000);

  it('delivers every due reminder once after the worker was killed in the middle of a batch', async () => {
    const total = 3000;
    const batch = await ledger.plan(total, -1000, recipients, TITLE);
    const where = 'r.subject_id LIKE $1';
    const values = [`${batch}.%`];
    const first = startWorker();
    let atKill = 0;
    await until(
      'the first worker to deliver a third of the batch',
      async () => {
        atKill = await ledger.delivered(where, values);
        return atKill >= total / 3;
      },
      60_000,
    );
    await first.kill();
    atKill = await ledger.delivered(where, values);
    expect(atKill).toBeGreaterThanOrEqual(total / 10);
    expect(atKill).toBeLessThanOrEqual((total * 9) / 10);

    startWorker();
    await until(
      'the second worker to deliver the rest',
      async () => (await ledger.delivered(where, values)) === total,
      60_000,
    );
    const mail = await settle(ledger, where, values, dataDir);
    const counts = await ledger.count(where, values);
    report('Worker killed in the middle of a batch', counts, mail, ` (killed at ${atKill} of ${total} delivered)`);
    expectEachToldOnce(counts, total, mail);
  }, 150_000);

  it('delivers every due reminder once that the API committed just before it was killed, before any relay', async () => {
    const sanne = await HttpSession.signIn(apiUrl, SANNE);
    const me = await sanne.get<{ id: string }>('/auth/me');
    const tiel = (await sanne.get<MunicipalityResponse[]>('/municipalities')).find((m) => m.name === 'Tiel');
    const jongere = newJongere();
    const dossier = await sanne.call<CaseResponse>('POST', '/cases', {
      ...jongere,
      municipalityId: tiel?.id,
      consent: { givenBy: ['jongere'], givenOn: today() },
    });
    const content: ToekomstplanContent = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, jongere.dateOfBirth, today());
    // Deadlines two days ago: each action's "soon" and "passed" reminders are due already.
    content.domains[0].goals = [
      {
        id: 'goal-1',
        description: 'Een eigen kamer',
        actions: Array.from({ length: 25 }, (_, i) => ({
          id: `action-${i + 1}`,
          description: `Stap ${i + 1} naar een kamer`,
          owner: { userId: me.id, organisationId: null },
          deadline: daysAgo(2),
          status: 'open' as const,
        })),
      },
    ];
    await sanne.call('PUT', `/cases/${dossier.id}/toekomstplan`, { basedOnVersion: null, content });
    await api.kill();

    const where = 'r.case_id = $1';
    const values = [dossier.id];
    const committed = await ledger.count(where, values);
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM reminder r WHERE ${where} AND r.enqueued_at IS NULL AND r.status = 'pending'`,
      values,
    );
    // Committed with the plan, nothing relayed, nothing told.
    expect(committed.due).toBeGreaterThanOrEqual(50);
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(committed.due);
    expect(committed.jobs).toBe(0);
    expect(committed.notifications).toBe(0);

    startWorker();
    await until(
      'the worker to deliver what the API committed',
      async () => (await ledger.delivered(where, values)) >= committed.due,
      60_000,
    );
    const mail = await settle(ledger, where, values, dataDir);
    const counts = await ledger.count(where, values);
    report('API killed between the commit and the enqueue', counts, mail);
    expectEachToldOnce(counts, committed.due, mail);
  }, 120_000);
});
