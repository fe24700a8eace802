import { HttpErrorResponse } from '@angular/common/http';
import { FieldError, Problem } from '@sluitend/domain';

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Problem>;
  return typeof candidate.status === 'number' && typeof candidate.title === 'string';
}

export function httpStatusOf(error: unknown): number | undefined {
  return error instanceof HttpErrorResponse ? error.status : undefined;
}

/** The problem body of a failed call; undefined for network failures or non-problem bodies. */
export function problemOf(error: unknown): Problem | undefined {
  if (!(error instanceof HttpErrorResponse)) return undefined;
  return isProblem(error.error) ? error.error : undefined;
}

export function fieldErrorsOf(error: unknown): FieldError[] {
  const errors = problemOf(error)?.errors;
  return Array.isArray(errors) ? errors : [];
}

/**
 * The API's stable error code: the last segment of the problem `type` URI
 * (e.g. https://sluitend.nl/problems/version-conflict). Unlike `detail`, it is meant for machines.
 */
export function problemCode(error: unknown): string | undefined {
  const type = problemOf(error)?.type;
  if (!type || type === 'about:blank') return undefined;
  return type.split('/').filter(Boolean).pop();
}
