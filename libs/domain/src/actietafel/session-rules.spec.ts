import {
  SESSION_STATES,
  SESSION_TRANSITIONS,
  SESSION_PARTS,
  type SessionPart,
  type SessionState,
  type SessionTransition,
} from './session.contract';
import {
  agendaViewWindow,
  allowedSessionTransitions,
  availableSessionTransitions,
  canSessionTransition,
  isWithinAgendaViewWindow,
  mayChangePlanning,
  mayRecordAttendance,
  mayRecordSession,
  minutesSpent,
  sessionContentAccess,
  sessionPart,
} from './session-rules';

const EXPECTED: Record<SessionState, SessionTransition[]> = {
  planned: ['send-agenda', 'cancel'],
  'agenda-sent': ['start', 'cancel'],
  'in-progress': ['end'],
  ended: [],
  cancelled: [],
};

const TARGET: Record<SessionTransition, SessionState> = {
  'send-agenda': 'agenda-sent',
  start: 'in-progress',
  end: 'ended',
  cancel: 'cancelled',
};

describe('session transitions', () => {
  it.each(SESSION_STATES)('allows from %s exactly the transitions of the life cycle', (state) => {
    expect(allowedSessionTransitions(state)).toEqual(EXPECTED[state]);
  });

  const pairs = SESSION_STATES.flatMap((state) =>
    SESSION_TRANSITIONS.map((transition) => [state, transition] as const),
  );

  it.each(pairs.filter(([state, transition]) => EXPECTED[state].includes(transition)))(
    'lets the coordinator take %s → %s to its target state',
    (state, transition) => {
      expect(canSessionTransition(state, transition, 'coordinator')).toEqual({ allowed: true, to: TARGET[transition] });
    },
  );

  it.each(pairs.filter(([state, transition]) => !EXPECTED[state].includes(transition)))(
    'refuses %s → %s with 409 naming the allowed transitions',
    (state, transition) => {
      expect(canSessionTransition(state, transition, 'coordinator')).toMatchObject({
        allowed: false,
        status: 409,
        code: 'transition-not-allowed',
        allowedTransitions: EXPECTED[state],
      });
    },
  );

  it('lets the chair start and end, but not send the agenda or cancel', () => {
    expect(canSessionTransition('agenda-sent', 'start', 'chair').allowed).toBe(true);
    expect(canSessionTransition('in-progress', 'end', 'chair').allowed).toBe(true);
    expect(canSessionTransition('planned', 'send-agenda', 'chair')).toMatchObject({
      status: 403,
      code: 'part-not-allowed',
    });
    expect(canSessionTransition('planned', 'cancel', 'chair')).toMatchObject({ status: 403 });
  });

  it('refuses every transition to a member, a minute-taker and someone without a part with 403', () => {
    for (const part of ['member', 'minute-taker', null] as const) {
      expect(canSessionTransition('in-progress', 'end', part)).toMatchObject({ allowed: false, status: 403 });
    }
  });

  it('offers each part only the transitions it may take', () => {
    expect(availableSessionTransitions('agenda-sent', 'coordinator')).toEqual(['start', 'cancel']);
    expect(availableSessionTransitions('agenda-sent', 'chair')).toEqual(['start']);
    expect(availableSessionTransitions('agenda-sent', 'member')).toEqual([]);
    expect(availableSessionTransitions('ended', 'coordinator')).toEqual([]);
  });
});

describe('session refusals, in words', () => {
  it('names the allowed transitions when the state refuses, or says the session is final', () => {
    expect(canSessionTransition('planned', 'end', 'coordinator')).toEqual({
      allowed: false,
      status: 409,
      code: 'transition-not-allowed',
      message: 'Cannot end a session that is planned; allowed: send-agenda, cancel',
      allowedTransitions: ['send-agenda', 'cancel'],
    });
    expect(canSessionTransition('ended', 'start', 'coordinator')).toMatchObject({
      message: 'Cannot start a session that is ended; it is final',
      allowedTransitions: [],
    });
  });

  it('names the parts that may take the transition when the part refuses', () => {
    expect(canSessionTransition('agenda-sent', 'start', 'member')).toEqual({
      allowed: false,
      status: 403,
      code: 'part-not-allowed',
      message: 'Only the coordinator or chair may start this session',
      allowedTransitions: ['start', 'cancel'],
    });
  });
});

describe('the agenda view window', () => {
  const sent = new Date('2026-12-01T09:00:00Z');
  const ends = new Date('2026-12-03T12:00:00Z');
  const window = agendaViewWindow(sent, ends, 7);

  it('runs from the sending of the agenda until the given days after the session', () => {
    expect(agendaViewWindow(sent, ends, 7)).toEqual({ from: sent, until: new Date('2026-12-10T12:00:00Z') });
    expect(agendaViewWindow(sent, ends, 1)).toEqual({ from: sent, until: new Date('2026-12-04T12:00:00Z') });
  });

  it('is closed before the agenda is sent', () => {
    expect(isWithinAgendaViewWindow(agendaViewWindow(null, ends, 7), new Date('2026-12-03T10:00:00Z'))).toBe(false);
  });

  it('opens at the sending and closes at its end, exclusive', () => {
    expect(isWithinAgendaViewWindow(window, new Date(sent.getTime() - 1))).toBe(false);
    expect(isWithinAgendaViewWindow(window, sent)).toBe(true);
    expect(isWithinAgendaViewWindow(window, new Date('2026-12-10T11:59:59Z'))).toBe(true);
    expect(isWithinAgendaViewWindow(window, new Date('2026-12-10T12:00:00Z'))).toBe(false);
  });

  it('gives invited parts full content inside the window and an outline outside it', () => {
    for (const part of ['chair', 'minute-taker', 'member'] as const) {
      expect(sessionContentAccess(part, 'agenda-sent', window, new Date('2026-12-02T08:00:00Z'))).toBe('full');
      expect(sessionContentAccess(part, 'ended', window, new Date('2026-12-11T08:00:00Z'))).toBe('outline');
      expect(
        sessionContentAccess(part, 'planned', agendaViewWindow(null, ends), new Date('2026-12-02T08:00:00Z')),
      ).toBe('outline');
    }
  });

  it('gives the coordinator full content always, and someone without a part nothing', () => {
    expect(sessionContentAccess('coordinator', 'ended', window, new Date('2027-06-01T00:00:00Z'))).toBe('full');
    expect(sessionContentAccess(null, 'agenda-sent', window, new Date('2026-12-02T08:00:00Z'))).toBeNull();
  });

  it('gives invited parts only an outline of a cancelled session', () => {
    expect(sessionContentAccess('member', 'cancelled', window, new Date('2026-12-02T08:00:00Z'))).toBe('outline');
  });
});

describe('who records and plans', () => {
  const parts: Array<SessionPart | null> = [...SESSION_PARTS, null];

  it('lets the coordinator, chair and minute-taker record only while the session is in progress', () => {
    for (const part of parts)
      for (const state of SESSION_STATES)
        expect(mayRecordSession(part, state)).toBe(state === 'in-progress' && part !== 'member' && part !== null);
  });

  it('lets attendance be noted from the sending of the agenda until the end', () => {
    expect(mayRecordAttendance('chair', 'agenda-sent')).toBe(true);
    expect(mayRecordAttendance('minute-taker', 'in-progress')).toBe(true);
    expect(mayRecordAttendance('chair', 'planned')).toBe(false);
    expect(mayRecordAttendance('chair', 'ended')).toBe(false);
    expect(mayRecordAttendance('member', 'in-progress')).toBe(false);
  });

  it('lets the coordinator note attendance once the agenda is sent and while the session runs, not before or after', () => {
    expect(mayRecordAttendance('coordinator', 'agenda-sent')).toBe(true);
    expect(mayRecordAttendance('coordinator', 'in-progress')).toBe(true);
    expect(mayRecordAttendance('coordinator', 'planned')).toBe(false);
    expect(mayRecordAttendance('coordinator', 'ended')).toBe(false);
    expect(mayRecordAttendance('coordinator', 'cancelled')).toBe(false);
  });

  it.each(SESSION_STATES)(
    'lets only the coordinator, chair and minute-taker note attendance of a session %s',
    (state) => {
      const open = state === 'agenda-sent' || state === 'in-progress';
      expect(parts.filter((part) => mayRecordAttendance(part, state))).toEqual(
        open ? ['coordinator', 'chair', 'minute-taker'] : [],
      );
    },
  );

  it('lets only the coordinator change the planning, and only before the start', () => {
    for (const part of parts)
      for (const state of SESSION_STATES)
        expect(mayChangePlanning(part, state)).toBe(
          part === 'coordinator' && (state === 'planned' || state === 'agenda-sent'),
        );
  });
});

describe('sessionPart', () => {
  const none = { isRegionCoordinator: false, isChair: false, isMinuteTaker: false, isInvited: false };

  it('names the weightiest part a user plays', () => {
    expect(sessionPart({ ...none, isRegionCoordinator: true, isChair: true })).toBe('coordinator');
    expect(sessionPart({ ...none, isChair: true, isInvited: true })).toBe('chair');
    expect(sessionPart({ ...none, isMinuteTaker: true, isInvited: true })).toBe('minute-taker');
    expect(sessionPart({ ...none, isInvited: true })).toBe('member');
    expect(sessionPart(none)).toBeNull();
  });
});

describe('minutesSpent', () => {
  it('rounds a discussed item up to whole minutes, and knows nothing of an item never started or finished', () => {
    expect(minutesSpent(new Date('2026-12-03T10:00:00Z'), new Date('2026-12-03T10:12:01Z'))).toBe(13);
    expect(minutesSpent(new Date('2026-12-03T10:00:00Z'), new Date('2026-12-03T10:12:00Z'))).toBe(12);
    expect(minutesSpent(null, new Date())).toBeNull();
    expect(minutesSpent(new Date(), null)).toBeNull();
  });
});
