import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type Redis from 'ioredis';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { DigestSender } from './notifications/mail-outbox/digest-sender.service';
import { MailOutbox } from './notifications/mail-outbox/mail-outbox.service';
import { MailWorker } from './notifications/mail-outbox/mail-worker';
import { REDIS } from './redis/redis.module';
import { assertNoEviction, EvictingRedisError } from './reminders/redis-eviction-policy';
import { ReminderDelivery } from './reminders/reminder-delivery.service';
import { ReminderRelay } from './reminders/reminder-relay.service';
import { ReminderWorker } from './reminders/reminder-worker';
import { WorkerModule } from './reminders/worker.module';

/**
 * The worker: its own process, scaled apart from the API (any number may run; delivery is exactly-once,
 * mail is claimed with SKIP LOCKED). It delivers reminders and mails notifications. It needs the API's
 * database (DATABASE_URL) and Redis, and refuses an evicting Redis.
 */
async function bootstrap(config: AppConfig): Promise<void> {
  if (!config.DATABASE_URL) throw new ConfigError('Configuration error: DATABASE_URL is required for the worker');
  const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, config.DATABASE_URL), {
    bufferLogs: true,
  });
  const logger = context.get(Logger);
  context.useLogger(logger);
  context.enableShutdownHooks();
  await assertNoEviction(context.get<Redis>(REDIS));
  const worker = new ReminderWorker(config, context.get(ReminderDelivery), context.get(ReminderRelay), (where, error) =>
    logger.error(`${where}: ${error.message}`),
  );
  worker.start({ relayEveryMs: 1000, reconcileEveryMs: config.REMINDER_RECONCILE_MS, concurrency: 16 });
  // A reminder due while no worker ran is delivered at once.
  void worker.reconcile().catch((error: Error) => logger.error(`reminder reconcile: ${error.message}`));
  // Every notification's e-mail, and the daily digest (a digest missed while no worker ran goes out now).
  const mail = new MailWorker(context.get(MailOutbox), context.get(DigestSender), (where, error) =>
    logger.error(`${where}: ${error.message}`),
  );
  mail.start(2000);
  void mail.tick();
  logger.log('Reminder and mail worker running');
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void Promise.all([worker.stop(), mail.stop()])
        .then(() => context.close())
        .then(() => process.exit(0));
    });
}

let config: AppConfig;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

bootstrap(config).catch((error: unknown) => {
  const known = error instanceof EvictingRedisError || error instanceof ConfigError;
  process.stderr.write(`${known ? (error as Error).message : `The reminder worker failed: ${String(error)}`}\n`);
  process.exit(1);
});
