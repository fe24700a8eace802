import type {
  AgreementStatus,
  EscalationOutcome,
  EscalationState,
  EscalationTransition,
  EscalationUrgency,
  LadderLevel,
} from '@sluitend/domain';

/**
 * A made-up Actietafel history, as the region's table could have lived it: sessions on fixed days, and per
 * escalation the steps its people took, each at its own moment before `now`, in the order the state machine
 * allows. Pure and driven by the caller's seeded random source, so the demo seed (a year and a half of one
 * region) and the benchmark's generator (three years, 20,000 escalations) draw the same shape of history and
 * the same seed on the same day gives the same figures. Only type imports: the benchmark runs this file
 * without path mapping.
 */

export type Random = () => number;

/** Who takes a step: the case's professional, the region's coordinator or the table's chair. */
export type HistoryActor = 'professional' | 'coordinator' | 'chair';

export interface HistorySession {
  startsAt: number;
  endsAt: number;
}

export interface HistoryStep {
  transition: EscalationTransition;
  from: EscalationState;
  to: EscalationState;
  at: number;
  by: HistoryActor;
}

export interface HistoryAgendaItem {
  /** Index into the sessions the history was drawn with. */
  session: number;
  kind: 'escalation' | 'follow-up';
  /** Discussed in a session that has ended; otherwise still pending on an upcoming agenda. */
  discussed: boolean;
  startedAt: number | null;
  finishedAt: number | null;
}

export interface HistoryEscalation {
  state: EscalationState;
  stateSince: number;
  submittedAt: number;
  triagedAt: number | null;
  closedAt: number | null;
  outcome: EscalationOutcome | null;
  urgency: EscalationUrgency;
  ladderLevel: LadderLevel;
  /** The first session it was scheduled on, as escalation.session_id keeps it. */
  session: number | null;
  steps: HistoryStep[];
  agenda: HistoryAgendaItem[];
}

export interface HistoryAgreement {
  deadline: number;
  status: AgreementStatus;
  settledAt: number | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Shares of the history; the rest of each roll goes on the usual route. */
export const HISTORY_SHARES = {
  urgent: 0.12,
  returned: 0.1,
  resubmittedAfterReturn: 0.7,
  rejected: 0.09,
  /** Accepted escalations the coordinator puts on the session after the next one (a full agenda). */
  skipsASession: 0.15,
  escalatedFurther: 0.05,
  outcomes: [
    ['resolved', 0.52],
    ['partly-resolved', 0.31],
    ['not-resolved', 0.17],
  ] as ReadonlyArray<readonly [EscalationOutcome, number]>,
};

/** mulberry32: small, fast and seeded; its stream is the same on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pickFrom<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function weightedFrom<T>(random: Random, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/** The moment itself on a weekday, otherwise the next Monday at the same time (UTC weekdays: close enough). */
function onWeekday(at: number): number {
  const day = new Date(at).getUTCDay();
  return day === 6 ? at + 2 * DAY : day === 0 ? at + DAY : at;
}

/** Somewhere in office hours (08:00–16:59 UTC) on the weekday of `at` or the next one. */
export function duringOfficeHours(random: Random, at: number): number {
  const day = Math.floor(onWeekday(at) / DAY) * DAY;
  const moment = day + 8 * HOUR + Math.floor(random() * 9 * HOUR);
  return moment > at ? moment : onWeekday(day + DAY) + 8 * HOUR + Math.floor(random() * 9 * HOUR);
}

/**
 * `perMonth` sessions (1 or 2) from the month of `from` until the month of `until`: on the second (and fourth)
 * Tuesday, 12:30–15:00 UTC (13:30–16:00 in winter in the Netherlands).
 */
export function historySessions(from: number, until: number, perMonth: 1 | 2): HistorySession[] {
  const sessions: HistorySession[] = [];
  const start = new Date(from);
  for (let year = start.getUTCFullYear(), month = start.getUTCMonth(); ; month++) {
    const first = Date.UTC(year, month, 1);
    if (first > until) break;
    const firstTuesday = 1 + ((2 - new Date(first).getUTCDay() + 7) % 7);
    for (const week of perMonth === 2 ? [1, 3] : [1]) {
      const startsAt = Date.UTC(year, month, firstTuesday + week * 7, 12, 30);
      if (startsAt >= from && startsAt <= until) sessions.push({ startsAt, endsAt: startsAt + 2.5 * HOUR });
    }
  }
  return sessions;
}

/** Working days to triage: most within the norm of five, a tail beyond it; urgent ones faster. */
function triageDelay(random: Random, urgency: EscalationUrgency): number {
  const [low, high] =
    urgency === 'urgent'
      ? [0.1, 1.6]
      : weightedFrom<readonly [number, number]>(random, [
          [[0.2, 1], 30],
          [[1, 3], 38],
          [[3, 5], 20],
          [[5, 12], 12],
        ]);
  // Calendar time: five working days are about a week.
  return (low + random() * (high - low)) * (7 / 5) * DAY;
}

/** The first session starting at least two days after `at`, from index `from` on. */
function nextSession(sessions: readonly HistorySession[], at: number, from = 0): number | null {
  for (let index = from; index < sessions.length; index++) if (sessions[index].startsAt >= at + 2 * DAY) return index;
  return null;
}

/**
 * One escalation's life from its submission until `now`: triage (accept, return and maybe resubmit, or
 * reject), scheduled on a session, discussed there (then agreements running, maybe one step up the ladder,
 * follow-ups on the next sessions), closed with an outcome weeks later. Whatever would happen after `now`
 * does not happen: the state is where the steps so far led.
 */
export function simulateEscalation(
  random: Random,
  submittedAt: number,
  sessions: readonly HistorySession[],
  now: number,
): HistoryEscalation {
  const urgency: EscalationUrgency = random() < HISTORY_SHARES.urgent ? 'urgent' : 'normal';
  const history: HistoryEscalation = {
    state: 'submitted',
    stateSince: submittedAt,
    submittedAt,
    triagedAt: null,
    closedAt: null,
    outcome: null,
    urgency,
    ladderLevel: 'table',
    session: null,
    steps: [{ transition: 'submit', from: 'draft', to: 'submitted', at: submittedAt, by: 'professional' }],
    agenda: [],
  };
  const step = (transition: EscalationTransition, to: EscalationState, at: number, by: HistoryActor): boolean => {
    if (at >= now || at <= history.stateSince) return false;
    history.steps.push({ transition, from: history.state, to, at, by });
    history.state = to;
    history.stateSince = at;
    return true;
  };

  let at = duringOfficeHours(random, submittedAt + triageDelay(random, urgency));
  const roll = random();
  if (roll < HISTORY_SHARES.returned) {
    if (!step('return', 'returned', at, 'coordinator')) return history;
    if (random() >= HISTORY_SHARES.resubmittedAfterReturn) return history;
    at = duringOfficeHours(random, at + (2 + random() * 18) * DAY);
    if (!step('resubmit', 'submitted', at, 'professional')) return history;
    at = duringOfficeHours(random, at + triageDelay(random, urgency));
  }
  if (roll >= HISTORY_SHARES.returned && roll < HISTORY_SHARES.returned + HISTORY_SHARES.rejected) {
    if (step('reject', 'rejected', at, 'coordinator')) history.triagedAt = at;
    return history;
  }
  if (!step('accept', 'accepted', at, 'coordinator')) return history;
  history.triagedAt = at;

  let session = nextSession(sessions, at);
  if (session !== null && urgency === 'normal' && random() < HISTORY_SHARES.skipsASession)
    session = nextSession(sessions, sessions[session].startsAt);
  if (session === null) return history;
  const { startsAt, endsAt } = sessions[session];
  // Put on the agenda when it is made, about ten days ahead, or at once when the session is sooner.
  const scheduleAt = Math.max(at + HOUR, startsAt - (9 + random() * 4) * DAY);
  const scheduledAt = Math.min(duringOfficeHours(random, scheduleAt - HOUR), startsAt - 20 * HOUR);
  if (!step('schedule', 'scheduled', scheduledAt, 'coordinator')) return history;
  history.session = session;
  if (endsAt >= now) {
    history.agenda.push({ session, kind: 'escalation', discussed: false, startedAt: null, finishedAt: null });
    return history;
  }
  const itemStart = startsAt + Math.floor(random() * 100) * 60_000;
  history.agenda.push({
    session,
    kind: 'escalation',
    discussed: true,
    startedAt: itemStart,
    finishedAt: itemStart + (12 + Math.floor(random() * 20)) * 60_000,
  });
  step('discuss', 'agreements-running', endsAt - 5 * 60_000, 'chair');
  if (random() < HISTORY_SHARES.escalatedFurther && endsAt + 5 * 60_000 < now) {
    history.steps.push({
      transition: 'escalate-further',
      from: 'agreements-running',
      to: 'agreements-running',
      at: endsAt + 5 * 60_000,
      by: 'chair',
    });
    history.stateSince = endsAt + 5 * 60_000;
    history.ladderLevel = 'management';
  }

  const closeAt = duringOfficeHours(
    random,
    endsAt +
      weightedFrom<number>(random, [
        [3, 20],
        [6, 35],
        [10, 30],
        [18, 15],
      ]) *
        WEEK *
        (0.7 + random() * 0.6),
  );
  // Open agreements come back on the following sessions until the escalation is closed.
  for (let next = session + 1; next < sessions.length && history.agenda.length < 4; next++) {
    const following = sessions[next];
    if (following.endsAt >= Math.min(closeAt - DAY, now + 60 * DAY)) break;
    const discussed = following.endsAt < now;
    const started = following.startsAt + Math.floor(random() * 120) * 60_000;
    history.agenda.push({
      session: next,
      kind: 'follow-up',
      discussed,
      startedAt: discussed ? started : null,
      finishedAt: discussed ? started + (5 + Math.floor(random() * 10)) * 60_000 : null,
    });
  }
  if (step('close', 'closed', closeAt, 'coordinator')) {
    history.closedAt = closeAt;
    history.outcome = weightedFrom(random, HISTORY_SHARES.outcomes);
  }
  return history;
}

/**
 * An agreement made at `madeAt` with `deadline`, as it stands at `now`: every agreement of a closed escalation
 * was settled before it closed (the close guard), the others mostly by their deadline, some late, some still
 * open past it (overdue), a few dropped.
 */
export function agreementFate(
  random: Random,
  madeAt: number,
  deadline: number,
  closedAt: number | null,
  now: number,
): HistoryAgreement {
  const dropped = random() < 0.06;
  const settleBy = madeAt + (deadline - madeAt) * (0.3 + random() * 1.1);
  if (closedAt !== null) {
    // Between the agreement and the close, the later the closer to its own settling moment.
    const latest = Math.min(settleBy, closedAt - 60_000);
    const settledAt = latest - random() * Math.min(48 * HOUR, (latest - madeAt) / 2);
    return { deadline, status: dropped ? 'dropped' : 'done', settledAt };
  }
  // A share is never done: those stay open, and overdue once the deadline has passed.
  if (settleBy < now && random() < 0.6) return { deadline, status: dropped ? 'dropped' : 'done', settledAt: settleBy };
  return { deadline, status: 'open', settledAt: null };
}
