import { nextState, type EscalationState } from '@sluitend/domain';
import {
  agreementFate,
  historySessions,
  seededRandom,
  simulateEscalation,
  type HistoryEscalation,
} from './escalation-history';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 9, 0);
const FROM = NOW - 3 * 365 * DAY;
const TRIAGED: readonly EscalationState[] = ['accepted', 'scheduled', 'agreements-running', 'closed', 'rejected'];

function simulateMany(count: number, seed = 7): HistoryEscalation[] {
  const random = seededRandom(seed);
  const sessions = historySessions(FROM - 31 * DAY, NOW + 45 * DAY, 2);
  return Array.from({ length: count }, () => simulateEscalation(random, FROM + random() * (NOW - FROM), sessions, NOW));
}

describe('the made-up Actietafel history', () => {
  const histories = simulateMany(1500);

  it('takes only the steps the state machine allows, each after the previous one and before now', () => {
    for (const history of histories) {
      let state: EscalationState = 'draft';
      let last = history.submittedAt - 1;
      for (const step of history.steps) {
        expect(step.from).toBe(state);
        expect(nextState(step.from, step.transition)).toBe(step.to);
        expect(step.at).toBeGreaterThan(last);
        expect(step.at).toBeLessThan(NOW);
        state = step.to;
        last = step.at;
      }
      expect(history.state).toBe(state);
      expect(history.stateSince).toBe(last);
    }
  });

  it('lets the professional submit, the chair discuss and go up the ladder, and the coordinator do the rest', () => {
    for (const step of histories.flatMap((history) => history.steps)) {
      const expected = ['submit', 'resubmit'].includes(step.transition)
        ? 'professional'
        : ['discuss', 'escalate-further'].includes(step.transition)
          ? 'chair'
          : 'coordinator';
      expect([step.transition, step.by]).toEqual([step.transition, expected]);
    }
  });

  it('keeps triaged_at, closed_at, the outcome and the first session consistent with the state', () => {
    for (const history of histories) {
      expect(history.triagedAt !== null).toBe(TRIAGED.includes(history.state));
      expect(history.closedAt !== null).toBe(history.state === 'closed');
      expect(history.outcome !== null).toBe(history.state === 'closed');
      const discussed = history.agenda.filter((item) => item.kind === 'escalation');
      expect(discussed.length).toBe(history.session === null ? 0 : 1);
      if (['agreements-running', 'closed'].includes(history.state)) expect(discussed[0]?.discussed).toBe(true);
    }
  });

  it('reaches every state and every outcome in a realistic mix, most of them closed', () => {
    const count = (state: EscalationState) => histories.filter((history) => history.state === state).length;
    for (const state of [
      'submitted',
      'accepted',
      'scheduled',
      'agreements-running',
      'closed',
      'returned',
      'rejected',
    ] as const)
      expect([state, count(state) > 0]).toEqual([state, true]);
    expect(count('closed') / histories.length).toBeGreaterThan(0.6);
    expect(count('rejected') / histories.length).toBeLessThan(0.15);
    expect(new Set(histories.map((history) => history.outcome).filter(Boolean)).size).toBe(3);
  });

  it('settles every agreement of a closed escalation between its making and the close', () => {
    const random = seededRandom(11);
    for (let n = 0; n < 2000; n++) {
      const madeAt = FROM + random() * (NOW - FROM - 60 * DAY);
      const closedAt = madeAt + (1 + random() * 100) * DAY;
      const fate = agreementFate(random, madeAt, madeAt + (7 + random() * 50) * DAY, closedAt, NOW);
      expect(fate.status).not.toBe('open');
      expect(fate.settledAt).toBeGreaterThan(madeAt);
      expect(fate.settledAt).toBeLessThan(closedAt);
    }
  });

  it('draws the same history from the same seed', () => {
    expect(simulateMany(200, 3)).toEqual(simulateMany(200, 3));
  });

  it('holds sessions on Tuesdays, twice a month when asked', () => {
    const sessions = historySessions(Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31), 2);
    expect(sessions).toHaveLength(24);
    for (const session of sessions) expect(new Date(session.startsAt).getUTCDay()).toBe(2);
  });
});
