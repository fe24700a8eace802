import { addMonths, DEFAULT_LIFE_DOMAINS, emptyToekomstplan, todayInAmsterdam } from '@sluitend/domain';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, xsrfToken, type TestApp } from '../../testing/test-app';

/** The reproductions of issue 13 §4: each was answered 500; each must be a 400 problem naming the field. */
const DEEP = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const today = todayInAmsterdam(new Date());

/** A 400 problem whose errors name `field` (or a field inside it, for nesting). */
function expectFieldProblem(response: Response, field: string): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status: 400,
    type: expect.stringContaining('application/problem+json'),
  });
  const fields: string[] = (response.body.errors ?? []).map((error: { field: string }) => error.field);
  expect(fields.filter((named) => named === field || named.startsWith(`${field}.`))).not.toEqual([]);
}

describe('malformed input is a 400 problem naming the field, never a 500', () => {
  let subject: TestApp;
  let anonymous: TestAgent;
  let anonymousToken: string;
  let worker: TestAgent;
  let workerToken: string;
  let admin: TestAgent;
  let adminToken: string;
  let caseId: string;
  let caseVersion: number;
  let escalationId: string;

  const send = (agent: TestAgent, token: string, method: 'post' | 'put' | 'patch', path: string) =>
    agent[method](`/api/v1${path}`).set('X-XSRF-TOKEN', token).set('Content-Type', 'application/json');

  beforeAll(async () => {
    subject = await createTestApp();
    anonymous = subject.browser();
    anonymousToken = await xsrfToken(anonymous);
    worker = subject.browser();
    workerToken = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    admin = subject.browser();
    adminToken = await signIn(admin, 'admin@demo.sluitend.nl');
    const [{ id: municipalityId }] = await subject.app
      .get(DataSource)
      .query(`SELECT id FROM municipality WHERE name = 'Tiel'`);
    const dateOfBirth = addMonths(today, -12 * 17);
    const created = await send(worker, workerToken, 'post', '/cases').send({
      firstName: 'Jesse',
      lastName: 'Invoer',
      dateOfBirth,
      municipalityId,
      consent: OPENING_CONSENT,
    });
    expect(created.status).toBe(201);
    caseId = created.body.id;
    caseVersion = created.body.version;
    const plan = await send(worker, workerToken, 'put', `/cases/${caseId}/toekomstplan`).send({
      basedOnVersion: null,
      content: emptyToekomstplan(DEFAULT_LIFE_DOMAINS, dateOfBirth, addMonths(today, 3)),
    });
    expect(plan.status).toBe(201);
    const draft = await send(worker, workerToken, 'post', `/cases/${caseId}/escalations`).send({
      request: {
        reasonCode: null,
        reasonText: '',
        whatWasTried: '',
        question: '',
        urgency: 'normal',
        sectorsNeeded: [],
      },
    });
    expect(draft.status).toBe(201);
    escalationId = draft.body.id;
  });

  afterAll(() => subject.close());

  describe('deeply nested JSON', () => {
    it('is refused on the anonymous sign-in', async () => {
      const response = await send(anonymous, anonymousToken, 'post', '/auth/login').send(DEEP);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });

    it('is refused inside a field of a signed-in write, naming the field', async () => {
      const response = await send(worker, workerToken, 'put', `/cases/${caseId}/toekomstplan`).send(
        `{"basedOnVersion":1,"content":${DEEP}}`,
      );
      expectFieldProblem(response, 'content');
    });
  });

  describe('a NUL character', () => {
    it('in the sign-in e-mail', async () => {
      const response = await send(anonymous, anonymousToken, 'post', '/auth/login').send({
        email: 'a\u0000b@demo.sluitend.nl',
        password: 'x',
      });
      expectFieldProblem(response, 'email');
    });

    it('in a string field of a case', async () => {
      const response = await send(worker, workerToken, 'patch', `/cases/${caseId}`).send({
        version: caseVersion,
        schoolOrWork: 'a\u0000b',
      });
      expectFieldProblem(response, 'schoolOrWork');
    });

    it('in a query parameter', async () => {
      expectFieldProblem(await worker.get('/api/v1/cases?search=a%00b'), 'search');
    });
  });

  it('a lone surrogate in the sign-in e-mail', async () => {
    const response = await send(anonymous, anonymousToken, 'post', '/auth/login').send(
      '{"email":"\\ud800","password":"x"}',
    );
    expectFieldProblem(response, 'email');
  });

  it.each(['__proto__', 'constructor'])('a %s key, which no request has', async (key) => {
    const response = await send(anonymous, anonymousToken, 'post', '/auth/login').send(
      `{"email":"a@demo.sluitend.nl","password":"x","${key}":{"isAdmin":true}}`,
    );
    expectFieldProblem(response, key);
  });

  describe('numbers beyond their column', () => {
    it.each(['2147483648', '1e308'])('version %s', async (version) => {
      const me = await admin.get('/api/v1/auth/me');
      const response = await send(admin, adminToken, 'patch', `/users/${me.body.id}`).send(
        `{"version":${version},"firstName":"Anne"}`,
      );
      expectFieldProblem(response, 'version');
    });

    it('a page number of 20 digits', async () => {
      expectFieldProblem(await worker.get('/api/v1/cases?page=99999999999999999999'), 'page');
    });

    it.each(['from', 'to'])('a plan comparison %s of 1e20', async (bound) => {
      const query = bound === 'from' ? 'from=1e20&to=1' : 'from=1&to=1e20';
      expectFieldProblem(await worker.get(`/api/v1/cases/${caseId}/toekomstplan/comparison?${query}`), bound);
    });
  });

  describe('an array or nothing where an object belongs', () => {
    it.each([
      ['content missing', { basedOnVersion: 1 }, 'content'],
      ['content an array', { basedOnVersion: 1, content: [] }, 'content'],
      ['myFuture an array', { basedOnVersion: 1, content: { myFuture: [] } }, 'content.myFuture'],
    ])('toekomstplan %s', async (_name, body, field) => {
      const response = await send(worker, workerToken, 'put', `/cases/${caseId}/toekomstplan`).send(body);
      expectFieldProblem(response, field);
    });

    it('escalation request an array', async () => {
      const response = await send(worker, workerToken, 'post', `/cases/${caseId}/escalations`).send({ request: [] });
      expectFieldProblem(response, 'request');
    });
  });

  it.each(['not-a-uuid', 'a%00b'])('a path id %s', async (id) => {
    expectFieldProblem(await worker.get(`/api/v1/cases/${caseId}/toekomstplan/versions/1`.replace(caseId, id)), 'id');
  });

  it('an escalation draft with a reason code the region does not have', async () => {
    const response = await send(worker, workerToken, 'put', `/escalations/${escalationId}`).send({
      version: 1,
      request: {
        reasonCode: 'made-up',
        reasonText: '',
        whatWasTried: '',
        question: '',
        urgency: 'normal',
        sectorsNeeded: [],
      },
    });
    expectFieldProblem(response, 'request.reasonCode');
  });
});
