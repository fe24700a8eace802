import { DEPENDENCY_RETRY_AFTER_SECONDS } from '../common/problem/dependency-unavailable';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception';

export const notSignedIn = () =>
  new ProblemException(HttpStatus.UNAUTHORIZED, 'not-signed-in', 'Unauthorized', 'Sign in to use this resource.');

/** One answer for a wrong password and an unknown email, so accounts cannot be discovered. */
export const wrongCredentials = () =>
  new ProblemException(
    HttpStatus.UNAUTHORIZED,
    'wrong-credentials',
    'Unauthorized',
    'The email address or password is wrong.',
  );

export const forbidden = () =>
  new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Forbidden', 'Your roles do not allow this.');

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new ProblemException(
    HttpStatus.TOO_MANY_REQUESTS,
    'too-many-login-attempts',
    'Too Many Requests',
    `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    {
      headers: { 'Retry-After': String(Math.ceil(retryAfterSeconds)) },
      retryAfterSeconds: Math.ceil(retryAfterSeconds),
    },
  );

export const csrfRejected = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'csrf-token-invalid',
    'Forbidden',
    'The X-XSRF-TOKEN header is missing or does not match the XSRF-TOKEN cookie.',
  );

export const throttleUnavailable = () =>
  new ProblemException(
    HttpStatus.SERVICE_UNAVAILABLE,
    'login-unavailable',
    'Service Unavailable',
    // The throttle cannot count attempts without Redis, and signing in uncounted would hand attackers free guesses.
    'Signing in is temporarily unavailable (not answering: redis). Try again shortly.',
    { headers: { 'Retry-After': String(DEPENDENCY_RETRY_AFTER_SECONDS) } },
  );
