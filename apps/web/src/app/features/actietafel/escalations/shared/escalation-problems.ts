import { EscalationTransition, Problem, isEscalationTransition } from '@sluitend/domain';
import { httpStatusOf, problemCode, problemOf } from '../../../../core/http/problem';
import { UiMessage, errorMessage } from '../../../../core/http/ui-message';

/** What the API answers when someone else changed the escalation first (or the version sent is stale). */
const STALE_CODES: ReadonlySet<string> = new Set(['escalation-changed', 'version-conflict', 'agreement-changed']);

export const ACTIETAFEL_CONSENT_REQUIRED = 'actietafel-consent-required';

/** The texts of the escalation refusals (EscalationRefusalCode) and the api's own conflicts. */
const REFUSAL_TEXTS: Readonly<Record<string, string>> = {
  'transition-not-allowed': 'actietafel.escalations.errors.transitionNotAllowed',
  'role-not-allowed': 'actietafel.escalations.errors.roleNotAllowed',
  'case-team-only': 'actietafel.escalations.errors.caseTeamOnly',
  [ACTIETAFEL_CONSENT_REQUIRED]: 'actietafel.escalations.errors.consentRequired',
  'request-incomplete': 'actietafel.escalations.errors.requestIncomplete',
  'agreements-open': 'actietafel.escalations.errors.agreementsOpen',
  'drop-reason-required': 'actietafel.escalations.errors.dropReasonRequired',
  'ladder-top-reached': 'actietafel.escalations.errors.ladderTopReached',
  'deadline-in-past': 'actietafel.escalations.errors.deadlineInPast',
  'escalation-closed': 'actietafel.agreements.errors.escalationClosed',
  'escalation-not-editable': 'actietafel.escalations.errors.notEditable',
  'escalation-not-draft': 'actietafel.escalations.errors.notDraft',
  'session-not-open': 'actietafel.escalations.errors.sessionNotOpen',
  403: 'actietafel.escalations.errors.forbidden',
  404: 'actietafel.escalations.errors.notFound',
};

/** A refused escalation call, worked out for the screen. */
export interface EscalationProblem {
  message: UiMessage;
  /** Someone else acted first: offer to load the escalation again. */
  stale: boolean;
  /** For a transition the state does not allow: what the state allows now (may be empty: it is final). */
  allowed: EscalationTransition[] | null;
  consentRequired: boolean;
}

export function isStaleVersion(error: unknown): boolean {
  if (httpStatusOf(error) !== 409) return false;
  const code = problemCode(error);
  return code === undefined || STALE_CODES.has(code);
}

export function escalationProblem(error: unknown, texts: Readonly<Record<string, string>> = {}): EscalationProblem {
  const code = problemCode(error);
  const stale = isStaleVersion(error);
  const problem = problemOf(error) as (Problem & { allowedTransitions?: unknown }) | undefined;
  const allowed =
    code === 'transition-not-allowed' && Array.isArray(problem?.allowedTransitions)
      ? problem.allowedTransitions.filter(isEscalationTransition)
      : null;
  return {
    message: stale
      ? { key: 'actietafel.escalations.errors.stale' }
      : errorMessage(error, { ...REFUSAL_TEXTS, ...texts }),
    stale,
    allowed,
    consentRequired: code === ACTIETAFEL_CONSENT_REQUIRED,
  };
}
