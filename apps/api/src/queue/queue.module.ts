import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { QueueErrorLogger } from './queue-error-logger';
import { QUEUES, REMINDER_JOB_OPTIONS } from './queue.constants';

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // BullMQ needs its own connection that retries forever (maxRetriesPerRequest: null).
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: `${config.REDIS_KEY_PREFIX}:bull`,
      }),
    }),
    BullModule.registerQueue({ name: QUEUES.reminders, defaultJobOptions: REMINDER_JOB_OPTIONS }),
    BullModule.registerQueue({
      name: QUEUES.maintenance,
      defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 100 },
    }),
  ],
  providers: [QueueErrorLogger],
  exports: [BullModule, QueueErrorLogger],
})
export class QueueModule {}
