import { createHash } from 'node:crypto';
import { amsterdamTime } from '../common/time/amsterdam-time';

/** The hour of the due day on which a reminder is sent, Dutch time. */
export const REMINDER_HOUR = 8;

/**
 * 08:00 Europe/Amsterdam on a calendar day, as an instant: 07:00 UTC in winter, 06:00 UTC in summer. The
 * clocks change at 02:00/03:00, so 08:00 exists exactly once on every day, also the days they change.
 */
export function amsterdamMorning(day: string, hour = REMINDER_HOUR): Date {
  return amsterdamTime(day, hour, 0);
}

/**
 * The subject id of a plan action. Action ids are chosen by the client and unique within a plan only
 * ('action-1' in every plan), so the case is part of it; an id too long for the column is hashed.
 */
export function actionSubjectId(caseId: string, actionId: string): string {
  const part = actionId.length <= 63 ? actionId : createHash('sha1').update(actionId).digest('hex');
  return `${caseId}.${part}`;
}

/** The web paths reminders link to (apps/web routes). */
export const REMINDER_LINKS = {
  /** The plan actions and agreements of the user: the home page lists them. */
  mine: '/home',
  caseOverview: (caseId: string) => `/cases/${caseId}/overview`,
  /** The toekomstplan editor holds the 18-/18+ checklist the age clock is about. */
  toekomstplan: (caseId: string) => `/cases/${caseId}/toekomstplan`,
  consents: (caseId: string) => `/cases/${caseId}/consents`,
  /** The coordinator's triage page of one escalation. */
  escalation: (escalationId: string) => `/actietafel/escalations/${escalationId}`,
} as const;
