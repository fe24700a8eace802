import type { EntityManager } from 'typeorm';
import { ReminderEntity } from './entities/reminder.entity';

/** One reminder a change implies, ready to be stored. `key` is deterministic (kind, subject, due day, recipient). */
export interface PlannedReminder {
  key: string;
  kind: string;
  subjectId: string;
  caseId: string | null;
  recipientUserId: string;
  dueOn: string;
  dueAt: Date;
  title: string;
  link: string;
}

/**
 * Writes reminders in the caller's transaction (the outbox), so a change and its reminders commit together
 * or not at all. Delivered reminders are history and never touched again.
 */
export const ReminderOutbox = {
  /**
   * Makes the pending reminders of these kinds for this subject exactly `planned`: new ones are added, ones no
   * longer implied (a moved deadline, a finished action) are cancelled, unchanged ones stay as they are.
   */
  async replace(
    manager: EntityManager,
    subjectId: string,
    kinds: readonly string[],
    planned: readonly PlannedReminder[],
    now: Date,
  ): Promise<{ added: number; cancelled: number }> {
    const keys = planned.map((reminder) => reminder.key);
    const [, cancelled] = (await manager.query(
      `UPDATE reminder SET status = 'cancelled', cancelled_at = $4
        WHERE subject_id = $1 AND kind = ANY($2) AND status = 'pending' AND NOT (key = ANY($3))
        RETURNING id`,
      [subjectId, kinds, keys, now],
    )) as [unknown[], number];
    let added = 0;
    for (const reminder of planned) {
      // A reminder cancelled earlier and implied again (a deadline moved back) becomes pending once more.
      const rows: unknown[] = await manager.query(
        `INSERT INTO reminder (key, kind, subject_id, case_id, recipient_user_id, due_on, due_at, title, link)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (key) DO UPDATE
            SET status = 'pending', cancelled_at = NULL, enqueued_at = NULL, title = EXCLUDED.title,
                link = EXCLUDED.link, due_at = EXCLUDED.due_at
          WHERE reminder.status = 'cancelled'
         RETURNING id`,
        [
          reminder.key,
          reminder.kind,
          reminder.subjectId,
          reminder.caseId,
          reminder.recipientUserId,
          reminder.dueOn,
          reminder.dueAt,
          reminder.title,
          reminder.link,
        ],
      );
      added += rows.length;
    }
    return { added, cancelled };
  },

  /** Closing a case cancels every pending reminder of it. */
  async cancelCase(manager: EntityManager, caseId: string, now: Date): Promise<void> {
    await manager.update(ReminderEntity, { caseId, status: 'pending' }, { status: 'cancelled', cancelledAt: now });
  },
};
