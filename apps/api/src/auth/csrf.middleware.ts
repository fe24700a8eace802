import { XSRF_COOKIE, XSRF_HEADER } from '@sluitend/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHmac, randomBytes } from 'node:crypto';
import { csrfRejected } from './auth.errors';
import { SESSION_COOKIE } from './session-data';
import { sameText, signWith } from './signing-key';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const PURPOSE = 'xsrf';

/**
 * What a token is tied to: the signed-in session, or "no session" before sign-in. A token read by a script
 * in one session (or planted before sign-in) is worthless in the next one.
 */
function binding(request: Request): string {
  return request.session?.userId ? `session:${request.sessionID}` : 'anonymous';
}

/**
 * The session the browser's (signed) session cookie names when that session has ended (idle, absolute lifetime):
 * its token still proves the request is the browser's own, so the write goes on to be answered 401 "not signed
 * in" (the web app then asks to sign in again) instead of a baffling CSRF refusal.
 */
function endedSessionBinding(secret: string, request: Request): string | null {
  if (request.session?.userId) return null;
  const cookie: unknown = request.cookies?.[SESSION_COOKIE];
  if (typeof cookie !== 'string' || !cookie.startsWith('s:')) return null;
  const dot = cookie.lastIndexOf('.');
  const sessionId = cookie.slice(2, dot);
  // express-session signs its cookie as cookie-signature does: base64 HMAC-SHA256 without padding.
  const expected = createHmac('sha256', secret).update(sessionId).digest('base64').replace(/=+$/, '');
  return dot > 2 && sameText(cookie.slice(dot + 1), expected) ? `session:${sessionId}` : null;
}

function isGenuine(secret: string, request: Request, token: string | undefined, bindings: string[]): token is string {
  if (!token) return false;
  const [nonce, signature] = token.split('.');
  if (!nonce || !signature) return false;
  return bindings.some((bound) => sameText(signature, signWith(secret, PURPOSE, bound, nonce)));
}

/**
 * Hands the browser a fresh token for the request's current session. Called by the middleware when the
 * browser has none that fits, and by sign-in and sign-out, which change the session and so rotate the token.
 */
export function issueXsrfToken(secret: string, request: Request, response: Response): string {
  const nonce = randomBytes(24).toString('base64url');
  const token = `${nonce}.${signWith(secret, PURPOSE, binding(request), nonce)}`;
  response.cookie(XSRF_COOKIE, token, { httpOnly: false, sameSite: 'strict', secure: request.secure, path: '/' });
  return token;
}

/**
 * Signed double-submit cookie in Angular's convention: a readable XSRF-TOKEN cookie that the client echoes
 * in X-XSRF-TOKEN. Another site can neither read the cookie nor forge its signature, the signature covers the
 * session id, and the SameSite=Strict session cookie is a second wall.
 */
export function csrfProtection(secret: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const cookieToken: string | undefined = request.cookies?.[XSRF_COOKIE];
    if (SAFE_METHODS.has(request.method)) {
      if (!isGenuine(secret, request, cookieToken, [binding(request)])) issueXsrfToken(secret, request, response);
      return next();
    }
    const headerToken = request.get(XSRF_HEADER);
    const ended = endedSessionBinding(secret, request);
    const bindings = ended ? [binding(request), ended] : [binding(request)];
    if (!isGenuine(secret, request, cookieToken, bindings) || !headerToken || !sameText(cookieToken, headerToken)) {
      return next(csrfRejected());
    }
    return next();
  };
}
