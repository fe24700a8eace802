import {
  AgendaItemResponse,
  AgreementResponse,
  DecisionResponse,
  InviteeResponse,
  MinutesResponse,
  SessionResponse,
  SessionSummary,
} from '@sluitend/domain';

/** Noah, as the table sees him: enough to recognise the jongere, nothing more. */
export const A_SUBJECT = {
  firstName: 'Noah',
  lastName: 'de Jong',
  dateOfBirth: '2009-05-14',
  municipalityName: 'Tiel',
};

export function anInvitee(overrides: Partial<InviteeResponse> = {}): InviteeResponse {
  return {
    userId: 'user-member',
    sector: 'jeugdhulp',
    name: 'Peter Hol',
    organisationId: 'org-jb',
    organisationName: 'Jeugdbescherming Gelderland',
    attendance: null,
    substituteName: null,
    ...overrides,
  };
}

export function anAgreement(overrides: Partial<AgreementResponse> = {}): AgreementResponse {
  return {
    id: 'agreement-1',
    status: 'open',
    dropReason: null,
    escalationId: 'esc-1',
    caseId: 'case-1',
    sessionId: 'session-1',
    agendaItemId: 'item-1',
    what: 'Passende woonplek zoeken',
    owner: {
      userId: 'user-member',
      organisationId: 'org-jb',
      name: 'Peter Hol',
      organisationName: 'Jeugdbescherming Gelderland',
    },
    deadline: '2026-03-19',
    overdue: false,
    doneNote: null,
    settledAt: null,
    settledBy: null,
    createdAt: '2026-03-05T09:40:00Z',
    version: 1,
    ...overrides,
  };
}

export function aDecision(overrides: Partial<DecisionResponse> = {}): DecisionResponse {
  return {
    id: 'decision-1',
    escalationId: 'esc-1',
    agendaItemId: 'item-1',
    text: 'De gemeente financiert de plek voorlopig',
    doorzettingsmacht: false,
    justification: null,
    createdAt: '2026-03-05T09:35:00Z',
    ...overrides,
  };
}

export function anAgendaItem(overrides: Partial<AgendaItemResponse> = {}): AgendaItemResponse {
  return {
    id: 'item-1',
    position: 1,
    kind: 'escalation',
    escalationId: 'esc-1',
    minutesPlanned: 20,
    phase: 'pending',
    startedAt: null,
    finishedAt: null,
    label: 'Financieringsgeschil tussen domeinen',
    urgency: 'urgent',
    escalation: {
      id: 'esc-1',
      caseId: 'case-1',
      state: 'scheduled',
      subject: A_SUBJECT,
      request: {
        reasonCode: 'financing-dispute',
        reasonText: 'Jeugdhulp en Wmo wijzen naar elkaar.',
        whatWasTried: 'Overleg tussen de teams.',
        question: 'Wie betaalt de woonbegeleiding?',
        urgency: 'urgent',
        sectorsNeeded: ['jeugdhulp', 'gemeente'],
      },
      ladderLevel: 'table',
      attachedPlan: { number: 3, createdAt: '2026-02-20T10:00:00Z' },
      earlierAgreements: [],
    },
    summary: null,
    decisions: [],
    agreements: [],
    version: 1,
    ...overrides,
  };
}

/** A session on 12 March 2026, 14:00 to 16:00 Dutch time, seen by its coordinator. */
export function aSession(overrides: Partial<SessionResponse> = {}): SessionResponse {
  return {
    id: 'session-1',
    regionId: 'region-1',
    state: 'planned',
    startsAt: '2026-03-12T13:00:00Z',
    endsAt: '2026-03-12T15:00:00Z',
    location: 'Stadhuis Tiel, zaal 2',
    onlineUrl: null,
    chair: { userId: 'user-chair', name: 'Marieke van Dijk' },
    minuteTaker: { userId: 'user-minutes', name: 'Sanne de Vries' },
    invitees: [anInvitee()],
    agenda: [anAgendaItem()],
    myPart: 'coordinator',
    contentAccess: 'full',
    viewWindow: { from: null, until: '2026-03-19T15:00:00Z' },
    availableTransitions: ['send-agenda', 'cancel'],
    canRecord: false,
    agendaSentAt: null,
    startedAt: null,
    endedAt: null,
    endedBy: null,
    hasMinutes: false,
    version: 2,
    ...overrides,
  };
}

export function aSessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: 'session-1',
    state: 'agenda-sent',
    startsAt: '2026-03-12T13:00:00Z',
    endsAt: '2026-03-12T15:00:00Z',
    location: 'Stadhuis Tiel, zaal 2',
    onlineUrl: null,
    chair: { userId: 'user-chair', name: 'Marieke van Dijk' },
    agendaItemCount: 3,
    myPart: 'member',
    hasMinutes: false,
    ...overrides,
  };
}

export function someMinutes(overrides: Partial<MinutesResponse> = {}): MinutesResponse {
  return {
    sessionId: 'session-1',
    startsAt: '2026-03-12T13:00:00Z',
    endsAt: '2026-03-12T15:00:00Z',
    location: 'Stadhuis Tiel, zaal 2',
    onlineUrl: null,
    chair: { userId: 'user-chair', name: 'Marieke van Dijk' },
    minuteTaker: { userId: 'user-minutes', name: 'Sanne de Vries' },
    attendance: [
      {
        name: 'Peter Hol',
        organisationName: 'Jeugdbescherming Gelderland',
        sector: 'jeugdhulp',
        attendance: 'present',
        substituteName: null,
      },
      {
        name: 'Thomas Janssen',
        organisationName: 'Werkzaak Rivierenland',
        sector: 'werk-en-inkomen',
        attendance: 'substitute',
        substituteName: 'Eva Smit',
      },
    ],
    items: [
      {
        position: 1,
        kind: 'escalation',
        escalationId: 'esc-1',
        caseId: 'case-1',
        subject: A_SUBJECT,
        question: 'Wie betaalt de woonbegeleiding?',
        minutesPlanned: 20,
        minutesSpent: 24,
        summary: 'Beide domeinen zien de noodzaak.',
        decisions: [
          aDecision(),
          aDecision({
            id: 'decision-2',
            text: 'Plaatsing gaat door, ook zonder akkoord van de financier',
            doorzettingsmacht: true,
            justification: 'De jongere dreigt dakloos te worden',
          }),
        ],
        agreements: [
          anAgreement(),
          anAgreement({
            id: 'agreement-2',
            what: 'Indicatie aanvragen',
            owner: {
              userId: null,
              organisationId: 'org-gem',
              name: 'Gemeente Tiel',
              organisationName: 'Gemeente Tiel',
            },
            deadline: '2026-03-26',
          }),
        ],
      },
    ],
    generatedAt: '2026-03-12T15:05:00Z',
    endedBy: { userId: 'user-chair', name: 'Marieke van Dijk' },
    ...overrides,
  };
}
