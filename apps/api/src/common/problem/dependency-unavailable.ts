import { HttpStatus } from '@nestjs/common';
import { ProblemException } from './problem.exception';

/** Long enough for a Postgres restart or a failover; clients and proxies wait this long before retrying. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 10;

/** The one answer for "a server we need does not answer": 503 naming it, with Retry-After. */
export const dependencyUnavailable = (names: string[], extensions: Record<string, unknown> = {}) =>
  new ProblemException(
    HttpStatus.SERVICE_UNAVAILABLE,
    'dependency-unavailable',
    'Service Unavailable',
    `Not answering: ${names.join(', ')}.`,
    { ...extensions, headers: { 'Retry-After': String(DEPENDENCY_RETRY_AFTER_SECONDS) } },
  );

/** Socket errors: the server is gone, refuses, or cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is not (or no longer) taking work: class 08 (connection exception), 57P01–57P03
 * (shut down by an administrator, crashed, cannot connect now), 53300 (too many connections) and 55000 for
 * a database that does not accept connections.
 */
const isUnavailableState = (code: string, message: string) =>
  code.startsWith('08') ||
  /^57P0[1-3]$/.test(code) ||
  code === '53300' ||
  (code === '55000' && message.includes('not currently accepting connections'));

/** node-postgres' own messages when a connection breaks or cannot be had in time. */
const POOL_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
];

/**
 * True when an error means Postgres cannot be reached, however it arrives: raw from the pool (the session
 * store, TypeORM obtaining a connection), or wrapped as TypeORM's QueryFailedError (`driverError`) or as a cause.
 * The API talks to Redis and SMTP through code that answers their failures itself, so a bare socket error
 * that reaches the filter is Postgres'.
 */
export function isPostgresUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const text = typeof message === 'string' ? message : '';
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || isUnavailableState(code, text))) return true;
  if (POOL_MESSAGES.some((known) => text.includes(known))) return true;
  const nested = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => isPostgresUnavailable(inner, depth + 1));
}
