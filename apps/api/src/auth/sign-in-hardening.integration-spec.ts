import type Redis from 'ioredis';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { createTestApp, signIn, TEST_PASSWORD, xsrfToken, xsrfTokenSetBy, type TestApp } from '../testing/test-app';

const SESSION_COOKIE = /^sluitend\.sid=/;

function setCookies(response: { headers: Record<string, unknown> }): string[] {
  return ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
}

async function attempt(browser: TestAgent, email: string, password: string) {
  const token = await currentToken(browser);
  return browser.post('/api/v1/auth/login').set('X-XSRF-TOKEN', token).send({ email, password });
}

/** The browser's XSRF token for its current state (a GET hands out one when it holds none that fits). */
async function currentToken(browser: TestAgent): Promise<string> {
  const response = await browser.get('/api/v1/auth/me');
  const handedOut = xsrfTokenSetBy(response);
  if (handedOut) return handedOut;
  const cookie = (
    browser as unknown as { jar: { getCookie(name: string, access: object): { value: string } } }
  ).jar.getCookie('XSRF-TOKEN', { domain: '127.0.0.1', path: '/', secure: false, script: false });
  return cookie.value;
}

/** Puts a token into the browser's cookie jar, as a script or another site would plant it. */
function plantToken(browser: TestAgent, token: string): void {
  (browser as unknown as { jar: { setCookie(cookie: string, domain: string, path: string): void } }).jar.setCookie(
    `XSRF-TOKEN=${token}; Path=/`,
    '127.0.0.1',
    '/',
  );
}

async function failTimes(browser: TestAgent, email: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await attempt(browser, email, `verkeerd-wachtwoord-${i}`)).status);
  return statuses;
}

async function userId(subject: TestApp, email: string): Promise<string> {
  const [row] = await subject.app.get(DataSource).query(`SELECT id FROM app_user WHERE email = $1`, [email]);
  return row.id;
}

async function events(subject: TestApp, actions: string[]) {
  return subject.app.get(DataSource).query(
    `SELECT sequence, user_id, action, resource, reason, ip, session_digest, subject_id FROM audit_event
        WHERE action = ANY($1) ORDER BY sequence`,
    [actions],
  );
}

describe('sign-in that resists an attacker without locking out the user', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp({
      LOGIN_MAX_FAILURES: '5',
      LOGIN_LOCK_MINUTES: '15',
      LOGIN_MAX_FAILURES_PER_IP: '1000',
    });
  });

  afterAll(() => subject.close());

  it('lets the owner sign in from a browser they signed in from before while strangers are locked out', async () => {
    const own = subject.browser();
    const token = await signIn(own, 'jeugdhulp@demo.sluitend.nl');
    await own.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token).expect(204);

    const attacker = subject.browser();
    expect(await failTimes(attacker, 'jeugdhulp@demo.sluitend.nl', 5)).toEqual([401, 401, 401, 401, 401]);
    expect((await attempt(attacker, 'jeugdhulp@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(subject.browser(), 'jeugdhulp@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(429);

    expect((await attempt(own, 'jeugdhulp@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(200);
    // The lock stays for the strangers: the owner's success does not lift it.
    expect((await attempt(attacker, 'jeugdhulp@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(429);
  });

  it('counts the wrong passwords of a known browser apart, so the owner’s typos lock no one else out', async () => {
    const own = subject.browser();
    const token = await signIn(own, 'school@demo.sluitend.nl');
    await own.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token).expect(204);
    expect(await failTimes(own, 'school@demo.sluitend.nl', 5)).toEqual([401, 401, 401, 401, 401]);
    expect((await attempt(subject.browser(), 'school@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(200);
  });

  it('does not take a device cookie of one account for another', async () => {
    const shared = subject.browser();
    const token = await signIn(shared, 'privacy@demo.sluitend.nl');
    await shared.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token).expect(204);
    await failTimes(subject.browser(), 'chair@demo.sluitend.nl', 5);
    expect((await attempt(shared, 'chair@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(429);
  });

  it('doubles the lock each time it is set again', async () => {
    const attacker = subject.browser();
    await failTimes(attacker, 'coordinator@demo.sluitend.nl', 5);
    const first = await attempt(attacker, 'coordinator@demo.sluitend.nl', TEST_PASSWORD);
    expect(first.status).toBe(429);
    expect(Number(first.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

    // The first lock runs out (its key expires in Redis), the guessing goes on.
    const prefix = subject.app.get(AppConfig).REDIS_KEY_PREFIX;
    await subject.app.get<Redis>(REDIS).del(`${prefix}:login-locks:account:coordinator@demo.sluitend.nl`);
    expect(await failTimes(attacker, 'coordinator@demo.sluitend.nl', 5)).toEqual([401, 401, 401, 401, 401]);
    const second = await attempt(attacker, 'coordinator@demo.sluitend.nl', TEST_PASSWORD);
    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(29 * 60);
  });

  it('locks an unknown email like a real one, so a lock tells nothing about who has an account', async () => {
    const attacker = subject.browser();
    expect(await failTimes(attacker, 'niemand@demo.sluitend.nl', 6)).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('shows an admin who is locked and lets the admin lift the lock, both in the access log', async () => {
    await failTimes(subject.browser(), 'werk@demo.sluitend.nl', 5);
    const admin = subject.browser();
    const token = await signIn(admin, 'admin@demo.sluitend.nl');
    const werkId = await userId(subject, 'werk@demo.sluitend.nl');

    const locked = await admin.get('/api/v1/sign-in-locks').expect(200);
    const lock = locked.body.find((entry: { userId: string }) => entry.userId === werkId);
    expect(lock).toMatchObject({ email: 'werk@demo.sluitend.nl', name: expect.any(String), failedAttempts: 5 });
    expect(Date.parse(lock.lockedUntil)).toBeGreaterThan(Date.now() + 14 * 60_000);

    await admin.delete(`/api/v1/sign-in-locks/${werkId}`).set('X-XSRF-TOKEN', token).expect(204);
    const after = await admin.get('/api/v1/sign-in-locks').expect(200);
    expect(after.body.map((entry: { userId: string }) => entry.userId)).not.toContain(werkId);
    expect((await attempt(subject.browser(), 'werk@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(200);

    const adminId = await userId(subject, 'admin@demo.sluitend.nl');
    const logged = await events(subject, ['lock', 'unlock']);
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'lock', user_id: werkId, resource: 'sign-in-lock' }),
        expect.objectContaining({ action: 'unlock', user_id: adminId, subject_id: werkId }),
      ]),
    );
  });

  it('refuses sign-in locks to anyone but an admin', async () => {
    const professional = subject.browser();
    const token = await signIn(professional, 'jongerenwerker@demo.sluitend.nl');
    expect((await professional.get('/api/v1/sign-in-locks')).status).toBe(403);
    const target = await userId(subject, 'member@demo.sluitend.nl');
    expect((await professional.delete(`/api/v1/sign-in-locks/${target}`).set('X-XSRF-TOKEN', token)).status).toBe(403);
  });

  it('logs sign-in with its method, sign-out and a failed sign-in, never with a password or an unknown email', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, 'member@demo.sluitend.nl');
    await browser.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token).expect(204);
    await attempt(subject.browser(), 'member@demo.sluitend.nl', 'een-fout-wachtwoord-123');
    await attempt(subject.browser(), 'onbekend-account@demo.sluitend.nl', 'nog-een-fout-wachtwoord');
    const memberId = await userId(subject, 'member@demo.sluitend.nl');

    const logged = await events(subject, ['sign-in', 'sign-out', 'sign-in-failed']);
    const ofMember = logged.filter((event: { user_id: string }) => event.user_id === memberId);
    expect(ofMember.map((event: { action: string }) => event.action).slice(-3)).toEqual([
      'sign-in',
      'sign-out',
      'sign-in-failed',
    ]);
    const signInEvent = ofMember.find((event: { action: string }) => event.action === 'sign-in');
    expect(signInEvent).toMatchObject({ resource: 'session', reason: 'method: password' });
    expect(signInEvent.session_digest).toMatch(/^[0-9a-f]{32}$/);
    const anonymous = logged.filter((event: { user_id: string | null }) => event.user_id === null);
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.at(-1)).toMatchObject({ action: 'sign-in-failed', ip: expect.any(String) });
    const all = JSON.stringify(await subject.app.get(DataSource).query(`SELECT * FROM audit_event`));
    expect(all).not.toContain('een-fout-wachtwoord-123');
    expect(all).not.toContain('onbekend-account');
    expect(all).not.toContain(TEST_PASSWORD);
  });

  it('keeps a sign-in out of the version an admin edits against', async () => {
    const admin = subject.browser();
    const token = await signIn(admin, 'admin@demo.sluitend.nl');
    const target = (await admin.get('/api/v1/users')).body.find(
      (user: { email: string }) => user.email === 'jongerenwerker@demo.sluitend.nl',
    );
    await signIn(subject.browser(), 'jongerenwerker@demo.sluitend.nl');
    const edit = await admin
      .patch(`/api/v1/users/${target.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: target.version, name: 'Sanne de Vries-Bakker' });
    expect(edit.status).toBe(200);
    const [bookkeeping] = await subject.app
      .get(DataSource)
      .query(`SELECT last_sign_in_at FROM user_sign_in WHERE user_id = $1`, [target.id]);
    expect(Date.now() - new Date(bookkeeping.last_sign_in_at).getTime()).toBeLessThan(60_000);
  });

  it('rotates the XSRF token at sign-in and refuses the one from before', async () => {
    const browser = subject.browser();
    const before = await xsrfToken(browser);
    const response = await browser
      .post('/api/v1/auth/login')
      .set('X-XSRF-TOKEN', before)
      .send({ email: 'jongerenwerker@demo.sluitend.nl', password: TEST_PASSWORD })
      .expect(200);
    const after = xsrfTokenSetBy(response);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    // A token planted before sign-in (or read by a script then) is worthless in the session.
    plantToken(browser, before);
    const planted = await browser.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', before);
    expect(planted.status).toBe(403);
    expect((await browser.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('refuses a token of one session in another session of the same user', async () => {
    const first = subject.browser();
    const firstToken = await signIn(first, 'jongerenwerker@demo.sluitend.nl');
    const second = subject.browser();
    await signIn(second, 'jongerenwerker@demo.sluitend.nl');
    plantToken(second, firstToken);
    const crossed = await second.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', firstToken);
    expect(crossed.status).toBe(403);
    expect((await second.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('clears the session cookie and rotates the XSRF token at sign-out', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, 'jongerenwerker@demo.sluitend.nl');
    const response = await browser.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token).expect(204);
    const cleared = setCookies(response).find((cookie) => SESSION_COOKIE.test(cookie));
    expect(cleared).toMatch(/^sluitend\.sid=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    const rotated = xsrfTokenSetBy(response);
    expect(rotated).toBeDefined();
    expect(rotated).not.toBe(token);
  });

  it('ends a session at its absolute lifetime, however active it was', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, 'privacy@demo.sluitend.nl');
    expect((await browser.get('/api/v1/auth/me')).status).toBe(200);
    const thirteenHoursAgo = Date.now() - 13 * 3_600_000;
    await subject.app.get(DataSource).query(
      `UPDATE "http_session" SET "sess" = jsonb_set("sess"::jsonb, '{signedInAt}', to_jsonb($1::bigint))::json
          WHERE "sess"->>'userId' = (SELECT id::text FROM app_user WHERE email = 'privacy@demo.sluitend.nl')`,
      [thirteenHoursAgo],
    );
    // A write of the ended session is told to sign in again, not refused as a forgery.
    const write = await browser.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token);
    expect(write.status).toBe(401);
    expect(write.body.type).toBe('https://sluitend.nl/problems/not-signed-in');
    expect((await browser.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('refuses sixteen times the same letter as a new user’s password, naming the field', async () => {
    const admin = subject.browser();
    const token = await signIn(admin, 'admin@demo.sluitend.nl');
    const organisationId = (await admin.get('/api/v1/organisations')).body[0].id;
    const response = await admin
      .post('/api/v1/users')
      .set('X-XSRF-TOKEN', token)
      .send({
        email: 'nieuwe.collega@demo.sluitend.nl',
        name: 'Nieuwe Collega',
        organisationId,
        roles: ['professional'],
        password: 'aaaaaaaaaaaaaaaa',
      });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'password', message: expect.stringContaining('repeats characters') },
    ]);
  });
});

describe('sign-in throttling per source address', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_MAX_FAILURES_PER_IP: '8' });
  });

  afterAll(() => subject.close());

  it('locks an address that guesses across many accounts, for unknown browsers only', async () => {
    const own = subject.browser();
    const token = await signIn(own, 'jongerenwerker@demo.sluitend.nl');
    await own.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token).expect(204);

    const attacker = subject.browser();
    const accounts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `${letter}@demo.sluitend.nl`);
    for (const email of accounts) expect((await attempt(attacker, email, 'verkeerd-wachtwoord')).status).toBe(401);
    // No single account reached its five failures; the address reached its eight.
    expect((await attempt(attacker, 'admin@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(own, 'jongerenwerker@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(200);
    const [lock] = await subject.app
      .get(DataSource)
      .query(`SELECT user_id, ip FROM audit_event WHERE action = 'lock' AND resource = 'sign-in-address-lock'`);
    expect(lock).toMatchObject({ user_id: null, ip: expect.any(String) });
  });
});
