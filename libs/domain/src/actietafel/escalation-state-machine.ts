import type { FieldError } from '../api/problem';
import type { Role } from '../people/role';
import { isSector } from '../people/sector';
import { compareDates, isIsoDate } from '../rules/calendar-date';
import {
  DEFAULT_ESCALATION_REASON_CODES,
  ESCALATION_OUTCOMES,
  ESCALATION_STATES,
  ESCALATION_TRANSITIONS,
  ESCALATION_TRANSITION_RULES,
  ESCALATION_URGENCIES,
  LADDER_LEVELS,
  type AgreementFacts,
  type AgreementStatus,
  type EscalationGuard,
  type EscalationRefusal,
  type EscalationRefusalCode,
  type EscalationRequestContent,
  type EscalationState,
  type EscalationTransition,
  type EscalationTransitionInput,
  type LadderLevel,
} from './escalation.contract';

export function isEscalationState(value: unknown): value is EscalationState {
  return typeof value === 'string' && (ESCALATION_STATES as readonly string[]).includes(value);
}

export function isEscalationTransition(value: unknown): value is EscalationTransition {
  return typeof value === 'string' && (ESCALATION_TRANSITIONS as readonly string[]).includes(value);
}

/** The transitions the state allows, whoever asks, in the order of ESCALATION_TRANSITIONS; none once final. */
export function allowedTransitions(state: EscalationState): EscalationTransition[] {
  return ESCALATION_TRANSITIONS.filter((transition) => ESCALATION_TRANSITION_RULES[transition].from.includes(state));
}

/** Where the transition leads from this state, or null when the state does not allow it. */
export function nextState(state: EscalationState, transition: EscalationTransition): EscalationState | null {
  const rule = ESCALATION_TRANSITION_RULES[transition];
  return rule.from.includes(state) ? rule.to : null;
}

/** The level above this one, or null at the top (the administrative level). */
export function nextLadderLevel(level: LadderLevel): LadderLevel | null {
  return LADDER_LEVELS[LADDER_LEVELS.indexOf(level) + 1] ?? null;
}

/** Whether these roles (and team membership) may take the transition at all, whatever the state. */
export function mayTakeTransition(
  transition: EscalationTransition,
  roles: readonly Role[],
  isCaseTeamMember: boolean,
): boolean {
  return actorProblem(transition, roles, isCaseTeamMember) === null;
}

/** What this user may do with an escalation in this state: the actions the web offers. */
export function availableTransitions(
  state: EscalationState,
  roles: readonly Role[],
  isCaseTeamMember: boolean,
): EscalationTransition[] {
  return allowedTransitions(state).filter((transition) => mayTakeTransition(transition, roles, isCaseTeamMember));
}

/** Overdue once the deadline day is over, unless done or dropped. */
export function isAgreementOverdue(deadline: string | null, status: AgreementStatus, today: string): boolean {
  return deadline !== null && status === 'open' && compareDates(deadline, today) < 0;
}

function blank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/**
 * What keeps a draft from being submitted: every field is required, the reason code from the region's
 * list. A draft may be saved with any of these open.
 */
export function escalationRequestProblems(
  request: EscalationRequestContent,
  reasonCodes: readonly string[] = DEFAULT_ESCALATION_REASON_CODES,
): FieldError[] {
  const errors: FieldError[] = [];
  const reasonCode = request.reasonCode ?? '';
  if (blank(reasonCode)) errors.push({ field: 'reasonCode', message: 'reasonCode is required' });
  else if (!reasonCodes.includes(reasonCode))
    errors.push({ field: 'reasonCode', message: "reasonCode must be one of the region's reason codes" });
  if (blank(request.reasonText)) errors.push({ field: 'reasonText', message: 'reasonText is required' });
  if (blank(request.whatWasTried)) errors.push({ field: 'whatWasTried', message: 'whatWasTried is required' });
  if (blank(request.question)) errors.push({ field: 'question', message: 'question is required' });
  if (!(ESCALATION_URGENCIES as readonly string[]).includes(request.urgency))
    errors.push({ field: 'urgency', message: `urgency must be one of ${ESCALATION_URGENCIES.join(', ')}` });
  if (request.sectorsNeeded.length === 0)
    errors.push({ field: 'sectorsNeeded', message: 'sectorsNeeded must name at least one sector' });
  else if (!request.sectorsNeeded.every(isSector))
    errors.push({ field: 'sectorsNeeded', message: 'sectorsNeeded must hold sectors only' });
  return errors;
}

/**
 * What a transition is judged on besides the state and roles: the request body (question, reason, …),
 * what the api knows of the escalation, and today in Europe/Amsterdam.
 */
export interface EscalationTransitionContext extends EscalationTransitionInput {
  today: string;
  /** Whether the actor is on the team of the escalated case (submit, resubmit). */
  isCaseTeamMember?: boolean;
  /**
   * Whether the case has an active consent or legal ground for purpose `actietafel` (submit, resubmit):
   * consent to work on the case is not consent to discuss it at a regional table.
   */
  hasActietafelConsent?: boolean;
  /** The request as saved (submit, resubmit). */
  request?: EscalationRequestContent;
  /** The region's reason-code keys; the default list when left out. */
  reasonCodes?: readonly string[];
  /** The level the escalation is handled at now; `table` when left out. */
  ladderLevel?: LadderLevel;
  /** The escalation's agreements (close); none when left out. */
  agreements?: readonly AgreementFacts[];
}

export type EscalationTransitionDecision =
  { allowed: true; to: EscalationState; ladderLevel: LadderLevel } | { allowed: false; refusal: EscalationRefusal };

interface GuardFailure {
  status: 400 | 409;
  code: EscalationRefusalCode;
  message: string;
  errors: FieldError[];
}

function required(
  code: EscalationRefusalCode,
  field: keyof EscalationTransitionInput,
  value: string | undefined,
): GuardFailure | null {
  return blank(value)
    ? { status: 400, code, message: `${field} is required`, errors: [{ field, message: `${field} is required` }] }
    : null;
}

const GUARDS: Record<EscalationGuard, (context: EscalationTransitionContext) => GuardFailure | null> = {
  'actietafel-consent': (context) =>
    context.hasActietafelConsent
      ? null
      : {
          status: 409,
          code: 'actietafel-consent-required',
          message: 'The case has no active consent or legal ground for discussion at the Actietafel',
          errors: [{ field: 'consent', message: 'register consent for purpose actietafel first' }],
        },
  'request-complete': (context) => {
    const errors = context.request
      ? escalationRequestProblems(context.request, context.reasonCodes).map((error) => ({
          field: `request.${error.field}`,
          message: error.message,
        }))
      : [{ field: 'request', message: 'request is required' }];
    return errors.length === 0
      ? null
      : { status: 400, code: 'request-incomplete', message: 'The escalation request is not complete', errors };
  },
  'answer-given': (context) => required('answer-required', 'answer', context.answer),
  'question-given': (context) => required('question-required', 'question', context.question),
  'reason-given': (context) => required('reason-required', 'reason', context.reason),
  'session-given': (context) => required('session-required', 'sessionId', context.sessionId),
  'agreements-settled': (context) => {
    const errors = (context.agreements ?? []).flatMap((agreement, index) =>
      agreement.status === 'open'
        ? [{ field: `agreements[${index}].status`, message: `agreement ${agreement.id} must be done or dropped` }]
        : [],
    );
    return errors.length === 0
      ? null
      : { status: 409, code: 'agreements-open', message: 'Every agreement must be done or dropped', errors };
  },
  'drops-explained': (context) => {
    const errors = (context.agreements ?? []).flatMap((agreement, index) =>
      agreement.status === 'dropped' && blank(agreement.dropReason)
        ? [
            {
              field: `agreements[${index}].dropReason`,
              message: `agreement ${agreement.id} was dropped without a reason`,
            },
          ]
        : [],
    );
    return errors.length === 0
      ? null
      : { status: 409, code: 'drop-reason-required', message: 'Every dropped agreement needs a reason', errors };
  },
  'outcome-given': (context) => {
    if (context.outcome !== undefined && (ESCALATION_OUTCOMES as readonly string[]).includes(context.outcome))
      return null;
    const message = `outcome must be one of ${ESCALATION_OUTCOMES.join(', ')}`;
    return { status: 400, code: 'outcome-required', message, errors: [{ field: 'outcome', message }] };
  },
  'evaluation-given': (context) => required('evaluation-required', 'evaluation', context.evaluation),
  'ladder-below-top': (context) => {
    const level = context.ladderLevel ?? 'table';
    if (nextLadderLevel(level) !== null) return null;
    const message = `The escalation is already at the ${level} level, the top of the ladder`;
    return { status: 409, code: 'ladder-top-reached', message, errors: [{ field: 'ladderLevel', message }] };
  },
  'deadline-given': (context) => {
    if (!isIsoDate(context.deadline)) {
      const message = 'deadline must be a date as YYYY-MM-DD';
      return { status: 400, code: 'deadline-required', message, errors: [{ field: 'deadline', message }] };
    }
    if (compareDates(context.deadline, context.today) >= 0) return null;
    const message = 'deadline must not be in the past';
    return { status: 400, code: 'deadline-in-past', message, errors: [{ field: 'deadline', message }] };
  },
};

function actorProblem(
  transition: EscalationTransition,
  roles: readonly Role[],
  isCaseTeamMember: boolean,
): { code: EscalationRefusalCode; message: string } | null {
  const rule = ESCALATION_TRANSITION_RULES[transition];
  if (!roles.some((role) => rule.roles.includes(role)))
    return { code: 'role-not-allowed', message: `Only ${rule.roles.join(' or ')} may ${transition} an escalation` };
  if (rule.caseTeamOnly && !isCaseTeamMember)
    return { code: 'case-team-only', message: `Only a member of the case team may ${transition} an escalation` };
  return null;
}

/**
 * Whether this actor may take this transition now, judged in order: the state (409 with the allowed
 * transitions), the actor (403), then the transition's guards. The first failing guard names the refusal;
 * `errors` holds every failing guard's fields, so a form can show them all at once.
 */
export function canTransition(
  state: EscalationState,
  transition: EscalationTransition,
  roles: readonly Role[],
  context: EscalationTransitionContext,
): EscalationTransitionDecision {
  const allowed = allowedTransitions(state);
  const refuse = (
    status: EscalationRefusal['status'],
    code: EscalationRefusalCode,
    message: string,
    errors: FieldError[] = [],
  ): EscalationTransitionDecision => ({
    allowed: false,
    refusal: { status, code, message, state, transition, allowedTransitions: allowed, errors },
  });

  const to = nextState(state, transition);
  if (to === null) {
    const options = allowed.length > 0 ? `allowed: ${allowed.join(', ')}` : 'it is final';
    return refuse(409, 'transition-not-allowed', `Cannot ${transition} an escalation that is ${state}; ${options}`);
  }

  const actor = actorProblem(transition, roles, context.isCaseTeamMember ?? false);
  if (actor) return refuse(403, actor.code, actor.message);

  const failures = ESCALATION_TRANSITION_RULES[transition].guards
    .map((guard) => GUARDS[guard](context))
    .filter((failure): failure is GuardFailure => failure !== null);
  if (failures.length > 0) {
    const [first] = failures;
    return refuse(
      first.status,
      first.code,
      first.message,
      failures.flatMap((failure) => failure.errors),
    );
  }

  const level = context.ladderLevel ?? 'table';
  return {
    allowed: true,
    to,
    ladderLevel: transition === 'escalate-further' ? (nextLadderLevel(level) ?? level) : level,
  };
}
