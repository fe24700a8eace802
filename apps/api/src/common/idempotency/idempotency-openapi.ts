import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_MAX_LENGTH, IDEMPOTENCY_KEY_TTL_HOURS } from './idempotency-key';

/** Signing in has no user to keep keys for, and signing out creates nothing. */
const WITHOUT_KEY = new Set(['/auth/login', '/auth/logout']);

const PARAMETER = 'IdempotencyKey';

const IN_FLIGHT =
  'A request with the same Idempotency-Key is still running (`idempotency-key-in-flight`); retry shortly.';

/**
 * The `Idempotency-Key` header as one reusable parameter on every POST the interceptor honours, with the draft's
 * 409 and 422. Runs before the Dutch API Design Rules conventions, which turn these answers into problem+json.
 */
export function documentIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.parameters = {
    ...document.components.parameters,
    [PARAMETER]: {
      name: IDEMPOTENCY_KEY_HEADER,
      in: 'header',
      required: false,
      description:
        'Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): a fresh unique value (a UUID) ' +
        'per user action, the same value when the same action is sent again. A repeat gets the first response ' +
        `(with \`Idempotent-Replayed: true\`) for ${IDEMPOTENCY_KEY_TTL_HOURS} hours instead of a second resource. ` +
        'Keys are kept per user. A quoted Structured Field string or a bare value of visible ASCII, ' +
        `at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
      schema: { type: 'string', minLength: 1, maxLength: IDEMPOTENCY_KEY_MAX_LENGTH + 2 },
      example: '"8e03978e-40d5-43e8-bc93-6894a57f9324"',
    },
  };
  for (const [path, pathItem] of Object.entries(document.paths)) {
    const operation: OperationObject | undefined = pathItem.post;
    if (!operation || WITHOUT_KEY.has(path)) continue;
    operation.parameters = [...(operation.parameters ?? []), { $ref: `#/components/parameters/${PARAMETER}` }];
    const conflict = operation.responses['409'] as ResponseObject | undefined;
    operation.responses['409'] = conflict
      ? { ...conflict, description: `${conflict.description} Or: ${IN_FLIGHT}` }
      : { description: IN_FLIGHT };
    operation.responses['422'] = operation.responses['422'] ?? {
      description: 'The Idempotency-Key was already used for a different request (`idempotency-key-reused`).',
    };
  }
  return document;
}
