import { ValidationErrors } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PasswordProblem } from '@sluitend/domain';
import { SERVER_ERROR } from '../core/http/form-errors';
import { UiMessage } from '../core/http/ui-message';

export const PASSWORD_POLICY_ERROR = 'passwordPolicy';
export const AT_LEAST_ONE_ERROR = 'atLeastOne';
export const EMAIL_TAKEN_ERROR = 'emailTaken';
export const NAME_TAKEN_ERROR = 'nameTaken';

const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, UiMessage>> = {
  'too-short': { key: 'validation.password.tooShort', params: { min: PASSWORD_MIN_LENGTH } },
  'too-long': { key: 'validation.password.tooLong', params: { max: PASSWORD_MAX_LENGTH } },
  'contains-email': { key: 'validation.password.containsEmail' },
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
  if (errors[EMAIL_TAKEN_ERROR]) messages.push({ key: 'validation.emailTaken' });
  if (errors[NAME_TAKEN_ERROR]) messages.push({ key: 'validation.organisationNameTaken' });
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server === 'string') messages.push({ key: 'errors.detail', params: { detail: server } });
  return messages;
}
