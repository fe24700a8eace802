import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { RequestOrigin } from './authenticated-user';

/**
 * The session id is a credential: the access log keeps a digest that links events of one session
 * without letting anyone who reads the log take that session over.
 */
export function requestOrigin(request: Request): RequestOrigin {
  const sessionId = request.sessionID;
  return {
    ip: request.ip ?? null,
    sessionDigest: sessionId ? createHash('sha256').update(sessionId).digest('hex').slice(0, 32) : null,
  };
}
