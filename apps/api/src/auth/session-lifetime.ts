import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The absolute session lifetime beside the idle timeout: a signed-in session older than `maxHours` since its
 * sign-in ends, however active it is, so a stolen session cookie is not good forever. A session without a
 * sign-in time (made before this rule) is ended too. Runs right after the session middleware, so the API's
 * guard and the express-mounted admin tools see the same answer: not signed in.
 */
export function absoluteSessionLifetime(maxHours: number, now: () => number = Date.now): RequestHandler {
  const maxMs = maxHours * 3_600_000;
  return (request: Request, _response: Response, next: NextFunction) => {
    const session = request.session;
    if (!session?.userId) return next();
    const signedInAt = session.signedInAt;
    if (typeof signedInAt === 'number' && now() - signedInAt <= maxMs) return next();
    session.destroy((error) => next(error));
  };
}
