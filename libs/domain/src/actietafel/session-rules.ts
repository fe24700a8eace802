import {
  DEFAULT_AGENDA_VIEW_DAYS_AFTER_SESSION,
  SESSION_TRANSITIONS,
  SESSION_TRANSITION_RULES,
  type SessionContentAccess,
  type SessionPart,
  type SessionState,
  type SessionTransition,
} from './session.contract';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The transitions the session's state allows, whoever asks. */
export function allowedSessionTransitions(state: SessionState): SessionTransition[] {
  return SESSION_TRANSITIONS.filter((transition) => SESSION_TRANSITION_RULES[transition].from.includes(state));
}

/** What this viewer may do with the session now: the actions the web offers. */
export function availableSessionTransitions(state: SessionState, part: SessionPart | null): SessionTransition[] {
  return allowedSessionTransitions(state).filter(
    (transition) => part !== null && SESSION_TRANSITION_RULES[transition].parts.includes(part),
  );
}

export type SessionTransitionDecision =
  | { allowed: true; to: SessionState }
  | {
      allowed: false;
      status: 403 | 409;
      code: 'transition-not-allowed' | 'part-not-allowed';
      message: string;
      allowedTransitions: SessionTransition[];
    };

/** The state first (409 naming the allowed transitions), then the viewer's part (403). */
export function canSessionTransition(
  state: SessionState,
  transition: SessionTransition,
  part: SessionPart | null,
): SessionTransitionDecision {
  const rule = SESSION_TRANSITION_RULES[transition];
  const allowed = allowedSessionTransitions(state);
  if (!rule.from.includes(state)) {
    const options = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : 'it is final';
    return {
      allowed: false,
      status: 409,
      code: 'transition-not-allowed',
      message: `Cannot ${transition} a session that is ${state}; ${options}`,
      allowedTransitions: allowed,
    };
  }
  if (part === null || !rule.parts.includes(part))
    return {
      allowed: false,
      status: 403,
      code: 'part-not-allowed',
      message: `Only the ${rule.parts.join(' or ')} may ${transition} this session`,
      allowedTransitions: allowed,
    };
  return { allowed: true, to: rule.to };
}

/**
 * Data minimisation: invited members, the chair and the minute-taker see case content from the moment the
 * agenda is sent until a fixed number of days after the session's planned end.
 */
export function agendaViewWindow(
  agendaSentAt: Date | null,
  endsAt: Date,
  daysAfter = DEFAULT_AGENDA_VIEW_DAYS_AFTER_SESSION,
): { from: Date | null; until: Date } {
  return { from: agendaSentAt, until: new Date(endsAt.getTime() + daysAfter * DAY_MS) };
}

export function isWithinAgendaViewWindow(window: { from: Date | null; until: Date }, now: Date): boolean {
  return window.from !== null && window.from.getTime() <= now.getTime() && now.getTime() < window.until.getTime();
}

/**
 * What a viewer sees of the cases of a session: the region's coordinator always (they prepare the table),
 * the other parts only inside the view window and never of a cancelled session; null for someone with no
 * part in the session, who sees nothing of it.
 */
export function sessionContentAccess(
  part: SessionPart | null,
  state: SessionState,
  window: { from: Date | null; until: Date },
  now: Date,
): SessionContentAccess | null {
  if (part === null) return null;
  if (part === 'coordinator') return 'full';
  if (state === 'cancelled') return 'outline';
  return isWithinAgendaViewWindow(window, now) ? 'full' : 'outline';
}

/** Who records the meeting (attendance, summaries, decisions, agreements), and when. */
export function mayRecordSession(part: SessionPart | null, state: SessionState): boolean {
  return state === 'in-progress' && (part === 'coordinator' || part === 'chair' || part === 'minute-taker');
}

/** Attendance may be noted from the sending of the agenda (apologies come in) until the session ends. */
export function mayRecordAttendance(part: SessionPart | null, state: SessionState): boolean {
  return (
    (state === 'agenda-sent' || state === 'in-progress') &&
    (part === 'coordinator' || part === 'chair' || part === 'minute-taker')
  );
}

/** The planning (time, place, people, agenda order and time boxes) changes until the session starts. */
export function mayChangePlanning(part: SessionPart | null, state: SessionState): boolean {
  return part === 'coordinator' && (state === 'planned' || state === 'agenda-sent');
}

/** The part a user plays; the coordinator's part counts only in their own region. */
export function sessionPart(facts: {
  isRegionCoordinator: boolean;
  isChair: boolean;
  isMinuteTaker: boolean;
  isInvited: boolean;
}): SessionPart | null {
  if (facts.isRegionCoordinator) return 'coordinator';
  if (facts.isChair) return 'chair';
  if (facts.isMinuteTaker) return 'minute-taker';
  if (facts.isInvited) return 'member';
  return null;
}

/** The minutes' "minutes spent" on an item, rounded up to whole minutes. */
export function minutesSpent(startedAt: Date | null, finishedAt: Date | null): number | null {
  if (!startedAt || !finishedAt) return null;
  return Math.max(0, Math.ceil((finishedAt.getTime() - startedAt.getTime()) / 60000));
}
