import { DEFAULT_LIFE_DOMAINS, emptyToekomstplan } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { consentForSector, createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../testing/test-app';
import { eraseCase } from './case-erasure';

const REASON = 'Acute zorg nodig, de jongere is op het bureau gemeld';
const DATE_OF_BIRTH = '2008-07-15';
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();

/** Every table that holds rows of a case, as the erasure must empty them. */
const CASE_TABLES = [
  'case_team_member',
  'case_network_member',
  'case_event',
  'consent',
  'emergency_access',
  'toekomstplan_version',
  'plan_action',
];

describe('AVG rights of the jongere', () => {
  let subject: TestApp;
  let worker: TestAgent;
  let token: string;
  let workerId: string;
  let school: TestAgent;
  let schoolToken: string;
  let schoolId: string;
  let werk: TestAgent;
  let werkToken: string;
  let privacy: TestAgent;
  let privacyToken: string;
  let municipalityId: string;

  const db = () => subject.app.get(DataSource);
  const rowsOf = async (caseId: string) => {
    const counts: Record<string, number> = {
      case_file: Number((await db().query(`SELECT COUNT(*) AS n FROM case_file WHERE id = $1`, [caseId]))[0].n),
    };
    for (const table of CASE_TABLES) {
      const [{ n }] = await db().query(`SELECT COUNT(*) AS n FROM "${table}" WHERE case_id = $1`, [caseId]);
      counts[table] = Number(n);
    }
    return counts;
  };
  const openCase = async (body: Record<string, unknown> = {}) => {
    const response = await worker
      .post('/api/v1/cases')
      .set('X-XSRF-TOKEN', token)
      .send({
        firstName: 'Test',
        lastName: 'Rechten',
        dateOfBirth: DATE_OF_BIRTH,
        municipalityId,
        consent: OPENING_CONSENT,
        ...body,
      });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  /** A case with everything an inzage must list: team, network, two plan versions, consents, emergency access. */
  const fullCase = async (bsn: string) => {
    const caseId = await openCase({ firstName: 'Robin', bsn });
    const added = await worker
      .post(`/api/v1/cases/${caseId}/team-members`)
      .set('X-XSRF-TOKEN', token)
      .send({ userId: schoolId, part: 'mentor' });
    expect(added.status).toBe(201);
    await consentForSector(worker, token, caseId, 'onderwijs');
    const network = await worker
      .post(`/api/v1/cases/${caseId}/network-members`)
      .set('X-XSRF-TOKEN', token)
      .send({ name: 'Moeder Rechten', relation: 'parent' });
    expect(network.status).toBe(201);
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, DATE_OF_BIRTH, '2026-11-23');
    content.myFuture.whatIWant = 'Een eigen plek.';
    for (const basedOnVersion of [null, 1]) {
      const saved = await school
        .put(`/api/v1/cases/${caseId}/toekomstplan`)
        .set('X-XSRF-TOKEN', schoolToken)
        .send({ basedOnVersion, content });
      expect(saved.status).toBe(201);
    }
    const glass = await werk
      .post('/api/v1/emergency-accesses')
      .set('X-XSRF-TOKEN', werkToken)
      .send({ bsn, reason: REASON });
    expect(glass.status).toBe(201);
    expect((await werk.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    return caseId;
  };

  beforeAll(async () => {
    subject = await createTestApp();
    worker = subject.browser();
    token = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    workerId = (await worker.get('/api/v1/auth/me')).body.id;
    school = subject.browser();
    schoolToken = await signIn(school, 'school@demo.sluitend.nl');
    schoolId = (await school.get('/api/v1/auth/me')).body.id;
    werk = subject.browser();
    werkToken = await signIn(werk, 'werk@demo.sluitend.nl');
    privacy = subject.browser();
    privacyToken = await signIn(privacy, 'privacy@demo.sluitend.nl');
    municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
  });

  afterAll(() => subject.close());

  describe('inzage (art. 15)', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = await fullCase('100419707');
    });

    it('exports everything held about the jongere as a JSON attachment, its own export included', async () => {
      const response = await worker.get(`/api/v1/cases/${caseId}/subject-access-report`);
      expect(response.status).toBe(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="inzage-${caseId}.json"`);
      const report = response.body;
      expect(report).toMatchObject({
        generatedBy: { userId: workerId, name: 'Sanne de Vries' },
        case: { id: caseId, firstName: 'Robin', lastName: 'Rechten', bsn: '100419707', restriction: null },
        escalations: [],
      });
      expect(report.team.map((m: { name: string }) => m.name).sort()).toEqual(['Linda Verhoef', 'Sanne de Vries']);
      expect(report.network).toEqual([expect.objectContaining({ name: 'Moeder Rechten', relation: 'parent' })]);
      expect(report.toekomstplanVersions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
      expect(report.toekomstplanVersions[1].content.myFuture.whatIWant).toBe('Een eigen plek.');
      expect(report.consents).toEqual([
        expect.objectContaining({ scope: 'organisation', organisationName: 'Jongerenwerk Rivierenland' }),
        expect.objectContaining({ scope: 'sector', sector: 'onderwijs', status: 'active' }),
      ]);
      expect(report.emergencyAccesses).toEqual([
        expect.objectContaining({ reason: REASON, user: expect.objectContaining({ name: 'Thomas Janssen' }) }),
      ]);
      expect(report.timeline.map((e: { kind: string }) => e.kind)).toEqual(
        expect.arrayContaining([
          'case.opened',
          'consent.registered',
          'network.member-added',
          'toekomstplan.saved',
          'access.break-the-glass',
        ]),
      );
      const log = report.accessLog as Array<{ action: string; resource: string; user: { name: string } | null }>;
      expect(new Set(log.map((e) => e.user?.name))).toEqual(
        new Set(['Sanne de Vries', 'Linda Verhoef', 'Thomas Janssen']),
      );
      expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'read', 'update', 'break-the-glass']));
      expect(log[log.length - 1]).toMatchObject({
        action: 'export',
        resource: 'subject-access-report',
        user: { userId: workerId, name: 'Sanne de Vries' },
      });
    });

    it('exports the same as a PDF attachment', async () => {
      const response = await worker
        .get(`/api/v1/cases/${caseId}/subject-access-report/pdf`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="inzage-${caseId}.pdf"`);
      expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('is for the casusregisseur: another team member gets 403', async () => {
      for (const path of ['subject-access-report', 'subject-access-report/pdf']) {
        const response = await school.get(`/api/v1/cases/${caseId}/${path}`);
        expect(response.status).toBe(403);
        expect(problemCode(response.body)).toBe('casusregisseur-only');
      }
      expect((await werk.get(`/api/v1/cases/${caseId}/subject-access-report`)).status).toBe(403);
      expect((await privacy.get(`/api/v1/cases/${caseId}/subject-access-report`)).status).toBe(404);
    });
  });

  describe('restriction (art. 18)', () => {
    it('keeps the dossier readable but refuses changes until the restriction is lifted', async () => {
      const caseId = await fullCase('100475140');
      const notLead = await school
        .put(`/api/v1/cases/${caseId}/restriction`)
        .set('X-XSRF-TOKEN', schoolToken)
        .send({ reason: 'Bezwaar' });
      expect(notLead.status).toBe(403);

      const restricted = await worker
        .put(`/api/v1/cases/${caseId}/restriction`)
        .set('X-XSRF-TOKEN', token)
        .send({ reason: 'De jongere betwist de juistheid van de gegevens' });
      expect(restricted.status).toBe(200);
      expect(restricted.body.restriction).toEqual({
        reason: 'De jongere betwist de juistheid van de gegevens',
        since: expect.any(String),
      });
      const { version } = restricted.body;

      for (const [agent, xsrf] of [
        [worker, token],
        [school, schoolToken],
      ] as const) {
        const patch = await agent
          .patch(`/api/v1/cases/${caseId}`)
          .set('X-XSRF-TOKEN', xsrf)
          .send({ version, schoolOrWork: 'Elders' });
        expect(patch.status).toBe(409);
        expect(problemCode(patch.body)).toBe('case-restricted');
      }
      const network = await worker
        .post(`/api/v1/cases/${caseId}/network-members`)
        .set('X-XSRF-TOKEN', token)
        .send({ name: 'Buurman', relation: 'friend' });
      expect(problemCode(network.body)).toBe('case-restricted');
      const plan = await school
        .put(`/api/v1/cases/${caseId}/toekomstplan`)
        .set('X-XSRF-TOKEN', schoolToken)
        .send({ basedOnVersion: 2, content: emptyToekomstplan(DEFAULT_LIFE_DOMAINS, DATE_OF_BIRTH, '2026-11-23') });
      expect(problemCode(plan.body)).toBe('case-restricted');

      for (const path of ['', '/team-members', '/network-members', '/timeline', '/toekomstplan']) {
        expect({ path, status: (await school.get(`/api/v1/cases/${caseId}${path}`)).status }).toEqual({
          path,
          status: 200,
        });
      }
      expect((await school.get(`/api/v1/cases/${caseId}`)).body.restriction).not.toBeNull();
      expect((await worker.get(`/api/v1/cases/${caseId}/access`)).body).toMatchObject({
        restricted: true,
        canChange: false,
      });
      const [row] = await db().query(`SELECT version, school_or_work FROM case_file WHERE id = $1`, [caseId]);
      expect(row).toEqual({ version, school_or_work: null });

      const lifted = await worker.delete(`/api/v1/cases/${caseId}/restriction`).set('X-XSRF-TOKEN', token);
      expect(lifted.status).toBe(204);
      const current = (await school.get(`/api/v1/cases/${caseId}`)).body;
      expect(current.restriction).toBeNull();
      const changed = await school
        .patch(`/api/v1/cases/${caseId}`)
        .set('X-XSRF-TOKEN', schoolToken)
        .send({ version: current.version, schoolOrWork: 'Elders' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ schoolOrWork: 'Elders', restriction: null });
      const kinds = (await worker.get(`/api/v1/cases/${caseId}/timeline`)).body.map((e: { kind: string }) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['case.restricted', 'case.restriction-lifted']));
    });
  });

  describe('erasure (art. 17)', () => {
    it('removes the case with its plan, team, network and consents, and keeps a record of counts', async () => {
      const caseId = await fullCase('100601844');
      const before = await rowsOf(caseId);
      expect(before).toMatchObject({ case_file: 1, case_team_member: 2, consent: 2, toekomstplan_version: 2 });

      const notLead = await school
        .post(`/api/v1/cases/${caseId}/erasure`)
        .set('X-XSRF-TOKEN', schoolToken)
        .send({ reason: 'Verzoek' });
      expect(notLead.status).toBe(403);
      expect(await rowsOf(caseId)).toEqual(before);

      const erased = await worker
        .post(`/api/v1/cases/${caseId}/erasure`)
        .set('X-XSRF-TOKEN', token)
        .send({ reason: 'Verzoek van de jongere per brief van 20 november' });
      expect(erased.status).toBe(201);
      expect(erased.body).toMatchObject({
        caseId,
        kind: 'request',
        reason: 'Verzoek van de jongere per brief van 20 november',
        erasedBy: { userId: workerId, name: 'Sanne de Vries' },
      });

      const gone = await worker.get(`/api/v1/cases/${caseId}`);
      expect(gone.status).toBe(404);
      expect(problemCode(gone.body)).toBe('case-not-found');
      expect((await school.get(`/api/v1/cases/${caseId}/toekomstplan`)).status).toBe(404);
      expect(Object.values(await rowsOf(caseId)).every((n) => n === 0)).toBe(true);

      const [record] = await db().query(`SELECT * FROM erasure_record WHERE case_id = $1`, [caseId]);
      expect(record).toMatchObject({ kind: 'request', erased_by: workerId });
      expect(record.removed).toEqual({
        toekomstplanVersions: 2,
        planActions: before['plan_action'],
        teamMembers: 2,
        networkMembers: 1,
        timelineEvents: before['case_event'],
        consents: 2,
        emergencyAccesses: 1,
      });
      expect(JSON.stringify(record)).not.toContain('Robin');

      const records = await privacy.get('/api/v1/erasure-records');
      expect(records.status).toBe(200);
      expect(records.body[0]).toMatchObject({ id: erased.body.id, caseId, kind: 'request' });
      expect((await worker.get('/api/v1/erasure-records')).status).toBe(403);

      // The access log outlives the case: the erasure itself is accounted for.
      const [deleted] = await db().query(
        `SELECT user_id FROM audit_event WHERE $1 = ANY(case_ids) AND action = 'delete' AND resource = 'case'`,
        [caseId],
      );
      expect(deleted).toEqual({ user_id: workerId });
    });

    it('makes a change that meets an erasure in progress wait for it and answer 404, never 500', async () => {
      const caseId = await openCase({ firstName: 'Kim' });
      let commit!: () => void;
      const committed = new Promise<void>((resolve) => (commit = resolve));
      let erasing!: () => void;
      const erasingStarted = new Promise<void>((resolve) => (erasing = resolve));
      const erasure = db().transaction(async (manager) => {
        await eraseCase(manager, { caseId, kind: 'request', reason: 'Verzoek', erasedBy: workerId, at: new Date() });
        erasing();
        await committed;
      });
      await erasingStarted;

      const change = worker
        .delete(`/api/v1/cases/${caseId}/restriction`)
        .set('X-XSRF-TOKEN', token)
        .then((r) => r);
      // Long enough for the change to reach the case before the erasure commits.
      await new Promise((resolve) => setTimeout(resolve, 500));
      commit();
      await erasure;

      const response = await change;
      expect(response.status).toBe(404);
      expect(problemCode(response.body)).toBe('case-not-found');
    });

    it('refuses erasure while a legal ground applies, and removes nothing', async () => {
      const caseId = await openCase({ firstName: 'Kai' });
      const ground = await worker.post(`/api/v1/cases/${caseId}/consents`).set('X-XSRF-TOKEN', token).send({
        scope: 'sector',
        sector: 'jeugdhulp',
        purpose: 'case-collaboration',
        basis: 'legal-ground',
        legalGround: 'youth-probation',
        givenOn: '2026-01-05',
      });
      expect(ground.status).toBe(201);
      const before = await rowsOf(caseId);
      const records = await db().query(`SELECT COUNT(*) AS n FROM erasure_record`);

      const refused = await worker
        .post(`/api/v1/cases/${caseId}/erasure`)
        .set('X-XSRF-TOKEN', token)
        .send({ reason: 'Verzoek van de jongere' });
      expect(refused.status).toBe(409);
      expect(problemCode(refused.body)).toBe('erasure-refused');
      expect(refused.body.detail).toContain('youth-probation');
      expect(await rowsOf(caseId)).toEqual(before);
      expect(await db().query(`SELECT COUNT(*) AS n FROM erasure_record`)).toEqual(records);
      expect((await worker.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    });
  });

  describe('retention', () => {
    let expired: string;
    let recent: string;
    let open: string;
    let recordsBefore: number;
    const recordCount = async () => Number((await db().query(`SELECT COUNT(*) AS n FROM erasure_record`))[0].n);

    const close = async (caseId: string) => {
      const { version } = (await worker.get(`/api/v1/cases/${caseId}`)).body;
      const closed = await worker
        .patch(`/api/v1/cases/${caseId}`)
        .set('X-XSRF-TOKEN', token)
        .send({ version, status: 'closed', closedReason: 'Doelen bereikt' });
      expect(closed.status).toBe(200);
    };
    const run = (dryRun: boolean, agent = privacy, xsrf = privacyToken) =>
      agent.post('/api/v1/retention-runs').set('X-XSRF-TOKEN', xsrf).send({ dryRun });
    const exists = async (caseId: string) => (await rowsOf(caseId)).case_file === 1;

    beforeAll(async () => {
      expired = await openCase({ firstName: 'Oud' });
      recent = await openCase({ firstName: 'Recent' });
      open = await openCase({ firstName: 'Open' });
      await close(expired);
      await close(recent);
      await db().query(`UPDATE case_file SET closed_at = now() - interval '21 years' WHERE id = $1`, [expired]);
      await db().query(`UPDATE case_file SET closed_at = now() - interval '1 day' WHERE id = $1`, [recent]);
      recordsBefore = await recordCount();
    });

    it('is for the privacy officer only', async () => {
      const admin = subject.browser();
      const adminToken = await signIn(admin, 'admin@demo.sluitend.nl');
      for (const [agent, xsrf] of [
        [worker, token],
        [admin, adminToken],
      ] as const) {
        const response = await run(true, agent, xsrf);
        expect(response.status).toBe(403);
        expect(problemCode(response.body)).toBe('forbidden');
      }
      expect((await admin.get('/api/v1/erasure-records')).status).toBe(403);
      expect(await exists(expired)).toBe(true);
    });

    it('reports in a dry run only the case closed more than 20 years ago, and removes nothing', async () => {
      const response = await run(true);
      expect(response.status).toBe(201);
      expect(response.body.dryRun).toBe(true);
      expect(response.body.kinds.find((k: { kind: string }) => k.kind === 'case-file')).toMatchObject({
        retentionYears: 20,
        count: 1,
        caseIds: [expired],
      });
      for (const caseId of [expired, recent, open]) expect(await exists(caseId)).toBe(true);
      expect(await recordCount()).toBe(recordsBefore);
    });

    it('removes that case, recorded as retention, and keeps the recently closed and the open ones', async () => {
      const response = await run(false);
      expect(response.status).toBe(201);
      expect(response.body.kinds.find((k: { kind: string }) => k.kind === 'case-file')).toMatchObject({
        count: 1,
        caseIds: [expired],
      });
      expect(Object.values(await rowsOf(expired)).every((n) => n === 0)).toBe(true);
      expect(await exists(recent)).toBe(true);
      expect(await exists(open)).toBe(true);
      expect(await recordCount()).toBe(recordsBefore + 1);
      const [newest] = (await privacy.get('/api/v1/erasure-records')).body;
      expect(newest).toEqual(
        expect.objectContaining({ caseId: expired, kind: 'retention', erasedBy: null, reason: expect.any(String) }),
      );
      const again = await run(true);
      expect(again.body.kinds.find((k: { kind: string }) => k.kind === 'case-file').count).toBe(0);
    });
  });
});
