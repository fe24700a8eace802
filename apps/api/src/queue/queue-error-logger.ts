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
  constructor(@InjectQueue(QUEUES.reminders) reminders: Queue) {
    reminders.on('error', (error: Error) => {
      if (error.message === this.lastMessage) return;
      this.lastMessage = error.message;
      this.logger.warn(`${QUEUES.reminders} queue: ${error.message}`);
    });
  }
}
