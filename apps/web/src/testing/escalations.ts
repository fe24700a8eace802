import {
  AgreementListItem,
  AgreementResponse,
  EscalationResponse,
  EscalationSummary,
  SessionSummary,
} from '@sluitend/domain';

const SUBJECT = { firstName: 'Noah', lastName: 'de Jong', dateOfBirth: '2009-05-14', municipalityName: 'Tiel' };

/** A submitted escalation of case-1, as the coordinator gets it. */
export function anEscalation(overrides: Partial<EscalationResponse> = {}): EscalationResponse {
  return {
    id: 'esc-1',
    caseId: 'case-1',
    subject: SUBJECT,
    state: 'submitted',
    version: 2,
    request: {
      reasonCode: 'waiting-list',
      reasonText: 'Geen plek bij de GGZ voor de komende vier maanden.',
      whatWasTried: 'Drie aanbieders gebeld, huisarts ingeschakeld.',
      question: 'Wie regelt een overbruggingsplek?',
      urgency: 'urgent',
      sectorsNeeded: ['jeugdhulp', 'gemeente'],
    },
    ladderLevel: 'table',
    ladder: [],
    sessionId: null,
    attachedPlan: { number: 3, createdAt: '2026-03-01T09:00:00Z' },
    agreements: [],
    decisions: [],
    outcome: null,
    evaluation: null,
    history: [
      {
        transition: 'submit',
        from: 'draft',
        to: 'submitted',
        by: { userId: 'user-1', name: 'Anne de Vries' },
        at: '2026-02-27T10:00:00Z',
        why: null,
      },
    ],
    availableTransitions: ['accept', 'return', 'reject'],
    createdBy: { userId: 'user-1', name: 'Anne de Vries' },
    createdAt: '2026-02-26T10:00:00Z',
    submittedAt: '2026-02-27T10:00:00Z',
    closedAt: null,
    ...overrides,
  };
}

export function anEscalationSummary(overrides: Partial<EscalationSummary> = {}): EscalationSummary {
  return {
    id: 'esc-1',
    caseId: 'case-1',
    subject: SUBJECT,
    state: 'submitted',
    reasonCode: 'waiting-list',
    urgency: 'normal',
    sectorsNeeded: ['jeugdhulp'],
    ladderLevel: 'table',
    sessionId: null,
    createdAt: '2026-02-26T10:00:00Z',
    submittedAt: '2026-02-27T10:00:00Z',
    stateSince: '2026-02-27T10:00:00Z',
    openAgreements: 0,
    overdueAgreements: 0,
    ...overrides,
  };
}

export function anAgreement(overrides: Partial<AgreementResponse> = {}): AgreementResponse {
  return {
    id: 'agr-1',
    escalationId: 'esc-1',
    caseId: 'case-1',
    sessionId: 'ses-1',
    agendaItemId: 'item-1',
    what: 'Overbruggingsplek regelen bij Jeugdhulp Rivierenland',
    owner: {
      userId: 'user-2',
      organisationId: 'org-2',
      name: 'Linda Verhoef',
      organisationName: 'Jeugdhulp Rivierenland',
    },
    deadline: '2026-03-10',
    overdue: false,
    status: 'open',
    dropReason: null,
    doneNote: null,
    settledAt: null,
    settledBy: null,
    createdAt: '2026-03-02T15:00:00Z',
    version: 1,
    ...overrides,
  };
}

export function anAgreementListItem(overrides: Partial<AgreementListItem> = {}): AgreementListItem {
  return { ...anAgreement(), subject: SUBJECT, sessionStartsAt: '2026-03-02T14:00:00Z', ...overrides };
}

export function aSessionSummary(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: 'ses-2',
    state: 'planned',
    startsAt: '2026-03-12T13:00:00Z',
    endsAt: '2026-03-12T15:00:00Z',
    location: 'Stadhuis Tiel',
    onlineUrl: null,
    chair: { userId: 'user-5', name: 'Karin Bos' },
    agendaItemCount: 2,
    myPart: 'coordinator',
    hasMinutes: false,
    ...overrides,
  };
}

export function problem(code: string, status: number, extra: Record<string, unknown> = {}) {
  return {
    body: {
      type: `https://sluitend.nl/problems/${code}`,
      title: 'Problem',
      status,
      detail: `${code} detail`,
      ...extra,
    },
    options: { status, statusText: 'Problem' },
  };
}
