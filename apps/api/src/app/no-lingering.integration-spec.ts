import { DEFAULT_LIFE_DOMAINS, emptyToekomstplan, todayInAmsterdam } from '@sluitend/domain';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../testing/test-app';

const binary = (agent: TestAgent, path: string) =>
  agent
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

/** Personal data does not linger: no cache keeps a response, no download's name says whom it is about. */
describe('responses with personal data', () => {
  let subject: TestApp;
  let worker: TestAgent;
  let coordinator: TestAgent;
  let caseId: string;

  const expectUncached = (response: Response, label: string) => {
    expect({ label, status: response.status }).toEqual({ label, status: 200 });
    expect({ label, cacheControl: response.headers['cache-control'] }).toEqual({ label, cacheControl: 'no-store' });
    expect({ label, etag: response.headers['etag'] }).toEqual({ label, etag: undefined });
  };

  beforeAll(async () => {
    subject = await createTestApp();
    worker = subject.browser();
    const token = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    coordinator = subject.browser();
    await signIn(coordinator, 'coordinator@demo.sluitend.nl');
    const municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
    const created = await worker.post('/api/v1/cases').set('X-XSRF-TOKEN', token).send({
      firstName: 'Zwaantje',
      lastName: 'Probeersma',
      dateOfBirth: '2009-05-05',
      municipalityId,
      consent: OPENING_CONSENT,
    });
    caseId = created.body.id;
    await worker
      .put(`/api/v1/cases/${caseId}/toekomstplan`)
      .set('X-XSRF-TOKEN', token)
      .send({ basedOnVersion: null, content: emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-05-05', '2026-11-23') });
  });

  afterAll(() => subject.close());

  it('sends JSON with personal data as no-store and without an ETag, also when asked twice', async () => {
    const first = await worker.get(`/api/v1/cases/${caseId}`);
    expectUncached(first, 'GET /cases/{id}');
    expect(first.body.lastName).toBe('Probeersma');
    const again = await worker.get(`/api/v1/cases/${caseId}`).set('If-None-Match', 'W/"1f4-stale"');
    expectUncached(again, 'GET /cases/{id} revalidating an old copy');
    for (const path of ['/api/v1/cases', `/api/v1/cases/${caseId}/toekomstplan`, '/api/v1/auth/me'])
      expectUncached(await worker.get(path), path);
  });

  it('sends refusals and problems as no-store too', async () => {
    const refused = await coordinator.get(`/api/v1/cases/${caseId}`);
    expect(refused.status).toBe(404);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('sends the toekomstplan PDF and the inzage PDF as no-store, named by case reference and date, never by name', async () => {
    const plan = await binary(worker, `/api/v1/cases/${caseId}/toekomstplan/pdf`);
    expectUncached(plan, 'toekomstplan pdf');
    const disposition: string = plan.headers['content-disposition'];
    expect(disposition).toBe(
      `attachment; filename="toekomstplan-${caseId.slice(0, 8)}-v1-${todayInAmsterdam(new Date())}.pdf"`,
    );
    expect(disposition.toLowerCase()).not.toMatch(/zwaantje|probeersma/);

    const inzage = await binary(worker, `/api/v1/cases/${caseId}/subject-access-report/pdf`);
    expectUncached(inzage, 'inzage pdf');
    expect(inzage.headers['content-disposition'].toLowerCase()).not.toMatch(/zwaantje|probeersma/);
    const json = await worker.get(`/api/v1/cases/${caseId}/subject-access-report`);
    expectUncached(json, 'inzage json');
    expect(json.headers['content-disposition'].toLowerCase()).not.toMatch(/zwaantje|probeersma/);
  });

  it('sends the monitoring report as XLSX and CSV with no-store', async () => {
    expectUncached(await binary(coordinator, '/api/v1/monitoring/report/xlsx'), 'report xlsx');
    expectUncached(await binary(coordinator, '/api/v1/monitoring/report/csv'), 'report csv');
  });
});
