import {
  DEFAULT_ESCALATION_REASON_CODES,
  EscalationResponse,
  EscalationState,
  EscalationTransitionRecord,
  daysBetween,
  todayInAmsterdam,
} from '@sluitend/domain';
import { UiMessage } from '../../../../core/http/ui-message';

const STATE_BADGES: Readonly<Record<EscalationState, string>> = {
  draft: 'badge badge--inactive',
  submitted: 'badge badge--warning',
  accepted: 'badge',
  scheduled: 'badge',
  'agreements-running': 'badge',
  closed: 'badge badge--inactive',
  returned: 'badge badge--warning',
  rejected: 'badge badge--inactive',
};

export function stateBadgeClass(state: EscalationState): string {
  return STATE_BADGES[state];
}

/**
 * The translation key of a reason code from the default list; a region's own code has no
 * translation, so it is shown as stored (null here).
 */
export function reasonLabelKey(code: string | null): string | null {
  return code !== null && (DEFAULT_ESCALATION_REASON_CODES as readonly string[]).includes(code)
    ? `actietafel.reasons.${code}`
    : null;
}

/** Whole calendar days (Dutch time) since a moment; 0 on the same day, never negative. */
export function daysSince(timestamp: string, today: string): number {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return 0;
  return Math.max(0, daysBetween(todayInAmsterdam(date), today));
}

/** "Wacht 6 dagen" for the queue; `prefix` names the set of texts (waited, inState, overdue). */
export function dayCountMessage(prefix: string, days: number): UiMessage {
  if (days === 0) return { key: `${prefix}.zero` };
  if (days === 1) return { key: `${prefix}.one` };
  return { key: `${prefix}.other`, params: { days } };
}

/** The question the coordinator returned it with: the newest `return` in the history. */
export function returnQuestion(escalation: EscalationResponse): EscalationTransitionRecord | null {
  return [...escalation.history].reverse().find((record) => record.transition === 'return') ?? null;
}

export function subjectName(subject: { firstName: string; lastName: string }): string {
  return `${subject.firstName} ${subject.lastName}`;
}
