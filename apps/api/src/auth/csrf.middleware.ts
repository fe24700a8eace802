import { XSRF_COOKIE, XSRF_HEADER } from '@sluitend/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { csrfRejected } from './auth.errors';
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

function isGenuine(secret: string, request: Request, token: string | undefined): token is string {
  if (!token) return false;
  const [nonce, signature] = token.split('.');
  if (!nonce || !signature) return false;
  return sameText(signature, signWith(secret, PURPOSE, binding(request), nonce));
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
      if (!isGenuine(secret, request, cookieToken)) issueXsrfToken(secret, request, response);
      return next();
    }
    const headerToken = request.get(XSRF_HEADER);
    if (!isGenuine(secret, request, cookieToken) || !headerToken || !sameText(cookieToken, headerToken)) {
      return next(csrfRejected());
    }
    return next();
  };
}
