import { FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors } from '@angular/forms';
import {
  CONSENT_GIVERS,
  ConsentGiver,
  FieldError,
  ageInYears,
  isIsoDate,
  requiredConsentGivers,
} from '@sluitend/domain';
import { SERVER_ERROR } from '../../../core/http/form-errors';
import { UiMessage } from '../../../core/http/ui-message';
import { validationMessages } from '../../../shared/validation-messages';

/** The API's limit for a consent's note and for the reasons of withdrawal, restriction and erasure. */
export const CONSENT_NOTE_MAX_LENGTH = 1000;
export const REASON_MAX_LENGTH = 1000;

/** One checkbox per giver: the jongere, a parent or guardian. */
export type GiverControls = Record<ConsentGiver, FormControl<boolean>>;

export function giverControls(fb: NonNullableFormBuilder): FormGroup<GiverControls> {
  return fb.group({ jongere: fb.control(false), 'parent-or-guardian': fb.control(false) });
}

export function giversOf(value: Readonly<Record<ConsentGiver, boolean>>): ConsentGiver[] {
  return CONSENT_GIVERS.filter((giver) => value[giver]);
}

/**
 * The field errors of `consentDraftProblems` (the API answers with the same ones) as texts in the
 * user's language. The domain names each problem by an English sentence; unknown ones are shown as is.
 */
const RULE_KEYS: Readonly<Record<string, string>> = {
  'organisationId is required for a consent of one organisation': 'privacy.consents.rules.organisationRequired',
  'sector is required for a consent of a whole sector': 'privacy.consents.rules.sectorRequired',
  'givenOn must be a date': 'privacy.consents.rules.givenOnInvalid',
  'givenOn must not be in the future': 'privacy.consents.rules.givenOnInFuture',
  'givenOn must not be before the date of birth': 'privacy.consents.rules.givenOnBeforeBirth',
  'validUntil must be a date': 'privacy.consents.rules.validUntilInvalid',
  'validUntil must not be before givenOn': 'privacy.consents.rules.validUntilBeforeGivenOn',
  'legalGround is required when the basis is a legal ground': 'privacy.consents.rules.legalGroundRequired',
  'givenBy must be empty when the basis is a legal ground': 'privacy.consents.rules.giversWithLegalGround',
  'legalGround must be empty when the basis is consent': 'privacy.consents.rules.legalGroundWithConsent',
  'givenBy must name who gave consent': 'privacy.consents.rules.giversRequired',
};

/**
 * The age rule's messages name the missing giver (`consentGiversProblem`); their wording around it
 * may change, so they are recognised by whom they ask for.
 */
function giverRuleKey(message: string): string | undefined {
  if (!message.startsWith('givenBy must include')) return undefined;
  if (message.includes('both')) return 'privacy.consents.rules.jongereAndParentRequired';
  if (message.includes('parent or guardian')) return 'privacy.consents.rules.parentRequired';
  return message.includes('jongere') ? 'privacy.consents.rules.jongereRequired' : undefined;
}

function ruleKey(message: string): string | undefined {
  return RULE_KEYS[message] ?? giverRuleKey(message);
}

export function consentProblemMessage(problem: FieldError): UiMessage {
  const key = ruleKey(problem.message);
  return key ? { key } : { key: 'errors.detail', params: { detail: problem.message } };
}

/** The messages of one field, in the order the domain found them. */
export function problemMessages(problems: readonly FieldError[], field: string): UiMessage[] {
  return problems.filter((problem) => problem.field === field).map(consentProblemMessage);
}

/** A control's own errors, with the API's consent rule messages (put there by applyFieldErrors) translated. */
export function consentControlMessages(errors: ValidationErrors | null): UiMessage[] {
  if (!errors) return [];
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server !== 'string' || !ruleKey(server)) return validationMessages(errors);
  const rest = Object.fromEntries(Object.entries(errors).filter(([key]) => key !== SERVER_ERROR));
  return [...validationMessages(rest), consentProblemMessage({ field: '', message: server })];
}

/**
 * Whose consent is needed at the jongere's age (requiredConsentGivers), as a hint beside the
 * checkboxes; the general rule while the date of birth is unknown or not valid yet.
 */
export function giversHint(dateOfBirth: string | null | undefined, today: string): UiMessage {
  if (!dateOfBirth || !isIsoDate(dateOfBirth)) return { key: 'privacy.consents.giversHint.unknown' };
  const age = ageInYears(dateOfBirth, today);
  if (age < 0) return { key: 'privacy.consents.giversHint.unknown' };
  const required = requiredConsentGivers(age);
  if (required.length === 2) return { key: 'privacy.consents.giversHint.together', params: { age } };
  return required[0] === 'jongere'
    ? { key: 'privacy.consents.giversHint.alone', params: { age } }
    : { key: 'privacy.consents.giversHint.parent', params: { age } };
}
