import { ValidationErrors } from '@angular/forms';
import { FieldError } from '@sluitend/domain';
import { EVALUATION_DATE_ERROR } from '../../../shared/domain-validators';
import { OWNER_NOT_ON_TEAM_ERROR, PLAN_RULE_ERROR } from '../../../shared/validation-messages';
import { PlanForm } from './plan-form.model';

/** Controls that are data, not inputs: a problem there is for the summary, not for a field. */
const HIDDEN_FIELDS = new Set(['id', 'domain', 'topic']);

/**
 * Puts the problems of toekomstplanProblems (and the API's, with its 'content.' prefix) on
 * the inputs they concern. Returns those that match no input, for the summary above the form.
 */
export function applyPlanProblems(form: PlanForm, problems: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const problem of problems) {
    const path = problem.field.replace(/^content\./, '').replace(/\.owner\.userId$/, '.ownerUserId');
    const control = form.get(path);
    const leaf = path.slice(path.lastIndexOf('.') + 1);
    if (!control || HIDDEN_FIELDS.has(leaf)) {
      unmatched.push(problem);
      continue;
    }
    control.setErrors({ ...control.errors, ...errorsFor(leaf, problem.message) });
    control.markAsTouched();
  }
  return unmatched;
}

/**
 * The domain and the API explain problems in English for developers; the form shows its own
 * translated texts, so the English message is only read to learn which rule was broken.
 */
function errorsFor(leaf: string, message: string): ValidationErrors {
  const maxLength = /shorter than or equal to (\d+)/.exec(message);
  if (maxLength) return { maxlength: { requiredLength: Number(maxLength[1]) } };
  if (/must not be empty/.test(message)) return { required: true };
  if (leaf === 'evaluationDate') {
    if (/past/.test(message)) return { [EVALUATION_DATE_ERROR]: 'in-past' };
    if (/at most/.test(message)) return { [EVALUATION_DATE_ERROR]: 'too-far' };
    return { [EVALUATION_DATE_ERROR]: 'invalid' };
  }
  if (leaf === 'ownerUserId' && /team/.test(message)) return { [OWNER_NOT_ON_TEAM_ERROR]: true };
  return { [PLAN_RULE_ERROR]: true };
}
