import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from '../common/problem/problem.exception';
import { createHmac } from 'node:crypto';
import { csrfProtection } from './csrf.middleware';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign';

/** A browser's request; `session` names the signed-in session it carries, if any. */
function run(method: string, cookie?: string, header?: string, session?: string, sessionCookie?: string) {
  const setCookies: Record<string, string> = {};
  const request = {
    method,
    secure: false,
    sessionID: session ?? 'an-unsaved-anonymous-id',
    session: session ? { userId: 'user-1' } : undefined,
    cookies: {
      ...(cookie ? { 'XSRF-TOKEN': cookie } : {}),
      ...(sessionCookie ? { 'sluitend.sid': sessionCookie } : {}),
    },
    get: (name: string) => (name === 'X-XSRF-TOKEN' ? header : undefined),
  } as unknown as Request;
  const response = { cookie: (name: string, value: string) => (setCookies[name] = value) } as unknown as Response;
  let passed: unknown = 'not called';
  const next: NextFunction = (error?: unknown) => (passed = error);
  csrfProtection(SECRET)(request, response, next);
  return { setCookies, passed };
}

describe('csrfProtection', () => {
  it('hands out a signed token on a GET without one', () => {
    const { setCookies, passed } = run('GET');
    expect(setCookies['XSRF-TOKEN']).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(passed).toBeUndefined();
  });

  it('lets a POST through when header and cookie carry the same genuine token', () => {
    const token = run('GET').setCookies['XSRF-TOKEN'];
    expect(run('POST', token, token).passed).toBeUndefined();
  });

  it('refuses a POST without the header', () => {
    const token = run('GET').setCookies['XSRF-TOKEN'];
    expect(run('POST', token).passed).toBeInstanceOf(ProblemException);
  });

  it('refuses a token that was not signed with the secret, even when header and cookie agree', () => {
    const forged = 'abc.def';
    expect(run('DELETE', forged, forged).passed).toBeInstanceOf(ProblemException);
  });

  it('refuses a header that differs from the cookie', () => {
    const one = run('GET').setCookies['XSRF-TOKEN'];
    const other = run('GET').setCookies['XSRF-TOKEN'];
    expect(run('PATCH', one, other).passed).toBeInstanceOf(ProblemException);
  });

  it('refuses, inside a session, the token handed out before sign-in', () => {
    const beforeSignIn = run('GET').setCookies['XSRF-TOKEN'];
    expect(run('POST', beforeSignIn, beforeSignIn, 'session-a').passed).toBeInstanceOf(ProblemException);
  });

  it('refuses a token of one session in another session', () => {
    const ofA = run('GET', undefined, undefined, 'session-a').setCookies['XSRF-TOKEN'];
    expect(run('POST', ofA, ofA, 'session-a').passed).toBeUndefined();
    expect(run('POST', ofA, ofA, 'session-b').passed).toBeInstanceOf(ProblemException);
  });

  it('hands a signed-in browser a new token when its token belongs to no session of its own', () => {
    const beforeSignIn = run('GET').setCookies['XSRF-TOKEN'];
    const renewed = run('GET', beforeSignIn, undefined, 'session-a').setCookies['XSRF-TOKEN'];
    expect(renewed).toBeDefined();
    expect(renewed).not.toBe(beforeSignIn);
  });

  it('lets a write of a session that has since ended through, to be answered "not signed in"', () => {
    const ofA = run('GET', undefined, undefined, 'session-a').setCookies['XSRF-TOKEN'];
    const signature = createHmac('sha256', SECRET).update('session-a').digest('base64').replace(/=+$/, '');
    expect(run('POST', ofA, ofA, undefined, `s:session-a.${signature}`).passed).toBeUndefined();
    expect(run('POST', ofA, ofA, undefined, 's:session-a.forged').passed).toBeInstanceOf(ProblemException);
  });
});
