import { DEFAULT_LIFE_DOMAINS, emptyToekomstplan, type ToekomstplanContent } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { createTestApp, signIn, type TestApp, consentForSector, OPENING_CONSENT } from '../testing/test-app';

function planWithAction(base: ToekomstplanContent, ownerUserId: string, deadline: string): ToekomstplanContent {
  const content = structuredClone(base);
  content.myFuture.whatIWant = 'Ik wil op mezelf wonen.';
  content.domains[0].situation = 'Woont bij zijn oom.';
  content.domains[0].score = 2;
  content.domains[0].goals = [
    {
      id: 'goal-1',
      description: 'Een eigen kamer',
      actions: [
        {
          id: 'action-1',
          description: 'Inschrijven bij de woningcorporatie',
          owner: { userId: ownerUserId, organisationId: null },
          deadline,
          status: 'open',
        },
      ],
    },
  ];
  return content;
}

describe('the toekomstplan', () => {
  let subject: TestApp;
  let worker: TestAgent;
  let token: string;
  let school: TestAgent;
  let schoolToken: string;
  let schoolUserId: string;
  let caseId: string;
  let empty: ToekomstplanContent;

  beforeAll(async () => {
    subject = await createTestApp();
    worker = subject.browser();
    token = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    school = subject.browser();
    schoolToken = await signIn(school, 'school@demo.sluitend.nl');
    schoolUserId = (await school.get('/api/v1/auth/me')).body.id;
    const municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
    const created = await worker.post('/api/v1/cases').set('X-XSRF-TOKEN', token).send({
      firstName: 'Lisa',
      lastName: 'Bos',
      dateOfBirth: '2009-01-10',
      municipalityId,
      consent: OPENING_CONSENT,
    });
    caseId = created.body.id;
    await worker
      .post(`/api/v1/cases/${caseId}/team-members`)
      .set('X-XSRF-TOKEN', token)
      .send({ userId: schoolUserId, part: 'mentor' });
    await consentForSector(worker, token, caseId, 'onderwijs');
    empty = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-01-10', '2026-11-23');
  });

  afterAll(() => subject.close());

  const save = (agent: TestAgent, xsrf: string, basedOnVersion: number | null, content: ToekomstplanContent) =>
    agent.put(`/api/v1/cases/${caseId}/toekomstplan`).set('X-XSRF-TOKEN', xsrf).send({ basedOnVersion, content });

  it('does not exist before the first save', async () => {
    const response = await worker.get(`/api/v1/cases/${caseId}/toekomstplan`);
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('https://sluitend.nl/problems/toekomstplan-not-started');
  });

  it('saves version 1 and reads it back with the life domains', async () => {
    const response = await save(worker, token, null, planWithAction(empty, schoolUserId, '2026-12-01'));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ number: 1, basedOn: null, createdBy: { name: 'Sanne de Vries' } });
    const current = (await worker.get(`/api/v1/cases/${caseId}/toekomstplan`)).body;
    expect(current.content.myFuture.whatIWant).toBe('Ik wil op mezelf wonen.');
    expect(current.lifeDomains.map((d: { key: string }) => d.key)[0]).toBe('wonen');
  });

  it('answers a save on a stale version with 409 and the current number, keeping the newer plan', async () => {
    const second = await save(worker, token, 1, {
      ...planWithAction(empty, schoolUserId, '2026-12-01'),
      professionalView: 'v2',
    });
    expect(second.body.number).toBe(2);
    const stale = await save(school, schoolToken, 1, {
      ...planWithAction(empty, schoolUserId, '2026-12-01'),
      professionalView: 'stale',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    expect((await worker.get(`/api/v1/cases/${caseId}/toekomstplan`)).body.content.professionalView).toBe('v2');
  });

  it('lets exactly one of two simultaneous saves on the same version win', async () => {
    const current = (await worker.get(`/api/v1/cases/${caseId}/toekomstplan`)).body.number;
    const results = await Promise.all([
      save(worker, token, current, {
        ...planWithAction(empty, schoolUserId, '2026-12-01'),
        professionalView: 'race A',
      }),
      save(school, schoolToken, current, {
        ...planWithAction(empty, schoolUserId, '2026-12-01'),
        professionalView: 'race B',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const versions = (await worker.get(`/api/v1/cases/${caseId}/toekomstplan/versions`)).body;
    expect(versions[0].number).toBe(current + 1);
  });

  it('refuses bad input with the field at fault and saves nothing', async () => {
    const before = (await worker.get(`/api/v1/cases/${caseId}/toekomstplan/versions`)).body.length;
    const content = planWithAction(empty, schoolUserId, '2026-12-01');
    content.domains[0].score = 9 as never;
    const wrongScore = await save(worker, token, before, content);
    expect(wrongScore.status).toBe(400);
    expect(wrongScore.body.errors.map((e: { field: string }) => e.field)).toContain('content.domains.0.score');
    const farEvaluation = await save(worker, token, before, {
      ...planWithAction(empty, schoolUserId, '2026-12-01'),
      evaluationDate: '2030-01-01',
    });
    expect(farEvaluation.status).toBe(400);
    expect(farEvaluation.body.errors[0].field).toBe('content.evaluationDate');
    const stranger = await save(
      worker,
      token,
      before,
      planWithAction(empty, '00000000-0000-4000-8000-000000000000', '2026-12-01'),
    );
    expect(stranger.status).toBe(400);
    expect(stranger.body.errors[0].field).toBe('content.domains.0.goals.0.actions.0.owner.userId');
    expect((await worker.get(`/api/v1/cases/${caseId}/toekomstplan/versions`)).body).toHaveLength(before);
  });

  it("shows the action under the owner's 'Mijn acties' and lets the owner change only its status", async () => {
    const mine = (await school.get('/api/v1/my-actions')).body;
    expect(mine).toEqual([
      expect.objectContaining({
        caseId,
        caseName: 'Lisa Bos',
        goalDescription: 'Een eigen kamer',
        action: expect.objectContaining({ id: 'action-1' }),
      }),
    ]);
    const before = (await school.get(`/api/v1/cases/${caseId}/toekomstplan`)).body;
    const done = await school
      .patch(`/api/v1/cases/${caseId}/toekomstplan/actions/action-1`)
      .set('X-XSRF-TOKEN', schoolToken)
      .send({ status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.number).toBe(before.number + 1);
    expect(done.body.content.domains[0].goals[0].actions[0].status).toBe('done');
    expect(done.body.content.professionalView).toBe(before.content.professionalView);
    const timeline = (await worker.get(`/api/v1/cases/${caseId}/timeline`)).body;
    expect(timeline[0]).toMatchObject({ kind: 'toekomstplan.action-status', actor: { name: 'Linda Verhoef' } });
  });

  it('refuses a status change by a team member who neither owns the action nor leads the case', async () => {
    const content = planWithAction(empty, schoolUserId, '2026-12-01');
    content.domains[0].goals[0].actions[0].owner = {
      userId: (await worker.get('/api/v1/auth/me')).body.id,
      organisationId: null,
    };
    const current = (await worker.get(`/api/v1/cases/${caseId}/toekomstplan`)).body.number;
    expect((await save(worker, token, current, content)).status).toBe(201);
    const refused = await school
      .patch(`/api/v1/cases/${caseId}/toekomstplan/actions/action-1`)
      .set('X-XSRF-TOKEN', schoolToken)
      .send({ status: 'stuck' });
    expect(refused.status).toBe(403);
  });

  it('keeps every version readable and compares two of them', async () => {
    const versions = (await worker.get(`/api/v1/cases/${caseId}/toekomstplan/versions`)).body;
    expect(versions.length).toBeGreaterThanOrEqual(4);
    const first = await worker.get(`/api/v1/cases/${caseId}/toekomstplan/versions/1`);
    expect(first.body.content.professionalView).toBe('');
    const comparison = await worker.get(`/api/v1/cases/${caseId}/toekomstplan/comparison`).query({ from: 1, to: 2 });
    expect(comparison.status).toBe(200);
    expect(comparison.body).toMatchObject({
      from: 1,
      to: 2,
      changed: true,
      professionalView: { before: '', after: 'v2' },
    });
    expect((await worker.get(`/api/v1/cases/${caseId}/toekomstplan/versions/99`)).status).toBe(404);
  });

  it('gives the score of each life domain across versions', async () => {
    const history = (await worker.get(`/api/v1/cases/${caseId}/toekomstplan/score-history`)).body;
    expect(history).toHaveLength(7);
    expect(history[0].domain).toBe('wonen');
    expect(history[0].points[0]).toMatchObject({ version: 1, score: 2 });
  });

  it('answers 404 on every plan endpoint to someone outside the team', async () => {
    const outsider = subject.browser();
    const outsiderToken = await signIn(outsider, 'werk@demo.sluitend.nl');
    expect((await outsider.get(`/api/v1/cases/${caseId}/toekomstplan`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/cases/${caseId}/toekomstplan/versions`)).status).toBe(404);
    expect((await save(outsider, outsiderToken, 1, empty)).status).toBe(404);
    expect((await outsider.get('/api/v1/my-actions')).body).toEqual([]);
  });
});

describe('the toekomstplan as a PDF', () => {
  let subject: TestApp;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(() => subject.close());

  it('downloads the current plan as a PDF for a team member, and 404s before the first save', async () => {
    const worker = subject.browser();
    const token = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    const municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
    const created = await worker.post('/api/v1/cases').set('X-XSRF-TOKEN', token).send({
      firstName: 'Mila',
      lastName: 'Koster',
      dateOfBirth: '2009-03-01',
      municipalityId,
      consent: OPENING_CONSENT,
    });
    const caseId = created.body.id;
    expect((await worker.get(`/api/v1/cases/${caseId}/toekomstplan/pdf`)).status).toBe(404);
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2009-03-01', '2026-11-23');
    content.myFuture.whatIWant = 'Kapper worden.';
    await worker
      .put(`/api/v1/cases/${caseId}/toekomstplan`)
      .set('X-XSRF-TOKEN', token)
      .send({ basedOnVersion: null, content });
    const pdf = await worker
      .get(`/api/v1/cases/${caseId}/toekomstplan/pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/toekomstplan-[0-9a-f]{8}-v1-\d{4}-\d{2}-\d{2}\.pdf/);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
