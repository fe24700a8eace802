import { Injectable } from '@nestjs/common';
import {
  ageClockReminders,
  compareDates,
  consentExpiryReminders,
  deadlineReminders,
  evaluationReminders,
  planActions,
  reminderKey,
  reminderTitle,
  stagnationReminder,
  todayInAmsterdam,
  triageWaitingReminder,
  withoutSupersededReminders,
  type DerivedReminder,
  type EscalationState,
  type ReminderKind,
  type ReminderRecipient,
  type ToekomstplanContent,
} from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock';
import { ReminderOutbox, type PlannedReminder } from './reminder-outbox';
import { isCaseClosed, resolveRecipients, storedReminders, type ReminderContext } from './reminder-recipients';
import { actionSubjectId, amsterdamMorning, REMINDER_LINKS } from './reminder-schedule';

export { actionSubjectId, amsterdamMorning, REMINDER_HOUR } from './reminder-schedule';
export type { ReminderContext } from './reminder-recipients';

const ACTION_KINDS: readonly ReminderKind[] = ['action-deadline-soon', 'action-deadline-passed'];
const AGREEMENT_KINDS: readonly ReminderKind[] = [
  'agreement-deadline-soon',
  'agreement-deadline-passed',
  'agreement-overdue-coordinator',
];
const AGE_KINDS: readonly ReminderKind[] = [
  'age-16-plan-due',
  'age-16-5-checklist-start',
  'age-17-5-checklist-open',
  'age-18-birthday',
  'age-18-5-resume-window',
  'age-21',
  'age-23',
];

/**
 * Turns the reminders the domain rules derive into outbox rows (recipients resolved to users, the hour,
 * key, title and link) and writes them in the caller's transaction with `ReminderOutbox.replace`. Every
 * `plan…` derives a subject's reminders from its current data, so calling it again after any change
 * moves, adds and cancels exactly what changed.
 */
@Injectable()
export class ReminderPlanner {
  constructor(private readonly clock: Clock) {}

  /**
   * Makes the pending reminders of `kinds` for the subject exactly what `derived` implies. Nothing is
   * planned for a closed case (its pending ones are cancelled), and a reminder already delivered to one
   * recipient is not told again to a new one (a new casusregisseur inherits what is still to come).
   */
  async replace(
    manager: EntityManager,
    subjectId: string,
    kinds: readonly ReminderKind[],
    derived: readonly DerivedReminder[],
    context: ReminderContext,
  ): Promise<{ added: number; cancelled: number }> {
    if (context.caseId && (await isCaseClosed(manager, context.caseId)))
      return ReminderOutbox.replace(manager, subjectId, kinds, [], this.clock.now());
    const stored = await storedReminders(manager, subjectId, kinds);
    const planned: PlannedReminder[] = [];
    const recipients = new Map<ReminderRecipient, readonly string[]>();
    for (const reminder of derived) {
      let userIds = recipients.get(reminder.recipient);
      if (!userIds) {
        userIds = await resolveRecipients(manager, reminder.recipient, context);
        recipients.set(reminder.recipient, userIds);
      }
      const key = reminderKey(reminder.kind, reminder.subjectId, reminder.dueOn);
      for (const userId of userIds) {
        const rowKey = `${key}_${userId}`;
        if (stored.delivered.has(key) && !stored.pendingRows.has(rowKey)) continue;
        planned.push({
          key: rowKey,
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
    const agreement = rows[0];
    if (!agreement) {
      await ReminderOutbox.replace(manager, agreementId, AGREEMENT_KINDS, [], this.clock.now());
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
      AGREEMENT_KINDS,
      deadlineReminders('agreement', agreementId, agreement.deadline, agreement.status),
      { caseId: agreement.caseId, link: REMINDER_LINKS.mine, ownerUserIds, regionId: agreement.regionId },
    );
  }

  /**
   * A saved toekomstplan version: every action's deadline reminders to its owner (a named user; none for
   * an action owned by an organisation only), the evaluation date's to the casusregisseur. Actions no
   * longer in the plan lose theirs; without a plan (null) there are none.
   */
  async planToekomstplan(manager: EntityManager, caseId: string, content: ToekomstplanContent | null): Promise<void> {
    const current = new Set<string>();
    for (const { action } of content ? planActions(content) : []) {
      const subjectId = actionSubjectId(caseId, action.id);
      current.add(subjectId);
      await this.replace(
        manager,
        subjectId,
        ACTION_KINDS,
        deadlineReminders('action', subjectId, action.deadline, action.status),
        { caseId, link: REMINDER_LINKS.mine, ownerUserIds: action.owner.userId ? [action.owner.userId] : [] },
      );
    }
    const stale: Array<{ subjectId: string }> = await manager.query(
      `SELECT DISTINCT subject_id AS "subjectId" FROM reminder
        WHERE case_id = $1 AND kind = ANY($2) AND status = 'pending'`,
      [caseId, ACTION_KINDS],
    );
    for (const { subjectId } of stale)
      if (!current.has(subjectId)) await ReminderOutbox.replace(manager, subjectId, ACTION_KINDS, [], this.clock.now());
    await this.replace(
      manager,
      caseId,
      ['plan-evaluation-soon'],
      evaluationReminders(caseId, content?.evaluationDate ?? null),
      { caseId, link: REMINDER_LINKS.caseOverview(caseId) },
    );
  }

  /**
   * A consent's expiry reminder to the casusregisseur; none once it is withdrawn or without an end date.
   * Nor when it has already run out by the time it is planned (registered afterwards, or a case planned
   * again): "valid until" a day gone by tells nothing, the case shows it as expired. One already pending
   * is still delivered.
   */
  async planConsent(
    manager: EntityManager,
    caseId: string,
    consentId: string,
    validUntil: string | null,
    withdrawnAt: Date | null,
  ): Promise<void> {
    const stored = await storedReminders(manager, consentId, ['consent-expiring']);
    const today = this.clock.today();
    await this.replace(
      manager,
      consentId,
      ['consent-expiring'],
      consentExpiryReminders(consentId, validUntil, withdrawnAt).filter(
        (reminder) =>
          compareDates(reminder.aboutDate, today) >= 0 ||
          stored.pending.has(reminderKey(reminder.kind, reminder.subjectId, reminder.dueOn)),
      ),
      { caseId, link: REMINDER_LINKS.consents(caseId) },
    );
  }

  /**
   * The age clock of the jongere, to the casusregisseur, linking to the toekomstplan with its 18-/18+
   * checklist. Of the milestones already due only the latest is planned (a case opened for a 20-year-old
   * hears of 18½, not of 16), unless an earlier one is still pending: that one is delivered, not dropped.
   */
  async planAgeClock(manager: EntityManager, caseId: string): Promise<void> {
    const rows: Array<{ dateOfBirth: string }> = await manager.query(
      `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth" FROM case_file WHERE id = $1`,
      [caseId],
    );
    const derived = rows[0] ? ageClockReminders(caseId, rows[0].dateOfBirth) : [];
    const stored = await storedReminders(manager, caseId, AGE_KINDS);
    const kept = new Set(withoutSupersededReminders(derived, this.clock.today()));
    await this.replace(
      manager,
      caseId,
      AGE_KINDS,
      derived.filter(
        (reminder) =>
          kept.has(reminder) || stored.pending.has(reminderKey(reminder.kind, reminder.subjectId, reminder.dueOn)),
      ),
      { caseId, link: REMINDER_LINKS.toekomstplan(caseId) },
    );
  }

  /** Stagnation: 6 weeks after the (Amsterdam) day of the last change to plan, actions or team. */
  async planStagnation(manager: EntityManager, caseId: string): Promise<void> {
    const rows: Array<{ lastActivityAt: Date }> = await manager.query(
      `SELECT last_activity_at AS "lastActivityAt" FROM case_file WHERE id = $1`,
      [caseId],
    );
    const derived = rows[0] ? stagnationReminder(caseId, todayInAmsterdam(rows[0].lastActivityAt)) : [];
    await this.replace(manager, caseId, ['case-stagnating'], derived, {
      caseId,
      link: REMINDER_LINKS.caseOverview(caseId),
    });
  }

  /**
   * An escalation waiting for triage, to the region's coordinators: from the instant it last entered
   * `submitted` (`state_since`), so a return and resubmit starts the clock again; none in any other state.
   */
  async planTriage(manager: EntityManager, escalationId: string): Promise<void> {
    const rows: Array<{ state: EscalationState; stateSince: Date; caseId: string; regionId: string }> =
      await manager.query(
        `SELECT state, state_since AS "stateSince", case_id AS "caseId", region_id AS "regionId"
           FROM escalation WHERE id = $1`,
        [escalationId],
      );
    const escalation = rows[0];
    await this.replace(
      manager,
      escalationId,
      ['escalation-triage-waiting'],
      escalation ? triageWaitingReminder(escalationId, escalation.stateSince, escalation.state) : [],
      {
        caseId: escalation?.caseId ?? null,
        link: REMINDER_LINKS.escalation(escalationId),
        regionId: escalation?.regionId ?? null,
      },
    );
  }

  /**
   * Every reminder of one case, derived again from its current data: the current plan's actions and
   * evaluation, the age clock, consents, stagnation, and its escalations' triage and agreements. For when
   * whom they reach changes (a new casusregisseur: the old one's pending reminders are cancelled, the new
   * one's added, delivered ones stay history) and when a closed case is reopened.
   */
  async planCase(manager: EntityManager, caseId: string): Promise<void> {
    const plans: Array<{ content: ToekomstplanContent }> = await manager.query(
      `SELECT content FROM toekomstplan_version WHERE case_id = $1 ORDER BY number DESC LIMIT 1`,
      [caseId],
    );
    await this.planToekomstplan(manager, caseId, plans[0]?.content ?? null);
    await this.planAgeClock(manager, caseId);
    await this.planStagnation(manager, caseId);
    const consents: Array<{ id: string; validUntil: string | null; withdrawnAt: Date | null }> = await manager.query(
      `SELECT id, to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", withdrawn_at AS "withdrawnAt"
         FROM consent WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    for (const consent of consents)
      await this.planConsent(manager, caseId, consent.id, consent.validUntil, consent.withdrawnAt);
    const escalations: Array<{ id: string }> = await manager.query(
      `SELECT id FROM escalation WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    for (const escalation of escalations) await this.planTriage(manager, escalation.id);
    const agreements: Array<{ id: string }> = await manager.query(
      `SELECT id FROM agreement WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    for (const agreement of agreements) await this.planAgreement(manager, agreement.id);
  }

  /** Closing a case cancels every pending reminder of it. */
  async cancelCase(manager: EntityManager, caseId: string): Promise<void> {
    await ReminderOutbox.cancelCase(manager, caseId, this.clock.now());
  }
}
