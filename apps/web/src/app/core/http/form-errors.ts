import { AbstractControl, FormGroup } from '@angular/forms';
import { FieldError } from '@sluitend/domain';
import { fieldErrorsOf } from './problem';
import { ErrorTexts, UiMessage, errorMessage } from './ui-message';

/** Error key under which an API field message is stored on a control. */
export const SERVER_ERROR = 'server';

/**
 * Puts the API's field errors on the matching controls so they show beside the input.
 * Returns the errors that match no control, so the caller can still show them.
 */
export function applyFieldErrors(form: FormGroup, errors: readonly FieldError[]): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const control = controlFor(form, error.field);
    if (control) {
      control.setErrors({ ...control.errors, [SERVER_ERROR]: error.message });
      control.markAsTouched();
    } else {
      unmatched.push(error);
    }
  }
  return unmatched;
}

// The API may name array items ("roles[0]") or nested paths ("roles.0"); the form has one control per field.
function controlFor(form: FormGroup, field: string): AbstractControl | null {
  const root = field.split(/[.[]/)[0] ?? field;
  return form.get(field) ?? form.get(root);
}

/**
 * The message to show above a form after the API refused it. When every field error found
 * its control, the fields themselves explain the problem and the summary only points to them.
 */
export function submitErrorMessage(form: FormGroup, error: unknown, overrides: ErrorTexts = {}): UiMessage {
  const fieldErrors = fieldErrorsOf(error);
  const unmatched = applyFieldErrors(form, fieldErrors);
  if (fieldErrors.length > 0 && unmatched.length === 0) return { key: 'errors.checkFields' };
  return errorMessage(error, overrides);
}
