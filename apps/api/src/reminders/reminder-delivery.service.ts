import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { NotificationsService } from '../notifications/notifications.service';

export type DeliveryResult = 'delivered' | 'already-delivered' | 'cancelled' | 'not-found';

interface ClaimedRow {
  id: string;
  kind: string;
  recipient_user_id: string;
  title: string;
  link: string;
}

/**
 * Delivers one reminder exactly once, however often it is asked (BullMQ runs a job at least once, and the
 * reconciler may deliver what a lost job should have): marking it delivered and writing the in-app
 * notification happen in one transaction, guarded by `status = 'pending'`.
 */
@Injectable()
export class ReminderDelivery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async deliver(reminderId: string): Promise<DeliveryResult> {
    return this.dataSource.transaction(async (manager) => {
      const claimed: [ClaimedRow[], number] = await manager.query(
        `UPDATE reminder SET status = 'delivered', delivered_at = $2, attempts = attempts + 1
          WHERE id = $1 AND status = 'pending'
          RETURNING id, kind, recipient_user_id, title, link`,
        [reminderId, this.clock.now()],
      );
      const row = claimed[0][0];
      if (!row) {
        const existing: Array<{ status: string }> = await manager.query(`SELECT status FROM reminder WHERE id = $1`, [
          reminderId,
        ]);
        if (existing.length === 0) return 'not-found';
        return existing[0].status === 'cancelled' ? 'cancelled' : 'already-delivered';
      }
      await this.notifications.notify(manager, [
        { userId: row.recipient_user_id, kind: 'reminder', subjectId: row.id, title: row.title, link: row.link },
      ]);
      return 'delivered';
    });
  }

  /** Reminders due by now and not delivered: what the reconciler delivers when their job was lost. */
  async dueUndelivered(limit = 500): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM reminder WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2`,
      [this.clock.now(), limit],
    );
    return rows.map((row) => row.id);
  }
}
