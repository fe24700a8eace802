import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.constants';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ReminderDelivery } from './reminder-delivery.service';
import { ReminderOutbox, type PlannedReminder } from './reminder-outbox';
import { ReminderRelay } from './reminder-relay.service';
import { ReminderWorker } from './reminder-worker';

/** Fault tests of the reminder pipeline against the real Postgres and Redis: count what arrives. */
describe('the reminder worker', () => {
  let subject: TestApp;
  let recipient: string;
  let worker: ReminderWorker | undefined;
  const errors: string[] = [];
  const db = () => subject.app.get(DataSource);
  const queue = () => subject.app.get<Queue>(getQueueToken(QUEUES.reminders));

  const newWorker = () =>
    new ReminderWorker(
      subject.app.get(AppConfig),
      subject.app.get(ReminderDelivery),
      subject.app.get(ReminderRelay),
      (where, error) => errors.push(`${where}: ${error.message}`),
    );

  /** `count` reminders for one batch, due `inMs` from now. */
  async function plan(count: number, inMs: number): Promise<string> {
    const batch = randomUUID();
    const dueAt = new Date(Date.now() + inMs);
    const dueOn = dueAt.toISOString().slice(0, 10);
    await db().transaction(async (manager) => {
      for (let i = 0; i < count; i++) {
        const subjectId = `${batch}-${i}`;
        const reminder: PlannedReminder = {
          key: `action-deadline-soon|${subjectId}|${dueOn}|${recipient}`,
          kind: 'action-deadline-soon',
          subjectId,
          caseId: null,
          recipientUserId: recipient,
          dueOn,
          dueAt,
          title: 'Een actie verloopt over 3 dagen',
          link: '/home',
        };
        await ReminderOutbox.replace(manager, subjectId, [reminder.kind], [reminder], new Date());
      }
    });
    return batch;
  }

  const told = async (batch: string) =>
    Number(
      (
        await db().query(
          `SELECT count(*) AS n FROM notification n JOIN reminder r ON r.id = n.subject_id
            WHERE n.kind = 'reminder' AND r.subject_id LIKE $1`,
          [`${batch}-%`],
        )
      )[0].n,
    );
  const delivered = async (batch: string) =>
    Number(
      (
        await db().query(`SELECT count(*) AS n FROM reminder WHERE status = 'delivered' AND subject_id LIKE $1`, [
          `${batch}-%`,
        ])
      )[0].n,
    );

  async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    subject = await createTestApp();
    recipient = (await db().query(`SELECT id FROM app_user WHERE email = 'member@demo.sluitend.nl'`))[0].id;
  });

  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  afterAll(() => subject.close());

  it('relays each reminder into BullMQ once, under its deterministic key, however often the relay runs', async () => {
    const batch = await plan(20, 60_000);
    const relay = subject.app.get(ReminderRelay);
    const [first, second] = await Promise.all([relay.relayBatch(), relay.relayBatch()]);
    expect(first + second).toBeGreaterThanOrEqual(20);
    // A crash between the add and the mark: the next relay adds the same job ids again, and BullMQ keeps one.
    await db().query(`UPDATE reminder SET enqueued_at = NULL WHERE subject_id LIKE $1`, [`${batch}-%`]);
    await relay.relayBatch();
    const keys = (await db().query(`SELECT key FROM reminder WHERE subject_id LIKE $1`, [`${batch}-%`])) as Array<{
      key: string;
    }>;
    const jobs = await Promise.all(keys.map(({ key }) => queue().getJob(key)));
    expect(jobs.every((job) => job !== undefined)).toBe(true);
    expect(await queue().getDelayedCount()).toBeGreaterThanOrEqual(20);
  });

  it('delivers every due reminder exactly once through the queue', async () => {
    const batch = await plan(50, 500);
    worker = newWorker();
    worker.start({ relayEveryMs: 100, reconcileEveryMs: 60_000, concurrency: 8 });
    await until(async () => (await delivered(batch)) === 50);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await told(batch)).toBe(50);
    expect(errors).toEqual([]);
  });

  it('delivers reminders whose jobs Redis lost, once each, through the reconciler', async () => {
    const batch = await plan(30, 300);
    const relay = subject.app.get(ReminderRelay);
    while ((await relay.relayBatch()) > 0);
    // Redis forgets every job (a flush, a restart without persistence, a lost delayed job).
    await queue().obliterate({ force: true });
    await new Promise((resolve) => setTimeout(resolve, 400));
    worker = newWorker();
    worker.start({ relayEveryMs: 100, reconcileEveryMs: 200, concurrency: 8 });
    await until(async () => (await delivered(batch)) === 30);
    expect(await told(batch)).toBe(30);
  });

  it('delivers once when the queue and the reconciler race for the same reminders', async () => {
    const batch = await plan(40, 200);
    worker = newWorker();
    worker.start({ relayEveryMs: 50, reconcileEveryMs: 50, concurrency: 8 });
    await until(async () => (await delivered(batch)) === 40);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await told(batch)).toBe(40);
  });
});
