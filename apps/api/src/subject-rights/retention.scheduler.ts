import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { MAINTENANCE_JOBS, QUEUES } from '../queue/queue.constants';
import { RetentionService } from './retention.service';

/** One scheduler entry, upserted at start: any number of API instances leave exactly one schedule. */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.maintenance) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MAINTENANCE_JOBS.retention,
      { pattern: this.config.RETENTION_CRON, tz: 'Europe/Amsterdam' },
      { name: MAINTENANCE_JOBS.retention, data: {} },
    );
  }
}

@Processor(QUEUES.maintenance)
export class RetentionProcessor extends WorkerHost {
  constructor(private readonly retention: RetentionService) {
    super();
  }

  async process(): Promise<void> {
    await this.retention.run(false, null);
  }
}
