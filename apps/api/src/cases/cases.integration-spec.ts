import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { consentForSector, createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../testing/test-app';
import { CaseEntity } from './entities/case.entity';

describe('cases', () => {
  let subject: TestApp;
  let worker: TestAgent;
  let workerToken: string;
  let outsider: TestAgent;
  let municipalityId: string;
  let caseId: string;

  const caseCount = () => subject.app.get(DataSource).getRepository(CaseEntity).count();

  beforeAll(async () => {
    subject = await createTestApp();
    worker = subject.browser();
    workerToken = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    outsider = subject.browser();
    await signIn(outsider, 'werk@demo.sluitend.nl');
    const municipalities = (await worker.get('/api/v1/municipalities')).body;
    municipalityId = municipalities.find((m: { name: string }) => m.name === 'Tiel').id;
    const created = await worker
      .post('/api/v1/cases')
      .set('X-XSRF-TOKEN', workerToken)
      .send({
        firstName: 'Noah',
        lastName: 'de Jong',
        dateOfBirth: '2009-05-14',
        bsn: '111222333',
        municipalityId,
        schoolOrWork: 'Praktijkschool Tiel',
        contact: { phone: '06-12345678' },
        consent: OPENING_CONSENT,
      });
    expect(created.status).toBe(201);
    caseId = created.body.id;
  });

  afterAll(() => subject.close());

  it('opens a case with the opener as casusregisseur and the region’s life domains', async () => {
    const response = await worker.get(`/api/v1/cases/${caseId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      firstName: 'Noah',
      lastName: 'de Jong',
      dateOfBirth: '2009-05-14',
      bsn: '111222333',
      municipalityName: 'Tiel',
      status: 'open',
      casusregisseur: { name: 'Sanne de Vries' },
      contact: { phone: '06-12345678', email: null, address: null },
      version: 1,
    });
    expect(response.body.lifeDomains).toHaveLength(7);
    const team = (await worker.get(`/api/v1/cases/${caseId}/team-members`)).body;
    expect(team).toEqual([
      expect.objectContaining({ name: 'Sanne de Vries', isCasusregisseur: true, part: 'casusregisseur' }),
    ]);
  });

  it('refuses a BSN that fails the elfproef, with the field named, and creates nothing', async () => {
    const before = await caseCount();
    const response = await worker
      .post('/api/v1/cases')
      .set('X-XSRF-TOKEN', workerToken)
      .send({ firstName: 'A', lastName: 'B', dateOfBirth: '2010-01-01', bsn: '123456789', municipalityId });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'bsn', message: 'bsn must be 9 digits that pass the elfproef' }]);
    expect(await caseCount()).toBe(before);
  });

  it('refuses an impossible or future date of birth and an unknown municipality', async () => {
    const send = (body: Record<string, unknown>) =>
      worker
        .post('/api/v1/cases')
        .set('X-XSRF-TOKEN', workerToken)
        .send({ firstName: 'A', lastName: 'B', municipalityId, ...body });
    expect((await send({ dateOfBirth: '2010-02-30' })).body.errors[0].field).toBe('dateOfBirth');
    expect((await send({ dateOfBirth: '2999-01-01' })).body.errors[0].field).toBe('dateOfBirth');
    const unknown = await send({ dateOfBirth: '2010-01-01', municipalityId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('municipalityId');
  });

  it('answers 404 to a professional who is not on the team, also in lists and searches', async () => {
    expect((await outsider.get(`/api/v1/cases/${caseId}`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/cases/${caseId}/team-members`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/cases/${caseId}/timeline`)).status).toBe(404);
    const list = await outsider.get('/api/v1/cases').query({ search: 'Noah' });
    expect(list.body).toMatchObject({ items: [], total: 0 });
    const byBsn = await outsider.get('/api/v1/cases').query({ search: '111222333' });
    expect(byBsn.body.total).toBe(0);
  });

  it('finds a case by part of the name and by the whole BSN, for a team member', async () => {
    const byName = await worker.get('/api/v1/cases').query({ search: 'de jo' });
    expect(byName.body.items.map((c: { id: string }) => c.id)).toContain(caseId);
    const byBsn = await worker.get('/api/v1/cases').query({ search: '111222333' });
    expect(byBsn.body.items).toEqual([expect.objectContaining({ id: caseId, casusregisseurName: 'Sanne de Vries' })]);
  });

  it('pages, sorts and counts the list', async () => {
    for (const lastName of ['Bakker', 'Visser', 'Smit']) {
      const response = await worker
        .post('/api/v1/cases')
        .set('X-XSRF-TOKEN', workerToken)
        .send({ firstName: 'Test', lastName, dateOfBirth: '2008-01-01', municipalityId, consent: OPENING_CONSENT });
      expect(response.status).toBe(201);
    }
    const first = await worker.get('/api/v1/cases').query({ sort: 'lastName', page: 1, pageSize: 2 });
    expect(first.body.total).toBe(4);
    expect(first.body.items.map((c: { lastName: string }) => c.lastName)).toEqual(['Bakker', 'de Jong']);
    const second = await worker.get('/api/v1/cases').query({ sort: 'lastName', page: 2, pageSize: 2 });
    expect(second.body.items.map((c: { lastName: string }) => c.lastName)).toEqual(['Smit', 'Visser']);
    const beyond = await worker.get('/api/v1/cases').query({ page: 9, pageSize: 2 });
    expect(beyond.body).toMatchObject({ items: [], total: 4 });
    const filtered = await worker.get('/api/v1/cases').query({ status: 'closed' });
    expect(filtered.body.total).toBe(0);
  });

  it('refuses an unknown query parameter or a page size above 100', async () => {
    expect((await worker.get('/api/v1/cases').query({ pageSize: 500 })).status).toBe(400);
    expect((await worker.get('/api/v1/cases').query({ orderBy: 'x' })).status).toBe(400);
  });

  it('updates with the version read, and answers a stale version with 409', async () => {
    const current = (await worker.get(`/api/v1/cases/${caseId}`)).body;
    const changed = await worker
      .patch(`/api/v1/cases/${caseId}`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ version: current.version, schoolOrWork: 'MBO College Rivierenland' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ schoolOrWork: 'MBO College Rivierenland', version: current.version + 1 });
    const stale = await worker
      .patch(`/api/v1/cases/${caseId}`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ version: current.version, schoolOrWork: 'Iets anders' });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(current.version + 1);
  });

  it('needs a reason to close, and records the close on the timeline', async () => {
    const current = (await worker.get(`/api/v1/cases/${caseId}`)).body;
    const withoutReason = await worker
      .patch(`/api/v1/cases/${caseId}`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ version: current.version, status: 'closed' });
    expect(withoutReason.status).toBe(400);
    expect(withoutReason.body.errors[0].field).toBe('closedReason');
    const closed = await worker
      .patch(`/api/v1/cases/${caseId}`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ version: current.version, status: 'closed', closedReason: 'Doelen bereikt' });
    expect(closed.body).toMatchObject({ status: 'closed', closedReason: 'Doelen bereikt' });
    const reopened = await worker
      .patch(`/api/v1/cases/${caseId}`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ version: closed.body.version, status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', closedReason: null });
    const kinds = (await worker.get(`/api/v1/cases/${caseId}/timeline`)).body.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['case.opened', 'case.updated', 'case.closed', 'case.reopened']));
  });

  it('lets the casusregisseur build the team and hand over the lead in one action', async () => {
    const colleagues = (await worker.get('/api/v1/colleagues').query({ search: 'linda' })).body;
    expect(colleagues).toEqual([
      expect.objectContaining({ name: 'Linda Verhoef', organisationName: 'Praktijkschool Tiel' }),
    ]);
    const added = await worker
      .post(`/api/v1/cases/${caseId}/team-members`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ userId: colleagues[0].userId, part: 'mentor school' });
    expect(added.status).toBe(201);
    const again = await worker
      .post(`/api/v1/cases/${caseId}/team-members`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ userId: colleagues[0].userId, part: 'mentor school' });
    expect(again.status).toBe(409);

    const school = subject.browser();
    const schoolToken = await signIn(school, 'school@demo.sluitend.nl');
    expect((await school.get(`/api/v1/cases/${caseId}`)).status).toBe(403);
    await consentForSector(worker, workerToken, caseId, 'onderwijs');
    expect((await school.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    const notLead = await school
      .post(`/api/v1/cases/${caseId}/team-members`)
      .set('X-XSRF-TOKEN', schoolToken)
      .send({ userId: colleagues[0].userId, part: 'x' });
    expect(notLead.status).toBe(403);

    const lead = (await worker.get(`/api/v1/cases/${caseId}/team-members`)).body.find(
      (m: { isCasusregisseur: boolean }) => m.isCasusregisseur,
    );
    const removeLead = await worker
      .delete(`/api/v1/cases/${caseId}/team-members/${lead.id}`)
      .set('X-XSRF-TOKEN', workerToken);
    expect(removeLead.status).toBe(409);

    const handedOver = await worker
      .put(`/api/v1/cases/${caseId}/casusregisseur`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ userId: colleagues[0].userId });
    expect(handedOver.status).toBe(200);
    expect(handedOver.body.casusregisseur.name).toBe('Linda Verhoef');
    const team = (await school.get(`/api/v1/cases/${caseId}/team-members`)).body;
    expect(team.filter((m: { isCasusregisseur: boolean }) => m.isCasusregisseur)).toHaveLength(1);
    const back = await school
      .put(`/api/v1/cases/${caseId}/casusregisseur`)
      .set('X-XSRF-TOKEN', schoolToken)
      .send({ userId: lead.userId });
    expect(back.body.casusregisseur.name).toBe('Sanne de Vries');
  });

  it('keeps the informal network', async () => {
    const added = await worker
      .post(`/api/v1/cases/${caseId}/network-members`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ name: 'Fatima de Jong', relation: 'parent', phone: '06-87654321' });
    expect(added.status).toBe(201);
    const wrong = await worker
      .post(`/api/v1/cases/${caseId}/network-members`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ name: 'X', relation: 'neighbour' });
    expect(wrong.status).toBe(400);
    const changed = await worker
      .patch(`/api/v1/cases/${caseId}/network-members/${added.body.id}`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ name: 'Fatima de Jong', relation: 'guardian' });
    expect(changed.body.relation).toBe('guardian');
    const list = (await worker.get(`/api/v1/cases/${caseId}/network-members`)).body;
    expect(list).toEqual([expect.objectContaining({ name: 'Fatima de Jong', relation: 'guardian', phone: null })]);
    expect(
      (await worker.delete(`/api/v1/cases/${caseId}/network-members/${added.body.id}`).set('X-XSRF-TOKEN', workerToken))
        .status,
    ).toBe(204);
  });

  it('never writes the BSN into the timeline', async () => {
    const current = (await worker.get(`/api/v1/cases/${caseId}`)).body;
    await worker
      .patch(`/api/v1/cases/${caseId}`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ version: current.version, bsn: '123456782' });
    const timeline = JSON.stringify((await worker.get(`/api/v1/cases/${caseId}/timeline`)).body);
    expect(timeline).not.toContain('123456782');
    expect(timeline).not.toContain('111222333');
  });
});
