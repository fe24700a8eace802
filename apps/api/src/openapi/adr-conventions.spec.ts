import type { OpenAPIObject } from '@nestjs/swagger';
import { applyAdrConventions } from './adr-conventions';

function document(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1.0.0' },
    paths: {
      '/things': {
        get: { responses: { '200': { description: 'ok' } } },
        post: { responses: { '201': { description: 'created' }, '409': { description: 'taken' } } },
      },
    },
  };
}

describe('applyAdrConventions', () => {
  it('declares the API-Version header on successful responses', () => {
    const result = applyAdrConventions(document());
    expect(result.paths['/things'].get?.responses['200']).toMatchObject({
      headers: { 'API-Version': expect.any(Object) },
    });
  });

  it('adds a 400 to writes but not to reads without parameters', () => {
    const result = applyAdrConventions(document());
    expect(result.paths['/things'].post?.responses['400']).toBeDefined();
    expect(result.paths['/things'].get?.responses['400']).toBeUndefined();
  });

  it('describes every error response as problem+json and keeps its description', () => {
    const conflict = applyAdrConventions(document()).paths['/things'].post?.responses['409'];
    expect(conflict).toMatchObject({
      description: 'taken',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
  });

  it('registers the Problem schema with status, title and detail required', () => {
    const schemas = applyAdrConventions(document()).components?.schemas ?? {};
    expect(schemas['Problem']).toMatchObject({ required: expect.arrayContaining(['status', 'title', 'detail']) });
  });
});
