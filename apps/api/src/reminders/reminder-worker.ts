import { Worker } from 'bullmq';
import type { AppConfig } from '../config/app-config';
import { QUEUES, REMINDER_JOBS, type DeliverReminderJob } from '../queue/queue.constants';
import type { DeliveryResult, ReminderDelivery } from './reminder-delivery.service';
import type { ReminderRelay } from './reminder-relay.service';

export interface ReminderWorkerOptions {
  /** How often committed reminders are moved into BullMQ. */
  relayEveryMs: number;
  /** How often due reminders whose job was lost (a Redis flush, a lost delayed job) are delivered directly. */
  reconcileEveryMs: number;
  concurrency: number;
}

/**
 * The reminder worker's three loops: BullMQ delivers jobs when they fall due; the relay feeds the outbox
 * into BullMQ; the reconciler delivers from Postgres whatever is due and still pending, so no reminder depends
 * on Redis keeping its jobs. Delivery is exactly-once (ReminderDelivery), so the loops may overlap freely.
 */
export class ReminderWorker {
  private worker?: Worker<DeliverReminderJob, DeliveryResult>;
  private timers: NodeJS.Timeout[] = [];
  private busy = { relay: false, reconcile: false };

  constructor(
    private readonly config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>,
    private readonly delivery: ReminderDelivery,
    private readonly relay: ReminderRelay,
    private readonly onError: (where: string, error: Error) => void,
  ) {}

  start(options: ReminderWorkerOptions): void {
    this.worker = new Worker<DeliverReminderJob, DeliveryResult>(
      QUEUES.reminders,
      async (job) => (job.name === REMINDER_JOBS.deliver ? this.delivery.deliver(job.data.reminderId) : 'not-found'),
      {
        connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: `${this.config.REDIS_KEY_PREFIX}:bull`,
        concurrency: options.concurrency,
      },
    );
    this.worker.on('error', (error) => this.onError(`${QUEUES.reminders} worker`, error));
    this.timers.push(setInterval(() => void this.once('relay', () => this.relayAll()), options.relayEveryMs));
    this.timers.push(setInterval(() => void this.once('reconcile', () => this.reconcile()), options.reconcileEveryMs));
  }

  /** Relays until the outbox holds nothing unrelayed. */
  async relayAll(): Promise<number> {
    let total = 0;
    for (let relayed = await this.relay.relayBatch(); relayed > 0; relayed = await this.relay.relayBatch())
      total += relayed;
    return total;
  }

  /** Delivers every due, undelivered reminder straight from Postgres; returns how many it delivered. */
  async reconcile(): Promise<number> {
    let delivered = 0;
    for (let ids = await this.delivery.dueUndelivered(); ids.length > 0; ids = await this.delivery.dueUndelivered()) {
      const results = await Promise.all(ids.map((id) => this.delivery.deliver(id)));
      delivered += results.filter((result) => result === 'delivered').length;
    }
    return delivered;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    await this.worker?.close();
  }

  private async once(loop: keyof ReminderWorker['busy'], work: () => Promise<unknown>): Promise<void> {
    if (this.busy[loop]) return;
    this.busy[loop] = true;
    try {
      await work();
    } catch (error) {
      this.onError(`reminder ${loop}`, error as Error);
    } finally {
      this.busy[loop] = false;
    }
  }
}
