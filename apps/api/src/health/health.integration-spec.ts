import { Client } from 'pg';
import { createTestApp, type TestApp, xsrfToken } from '../testing/test-app';

describe('GET /api/v1/health', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(() => subject.close());

  it('answers 200 with both dependencies up and the API-Version header', async () => {
    const response = await subject.browser().get('/api/v1/health');
    expect(response.status).toBe(200);
    expect(response.headers['api-version']).toBe('1.0.0');
    expect(response.body).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
  });

  it('answers 503 naming postgres when the database refuses connections', async () => {
    const admin = new Client({ connectionString: subject.database.serverUrl });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${subject.database.name}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
        subject.database.name,
      ]);
      const response = await subject.browser().get('/api/v1/health');
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toBe('Not answering: postgres.');
      expect(response.body.checks).toEqual({ postgres: 'down', redis: 'up' });
    } finally {
      await admin.query(`ALTER DATABASE "${subject.database.name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const recovered = await subject.browser().get('/api/v1/health');
    expect(recovered.status).toBe(200);
  });
});

describe('GET /api/v1/health without Redis', () => {
  let subject: TestApp;

  beforeAll(async () => {
    // Nothing listens on this port: the API must start anyway and report Redis as down.
    subject = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:6399' });
  });

  afterAll(() => subject.close());

  it('answers 503 naming redis', async () => {
    const response = await subject.browser().get('/api/v1/health');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ status: 503, title: 'Service Unavailable', detail: 'Not answering: redis.' });
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
    expect(response.body.checks).toEqual({ postgres: 'up', redis: 'down' });
  });

  it('answers a sign-in 503 problem naming redis with Retry-After, since the throttle cannot count', async () => {
    const browser = subject.browser();
    const token = await xsrfToken(browser);
    const response = await browser
      .post('/api/v1/auth/login')
      .set('X-XSRF-TOKEN', token)
      .send({ email: 'someone@example.nl', password: 'Kievit-zwemt-7-bruggen-ver!' });
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 503, type: expect.stringContaining('login-unavailable') });
    expect(response.body.detail).toContain('redis');
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
  });
});
