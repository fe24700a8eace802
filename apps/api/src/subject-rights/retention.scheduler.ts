import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker, type Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QueueErrorLogger } from '../queue/queue-error-logger';
import { MAINTENANCE_JOBS, QUEUES } from '../queue/queue.constants';
import { RetentionService } from './retention.service';

/**
 * Runs the retention job on its schedule. The scheduler entry is upserted, so any number of instances leave
 * exactly one schedule, and BullMQ hands each run to one worker. Neither step is awaited at start-up: the API
 * starts (and reports Redis down on /health) while Redis is away, and a forced close never waits for it.
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionScheduler.name);
  private worker?: Worker;

  constructor(
    @InjectQueue(QUEUES.maintenance) private readonly queue: Queue,
    private readonly retention: RetentionService,
    private readonly errors: QueueErrorLogger,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.queue
      .upsertJobScheduler(
        MAINTENANCE_JOBS.retention,
        { pattern: this.config.RETENTION_CRON, tz: 'Europe/Amsterdam' },
        { name: MAINTENANCE_JOBS.retention, data: {} },
      )
      .catch((error: Error) => this.logger.warn(`Retention schedule not set: ${error.message}`));
    this.worker = new Worker(QUEUES.maintenance, () => this.retention.run(false, null).then(() => undefined), {
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: `${this.config.REDIS_KEY_PREFIX}:bull`,
      concurrency: 1,
    });
    this.worker.on('error', (error) => this.errors.log(`${QUEUES.maintenance} worker`, error));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close(true);
  }
}
