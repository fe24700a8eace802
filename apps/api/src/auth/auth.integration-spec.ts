import { DataSource } from 'typeorm';
import { createTestApp, signIn, TEST_PASSWORD, xsrfToken, xsrfTokenSetBy, type TestApp } from '../testing/test-app';

const SESSION_COOKIE = /^sluitend\.sid=/;

function sessionCookie(headers: Record<string, unknown>): string | undefined {
  return ([] as string[])
    .concat((headers['set-cookie'] as string[] | undefined) ?? [])
    .find((cookie) => SESSION_COOKIE.test(cookie));
}

describe('sign-in', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' });
  });

  afterAll(() => subject.close());

  it('hands out a readable XSRF-TOKEN cookie on GET /auth/me before sign-in, with 401', async () => {
    const response = await subject.browser().get('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const xsrf = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('XSRF-TOKEN='));
    expect(xsrf).toBeDefined();
    expect(xsrf).not.toMatch(/HttpOnly/i);
  });

  it('signs in, tells who is signed in, and signs out', async () => {
    const browser = subject.browser();
    const token = await signIn(browser, 'jongerenwerker@demo.sluitend.nl');
    const me = await browser.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: 'jongerenwerker@demo.sluitend.nl',
      name: 'Sanne de Vries',
      roles: ['professional'],
      organisation: { name: 'Jongerenwerk Rivierenland', sector: 'welzijn' },
    });
    expect(me.body).not.toHaveProperty('passwordHash');
    const logout = await browser.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', token);
    expect(logout.status).toBe(204);
    expect((await browser.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('sets the session cookie httpOnly and SameSite=Strict, with a new id at sign-in', async () => {
    const browser = subject.browser();
    const token = await xsrfToken(browser);
    const response = await browser
      .post('/api/v1/auth/login')
      .set('X-XSRF-TOKEN', token)
      .send({ email: 'school@demo.sluitend.nl', password: TEST_PASSWORD });
    const cookie = sessionCookie(response.headers);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const again = await browser
      .post('/api/v1/auth/login')
      .set('X-XSRF-TOKEN', xsrfTokenSetBy(response) ?? '')
      .send({ email: 'school@demo.sluitend.nl', password: TEST_PASSWORD });
    expect(sessionCookie(again.headers)?.split(';')[0]).not.toBe(cookie?.split(';')[0]);
  });

  it('ends a session after the inactivity period and renews the period on every request', async () => {
    const browser = subject.browser();
    await signIn(browser, 'jeugdhulp@demo.sluitend.nl');
    const me = await browser.get('/api/v1/auth/me');
    const cookie = decodeURIComponent(sessionCookie(me.headers) ?? '');
    const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)?.[1] ?? '');
    expect(Math.abs(expires - (Date.now() + 30 * 60_000))).toBeLessThan(5_000);
    const sid = /sluitend\.sid=s:([^.;]+)/.exec(cookie)?.[1];
    await subject.app
      .get(DataSource)
      .query(`UPDATE "http_session" SET "expire" = now() - interval '1 second' WHERE "sid" = $1`, [sid]);
    expect((await browser.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('gives a wrong password and an unknown email the same answer', async () => {
    const browser = subject.browser();
    const token = await xsrfToken(browser);
    const wrong = await browser
      .post('/api/v1/auth/login')
      .set('X-XSRF-TOKEN', token)
      .send({ email: 'chair@demo.sluitend.nl', password: 'not the password' });
    const unknown = await browser
      .post('/api/v1/auth/login')
      .set('X-XSRF-TOKEN', token)
      .send({ email: 'nobody@demo.sluitend.nl', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
  });

  it('locks an account after five failures, even for the right password, and not other accounts', async () => {
    const browser = subject.browser();
    const token = await xsrfToken(browser);
    const attempt = (email: string, password: string) =>
      browser.post('/api/v1/auth/login').set('X-XSRF-TOKEN', token).send({ email, password });
    for (let i = 0; i < 5; i++) {
      expect((await attempt('werk@demo.sluitend.nl', `wrong-${i}`)).status).toBe(401);
    }
    const locked = await attempt('werk@demo.sluitend.nl', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(locked.body.type).toBe('https://sluitend.nl/problems/too-many-login-attempts');
    expect((await attempt('coordinator@demo.sluitend.nl', TEST_PASSWORD)).status).toBe(200);
  });

  it('treats the email case-insensitively, also for the lock', async () => {
    const browser = subject.browser();
    await expect(signIn(browser, 'Member@Demo.Sluitend.nl')).resolves.toEqual(expect.any(String));
  });

  it('ends the sessions of a user at once when an admin deactivates them', async () => {
    const member = subject.browser();
    await signIn(member, 'member@demo.sluitend.nl');
    expect((await member.get('/api/v1/auth/me')).status).toBe(200);

    const admin = subject.browser();
    const token = await signIn(admin, 'admin@demo.sluitend.nl');
    const users = await admin.get('/api/v1/users');
    const target = users.body.find((user: { email: string }) => user.email === 'member@demo.sluitend.nl');
    const response = await admin
      .patch(`/api/v1/users/${target.id}`)
      .set('X-XSRF-TOKEN', token)
      .send({ version: target.version, active: false });
    expect(response.status).toBe(200);
    expect((await member.get('/api/v1/auth/me')).status).toBe(401);
    const retry = subject.browser();
    await expect(signIn(retry, 'member@demo.sluitend.nl')).rejects.toThrow(/401/);
  });
});

describe('CSRF protection', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(() => subject.close());

  it('refuses a login without the X-XSRF-TOKEN header', async () => {
    const browser = subject.browser();
    await xsrfToken(browser);
    const response = await browser
      .post('/api/v1/auth/login')
      .send({ email: 'admin@demo.sluitend.nl', password: TEST_PASSWORD });
    expect(response.status).toBe(403);
    expect(response.body.type).toBe('https://sluitend.nl/problems/csrf-token-invalid');
  });

  it('refuses a signed-in write whose header does not match the cookie', async () => {
    const browser = subject.browser();
    await signIn(browser, 'admin@demo.sluitend.nl');
    const response = await browser.post('/api/v1/auth/logout').set('X-XSRF-TOKEN', 'forged.value');
    expect(response.status).toBe(403);
    expect((await browser.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe('login throttling per IP address', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp({ LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '3' });
  });

  afterAll(() => subject.close());

  it('refuses attempts beyond the per-minute limit for one address, whatever the account', async () => {
    const browser = subject.browser();
    const token = await xsrfToken(browser);
    const statuses: number[] = [];
    for (const email of ['a@x.nl', 'b@x.nl', 'c@x.nl', 'admin@demo.sluitend.nl']) {
      const password = email.startsWith('admin') ? TEST_PASSWORD : 'wrong password';
      statuses.push(
        (await browser.post('/api/v1/auth/login').set('X-XSRF-TOKEN', token).send({ email, password })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
