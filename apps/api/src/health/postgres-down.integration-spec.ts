import { Client } from 'pg';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, signIn, TEST_PASSWORD, xsrfToken, type TestApp } from '../testing/test-app';

/** Postgres stopped for a restart or a failover: every request is an honest 503, and service resumes after. */
describe('with Postgres refusing connections', () => {
  let subject: TestApp;
  let admin: Client;
  let worker: TestAgent;

  const refuse = async (allow: boolean) => {
    await admin.query(`ALTER DATABASE "${subject.database.name}" ALLOW_CONNECTIONS ${allow}`);
    if (!allow) {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
        subject.database.name,
      ]);
    }
  };

  const expectPostgresUnavailable = (response: Response) => {
    expect({
      status: response.status,
      type: response.headers['content-type'],
      retryAfter: response.headers['retry-after'],
    }).toEqual({
      status: 503,
      type: expect.stringContaining('application/problem+json'),
      retryAfter: expect.stringMatching(/^\d+$/),
    });
    expect(response.body).toMatchObject({
      type: 'https://sluitend.nl/problems/dependency-unavailable',
      status: 503,
      title: 'Service Unavailable',
    });
    expect(response.body.detail).toContain('postgres');
  };

  beforeAll(async () => {
    subject = await createTestApp();
    admin = new Client({ connectionString: subject.database.serverUrl });
    await admin.connect();
    worker = subject.browser();
    await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
  });

  afterAll(async () => {
    await refuse(true);
    await admin.end();
    await subject.close();
  });

  it('answers 503 dependency-unavailable naming postgres with Retry-After, signed in or not, and recovers by itself', async () => {
    await refuse(false);
    try {
      expectPostgresUnavailable(await subject.browser().get('/api/v1/health'));
      // A session cookie makes the session store (in Postgres) the first thing to fail.
      expectPostgresUnavailable(await worker.get('/api/v1/health'));
      expectPostgresUnavailable(await worker.get('/api/v1/cases'));
      expectPostgresUnavailable(await worker.get('/api/v1/auth/me'));
      const anonymous = subject.browser();
      const token = await xsrfToken(anonymous);
      expectPostgresUnavailable(
        await anonymous
          .post('/api/v1/auth/login')
          .set('X-XSRF-TOKEN', token)
          .send({ email: 'jongerenwerker@demo.sluitend.nl', password: TEST_PASSWORD }),
      );
    } finally {
      await refuse(true);
    }
    expect((await worker.get('/api/v1/health')).status).toBe(200);
    expect((await worker.get('/api/v1/cases')).status).toBe(200);
  });
});
