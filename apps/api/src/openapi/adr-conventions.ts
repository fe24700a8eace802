import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CONTENT_TYPE } from '@sluitend/domain';
import { STATUS_CODES } from 'node:http';
import { FIELD_ERROR_SCHEMA, PROBLEM_SCHEMA } from './problem.schema';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

const API_VERSION_HEADER = {
  'API-Version': { description: 'The full version of the API.', schema: { type: 'string', example: '1.0.0' } },
};

/** A route may declare a richer problem (e.g. with `allowedTransitions`); otherwise the plain Problem. */
function problemResponse(status: number, description?: string, declared?: ResponseObject['content']): ResponseObject {
  const schema = Object.values(declared ?? {}).find((media) => media.schema)?.schema ?? {
    $ref: '#/components/schemas/Problem',
  };
  return {
    description: description ?? STATUS_CODES[status] ?? 'Error',
    headers: API_VERSION_HEADER,
    content: { [PROBLEM_CONTENT_TYPE]: { schema } },
  };
}

/**
 * Applies the Dutch API Design Rules to the whole document in one place, instead of
 * repeating them on every route: the API-Version header on every response, problem+json
 * for every error, a 400 wherever input can be wrong, and a 500 everywhere.
 */
export function applyAdrConventions(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.schemas = {
    ...document.components.schemas,
    Problem: PROBLEM_SCHEMA,
    FieldError: FIELD_ERROR_SCHEMA,
  };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = pathItem[method];
      if (!operation) continue;
      const takesInput = ['post', 'put', 'patch'].includes(method) || (operation.parameters ?? []).length > 0;
      if (takesInput && !operation.responses['400']) {
        operation.responses['400'] = { description: 'The request is invalid; `errors` names each field.' };
      }
      operation.responses['500'] = operation.responses['500'] ?? { description: 'Unexpected error.' };
      for (const [code, response] of Object.entries(operation.responses)) {
        if (!response || !('description' in response)) continue;
        const status = Number(code);
        operation.responses[code] =
          status >= 400
            ? problemResponse(status, response.description, response.content)
            : { ...response, headers: { ...response.headers, ...API_VERSION_HEADER } };
      }
    }
  }
  return document;
}
