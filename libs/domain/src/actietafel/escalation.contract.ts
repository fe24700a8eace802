import type { FieldError } from '../api/problem';
import type { Role } from '../people/role';
import type { Sector } from '../people/sector';
import type { EscalationNorm } from '../monitoring/norms';
import type { AgreementResponse, DecisionResponse } from './agreement.contract';

/**
 * The life cycle of an escalation to the Actietafel (DOMAIN.md), with `draft` before it is submitted:
 *
 * ```
 * draft ──submit──▶ submitted ──accept──▶ accepted ──schedule──▶ scheduled ──discuss──▶ agreements-running ──close──▶ closed
 *                     │  └──return(question)──▶ returned ──resubmit──▶ submitted        └──escalate-further (up the ladder)
 *                     └──reject(reason)──▶ rejected
 * ```
 * `closed` and `rejected` are final. Deleting a draft is not a transition.
 */
export const ESCALATION_STATES = [
  'draft',
  'submitted',
  'accepted',
  'scheduled',
  'agreements-running',
  'closed',
  'returned',
  'rejected',
] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

/** The actions that move an escalation; `escalate-further` keeps the state and goes one step up the ladder. */
export const ESCALATION_TRANSITIONS = [
  'submit',
  'accept',
  'return',
  'resubmit',
  'reject',
  'schedule',
  'discuss',
  'close',
  'escalate-further',
] as const;
export type EscalationTransition = (typeof ESCALATION_TRANSITIONS)[number];

export const ESCALATION_URGENCIES = ['normal', 'urgent'] as const;
export type EscalationUrgency = (typeof ESCALATION_URGENCIES)[number];

/**
 * Why the regular route is stuck: the reason codes a new region starts with. A region may keep its own
 * list, so a stored reason code is any string; the keys are stored and reported on, so they must never
 * change, while the labels may be reworded freely.
 */
export const DEFAULT_ESCALATION_REASON_CODES = [
  'no-suitable-care',
  'waiting-list',
  'financing-dispute',
  'housing',
  'disagreement-between-organisations',
  'jongere-out-of-sight',
  'other',
] as const;
export type DefaultEscalationReasonCode = (typeof DEFAULT_ESCALATION_REASON_CODES)[number];

export const DEFAULT_ESCALATION_REASON_LABELS: Record<DefaultEscalationReasonCode, string> = {
  'no-suitable-care': 'Geen passende zorg beschikbaar',
  'waiting-list': 'Wachtlijst',
  'financing-dispute': 'Financieringsgeschil tussen domeinen',
  housing: 'Huisvesting',
  'disagreement-between-organisations': 'Onenigheid tussen organisaties',
  'jongere-out-of-sight': 'Jongere uit beeld',
  other: 'Anders',
};

/** One reason code of a region's list, as the api hands it to the web. */
export interface EscalationReasonCodeDefinition {
  key: string;
  label: string;
}

export const ESCALATION_OUTCOMES = ['resolved', 'partly-resolved', 'not-resolved'] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];

/**
 * Where an escalation is handled: at the table, then (when the table cannot break through) at the
 * management of the organisations involved, then at the administrative (bestuurlijk) level. In order;
 * going up is `escalate-further` (opschaling, see the glossary).
 */
export const LADDER_LEVELS = ['table', 'management', 'administrative'] as const;
export type LadderLevel = (typeof LADDER_LEVELS)[number];

export const LADDER_LEVEL_LABELS: Record<LadderLevel, string> = {
  table: 'Actietafel',
  management: 'Management van de betrokken organisaties',
  administrative: 'Bestuurlijk niveau',
};

/** `overdue` (DOMAIN.md) is derived from the deadline, never stored; `dropped` always carries a reason. */
export const AGREEMENT_STATUSES = ['open', 'done', 'dropped'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * What a transition needs besides the right state and role; each name is checked by the state machine
 * (escalation-state-machine.ts) against the transition's context.
 */
export const ESCALATION_GUARDS = [
  'actietafel-consent',
  'request-complete',
  'answer-given',
  'question-given',
  'reason-given',
  'session-given',
  'agreements-settled',
  'drops-explained',
  'outcome-given',
  'evaluation-given',
  'ladder-below-top',
  'deadline-given',
] as const;
export type EscalationGuard = (typeof ESCALATION_GUARDS)[number];

export interface EscalationTransitionRule {
  from: readonly EscalationState[];
  to: EscalationState;
  /** Any one of these roles may take the transition. */
  roles: readonly Role[];
  /** Besides the role, the actor must be on the case team of the escalated case. */
  caseTeamOnly: boolean;
  /** Checked in this order; the first that fails names the refusal. */
  guards: readonly EscalationGuard[];
}

/** The whole machine as data: the web offers, and the api allows, exactly what this table allows. */
export const ESCALATION_TRANSITION_RULES: Record<EscalationTransition, EscalationTransitionRule> = {
  submit: {
    from: ['draft'],
    to: 'submitted',
    roles: ['professional'],
    caseTeamOnly: true,
    guards: ['actietafel-consent', 'request-complete'],
  },
  accept: { from: ['submitted'], to: 'accepted', roles: ['actietafel-coordinator'], caseTeamOnly: false, guards: [] },
  return: {
    from: ['submitted'],
    to: 'returned',
    roles: ['actietafel-coordinator'],
    caseTeamOnly: false,
    guards: ['question-given'],
  },
  resubmit: {
    from: ['returned'],
    to: 'submitted',
    roles: ['professional'],
    caseTeamOnly: true,
    guards: ['actietafel-consent', 'answer-given', 'request-complete'],
  },
  reject: {
    from: ['submitted'],
    to: 'rejected',
    roles: ['actietafel-coordinator'],
    caseTeamOnly: false,
    guards: ['reason-given'],
  },
  schedule: {
    from: ['accepted'],
    to: 'scheduled',
    roles: ['actietafel-coordinator'],
    caseTeamOnly: false,
    guards: ['session-given'],
  },
  discuss: {
    from: ['scheduled'],
    to: 'agreements-running',
    roles: ['actietafel-coordinator', 'actietafel-chair'],
    caseTeamOnly: false,
    guards: [],
  },
  close: {
    from: ['agreements-running'],
    to: 'closed',
    roles: ['actietafel-coordinator'],
    caseTeamOnly: false,
    guards: ['agreements-settled', 'drops-explained', 'outcome-given', 'evaluation-given'],
  },
  'escalate-further': {
    from: ['agreements-running'],
    to: 'agreements-running',
    roles: ['actietafel-coordinator', 'actietafel-chair'],
    caseTeamOnly: false,
    guards: ['ladder-below-top', 'reason-given', 'deadline-given'],
  },
};

/** What the case team asks of the table; every field may be empty while it is a draft. */
export interface EscalationRequestContent {
  /** A key of the region's reason-code list: why the regular route is stuck. */
  reasonCode: string | null;
  /** Why it is stuck, in the team's own words. */
  reasonText: string;
  whatWasTried: string;
  /** The concrete question to the table. */
  question: string;
  urgency: EscalationUrgency;
  /** The sectors that must be at the table. */
  sectorsNeeded: Sector[];
}

/** The facts of an agreement that closing depends on. */
export interface AgreementFacts {
  id: string;
  status: AgreementStatus;
  /** Required when dropped. */
  dropReason: string | null;
}

/** The request body of `POST /escalations/{id}/transitions`, minus the transition itself. */
export interface EscalationTransitionInput {
  /** Why, for any transition; optional where a dedicated field below carries the why. */
  note?: string;
  /** return: what the case team must answer before resubmitting. */
  question?: string;
  /** resubmit: the answer to the question the escalation was returned with. */
  answer?: string;
  /** reject: why the table will not take it; escalate-further: why the table cannot break through. */
  reason?: string;
  /** schedule: the Actietafel session whose agenda it goes on. */
  sessionId?: string;
  /** close */
  outcome?: EscalationOutcome;
  /** close: a short evaluation. */
  evaluation?: string;
  /** escalate-further: the date (YYYY-MM-DD) by which the next level must have acted. */
  deadline?: string;
}

export interface EscalationTransitionRequest extends EscalationTransitionInput {
  transition: EscalationTransition;
  /** The version the actor saw; a stale one is answered 409 (someone else acted first). */
  version: number;
}

/**
 * `POST /cases/{caseId}/escalations` creates a draft (or, with `submit`, submits it at once);
 * `PUT /escalations/{id}` saves it while draft or returned, naming the version it was based on.
 */
export interface SaveEscalationDraftRequest {
  request: EscalationRequestContent;
}

export interface CreateEscalationRequest extends SaveEscalationDraftRequest {
  /** Submit in the same step: the draft is stored and submitted together, or not at all. */
  submit?: boolean;
}

export interface UpdateEscalationDraftRequest extends SaveEscalationDraftRequest {
  version: number;
}

/** One step taken; every transition records who, when and why. */
export interface EscalationTransitionRecord {
  transition: EscalationTransition;
  from: EscalationState;
  to: EscalationState;
  by: { userId: string; name: string };
  at: string;
  /** The why: the question (return), answer (resubmit), reason (reject, escalate-further), or the note. */
  why: string | null;
}

/** One step up the ladder, recorded on the escalation. */
export interface LadderStep {
  level: LadderLevel;
  reason: string;
  /** The date (YYYY-MM-DD) by which this level must have acted. */
  deadline: string;
  by: { userId: string; name: string };
  at: string;
}

/** Who the escalation is about: what the table needs to recognise the jongere, nothing more. */
export interface EscalationSubject {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  municipalityName: string;
}

/** The toekomstplan version attached when the escalation was (re)submitted, as it was then. */
export interface AttachedPlanVersion {
  number: number;
  createdAt: string;
}

/** One escalation in a list (the coordinator's queue, a case's escalations, an agenda). */
export interface EscalationSummary {
  id: string;
  caseId: string;
  subject: EscalationSubject;
  state: EscalationState;
  reasonCode: string | null;
  urgency: EscalationUrgency;
  sectorsNeeded: Sector[];
  ladderLevel: LadderLevel;
  sessionId: string | null;
  createdAt: string;
  submittedAt: string | null;
  /** Since when it is in its current state: the queue shows how long each has waited. */
  stateSince: string;
  openAgreements: number;
  overdueAgreements: number;
}

export interface EscalationListQuery {
  /** One or more states, comma-separated in the query string. */
  state?: EscalationState[];
  urgency?: EscalationUrgency;
  reasonCode?: string;
  /** The api also takes the parameter repeated, for several municipalities. */
  municipalityId?: string;
  /** The monitoring dashboard's drill-down (issue 7): Amsterdam days, both ends included. */
  submittedFrom?: string;
  submittedTo?: string;
  closedFrom?: string;
  closedTo?: string;
  sector?: Sector;
  outcome?: EscalationOutcome;
  /** Past the norm of its state today (`escalationPastNorm`). */
  pastNorm?: EscalationNorm;
  /** `triage`: urgent first, then the longest waiting; `-submittedAt` (default): newest first. */
  sort?: 'triage' | '-submittedAt';
  page?: number;
  pageSize?: number;
}

export interface EscalationPage {
  items: EscalationSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface EscalationResponse {
  id: string;
  caseId: string;
  subject: EscalationSubject;
  state: EscalationState;
  /** The version to send with a draft save or a transition. */
  version: number;
  request: EscalationRequestContent;
  /** The level it is handled at now: `table` until escalated further. */
  ladderLevel: LadderLevel;
  ladder: LadderStep[];
  sessionId: string | null;
  attachedPlan: AttachedPlanVersion | null;
  agreements: AgreementResponse[];
  decisions: DecisionResponse[];
  outcome: EscalationOutcome | null;
  evaluation: string | null;
  history: EscalationTransitionRecord[];
  /** What the signed-in user may do now: the web offers exactly these actions. */
  availableTransitions: EscalationTransition[];
  createdBy: { userId: string; name: string };
  createdAt: string;
  submittedAt: string | null;
  closedAt: string | null;
}

/** Why a transition is refused; the api answers with `status` and these fields as problem+json. */
export const ESCALATION_REFUSAL_CODES = [
  'transition-not-allowed',
  'role-not-allowed',
  'case-team-only',
  'actietafel-consent-required',
  'request-incomplete',
  'answer-required',
  'question-required',
  'reason-required',
  'session-required',
  'agreements-open',
  'drop-reason-required',
  'outcome-required',
  'evaluation-required',
  'ladder-top-reached',
  'deadline-required',
  'deadline-in-past',
] as const;
export type EscalationRefusalCode = (typeof ESCALATION_REFUSAL_CODES)[number];

/**
 * 409 for a transition the state does not allow (and for what the escalation itself blocks: open
 * agreements, the top of the ladder), 403 for the wrong actor, 400 for what the request leaves out.
 */
export interface EscalationRefusal {
  status: 400 | 403 | 409;
  code: EscalationRefusalCode;
  message: string;
  state: EscalationState;
  transition: EscalationTransition;
  /** The transitions the current state allows, whoever asks. */
  allowedTransitions: EscalationTransition[];
  /** Every unmet condition of the transition, on the field to fix; empty for state and role refusals. */
  errors: FieldError[];
}
