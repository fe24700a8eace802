import { httpStatusOf, problemCode, problemOf } from './problem';

/** Values substituted into a translation, e.g. {{ name }}. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translation key plus its parameters, so messages follow the language switch. */
export interface UiMessage {
  key: string;
  params?: MessageParams;
}

/**
 * Per-call texts, keyed by problem code (e.g. 'email-taken') or by HTTP status, for errors
 * whose meaning depends on the request (a 409 on create differs from a 409 on update).
 */
export type ErrorTexts = Partial<Record<string | number, string>>;

export const VERSION_CONFLICT = 'version-conflict';

const GENERIC_BY_CODE: Readonly<Record<string, string>> = {
  [VERSION_CONFLICT]: 'errors.staleVersion',
  'own-admin-rights': 'errors.ownAdminRights',
  'own-roles': 'errors.ownRoles',
  'csrf-token-invalid': 'errors.csrf',
  'login-unavailable': 'errors.loginUnavailable',
  // A repeat of a submit whose first attempt is still running (Idempotency-Key); a retry gets its answer.
  'idempotency-key-in-flight': 'errors.stillProcessing',
  'case-already-exists': 'errors.caseExists',
};

const GENERIC_BY_STATUS: Readonly<Record<number, string>> = {
  0: 'errors.network',
  401: 'errors.unauthorized',
  403: 'errors.forbidden',
  404: 'errors.notFound',
  409: 'errors.conflict',
  429: 'errors.tooManyRequests',
};

/**
 * Known errors get a translated text, because the API's `detail` is English and the user
 * chose a language; for anything else `detail` is the most specific explanation we have.
 */
export function errorMessage(error: unknown, overrides: ErrorTexts = {}): UiMessage {
  const status = httpStatusOf(error);
  if (status === undefined) return { key: 'errors.unexpected' };
  const code = problemCode(error);
  const specific =
    (code && (overrides[code] ?? GENERIC_BY_CODE[code])) || overrides[status] || GENERIC_BY_STATUS[status];
  if (specific) return { key: specific };
  const detail = problemOf(error)?.detail;
  if (detail) return { key: 'errors.detail', params: { detail } };
  return { key: status >= 500 ? 'errors.server' : 'errors.unexpected' };
}

/** Whether a failed update lost an optimistic-locking race, so the list must be reloaded. */
export function isVersionConflict(error: unknown): boolean {
  const code = problemCode(error);
  return httpStatusOf(error) === 409 && (code === undefined || code === VERSION_CONFLICT);
}
