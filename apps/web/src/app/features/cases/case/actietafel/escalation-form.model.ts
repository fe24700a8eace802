import { AbstractControl, NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  EscalationRequestContent,
  EscalationUrgency,
  FieldError,
  SECTORS,
  Sector,
  escalationRequestProblems,
} from '@sluitend/domain';
import { SERVER_ERROR } from '../../../../core/http/form-errors';
import { UiMessage } from '../../../../core/http/ui-message';

/** The api's limits (EscalationRequestContentDto), so a draft too is refused before it is sent. */
export const ESCALATION_TEXT_LIMITS = { reasonText: 4000, whatWasTried: 4000, question: 2000, answer: 4000 } as const;

/** Error key on the sectors group when none is ticked. */
export const SECTORS_NEEDED_ERROR = 'sectorsNeeded';

export function escalationFormGroup(fb: NonNullableFormBuilder, request: EscalationRequestContent | null = null) {
  const chosen = request?.sectorsNeeded ?? [];
  const sectors = Object.fromEntries(SECTORS.map((sector) => [sector, chosen.includes(sector)])) as Record<
    Sector,
    boolean
  >;
  return fb.group({
    request: fb.group({
      reasonCode: request?.reasonCode ?? '',
      reasonText: [request?.reasonText ?? '', Validators.maxLength(ESCALATION_TEXT_LIMITS.reasonText)],
      whatWasTried: [request?.whatWasTried ?? '', Validators.maxLength(ESCALATION_TEXT_LIMITS.whatWasTried)],
      question: [request?.question ?? '', Validators.maxLength(ESCALATION_TEXT_LIMITS.question)],
      urgency: (request?.urgency ?? 'normal') as EscalationUrgency,
      sectorsNeeded: fb.group(sectors),
    }),
    /** Only when it was returned: the answer to the coordinator's question. */
    answer: ['', Validators.maxLength(ESCALATION_TEXT_LIMITS.answer)],
  });
}

export type EscalationFormGroup = ReturnType<typeof escalationFormGroup>;
export type EscalationFormValue = ReturnType<EscalationFormGroup['getRawValue']>;

/** The request as the API stores it: an empty reason code is none yet, sectors in the domain's order. */
export function requestFromForm(value: EscalationFormValue['request']): EscalationRequestContent {
  return {
    reasonCode: value.reasonCode === '' ? null : value.reasonCode,
    reasonText: value.reasonText.trim(),
    whatWasTried: value.whatWasTried.trim(),
    question: value.question.trim(),
    urgency: value.urgency,
    sectorsNeeded: SECTORS.filter((sector) => value.sectorsNeeded[sector]),
  };
}

function problemError(problem: FieldError): Record<string, unknown> {
  if (problem.field === 'sectorsNeeded') return { [SECTORS_NEEDED_ERROR]: true };
  return problem.message.endsWith('is required') ? { required: true } : { [SERVER_ERROR]: problem.message };
}

/**
 * What keeps the request from being submitted, put on its controls the way the API would
 * (escalationRequestProblems is the domain's rule); the errors clear as soon as the field changes.
 * Returns whether anything was wrong.
 */
export function markSubmitProblems(form: EscalationFormGroup, answerRequired: boolean): boolean {
  const group = form.controls.request;
  const problems = escalationRequestProblems(requestFromForm(group.getRawValue()));
  for (const problem of problems) {
    const control = group.get(problem.field);
    if (!control) continue;
    control.setErrors({ ...control.errors, ...problemError(problem) });
    control.markAsTouched();
  }
  let wrong = problems.length > 0;
  if (answerRequired && form.controls.answer.value.trim() === '') {
    form.controls.answer.setErrors({ required: true });
    form.controls.answer.markAsTouched();
    wrong = true;
  }
  return wrong;
}

/**
 * Puts the API's field errors on the form: `request.reasonText` on the request's control, `answer`
 * on the answer; "… is required" is shown as the usual required text. Returns the errors that fit
 * no control (e.g. `consent`).
 */
export function applyEscalationFieldErrors(form: EscalationFormGroup, errors: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = controlForField(form, error.field);
    if (!control) {
      unmatched.push(error);
      continue;
    }
    const field = error.field.replace(/^request\./, '').split(/[.[]/)[0] ?? error.field;
    control.setErrors({ ...control.errors, ...problemError({ field, message: error.message }) });
    control.markAsTouched();
  }
  return unmatched;
}

// The API may name array items ("request.sectorsNeeded[0]") or nested paths; one control per field here.
function controlForField(form: EscalationFormGroup, field: string): AbstractControl | null {
  if (field === 'answer') return form.controls.answer;
  if (!field.startsWith('request.')) return null;
  const name = field.slice('request.'.length).split(/[.[]/)[0] ?? '';
  return name === '' ? null : form.controls.request.get(name);
}

/** The messages of one control, most fundamental first. */
export function controlMessages(control: AbstractControl): UiMessage[] {
  const errors = control.errors;
  if (!errors || !control.touched) return [];
  const messages: UiMessage[] = [];
  if (errors['required']) messages.push({ key: 'validation.required' });
  const maxLength = errors['maxlength'] as { requiredLength: number } | undefined;
  if (maxLength) messages.push({ key: 'validation.maxLength', params: { max: maxLength.requiredLength } });
  if (errors[SECTORS_NEEDED_ERROR]) messages.push({ key: 'actietafel.escalations.form.errors.sectorsNeeded' });
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server === 'string') messages.push({ key: 'errors.detail', params: { detail: server } });
  return messages;
}
