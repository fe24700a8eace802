import type { ReminderRecipient } from '@sluitend/domain';
import type { EntityManager } from 'typeorm';

/** Where a subject's reminders lead and whom they reach besides the recipient kinds the planner resolves. */
export interface ReminderContext {
  caseId: string | null;
  /** The web path the notification links to. */
  link: string;
  /** The owner's user ids (an agreement owned by an organisation: its invited users, or none). */
  ownerUserIds?: readonly string[];
  /** The region whose coordinators are reminded. */
  regionId?: string | null;
}

/** The users a recipient kind stands for, as the data says now: planning again moves reminders with it. */
export async function resolveRecipients(
  manager: EntityManager,
  recipient: ReminderRecipient,
  context: ReminderContext,
): Promise<readonly string[]> {
  switch (recipient) {
    case 'owner': {
      // Only active users are reminded; a plan may name an owner who has since left.
      if (!context.ownerUserIds?.length) return [];
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT id FROM app_user WHERE id = ANY($1) AND active ORDER BY id`,
        [context.ownerUserIds],
      );
      return rows.map((row) => row.id);
    }
    case 'coordinator': {
      if (!context.regionId) return [];
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT u.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
          WHERE o.region_id = $1 AND u.active AND 'actietafel-coordinator' = ANY(u.roles)
          ORDER BY u.id`,
        [context.regionId],
      );
      return rows.map((row) => row.id);
    }
    case 'casusregisseur': {
      if (!context.caseId) return [];
      const rows: Array<{ id: string }> = await manager.query(
        `SELECT m.user_id AS id FROM case_team_member m WHERE m.case_id = $1 AND m.is_casusregisseur`,
        [context.caseId],
      );
      return rows.map((row) => row.id);
    }
  }
}

/** What is stored of a subject's reminders of some kinds, by `reminderKey` (kind, subject, due day). */
export interface StoredReminders {
  /** Keys with a pending row, and the full keys (with recipient) of those rows. */
  pending: Set<string>;
  pendingRows: Set<string>;
  /** Keys delivered to at least one recipient: history, never told again to someone else. */
  delivered: Set<string>;
}

export async function storedReminders(
  manager: EntityManager,
  subjectId: string,
  kinds: readonly string[],
): Promise<StoredReminders> {
  const rows: Array<{ key: string; base: string; status: string }> = await manager.query(
    `SELECT key, kind || '_' || subject_id || '_' || to_char(due_on, 'YYYY-MM-DD') AS base, status
       FROM reminder WHERE subject_id = $1 AND kind = ANY($2) AND status IN ('pending', 'delivered')`,
    [subjectId, kinds],
  );
  const stored: StoredReminders = { pending: new Set(), pendingRows: new Set(), delivered: new Set() };
  for (const row of rows) {
    if (row.status === 'pending') {
      stored.pending.add(row.base);
      stored.pendingRows.add(row.key);
    } else stored.delivered.add(row.base);
  }
  return stored;
}

/** Whether a case is closed: a closed case gets no reminders, whatever its data implies. */
export async function isCaseClosed(manager: EntityManager, caseId: string): Promise<boolean> {
  const rows: Array<{ status: string }> = await manager.query(`SELECT status FROM case_file WHERE id = $1`, [caseId]);
  return rows[0]?.status !== 'open';
}
