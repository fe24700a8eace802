import type { EscalationState } from '../actietafel/escalation.contract';
import { addDays, compareDates, isIsoDate } from '../rules/calendar-date';
import { addWorkingDays } from '../reminders/working-days';
import { TRIAGE_WORKING_DAYS } from '../reminders/reminder-rules';

/** An accepted escalation should be on a session's agenda within 4 weeks (DOMAIN.md, Monitoring). */
export const ACCEPTED_UNSCHEDULED_NORM_DAYS = 28;

/** The norms an escalation can be past, as the coordinator's dashboard highlights them (issue 7). */
export type EscalationNorm = 'triage-waiting' | 'accepted-unscheduled';

/**
 * The first day on which an escalation that entered `state` on `since` (its Amsterdam day) is past the norm
 * of that state, or null when the state has no norm. "Longer than 5 working days" is past on the 6th
 * working day after the day of submission, the day the triage reminder comes (`triageWaitingReminder`);
 * "longer than 4 weeks" on day 29.
 */
export function normPassedOn(state: EscalationState, since: string): string | null {
  if (!isIsoDate(since)) throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(since)}`);
  if (state === 'submitted') return addWorkingDays(since, TRIAGE_WORKING_DAYS + 1);
  if (state === 'accepted') return addDays(since, ACCEPTED_UNSCHEDULED_NORM_DAYS + 1);
  return null;
}

/** Which norm the escalation is past on `today`, if any. */
export function escalationPastNorm(state: EscalationState, since: string, today: string): EscalationNorm | null {
  const passedOn = normPassedOn(state, since);
  if (passedOn === null || compareDates(today, passedOn) < 0) return null;
  return state === 'submitted' ? 'triage-waiting' : 'accepted-unscheduled';
}
