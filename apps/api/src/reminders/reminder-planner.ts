import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  consentExpiryReminders,
  deadlineReminders,
  evaluationReminders,
  planActions,
  reminderKey,
  reminderTitle,
  type DerivedReminder,
  type ReminderKind,
  type ReminderRecipient,
  type ToekomstplanContent,
} from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock';
import { ReminderOutbox, type PlannedReminder } from './reminder-outbox';

/** The hour of the due day on which a reminder is sent, Dutch time. */
export const REMINDER_HOUR = 8;

const AMSTERDAM_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The offset of Europe/Amsterdam from UTC at an instant, in milliseconds (+1h in winter, +2h in summer). */
function amsterdamOffset(instant: number): number {
  const parts = Object.fromEntries(
    AMSTERDAM_PARTS.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  const wall = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * 08:00 Europe/Amsterdam on a calendar day, as an instant: 07:00 UTC in winter, 06:00 UTC in summer. The
 * clocks change at 02:00/03:00, so 08:00 exists exactly once on every day, also the days they change.
 */
export function amsterdamMorning(day: string, hour = REMINDER_HOUR): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, date, hour);
  // The offset at the guessed instant; guessing again with it settles on the right side of a change.
  let instant = asIfUtc - amsterdamOffset(asIfUtc);
  instant = asIfUtc - amsterdamOffset(instant);
  return new Date(instant);
}

const ACTION_KINDS: readonly ReminderKind[] = ['action-deadline-soon', 'action-deadline-passed'];

/**
 * The subject id of a plan action. Action ids are chosen by the client and unique within a plan only
 * ('action-1' in every plan), so the case is part of it; an id too long for the column is hashed.
 */
export function actionSubjectId(caseId: string, actionId: string): string {
  const part = actionId.length <= 63 ? actionId : createHash('sha1').update(actionId).digest('hex');
  return `${caseId}.${part}`;
}

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

/**
 * Turns the reminders the domain rules derive into outbox rows (recipients resolved to users, the hour,
 * key, title and link) and writes them in the caller's transaction with `ReminderOutbox.replace`.
 */
@Injectable()
export class ReminderPlanner {
  constructor(private readonly clock: Clock) {}

  /** Makes the pending reminders of `kinds` for the subject exactly what `derived` implies. */
  async replace(
    manager: EntityManager,
    subjectId: string,
    kinds: readonly ReminderKind[],
    derived: readonly DerivedReminder[],
    context: ReminderContext,
  ): Promise<{ added: number; cancelled: number }> {
    const planned: PlannedReminder[] = [];
    const recipients = new Map<ReminderRecipient, readonly string[]>();
    for (const reminder of derived) {
      let userIds = recipients.get(reminder.recipient);
      if (!userIds) {
        userIds = await this.recipients(manager, reminder.recipient, context);
        recipients.set(reminder.recipient, userIds);
      }
      const key = reminderKey(reminder.kind, reminder.subjectId, reminder.dueOn);
      for (const userId of userIds)
        planned.push({
          key: `${key}_${userId}`,
          kind: reminder.kind,
          subjectId: reminder.subjectId,
          caseId: context.caseId,
          recipientUserId: userId,
          dueOn: reminder.dueOn,
          dueAt: amsterdamMorning(reminder.dueOn),
          title: reminderTitle(reminder.kind, { aboutDate: reminder.aboutDate }),
          link: context.link,
        });
    }
    return ReminderOutbox.replace(manager, subjectId, kinds, planned, this.clock.now());
  }

  /** An agreement's deadline reminders: to its owner, and when overdue to the region's coordinator(s). */
  async planAgreement(manager: EntityManager, agreementId: string): Promise<void> {
    const rows: Array<{
      deadline: string;
      status: 'open' | 'done' | 'dropped';
      caseId: string;
      ownerUserId: string | null;
      ownerOrganisationId: string | null;
      sessionId: string;
      regionId: string;
    }> = await manager.query(
      `SELECT to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, a.case_id AS "caseId",
              a.owner_user_id AS "ownerUserId", a.owner_organisation_id AS "ownerOrganisationId",
              a.session_id AS "sessionId", e.region_id AS "regionId"
         FROM agreement a JOIN escalation e ON e.id = a.escalation_id
        WHERE a.id = $1`,
      [agreementId],
    );
    const kinds: ReminderKind[] = [
      'agreement-deadline-soon',
      'agreement-deadline-passed',
      'agreement-overdue-coordinator',
    ];
    const agreement = rows[0];
    if (!agreement) {
      await ReminderOutbox.replace(manager, agreementId, kinds, [], this.clock.now());
      return;
    }
    let ownerUserIds: string[] = [];
    if (agreement.ownerUserId) ownerUserIds = [agreement.ownerUserId];
    else if (agreement.ownerOrganisationId) {
      const invited: Array<{ id: string }> = await manager.query(
        `SELECT u.id FROM session_invitee i JOIN app_user u ON u.id = i.user_id
          WHERE i.session_id = $1 AND u.organisation_id = $2 AND u.active
          ORDER BY u.id`,
        [agreement.sessionId, agreement.ownerOrganisationId],
      );
      ownerUserIds = invited.map((user) => user.id);
    }
    await this.replace(
      manager,
      agreementId,
      kinds,
      deadlineReminders('agreement', agreementId, agreement.deadline, agreement.status),
      { caseId: agreement.caseId, link: '/home', ownerUserIds, regionId: agreement.regionId },
    );
  }

  /**
   * A saved toekomstplan version: every action's deadline reminders to its owner (a named user; none for
   * an action owned by an organisation only), the evaluation date's to the casusregisseur. Actions no
   * longer in the plan lose theirs.
   */
  async planToekomstplan(manager: EntityManager, caseId: string, content: ToekomstplanContent): Promise<void> {
    const link = `/cases/${caseId}/overview`;
    const current = new Set<string>();
    for (const { action } of planActions(content)) {
      const subjectId = actionSubjectId(caseId, action.id);
      current.add(subjectId);
      await this.replace(
        manager,
        subjectId,
        ACTION_KINDS,
        deadlineReminders('action', subjectId, action.deadline, action.status),
        { caseId, link: '/home', ownerUserIds: action.owner.userId ? [action.owner.userId] : [] },
      );
    }
    const stale: Array<{ subjectId: string }> = await manager.query(
      `SELECT DISTINCT subject_id AS "subjectId" FROM reminder
        WHERE case_id = $1 AND kind = ANY($2) AND status = 'pending'`,
      [caseId, ACTION_KINDS],
    );
    for (const { subjectId } of stale)
      if (!current.has(subjectId)) await ReminderOutbox.replace(manager, subjectId, ACTION_KINDS, [], this.clock.now());
    await this.replace(manager, caseId, ['plan-evaluation-soon'], evaluationReminders(caseId, content.evaluationDate), {
      caseId,
      link,
    });
  }

  /** A consent's expiry reminder to the casusregisseur; none once it is withdrawn or without an end date. */
  async planConsent(
    manager: EntityManager,
    caseId: string,
    consentId: string,
    validUntil: string | null,
    withdrawnAt: Date | null,
  ): Promise<void> {
    await this.replace(
      manager,
      consentId,
      ['consent-expiring'],
      consentExpiryReminders(consentId, validUntil, withdrawnAt),
      { caseId, link: `/cases/${caseId}/consents` },
    );
  }

  /** Closing a case cancels every pending reminder of it. */
  async cancelCase(manager: EntityManager, caseId: string): Promise<void> {
    await ReminderOutbox.cancelCase(manager, caseId, this.clock.now());
  }

  private async recipients(
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
      case 'invitees':
        return [];
    }
  }
}
