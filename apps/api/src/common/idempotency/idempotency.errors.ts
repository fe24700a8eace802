import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../problem/problem.exception';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';

export const malformedIdempotencyKey = (message: string) =>
  new ProblemException(
    HttpStatus.BAD_REQUEST,
    'validation-failed',
    'Bad Request',
    'The request contains invalid fields.',
    {
      errors: [{ field: IDEMPOTENCY_KEY_HEADER, message }],
    },
  );

/** The draft's 409: a request with this key is still running; a retry after it finished gets its answer. */
export const idempotencyKeyInFlight = () =>
  new ProblemException(
    HttpStatus.CONFLICT,
    'idempotency-key-in-flight',
    'Conflict',
    'A request with this Idempotency-Key is still being processed; retry shortly to receive its response.',
    { headers: { 'Retry-After': '1' } },
  );

/** The draft's 422: the key was used for another request (another path or another body). */
export const idempotencyKeyReused = () =>
  new ProblemException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'idempotency-key-reused',
    'Unprocessable Entity',
    'This Idempotency-Key was already used for a different request; use a new key for a new request.',
    { errors: [{ field: IDEMPOTENCY_KEY_HEADER, message: 'Idempotency-Key was used for a different request' }] },
  );
