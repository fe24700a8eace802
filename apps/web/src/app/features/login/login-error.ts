import { HttpErrorResponse } from '@angular/common/http';
import { UiMessage, errorMessage } from '../../core/http/ui-message';

/**
 * 401 deliberately does not say whether the email exists (the API answers the same for both).
 * 429 covers the account lock and the IP rate limit; Retry-After tells how long, when sent.
 */
export function loginErrorMessage(error: unknown): UiMessage {
  if (error instanceof HttpErrorResponse && error.status === 429) {
    const seconds = Number(error.headers.get('Retry-After'));
    return Number.isFinite(seconds) && seconds > 0
      ? { key: 'login.errors.lockedFor', params: { minutes: Math.ceil(seconds / 60) } }
      : { key: 'login.errors.locked' };
  }
  return errorMessage(error, { 401: 'login.errors.invalidCredentials' });
}
