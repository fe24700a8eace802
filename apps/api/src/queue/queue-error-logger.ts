import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUES } from './queue.constants';

/**
 * A queue without an 'error' listener prints every failed reconnect to the console.
 * Logs each distinct error once instead; the health endpoint reports the state.
 */
@Injectable()
export class QueueErrorLogger {
  private readonly logger = new Logger('Queue');
  private lastMessage?: string;

  // In the constructor, not onModuleInit: the first refused connection arrives while TypeORM still connects.
  constructor(@InjectQueue(QUEUES.reminders) reminders: Queue, @InjectQueue(QUEUES.maintenance) maintenance: Queue) {
    for (const queue of [reminders, maintenance]) queue.on('error', (error: Error) => this.log(queue.name, error));
  }

  /** Workers report the same refused connections; their hosts call this from an 'error' handler. */
  log(source: string, error: Error): void {
    if (error.message === this.lastMessage) return;
    this.lastMessage = error.message;
    this.logger.warn(`${source}: ${error.message}`);
  }
}
