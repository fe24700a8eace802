import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

export const FIELD_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['field', 'message'],
  properties: {
    field: { type: 'string', description: 'Path of the offending field, dotted for nested fields.', example: 'email' },
    message: { type: 'string', example: 'email must be an email' },
  },
};

export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', example: 'https://sluitend.nl/problems/validation-failed' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'The request contains invalid or unknown fields.' },
    instance: { type: 'string', example: '/api/v1/users' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/FieldError' } },
  },
};
