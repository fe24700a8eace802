import type { AgreementFacts, AgreementStatus, EscalationSubject } from './escalation.contract';

/** An agreement's owner: a person, or an organisation that decides who within it does the work. */
export interface AgreementOwner {
  userId: string | null;
  organisationId: string | null;
  /** The person's or the organisation's name. */
  name: string;
  /** The person's organisation, or the organisation itself. */
  organisationName: string;
}

/** An agreement (afspraak) made at a session: what, who, by when, and how it ended. */
export interface AgreementResponse extends AgreementFacts {
  escalationId: string;
  caseId: string;
  sessionId: string;
  agendaItemId: string;
  what: string;
  owner: AgreementOwner;
  deadline: string;
  /** Derived: still open and the deadline day is over (Europe/Amsterdam). */
  overdue: boolean;
  /** The owner's note on finishing it. */
  doneNote: string | null;
  settledAt: string | null;
  settledBy: { userId: string; name: string } | null;
  createdAt: string;
  version: number;
}

/** An agreement on someone's list (home page, coordinator's overdue list): with whom it is about. */
export interface AgreementListItem extends AgreementResponse {
  subject: EscalationSubject;
  sessionStartsAt: string;
}

export interface AgreementListQuery {
  /** `mine`: owned by me, or by my organisation without a named person. */
  owner?: 'mine';
  status?: AgreementStatus;
  overdue?: boolean;
  /** The monitoring dashboard's drill-down (issue 7): the owning organisation (or its person's). */
  organisationId?: string;
  /** Made from/to these Amsterdam days, both included. */
  createdFrom?: string;
  createdTo?: string;
  /** The municipality of the case; the parameter repeats for several. */
  municipalityId?: string[];
}

/** `POST /actietafel-sessions/{id}/agenda-items/{itemId}/agreements`: exactly one of the two owners. */
export interface CreateAgreementRequest {
  what: string;
  ownerUserId?: string;
  ownerOrganisationId?: string;
  deadline: string;
}

/**
 * `PATCH /agreements/{id}`: the owner marks it done (with a note); the coordinator may also drop it
 * (with a reason), reopen it, or move its deadline.
 */
export interface UpdateAgreementRequest {
  version: number;
  status?: AgreementStatus;
  doneNote?: string;
  dropReason?: string;
  deadline?: string;
}

/** A decision taken on an agenda item; one per item may be marked as taken with doorzettingsmacht. */
export interface DecisionResponse {
  id: string;
  escalationId: string;
  agendaItemId: string;
  text: string;
  doorzettingsmacht: boolean;
  /** Required with doorzettingsmacht: why the chair broke through. */
  justification: string | null;
  createdAt: string;
}

export interface CreateDecisionRequest {
  text: string;
  doorzettingsmacht?: boolean;
  justification?: string;
}
