import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type Redis from 'ioredis';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { REDIS } from './redis/redis.module';
import { assertNoEviction, EvictingRedisError } from './reminders/redis-eviction-policy';
import { ReminderDelivery } from './reminders/reminder-delivery.service';
import { ReminderRelay } from './reminders/reminder-relay.service';
import { ReminderWorker } from './reminders/reminder-worker';
import { WorkerModule } from './reminders/worker.module';

/**
 * The reminder worker: its own process, scaled apart from the API (any number may run; delivery is
 * exactly-once). It needs the API's database (DATABASE_URL) and Redis, and refuses an evicting Redis.
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
  worker.start({ relayEveryMs: 1000, reconcileEveryMs: 60_000, concurrency: 16 });
  // A reminder due while no worker ran is delivered at once.
  void worker.reconcile().catch((error: Error) => logger.error(`reminder reconcile: ${error.message}`));
  logger.log('Reminder worker running');
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void worker
        .stop()
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
