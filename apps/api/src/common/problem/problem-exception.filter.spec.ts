import { ArgumentsHost, ForbiddenException } from '@nestjs/common';
import { ProblemException } from './problem.exception';
import { ProblemExceptionFilter } from './problem-exception.filter';

interface Captured {
  status?: number;
  type?: string;
  body?: Record<string, unknown>;
  headers: Record<string, string>;
}

function handle(exception: unknown): Captured {
  const captured: Captured = { headers: {} };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (captured.headers[name] = value),
    status(code: number) {
      captured.status = code;
      return this;
    },
    type(value: string) {
      captured.type = value;
      return this;
    },
    send(body: string) {
      captured.body = JSON.parse(body);
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ originalUrl: '/api/v1/users?x=1' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  const filter = new ProblemExceptionFilter();
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return captured;
}

describe('ProblemExceptionFilter', () => {
  it('answers a ProblemException with its code as type URI, its extensions and headers', () => {
    const result = handle(
      new ProblemException(429, 'too-many', 'Too Many Requests', 'Wait.', {
        retryAfterSeconds: 5,
        headers: { 'Retry-After': '5' },
      }),
    );
    expect(result.status).toBe(429);
    expect(result.type).toBe('application/problem+json');
    expect(result.headers['Retry-After']).toBe('5');
    expect(result.body).toEqual({
      type: 'https://sluitend.nl/problems/too-many',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Wait.',
      retryAfterSeconds: 5,
      instance: '/api/v1/users',
    });
  });

  it('answers a Nest HttpException with its status and message', () => {
    const result = handle(new ForbiddenException('Nope.'));
    expect(result.body).toMatchObject({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Nope.' });
  });

  it('answers an unexpected error with a bare 500 that reveals nothing of it', () => {
    const result = handle(new Error('password=hunter2 at /srv/app.js:12'));
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('hunter2');
    expect(result.body).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Internal Server Error',
      instance: '/api/v1/users',
    });
  });

  it('keeps the status of an express client error such as a too large body', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, expose: true });
    expect(handle(tooLarge).status).toBe(413);
  });

  it.each([
    [
      'a refused connection from the pool',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a connection ended by a restart, inside a QueryFailedError',
      Object.assign(new Error('query failed'), {
        driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      }),
    ],
    [
      'a database that does not accept connections',
      Object.assign(new Error('database "x" is not currently accepting connections'), { code: '55000' }),
    ],
    ['a connection terminated by node-postgres', new Error('Connection terminated unexpectedly')],
  ])('answers %s as 503 dependency-unavailable naming postgres, with Retry-After', (_name, error) => {
    const result = handle(error);
    expect(result.status).toBe(503);
    expect(result.headers['Retry-After']).toMatch(/^\d+$/);
    expect(result.body).toMatchObject({
      type: 'https://sluitend.nl/problems/dependency-unavailable',
      detail: 'Not answering: postgres.',
    });
  });

  it('keeps a failed query of a server that answers a 500', () => {
    const error = Object.assign(new Error('query failed'), {
      driverError: Object.assign(new Error('boom'), { code: '42P01' }),
    });
    expect(handle(error).status).toBe(500);
  });
});
