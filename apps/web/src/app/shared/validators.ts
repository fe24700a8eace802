import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { passwordProblems } from '@sluitend/domain';
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

/** For a group of checkboxes of which at least one must be ticked. */
export const atLeastOneChecked: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  if (!(group instanceof FormGroup)) return null;
  const values: unknown[] = Object.values(group.getRawValue());
  return values.some((value) => value === true) ? null : { [AT_LEAST_ONE_ERROR]: true };
};
