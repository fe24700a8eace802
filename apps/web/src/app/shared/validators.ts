import { AbstractControl, AsyncValidatorFn, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  PASSWORD_STRENGTH_PROBLEMS,
  PasswordCheck,
  PasswordProblem,
  PasswordStrengthProblem,
  passwordCheck,
  passwordProblems,
} from '@sluitend/domain';
import { AT_LEAST_ONE_ERROR, PASSWORD_POLICY_ERROR } from './validation-messages';

/** Like Validators.required, but a name of only spaces is not a name either. */
export const requiredText: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null =>
  typeof control.value === 'string' && control.value.trim() !== '' ? null : { required: true };

/**
 * The domain's password policy, so the form rejects exactly what the API would reject.
 * Reads the email from the sibling control named `emailControl`: the policy forbids
 * passwords containing the email's local part.
 */
export function passwordPolicy(emailControl = 'email'): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const email: unknown = control.parent?.get(emailControl)?.value;
    const problems = passwordProblems(control.value ?? '', typeof email === 'string' ? email : undefined);
    return problems.length > 0 ? { [PASSWORD_POLICY_ERROR]: problems } : null;
  };
}

let strengthCheck: Promise<PasswordCheck> | undefined;

/** The estimator's packages, fetched as chunks of their own on first use. */
const loadStrengthCheck = (): Promise<PasswordCheck> =>
  (strengthCheck ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-nl-be'),
  ]).then(([core, common, english, dutch]) => passwordCheck({ core, common, english, dutch })));

const isStrengthProblem = (problem: PasswordProblem): problem is PasswordStrengthProblem =>
  (PASSWORD_STRENGTH_PROBLEMS as readonly string[]).includes(problem);

/**
 * How guessable the password is, by the same estimate the API applies. Its dictionaries weigh megabytes, so
 * they are fetched (once) only when a form that sets a password is used, never with the app's first load.
 * Angular runs it only once passwordPolicy (length, email) is satisfied.
 */
export function passwordStrength(emailControl = 'email'): AsyncValidatorFn {
  return async (control: AbstractControl<string>): Promise<ValidationErrors | null> => {
    const check = await loadStrengthCheck();
    const email: unknown = control.parent?.get(emailControl)?.value;
    const problems = check(control.value ?? '', typeof email === 'string' ? email : undefined).filter(
      isStrengthProblem,
    );
    return problems.length > 0 ? { [PASSWORD_POLICY_ERROR]: problems } : null;
  };
}

/** For a group of checkboxes of which at least one must be ticked. */
export const atLeastOneChecked: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  if (!(group instanceof FormGroup)) return null;
  const values: unknown[] = Object.values(group.getRawValue());
  return values.some((value) => value === true) ? null : { [AT_LEAST_ONE_ERROR]: true };
};
