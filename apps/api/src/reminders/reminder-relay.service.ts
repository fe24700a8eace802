import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { QUEUES, REMINDER_JOBS, type DeliverReminderJob } from '../queue/queue.constants';

interface UnrelayedRow {
  id: string;
  key: string;
  due_at: Date;
}

/**
 * Moves committed reminders from the outbox into BullMQ, which carries only their timing. The job id is the
 * reminder's deterministic key, so relaying the same reminder again (a crash between the add and the mark,
 * two relays at once) adds nothing twice; rows are claimed with SKIP LOCKED so relays share the work.
 */
@Injectable()
export class ReminderRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue<DeliverReminderJob>,
  ) {}

  /** Relays up to `limit` reminders; returns how many. */
  async relayBatch(limit = 500): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: UnrelayedRow[] = await manager.query(
        `SELECT id, key, due_at FROM reminder
          WHERE status = 'pending' AND enqueued_at IS NULL
          ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return 0;
      const now = this.clock.now().getTime();
      await this.queue.addBulk(
        rows.map((row) => ({
          name: REMINDER_JOBS.deliver,
          data: { reminderId: row.id },
          opts: { jobId: row.key, delay: Math.max(0, new Date(row.due_at).getTime() - now) },
        })),
      );
      await manager.query(`UPDATE reminder SET enqueued_at = $2 WHERE id = ANY($1)`, [
        rows.map((row) => row.id),
        this.clock.now(),
      ]);
      return rows.length;
    });
  }
}
