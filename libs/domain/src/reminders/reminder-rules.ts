import type { AgreementStatus, EscalationState } from '../actietafel/escalation.contract';
import { birthdayAt } from '../rules/age';
import { addDays, addMonths, compareDates, isIsoDate, todayInAmsterdam } from '../rules/calendar-date';
import type { ActionStatus } from '../toekomstplan/toekomstplan.contract';
import { REMINDER_KIND_RULES, isReminderSubjectId, type DerivedReminder, type ReminderKind } from './reminder.contract';
import { addWorkingDays } from './working-days';

/**
 * The rules that derive reminders from the data (issue 6). Every function is pure: the same facts give
 * the same reminders, with the same keys (`reminderKey`), so deriving again after a change and replacing
 * the stored set moves and cancels reminders without duplicates.
 *
 * None of them takes "today": a reminder whose due day has already passed when it is derived (an
 * action created with a deadline tomorrow, a case registered for a jongere of 17) is still returned.
 * The outbox stores it and the reconciler delivers what is due but not delivered, so nothing that was
 * due is dropped silently. Where a burst of stale reminders would be noise (the age clock of a new
 * case for a 20-year-old), the api may pass a newly derived set through `withoutSupersededReminders`
 * when it writes it; the reconciler never filters.
 */

/** "3 days before" a deadline. */
export const DEADLINE_SOON_DAYS = 3;
/** The casusregisseur hears of the plan's evaluation 2 weeks ahead. */
export const EVALUATION_NOTICE_DAYS = 14;
/** A consent is flagged 14 days before its last valid day. */
export const CONSENT_NOTICE_DAYS = 14;
/** The triage service level: working days after the day of submission. */
export const TRIAGE_WORKING_DAYS = 5;
/** No change to plan, actions or team for 6 weeks. */
export const STAGNATION_DAYS = 6 * 7;
/** Jeugdwet art. 1.1 "jeugdige": youth care may be resumed within half a year after the 18th birthday. */
export const RESUME_WINDOW_MONTHS = 6;
/** The resume-window reminder comes when one month of the window is left. */
export const RESUME_WINDOW_NOTICE_MONTHS = 1;

function reminder(kind: ReminderKind, subjectId: string, dueOn: string, aboutDate: string): DerivedReminder {
  return { kind, subjectId, dueOn, recipient: REMINDER_KIND_RULES[kind].recipient, aboutDate };
}

function checkSubjectId(subjectId: string): void {
  if (!isReminderSubjectId(subjectId))
    throw new RangeError(
      `A reminder subject id holds only letters, digits, '-', '_' and '.': ${JSON.stringify(subjectId)}`,
    );
}

function checkDate(name: string, value: string): void {
  if (!isIsoDate(value)) throw new RangeError(`${name} is not a calendar date as YYYY-MM-DD: ${JSON.stringify(value)}`);
}

/** The Amsterdam day of an instant given as a Date or as an ISO 8601 timestamp with offset. */
function amsterdamDay(name: string, instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new RangeError(`${name} is not a valid instant: ${JSON.stringify(instant)}`);
  return todayInAmsterdam(date);
}

/**
 * An action's or an agreement's deadline: to the owner 3 days before the deadline, and on the day it
 * passes. A deadline passes when its day is over, so the "passed" reminder is due on the day after the
 * deadline: the first day on which it counts as overdue (`isOverdue` of the plan rules for actions, and
 * for agreements the api's `status = 'open' AND deadline < today`, "still open and the deadline day is
 * over"). An overdue agreement also goes to the coordinator, on the same day, as its own kind so it has
 * its own key. None for an action without a deadline, nor once it is done (or, for an agreement,
 * dropped): finishing cancels them.
 */
export function deadlineReminders(
  kind: 'action',
  subjectId: string,
  deadline: string | null,
  status: ActionStatus,
): DerivedReminder[];
export function deadlineReminders(
  kind: 'agreement',
  subjectId: string,
  deadline: string,
  status: AgreementStatus,
): DerivedReminder[];
export function deadlineReminders(
  kind: 'action' | 'agreement',
  subjectId: string,
  deadline: string | null,
  status: ActionStatus | AgreementStatus,
): DerivedReminder[] {
  checkSubjectId(subjectId);
  if (deadline === null) return [];
  checkDate('deadline', deadline);
  if (status === 'done' || status === 'dropped') return [];
  const passesOn = addDays(deadline, 1);
  const reminders = [
    reminder(`${kind}-deadline-soon`, subjectId, addDays(deadline, -DEADLINE_SOON_DAYS), deadline),
    reminder(`${kind}-deadline-passed`, subjectId, passesOn, deadline),
  ];
  if (kind === 'agreement') reminders.push(reminder('agreement-overdue-coordinator', subjectId, passesOn, deadline));
  return reminders;
}

/** The toekomstplan's evaluation date: to the casusregisseur 2 weeks before. None without a date. */
export function evaluationReminders(caseId: string, evaluationDate: string | null): DerivedReminder[] {
  checkSubjectId(caseId);
  if (evaluationDate === null) return [];
  checkDate('evaluationDate', evaluationDate);
  return [reminder('plan-evaluation-soon', caseId, addDays(evaluationDate, -EVALUATION_NOTICE_DAYS), evaluationDate)];
}

/**
 * A half birthday: six months after the birthday at `years`, the same way `isTransitionAge` counts 16½,
 * so the 16½ reminder falls on the very day the 18-/18+ checklist starts to apply. Born on 29 February
 * 2008: 16½ is 2024-08-29 (the 16th birthday is a real 29 February), 17½ is 2025-09-01 (the 17th is
 * 1 March 2025, see `birthdayAt`).
 */
export function halfBirthdayAt(dateOfBirth: string, years: number): string {
  return addMonths(birthdayAt(dateOfBirth, years), 6);
}

/**
 * The last day on which youth care can still be resumed after 18. The Jeugdwet (art. 1.1, "jeugdige")
 * lets the college resume it "binnen een half jaar na het bereiken van die leeftijd": from the 18th
 * birthday up to the day before the jongere is 18½, counted like the other ages (`birthdayAt`, then
 * `addMonths`). Born 2008-03-10: 18 on 2026-03-10, the window's last day is 2026-09-09.
 */
export function resumeWindowLastDay(dateOfBirth: string): string {
  return addDays(addMonths(birthdayAt(dateOfBirth, 18), RESUME_WINDOW_MONTHS), -1);
}

/**
 * The age clock of the jongere, to the casusregisseur:
 * - 16: a toekomstplan is due;
 * - 16½: the 18-/18+ checklist starts (`isTransitionAge`);
 * - 17½: checklist items still open;
 * - 18: the birthday itself, with what is still open;
 * - the resume window: due when one month of it is left (the day a month before the window closes, so
 *   the college has time to decide on resuming youth care); its title names the window's last day;
 * - 21 and 23: verlengde jeugdhulp commonly runs to 21 (pleegzorg) and ends at 23 at the latest.
 * Birthdays come from `birthdayAt`, so a 29 February birthday falls on 1 March in a year without one,
 * as everywhere else in Sluitend.
 */
export function ageClockReminders(caseId: string, dateOfBirth: string): DerivedReminder[] {
  checkSubjectId(caseId);
  checkDate('dateOfBirth', dateOfBirth);
  const at = (kind: ReminderKind, day: string): DerivedReminder => reminder(kind, caseId, day, day);
  const eighteenth = birthdayAt(dateOfBirth, 18);
  return [
    at('age-16-plan-due', birthdayAt(dateOfBirth, 16)),
    at('age-16-5-checklist-start', halfBirthdayAt(dateOfBirth, 16)),
    at('age-17-5-checklist-open', halfBirthdayAt(dateOfBirth, 17)),
    at('age-18-birthday', eighteenth),
    reminder(
      'age-18-5-resume-window',
      caseId,
      addMonths(eighteenth, RESUME_WINDOW_MONTHS - RESUME_WINDOW_NOTICE_MONTHS),
      resumeWindowLastDay(dateOfBirth),
    ),
    at('age-21', birthdayAt(dateOfBirth, 21)),
    at('age-23', birthdayAt(dateOfBirth, 23)),
  ];
}

/**
 * A consent that is about to expire: 14 days before its last valid day (`validUntil` is the last day it
 * holds, see `consentStatus`). None for a consent without an end date, nor for a withdrawn one.
 */
export function consentExpiryReminders(
  consentId: string,
  validUntil: string | null,
  withdrawnAt: string | Date | null,
): DerivedReminder[] {
  checkSubjectId(consentId);
  if (validUntil === null || withdrawnAt) return [];
  checkDate('validUntil', validUntil);
  return [reminder('consent-expiring', consentId, addDays(validUntil, -CONSENT_NOTICE_DAYS), validUntil)];
}

/**
 * An escalation waiting for triage longer than 5 working days, to the coordinator. The day of
 * submission (in Europe/Amsterdam) does not count; triage is due by the 5th working day after it, and
 * like any deadline that passes when the day is over, so the reminder is due on the working day after
 * it (the 6th): submitted on Monday 2 March 2026, triage is due by Monday 9 March, the reminder comes on
 * Tuesday 10 March. Only while the escalation is `submitted`.
 *
 * Pass the instant it last entered `submitted`: after `return` and `resubmit` the clock starts again.
 * (The escalation's `submitted_at` keeps the first submission; `state_since` is the right instant.)
 */
export function triageWaitingReminder(
  escalationId: string,
  submittedAt: Date | string,
  state: EscalationState,
): DerivedReminder[] {
  checkSubjectId(escalationId);
  const submittedOn = amsterdamDay('submittedAt', submittedAt);
  if (state !== 'submitted') return [];
  return [
    reminder(
      'escalation-triage-waiting',
      escalationId,
      addWorkingDays(submittedOn, TRIAGE_WORKING_DAYS + 1),
      submittedOn,
    ),
  ];
}

/**
 * Stagnation: a case with no change to its plan, its actions or its team for 6 weeks, to the
 * casusregisseur, due 6 weeks (42 days) after the day of the last change, so it is seen before the case
 * needs the Actietafel. The caller gives the latest of those changes as an Amsterdam day; every later
 * change moves the reminder (a new due day, a new key).
 */
export function stagnationReminder(caseId: string, lastChangeOn: string): DerivedReminder[] {
  checkSubjectId(caseId);
  checkDate('lastChangeOn', lastChangeOn);
  return [reminder('case-stagnating', caseId, addDays(lastChangeOn, STAGNATION_DAYS), lastChangeOn)];
}

/** Due on its day and every day after it, until it is delivered (the reconciler's business). */
export function isDue(reminder: Pick<DerivedReminder, 'dueOn'>, today: string): boolean {
  return compareDates(reminder.dueOn, today) <= 0;
}

/** The reminders due on `today`, the oldest due first (a stable sort: ties keep their order). */
export function dueReminders<T extends Pick<DerivedReminder, 'dueOn'>>(reminders: readonly T[], today: string): T[] {
  return reminders.filter((reminder) => isDue(reminder, today)).sort((a, b) => compareDates(a.dueOn, b.dueOn));
}

/** Kinds where a later reminder makes an earlier one moot once both are due. */
function chainOf(kind: ReminderKind): string {
  // Stryker disable StringLiteral: a chain's name only groups; any name unlike another chain's or kind's groups the same
  if (kind === 'action-deadline-soon' || kind === 'action-deadline-passed') return 'action-deadline';
  if (kind === 'agreement-deadline-soon' || kind === 'agreement-deadline-passed') return 'agreement-deadline';
  if (kind.startsWith('age-')) return 'age-clock';
  // Stryker restore StringLiteral
  return kind;
}

/**
 * For writing a newly derived set only: of the reminders already due on `today`, keeps per subject and
 * chain (an action's or agreement's soon/passed, the age clock) only the latest, since the "deadline
 * soon" of a deadline that has passed, or the 16th birthday of a 20-year-old, tells nothing new. Future
 * reminders and every other kind are kept. Never use it on stored, undelivered reminders: those are
 * delivered, all of them.
 */
export function withoutSupersededReminders<T extends DerivedReminder>(reminders: readonly T[], today: string): T[] {
  const latestDue = new Map<string, string>();
  for (const reminder of reminders) {
    if (!isDue(reminder, today)) continue;
    const group = `${chainOf(reminder.kind)} ${reminder.subjectId}`;
    const latest = latestDue.get(group);
    // Stryker disable next-line EqualityOperator: on an equal day the map holds the same date either way
    if (latest === undefined || compareDates(reminder.dueOn, latest) > 0) latestDue.set(group, reminder.dueOn);
  }
  return reminders.filter(
    (reminder) =>
      !isDue(reminder, today) || latestDue.get(`${chainOf(reminder.kind)} ${reminder.subjectId}`) === reminder.dueOn,
  );
}
