import { getQueueToken } from '@nestjs/bullmq';
import { Worker, type Job, type Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { createTestApp, type TestApp } from '../testing/test-app';
import { QUEUES, REMINDER_JOBS, type DeliverReminderJob } from './queue.constants';

describe('the reminders queue', () => {
  let subject: TestApp;
  let queue: Queue<DeliverReminderJob>;

  beforeAll(async () => {
    subject = await createTestApp();
    queue = subject.app.get(getQueueToken(QUEUES.reminders));
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await subject.close();
  });

  it('keeps one job per deterministic id, however often it is added', async () => {
    const options = { jobId: 'reminder-42', delay: 60_000 };
    await queue.add(REMINDER_JOBS.deliver, { reminderId: '42' }, options);
    await queue.add(REMINDER_JOBS.deliver, { reminderId: '42' }, options);
    expect(await queue.getDelayedCount()).toBe(1);
  });

  it('delivers an added job to a worker on the same Redis', async () => {
    const config = subject.app.get(AppConfig);
    const received: DeliverReminderJob[] = [];
    const worker = new Worker<DeliverReminderJob>(
      QUEUES.reminders,
      async (job: Job<DeliverReminderJob>) => {
        received.push(job.data);
      },
      { connection: { url: config.REDIS_URL, maxRetriesPerRequest: null }, prefix: `${config.REDIS_KEY_PREFIX}:bull` },
    );
    const done = new Promise<void>((resolve) => worker.on('completed', () => resolve()));
    await queue.add(REMINDER_JOBS.deliver, { reminderId: '7' }, { jobId: 'reminder-7' });
    await done;
    await worker.close();
    expect(received).toEqual([{ reminderId: '7' }]);
  });
});
