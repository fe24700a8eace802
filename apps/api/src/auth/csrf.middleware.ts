import { XSRF_COOKIE, XSRF_HEADER } from '@sluitend/domain';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { csrfRejected } from './auth.errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sign(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(nonce).digest('base64url');
}

function isGenuine(secret: string, token: string | undefined): token is string {
  if (!token) return false;
  const [nonce, signature] = token.split('.');
  if (!nonce || !signature) return false;
  const expected = Buffer.from(sign(secret, nonce));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Signed double-submit cookie in Angular's convention: a readable XSRF-TOKEN cookie that the
 * client echoes in X-XSRF-TOKEN. Another site can neither read the cookie nor forge its signature,
 * and the SameSite=Strict session cookie is a second wall.
 */
export function csrfProtection(secret: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const cookieToken: string | undefined = request.cookies?.[XSRF_COOKIE];
    if (SAFE_METHODS.has(request.method)) {
      if (!isGenuine(secret, cookieToken)) {
        const nonce = randomBytes(24).toString('base64url');
        response.cookie(XSRF_COOKIE, `${nonce}.${sign(secret, nonce)}`, {
          httpOnly: false,
          sameSite: 'strict',
          secure: request.secure,
          path: '/',
        });
      }
      return next();
    }
    const headerToken = request.get(XSRF_HEADER);
    if (!isGenuine(secret, cookieToken) || !headerToken || !sameToken(cookieToken, headerToken)) {
      return next(csrfRejected());
    }
    return next();
  };
}
