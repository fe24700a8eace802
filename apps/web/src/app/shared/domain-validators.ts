import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { dateOfBirthProblem, evaluationDateProblem, isValidBsn } from '@sluitend/domain';

export const BSN_ERROR = 'bsn';
export const DATE_OF_BIRTH_ERROR = 'dateOfBirth';
export const EVALUATION_DATE_ERROR = 'evaluationDate';

/*
 * These call the rules in libs/domain that the API applies too, so the form refuses exactly
 * what the server would refuse, and says so while the user is still typing.
 */

/** An empty BSN is allowed (it is optional); anything else must pass the elfproef. */
export const bsnValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = (control.value ?? '').trim();
  return value === '' || isValidBsn(value) ? null : { [BSN_ERROR]: true };
};

/** `today` is read on every check, so a form left open past midnight still judges correctly. */
export function dateOfBirthValidator(today: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value ?? '';
    if (value === '') return null;
    const problem = dateOfBirthProblem(value, today());
    return problem ? { [DATE_OF_BIRTH_ERROR]: problem } : null;
  };
}

/** An empty evaluation date is allowed: a new plan often has none planned yet. */
export function evaluationDateValidator(today: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value ?? '';
    const problem = evaluationDateProblem(value === '' ? null : value, today());
    return problem ? { [EVALUATION_DATE_ERROR]: problem } : null;
  };
}
