import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ROLES, roleCombinationProblem } from '@sluitend/domain';
import { ROLE_COMBINATION_ERROR } from '../../../shared/validation-messages';

/** The domain's rule on roles one account may hold, on the group of role checkboxes: the API refuses the same. */
export const rolesCombinable: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  if (!(group instanceof FormGroup)) return null;
  const ticked: Record<string, unknown> = group.getRawValue();
  const problem = roleCombinationProblem(ROLES.filter((role) => ticked[role] === true));
  return problem ? { [ROLE_COMBINATION_ERROR]: problem } : null;
};
