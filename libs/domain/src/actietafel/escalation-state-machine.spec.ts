import { ROLES, type Role } from '../people/role';
import {
  DEFAULT_ESCALATION_REASON_CODES,
  DEFAULT_ESCALATION_REASON_LABELS,
  ESCALATION_STATES,
  ESCALATION_TRANSITIONS,
  LADDER_LEVELS,
  LADDER_LEVEL_LABELS,
  type AgreementFacts,
  type EscalationRequestContent,
  type EscalationState,
  type EscalationTransition,
} from './escalation.contract';
import {
  type EscalationTransitionContext,
  type EscalationTransitionDecision,
  allowedTransitions,
  availableTransitions,
  canTransition,
  escalationRequestProblems,
  isAgreementOverdue,
  isEscalationState,
  isEscalationTransition,
  mayTakeTransition,
  nextLadderLevel,
  nextState,
} from './escalation-state-machine';

const TODAY = '2026-06-01';

/**
 * The life cycle of DOMAIN.md, written out here rather than read from the machine's own table, so the
 * tests say what the machine must do. Every other pair of a state and a transition must be refused.
 */
const ALLOWED: ReadonlyArray<[EscalationState, EscalationTransition, EscalationState]> = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'accept', 'accepted'],
  ['submitted', 'return', 'returned'],
  ['submitted', 'reject', 'rejected'],
  ['returned', 'resubmit', 'submitted'],
  ['accepted', 'schedule', 'scheduled'],
  ['scheduled', 'discuss', 'agreements-running'],
  ['agreements-running', 'close', 'closed'],
  ['agreements-running', 'escalate-further', 'agreements-running'],
];

function expectedAllowed(state: EscalationState): EscalationTransition[] {
  return ESCALATION_TRANSITIONS.filter((transition) => ALLOWED.some(([from, t]) => from === state && t === transition));
}

const REFUSED: Array<[EscalationState, EscalationTransition]> = ESCALATION_STATES.flatMap((state) =>
  ESCALATION_TRANSITIONS.filter((transition) => !expectedAllowed(state).includes(transition)).map(
    (transition): [EscalationState, EscalationTransition] => [state, transition],
  ),
);

/** Who may take each transition, per the issue. */
const ACTORS: Record<EscalationTransition, readonly Role[]> = {
  submit: ['professional'],
  resubmit: ['professional'],
  accept: ['actietafel-coordinator'],
  return: ['actietafel-coordinator'],
  reject: ['actietafel-coordinator'],
  schedule: ['actietafel-coordinator'],
  close: ['actietafel-coordinator'],
  discuss: ['actietafel-coordinator', 'actietafel-chair'],
  'escalate-further': ['actietafel-coordinator', 'actietafel-chair'],
};
const TEAM_ONLY: readonly EscalationTransition[] = ['submit', 'resubmit'];

const COMPLETE_REQUEST: EscalationRequestContent = {
  reasonCode: 'waiting-list',
  reasonText: 'Acht maanden wachtlijst voor begeleid wonen',
  whatWasTried: 'Aangemeld bij twee aanbieders, overbrugging via het wijkteam',
  question: 'Wie regelt binnen vier weken een passende woonplek?',
  urgency: 'urgent',
  sectorsNeeded: ['jeugdhulp', 'gemeente'],
};

const DRAFT: EscalationRequestContent = {
  reasonCode: null,
  reasonText: '',
  whatWasTried: '',
  question: '',
  urgency: 'normal',
  sectorsNeeded: [],
};

/** Every condition of every transition met; tests take one away at a time. */
function fullContext(overrides: Partial<EscalationTransitionContext> = {}): EscalationTransitionContext {
  return {
    today: TODAY,
    isCaseTeamMember: true,
    hasActietafelConsent: true,
    request: COMPLETE_REQUEST,
    question: 'Is er al contact geweest met de woningcorporatie?',
    answer: 'Ja, zonder resultaat; zie de aangepaste aanvraag.',
    reason: 'Valt buiten de doelgroep van de Actietafel',
    sessionId: 'session-1',
    outcome: 'resolved',
    evaluation: 'Woonplek gevonden binnen de termijn.',
    deadline: '2026-07-01',
    agreements: [
      { id: 'a1', status: 'done', dropReason: null },
      { id: 'a2', status: 'dropped', dropReason: 'Niet meer nodig na verhuizing' },
    ],
    ...overrides,
  };
}

function refusal(decision: EscalationTransitionDecision) {
  if (decision.allowed) throw new Error(`expected a refusal, got a transition to ${decision.to}`);
  return decision.refusal;
}

describe('the escalation life cycle', () => {
  it('covers 8 states and 9 transitions: 9 allowed pairs and a refusal for the other 63', () => {
    expect(ESCALATION_STATES).toHaveLength(8);
    expect(ESCALATION_TRANSITIONS).toHaveLength(9);
    expect(ALLOWED).toHaveLength(9);
    expect(REFUSED).toHaveLength(ESCALATION_STATES.length * ESCALATION_TRANSITIONS.length - ALLOWED.length);
  });

  it.each(ESCALATION_STATES.map((state) => [state, expectedAllowed(state)] as const))(
    'allows from %s exactly %j',
    (state, expected) => {
      expect(allowedTransitions(state)).toEqual(expected);
    },
  );

  it('ends in closed and rejected, which allow nothing more', () => {
    expect(ESCALATION_STATES.filter((state) => allowedTransitions(state).length === 0)).toEqual(['closed', 'rejected']);
  });
});

describe('nextState', () => {
  it.each(ALLOWED)('from %s, %s leads to %s', (from, transition, to) => {
    expect(nextState(from, transition)).toBe(to);
  });

  it.each(REFUSED)('from %s, %s leads nowhere', (from, transition) => {
    expect(nextState(from, transition)).toBeNull();
  });
});

describe('canTransition: the state', () => {
  it.each(ALLOWED)('lets the right actor take %s → %s → %s when its conditions are met', (from, transition, to) => {
    const decision = canTransition(from, transition, ACTORS[transition], fullContext({ ladderLevel: 'table' }));
    expect(decision).toEqual({
      allowed: true,
      to,
      ladderLevel: transition === 'escalate-further' ? 'management' : 'table',
    });
  });

  it.each(REFUSED)(
    'refuses from %s to %s with 409 and the allowed transitions, even to someone with every role on the team',
    (state, transition) => {
      expect(refusal(canTransition(state, transition, ROLES, fullContext()))).toEqual({
        status: 409,
        code: 'transition-not-allowed',
        message: expect.stringContaining(`Cannot ${transition} an escalation that is ${state}`),
        state,
        transition,
        allowedTransitions: expectedAllowed(state),
        errors: [],
      });
    },
  );

  it('says a final state is final', () => {
    expect(refusal(canTransition('closed', 'escalate-further', ROLES, fullContext())).message).toBe(
      'Cannot escalate-further an escalation that is closed; it is final',
    );
  });

  it('lets resubmit come only from returned', () => {
    expect(ESCALATION_STATES.filter((state) => nextState(state, 'resubmit') !== null)).toEqual(['returned']);
  });

  it('refuses on the state before the role, so the 409 names the allowed transitions', () => {
    expect(refusal(canTransition('draft', 'accept', ['professional'], fullContext())).code).toBe(
      'transition-not-allowed',
    );
  });
});

describe('canTransition: the actor', () => {
  const cases = ESCALATION_TRANSITIONS.flatMap((transition) =>
    ROLES.filter((role) => !ACTORS[transition].includes(role)).map((role) => [transition, role] as const),
  );

  it.each(cases)('refuses %s to a user who is only %s with 403', (transition, role) => {
    const [from] = ALLOWED.find(([, t]) => t === transition) ?? [];
    const result = refusal(canTransition(from as EscalationState, transition, [role], fullContext()));
    expect(result).toMatchObject({ status: 403, code: 'role-not-allowed', errors: [] });
    expect(result.allowedTransitions).toEqual(expectedAllowed(from as EscalationState));
  });

  it.each(TEAM_ONLY)('refuses %s to a professional outside the case team with 403', (transition) => {
    const [from] = ALLOWED.find(([, t]) => t === transition) ?? [];
    expect(
      refusal(
        canTransition(from as EscalationState, transition, ['professional'], fullContext({ isCaseTeamMember: false })),
      ),
    ).toMatchObject({ status: 403, code: 'case-team-only' });
  });

  it('treats a missing isCaseTeamMember as not on the team', () => {
    expect(
      refusal(canTransition('draft', 'submit', ['professional'], fullContext({ isCaseTeamMember: undefined }))).code,
    ).toBe('case-team-only');
  });

  const TABLE_ACTS = ALLOWED.filter(([, transition]) => !TEAM_ONLY.includes(transition)).flatMap(
    ([from, transition, to]) => ACTORS[transition].map((role) => [transition, role, from, to] as const),
  );

  it.each(TABLE_ACTS)('lets %s be taken by the %s without being on the case team', (transition, role, from, to) => {
    expect(canTransition(from, transition, [role], fullContext({ isCaseTeamMember: false }))).toMatchObject({
      allowed: true,
      to,
    });
    expect(mayTakeTransition(transition, [role], false)).toBe(true);
  });

  it('lets a coordinator outside the case team schedule an escalation', () => {
    expect(
      canTransition('accepted', 'schedule', ['actietafel-coordinator'], fullContext({ isCaseTeamMember: false })),
    ).toEqual({ allowed: true, to: 'scheduled', ladderLevel: 'table' });
  });

  it('lets any one of several roles do', () => {
    expect(
      canTransition('submitted', 'accept', ['professional', 'actietafel-coordinator'], fullContext()).allowed,
    ).toBe(true);
  });

  it('refuses a user without roles', () => {
    expect(refusal(canTransition('submitted', 'accept', [], fullContext())).code).toBe('role-not-allowed');
  });
});

describe('availableTransitions', () => {
  it('offers a professional on the team only submit on a draft and resubmit on a returned escalation', () => {
    const offered = ESCALATION_STATES.flatMap((state) => availableTransitions(state, ['professional'], true));
    expect(offered).toEqual(['submit', 'resubmit']);
  });

  it('offers a professional outside the team nothing', () => {
    expect(ESCALATION_STATES.flatMap((state) => availableTransitions(state, ['professional'], false))).toEqual([]);
  });

  it('offers the coordinator triage on a submitted escalation, and close or escalate-further while agreements run', () => {
    expect(availableTransitions('submitted', ['actietafel-coordinator'], false)).toEqual([
      'accept',
      'return',
      'reject',
    ]);
    expect(availableTransitions('agreements-running', ['actietafel-coordinator'], false)).toEqual([
      'close',
      'escalate-further',
    ]);
  });

  it('offers the chair discuss and escalate-further, but never close', () => {
    expect(availableTransitions('scheduled', ['actietafel-chair'], false)).toEqual(['discuss']);
    expect(availableTransitions('agreements-running', ['actietafel-chair'], false)).toEqual(['escalate-further']);
  });

  it.each(['actietafel-member', 'admin', 'privacy-officer'] as const)(
    'offers a user who is only %s nothing',
    (role) => {
      expect(ESCALATION_STATES.flatMap((state) => availableTransitions(state, [role], true))).toEqual([]);
      expect(ESCALATION_TRANSITIONS.some((transition) => mayTakeTransition(transition, [role], true))).toBe(false);
    },
  );
});

describe('canTransition: submit and resubmit', () => {
  it('refuses to submit an empty draft with 400, naming every missing field of the request', () => {
    expect(refusal(canTransition('draft', 'submit', ['professional'], fullContext({ request: DRAFT })))).toMatchObject({
      status: 400,
      code: 'request-incomplete',
      errors: [
        { field: 'request.reasonCode', message: 'reasonCode is required' },
        { field: 'request.reasonText', message: 'reasonText is required' },
        { field: 'request.whatWasTried', message: 'whatWasTried is required' },
        { field: 'request.question', message: 'question is required' },
        { field: 'request.sectorsNeeded', message: 'sectorsNeeded must name at least one sector' },
      ],
    });
  });

  it('counts text of only spaces as missing', () => {
    const request = { ...COMPLETE_REQUEST, question: '   \n ' };
    expect(refusal(canTransition('draft', 'submit', ['professional'], fullContext({ request }))).errors).toEqual([
      { field: 'request.question', message: 'question is required' },
    ]);
  });

  it("refuses a reason code outside the region's list, and accepts the region's own codes", () => {
    const request = { ...COMPLETE_REQUEST, reasonCode: 'leerplicht' };
    expect(refusal(canTransition('draft', 'submit', ['professional'], fullContext({ request }))).errors).toEqual([
      { field: 'request.reasonCode', message: "reasonCode must be one of the region's reason codes" },
    ]);
    expect(
      canTransition('draft', 'submit', ['professional'], fullContext({ request, reasonCodes: ['leerplicht'] })).allowed,
    ).toBe(true);
  });

  it('refuses to submit without the request', () => {
    expect(
      refusal(canTransition('draft', 'submit', ['professional'], fullContext({ request: undefined }))),
    ).toMatchObject({
      code: 'request-incomplete',
      errors: [{ field: 'request', message: 'request is required' }],
    });
  });

  it('refuses to resubmit without an answer to the question, and names an incomplete request too', () => {
    const result = refusal(
      canTransition(
        'returned',
        'resubmit',
        ['professional'],
        fullContext({ answer: ' ', request: { ...COMPLETE_REQUEST, whatWasTried: '' } }),
      ),
    );
    expect(result).toMatchObject({ status: 400, code: 'answer-required' });
    expect(result.errors).toEqual([
      { field: 'answer', message: 'answer is required' },
      { field: 'request.whatWasTried', message: 'whatWasTried is required' },
    ]);
  });
});

describe('canTransition: return, reject and schedule', () => {
  it('refuses to return without a question with 400', () => {
    expect(
      refusal(canTransition('submitted', 'return', ['actietafel-coordinator'], fullContext({ question: undefined }))),
    ).toMatchObject({ status: 400, code: 'question-required', errors: [{ field: 'question' }] });
    expect(
      refusal(canTransition('submitted', 'return', ['actietafel-coordinator'], fullContext({ question: '' }))).code,
    ).toBe('question-required');
  });

  it('refuses to reject without a reason with 400', () => {
    expect(
      refusal(canTransition('submitted', 'reject', ['actietafel-coordinator'], fullContext({ reason: '  ' }))),
    ).toMatchObject({
      status: 400,
      code: 'reason-required',
      errors: [{ field: 'reason', message: 'reason is required' }],
    });
  });

  it('refuses to submit or resubmit without consent for the Actietafel with 409, before checking the request', () => {
    for (const [state, transition] of [
      ['draft', 'submit'],
      ['returned', 'resubmit'],
    ] as const) {
      expect(
        refusal(
          canTransition(
            state,
            transition,
            ['professional'],
            fullContext({ hasActietafelConsent: false, request: DRAFT }),
          ),
        ),
      ).toMatchObject({
        status: 409,
        code: 'actietafel-consent-required',
        errors: expect.arrayContaining([{ field: 'consent', message: expect.any(String) }]),
      });
    }
  });

  it('refuses to schedule without a session with 400', () => {
    expect(
      refusal(canTransition('accepted', 'schedule', ['actietafel-coordinator'], fullContext({ sessionId: undefined }))),
    ).toMatchObject({ status: 400, code: 'session-required', errors: [{ field: 'sessionId' }] });
  });

  it('accepts and discusses without further conditions', () => {
    const bare: EscalationTransitionContext = { today: TODAY };
    expect(canTransition('submitted', 'accept', ['actietafel-coordinator'], bare).allowed).toBe(true);
    expect(canTransition('scheduled', 'discuss', ['actietafel-chair'], bare).allowed).toBe(true);
  });
});

describe('canTransition: close', () => {
  const close = (overrides: Partial<EscalationTransitionContext>) =>
    canTransition('agreements-running', 'close', ['actietafel-coordinator'], fullContext(overrides));

  it('closes when every agreement is done or dropped with a reason', () => {
    expect(close({}).allowed).toBe(true);
  });

  it('closes an escalation without agreements', () => {
    expect(close({ agreements: [] }).allowed).toBe(true);
    expect(close({ agreements: undefined }).allowed).toBe(true);
  });

  it('refuses while an agreement is open with 409, naming each open one', () => {
    const agreements: AgreementFacts[] = [
      { id: 'a1', status: 'done', dropReason: null },
      { id: 'a2', status: 'open', dropReason: null },
      { id: 'a3', status: 'open', dropReason: null },
    ];
    expect(refusal(close({ agreements }))).toMatchObject({
      status: 409,
      code: 'agreements-open',
      errors: [
        { field: 'agreements[1].status', message: 'agreement a2 must be done or dropped' },
        { field: 'agreements[2].status', message: 'agreement a3 must be done or dropped' },
      ],
    });
  });

  it('refuses an agreement dropped without a reason with 409', () => {
    const agreements: AgreementFacts[] = [{ id: 'a1', status: 'dropped', dropReason: ' ' }];
    expect(refusal(close({ agreements }))).toMatchObject({
      status: 409,
      code: 'drop-reason-required',
      errors: [{ field: 'agreements[0].dropReason' }],
    });
  });

  it.each([undefined, 'solved' as never])('refuses the outcome %p with 400', (outcome) => {
    expect(refusal(close({ outcome }))).toMatchObject({
      status: 400,
      code: 'outcome-required',
      errors: [{ field: 'outcome', message: 'outcome must be one of resolved, partly-resolved, not-resolved' }],
    });
  });

  it.each(['partly-resolved', 'not-resolved'] as const)('closes with the outcome %s', (outcome) => {
    expect(close({ outcome }).allowed).toBe(true);
  });

  it('refuses without an evaluation with 400', () => {
    expect(refusal(close({ evaluation: '' }))).toMatchObject({ status: 400, code: 'evaluation-required' });
  });

  it('names the first unmet condition and lists them all', () => {
    const result = refusal(
      close({
        agreements: [{ id: 'a1', status: 'open', dropReason: null }],
        outcome: undefined,
        evaluation: undefined,
      }),
    );
    expect(result.code).toBe('agreements-open');
    expect(result.errors.map((error) => error.field)).toEqual(['agreements[0].status', 'outcome', 'evaluation']);
  });
});

describe('canTransition: escalate-further and the ladder', () => {
  const escalate = (overrides: Partial<EscalationTransitionContext>) =>
    canTransition('agreements-running', 'escalate-further', ['actietafel-chair'], fullContext(overrides));

  it('climbs from the table to management, then to the administrative level, staying agreements-running', () => {
    expect(escalate({ ladderLevel: 'table' })).toEqual({
      allowed: true,
      to: 'agreements-running',
      ladderLevel: 'management',
    });
    expect(escalate({ ladderLevel: 'management' })).toEqual({
      allowed: true,
      to: 'agreements-running',
      ladderLevel: 'administrative',
    });
  });

  it('starts at the table when no level is given', () => {
    expect(escalate({ ladderLevel: undefined })).toMatchObject({ allowed: true, ladderLevel: 'management' });
  });

  it('refuses at the administrative level with 409: the top of the ladder, naming the level field', () => {
    const message = 'The escalation is already at the administrative level, the top of the ladder';
    expect(refusal(escalate({ ladderLevel: 'administrative' }))).toEqual({
      status: 409,
      code: 'ladder-top-reached',
      message,
      state: 'agreements-running',
      transition: 'escalate-further',
      allowedTransitions: ['close', 'escalate-further'],
      errors: [{ field: 'ladderLevel', message }],
    });
  });

  it('refuses without a reason', () => {
    expect(refusal(escalate({ reason: undefined })).code).toBe('reason-required');
  });

  it.each([undefined, '', '1-7-2026', '2026-02-30'])('refuses the deadline %p with 400', (deadline) => {
    expect(refusal(escalate({ deadline }))).toMatchObject({
      status: 400,
      code: 'deadline-required',
      errors: [{ field: 'deadline', message: 'deadline must be a date as YYYY-MM-DD' }],
    });
  });

  it('refuses a deadline in the past and accepts one of today', () => {
    expect(refusal(escalate({ deadline: '2026-05-31' }))).toMatchObject({
      status: 400,
      code: 'deadline-in-past',
      message: 'deadline must not be in the past',
      errors: [{ field: 'deadline', message: 'deadline must not be in the past' }],
    });
    expect(escalate({ deadline: TODAY }).allowed).toBe(true);
  });

  it('keeps the ladder level on every other transition', () => {
    expect(
      canTransition(
        'agreements-running',
        'close',
        ['actietafel-coordinator'],
        fullContext({ ladderLevel: 'management' }),
      ),
    ).toMatchObject({ allowed: true, ladderLevel: 'management' });
  });
});

describe('nextLadderLevel', () => {
  it('goes table → management → administrative → nothing', () => {
    expect(LADDER_LEVELS).toEqual(['table', 'management', 'administrative']);
    expect(nextLadderLevel('table')).toBe('management');
    expect(nextLadderLevel('management')).toBe('administrative');
    expect(nextLadderLevel('administrative')).toBeNull();
  });
});

describe('escalationRequestProblems', () => {
  it('finds nothing in a complete request', () => {
    expect(escalationRequestProblems(COMPLETE_REQUEST)).toEqual([]);
  });

  it('checks the default reason codes when the region gives none', () => {
    for (const reasonCode of DEFAULT_ESCALATION_REASON_CODES)
      expect(escalationRequestProblems({ ...COMPLETE_REQUEST, reasonCode })).toEqual([]);
  });

  it('refuses an unknown urgency and a sector that does not exist', () => {
    expect(
      escalationRequestProblems({ ...COMPLETE_REQUEST, urgency: 'asap' as never, sectorsNeeded: ['zorg' as never] }),
    ).toEqual([
      { field: 'urgency', message: 'urgency must be one of normal, urgent' },
      { field: 'sectorsNeeded', message: 'sectorsNeeded must hold sectors only' },
    ]);
  });

  it('refuses a list of sectors in which one does not exist, even beside real ones', () => {
    expect(escalationRequestProblems({ ...COMPLETE_REQUEST, sectorsNeeded: ['jeugdhulp', 'zorg' as never] })).toEqual([
      { field: 'sectorsNeeded', message: 'sectorsNeeded must hold sectors only' },
    ]);
    expect(escalationRequestProblems({ ...COMPLETE_REQUEST, sectorsNeeded: ['zorg' as never, 'gemeente'] })).toEqual([
      { field: 'sectorsNeeded', message: 'sectorsNeeded must hold sectors only' },
    ]);
  });
});

describe('isAgreementOverdue', () => {
  it('is overdue once the deadline day is over while still open', () => {
    expect(isAgreementOverdue('2026-05-31', 'open', TODAY)).toBe(true);
    expect(isAgreementOverdue(TODAY, 'open', TODAY)).toBe(false);
  });

  it('is never overdue when done, dropped or without a deadline', () => {
    expect(isAgreementOverdue('2026-05-31', 'done', TODAY)).toBe(false);
    expect(isAgreementOverdue('2026-05-31', 'dropped', TODAY)).toBe(false);
    expect(isAgreementOverdue(null, 'open', TODAY)).toBe(false);
  });
});

describe('the contract', () => {
  it('recognises states and transitions, and nothing else', () => {
    expect(ESCALATION_STATES.every(isEscalationState)).toBe(true);
    expect(ESCALATION_TRANSITIONS.every(isEscalationTransition)).toBe(true);
    expect([isEscalationState('open'), isEscalationState(3), isEscalationTransition('withdraw')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('labels every default reason code in Dutch, under a kebab-case key', () => {
    expect(Object.keys(DEFAULT_ESCALATION_REASON_LABELS)).toEqual([...DEFAULT_ESCALATION_REASON_CODES]);
    for (const code of DEFAULT_ESCALATION_REASON_CODES) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(DEFAULT_ESCALATION_REASON_LABELS[code].trim()).not.toBe('');
    }
  });

  it('labels every ladder level', () => {
    expect(Object.keys(LADDER_LEVEL_LABELS)).toEqual([...LADDER_LEVELS]);
  });
});

describe('canTransition: refusals in words', () => {
  it('names the allowed transitions when the state refuses, or says the escalation is final', () => {
    expect(refusal(canTransition('submitted', 'close', ['actietafel-coordinator'], fullContext())).message).toBe(
      'Cannot close an escalation that is submitted; allowed: accept, return, reject',
    );
    expect(refusal(canTransition('closed', 'accept', ['actietafel-coordinator'], fullContext())).message).toBe(
      'Cannot accept an escalation that is closed; it is final',
    );
  });

  it('names the roles that may act, and the case team, when the actor is refused', () => {
    expect(refusal(canTransition('scheduled', 'discuss', ['professional'], fullContext())).message).toBe(
      'Only actietafel-coordinator or actietafel-chair may discuss an escalation',
    );
    expect(
      refusal(canTransition('draft', 'submit', ['professional'], fullContext({ isCaseTeamMember: false }))).message,
    ).toBe('Only a member of the case team may submit an escalation');
  });

  it('says a required answer is missing, in the message and at the field', () => {
    const result = refusal(canTransition('returned', 'resubmit', ['professional'], fullContext({ answer: ' ' })));
    expect(result).toMatchObject({
      status: 400,
      code: 'answer-required',
      message: 'answer is required',
      errors: [{ field: 'answer', message: 'answer is required' }],
    });
  });

  it('asks for consent for the Actietafel first, in words', () => {
    expect(
      refusal(canTransition('draft', 'submit', ['professional'], fullContext({ hasActietafelConsent: false }))),
    ).toMatchObject({
      status: 409,
      code: 'actietafel-consent-required',
      message: 'The case has no active consent or legal ground for discussion at the Actietafel',
      errors: [{ field: 'consent', message: 'register consent for purpose actietafel first' }],
    });
  });

  it('says the request is not complete', () => {
    expect(
      refusal(
        canTransition(
          'draft',
          'submit',
          ['professional'],
          fullContext({ request: { ...COMPLETE_REQUEST, question: '' } }),
        ),
      ),
    ).toMatchObject({
      status: 400,
      code: 'request-incomplete',
      message: 'The escalation request is not complete',
      errors: [{ field: 'request.question', message: 'question is required' }],
    });
  });

  it('says every agreement must be settled, and which dropped one lacks its reason', () => {
    const close = (agreements: AgreementFacts[]) =>
      refusal(canTransition('agreements-running', 'close', ['actietafel-coordinator'], fullContext({ agreements })));
    expect(close([{ id: 'a1', status: 'open', dropReason: null }])).toMatchObject({
      code: 'agreements-open',
      message: 'Every agreement must be done or dropped',
    });
    expect(close([{ id: 'a7', status: 'dropped', dropReason: '' }])).toMatchObject({
      status: 409,
      code: 'drop-reason-required',
      message: 'Every dropped agreement needs a reason',
      errors: [{ field: 'agreements[0].dropReason', message: 'agreement a7 was dropped without a reason' }],
    });
  });
});
