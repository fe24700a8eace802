import { ValidationErrors } from '@angular/forms';
import {
  MAX_EVALUATION_MONTHS,
  MAX_JONGERE_AGE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordProblem,
} from '@sluitend/domain';
import { SERVER_ERROR } from '../core/http/form-errors';
import { UiMessage } from '../core/http/ui-message';
import { BSN_ERROR, DATE_OF_BIRTH_ERROR, EVALUATION_DATE_ERROR } from './domain-validators';

export const PASSWORD_POLICY_ERROR = 'passwordPolicy';
export const AT_LEAST_ONE_ERROR = 'atLeastOne';
/** Roles one account may not hold together (the domain's roleCombinationProblem). */
export const ROLE_COMBINATION_ERROR = 'roleCombination';
export const EMAIL_TAKEN_ERROR = 'emailTaken';
export const NAME_TAKEN_ERROR = 'nameTaken';
/** A rule of the toekomstplan that no single input explains, e.g. a duplicate id. */
export const PLAN_RULE_ERROR = 'planRule';
export const OWNER_NOT_ON_TEAM_ERROR = 'ownerNotOnTeam';
export const KEBAB_KEY_ERROR = 'kebabKey';
export const DUPLICATE_KEY_ERROR = 'duplicateKey';

const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, UiMessage>> = {
  'too-short': { key: 'validation.password.tooShort', params: { min: PASSWORD_MIN_LENGTH } },
  'too-long': { key: 'validation.password.tooLong', params: { max: PASSWORD_MAX_LENGTH } },
  'contains-email': { key: 'validation.password.containsEmail' },
  'common-password': { key: 'validation.password.commonPassword' },
  'repeated-characters': { key: 'validation.password.repeatedCharacters' },
  'predictable-pattern': { key: 'validation.password.predictablePattern' },
  'personal-words': { key: 'validation.password.personalWords' },
  'too-guessable': { key: 'validation.password.tooGuessable' },
};

/** Turns Angular's error objects into translatable messages, most fundamental first. */
export function validationMessages(errors: ValidationErrors | null): UiMessage[] {
  if (!errors) return [];
  const messages: UiMessage[] = [];
  if (errors['required']) messages.push({ key: 'validation.required' });
  if (errors['email']) messages.push({ key: 'validation.email' });
  const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
  if (maxLength) messages.push({ key: 'validation.maxLength', params: { max: maxLength.requiredLength } });
  const passwordProblems = (errors[PASSWORD_POLICY_ERROR] ?? []) as readonly PasswordProblem[];
  messages.push(...passwordProblems.map((problem) => PASSWORD_PROBLEM_MESSAGES[problem]));
  if (errors[AT_LEAST_ONE_ERROR]) messages.push({ key: 'validation.atLeastOneRole' });
  const roleCombination: unknown = errors[ROLE_COMBINATION_ERROR];
  if (typeof roleCombination === 'string') messages.push({ key: `validation.roleCombination.${roleCombination}` });
  if (errors[EMAIL_TAKEN_ERROR]) messages.push({ key: 'validation.emailTaken' });
  if (errors[NAME_TAKEN_ERROR]) messages.push({ key: 'validation.organisationNameTaken' });
  if (errors[BSN_ERROR]) messages.push({ key: 'validation.bsn' });
  const dateOfBirth: unknown = errors[DATE_OF_BIRTH_ERROR];
  if (typeof dateOfBirth === 'string') {
    messages.push({ key: `validation.dateOfBirth.${dateOfBirth}`, params: { max: MAX_JONGERE_AGE } });
  }
  const evaluationDate: unknown = errors[EVALUATION_DATE_ERROR];
  if (typeof evaluationDate === 'string') {
    messages.push({ key: `validation.evaluationDate.${evaluationDate}`, params: { months: MAX_EVALUATION_MONTHS } });
  }
  if (errors[OWNER_NOT_ON_TEAM_ERROR]) messages.push({ key: 'validation.ownerNotOnTeam' });
  if (errors[PLAN_RULE_ERROR]) messages.push({ key: 'validation.planRule' });
  if (errors[KEBAB_KEY_ERROR]) messages.push({ key: 'validation.kebabKey' });
  if (errors[DUPLICATE_KEY_ERROR]) messages.push({ key: 'validation.duplicateKey' });
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server === 'string') messages.push({ key: 'errors.detail', params: { detail: server } });
  return messages;
}
