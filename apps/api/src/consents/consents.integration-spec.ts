import { addMonths, todayInAmsterdam } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { consentForSector, createTestApp, signIn, type TestApp } from '../testing/test-app';

const today = todayInAmsterdam(new Date());
const yesterday = todayInAmsterdam(new Date(Date.now() - 86_400_000));
/** A date of birth that makes the jongere this many years (and half a year) old today. */
const bornYearsAgo = (years: number) => addMonths(today, -(12 * years + 6));
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();
const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

describe('consents', () => {
  let subject: TestApp;
  let worker: TestAgent;
  let token: string;
  let workerId: string;
  let school: TestAgent;
  let schoolToken: string;
  let schoolId: string;
  let municipalityId: string;

  const db = () => subject.app.get(DataSource);
  const count = async (sql: string, parameters: unknown[] = []) => Number((await db().query(sql, parameters))[0].n);

  const openCase = async (body: Record<string, unknown>) => {
    const response = await worker
      .post('/api/v1/cases')
      .set('X-XSRF-TOKEN', token)
      .send({ firstName: 'Test', municipalityId, ...body });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const register = (caseId: string, body: Record<string, unknown>) =>
    worker.post(`/api/v1/cases/${caseId}/consents`).set('X-XSRF-TOKEN', token).send(body);
  const welzijnConsent = (givenBy: string[]) => ({
    scope: 'sector',
    sector: 'welzijn',
    purpose: 'case-collaboration',
    basis: 'consent',
    givenBy,
    givenOn: today,
  });
  const addToTeam = async (caseId: string, userId: string) => {
    const response = await worker
      .post(`/api/v1/cases/${caseId}/team-members`)
      .set('X-XSRF-TOKEN', token)
      .send({ userId, part: 'begeleider' });
    expect(response.status).toBe(201);
  };

  beforeAll(async () => {
    subject = await createTestApp();
    worker = subject.browser();
    token = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    workerId = (await worker.get('/api/v1/auth/me')).body.id;
    school = subject.browser();
    schoolToken = await signIn(school, 'school@demo.sluitend.nl');
    schoolId = (await school.get('/api/v1/auth/me')).body.id;
    municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
  });

  afterAll(() => subject.close());

  describe('who may give consent, by age', () => {
    it('refuses consent by a 15-year-old alone, on opening and in the registry, and accepts it with a parent', async () => {
      const dateOfBirth = bornYearsAgo(15);
      const cases = await count(`SELECT COUNT(*) AS n FROM case_file`);
      const alone = await worker
        .post('/api/v1/cases')
        .set('X-XSRF-TOKEN', token)
        .send({
          firstName: 'Sem',
          lastName: 'Vijftien',
          dateOfBirth,
          municipalityId,
          consent: { givenBy: ['jongere'], givenOn: today },
        });
      expect(alone.status).toBe(400);
      expect(fieldsOf(alone.body)).toEqual(['consent.givenBy']);
      expect(await count(`SELECT COUNT(*) AS n FROM case_file`)).toBe(cases);

      const caseId = await openCase({ lastName: 'Vijftien', dateOfBirth });
      const refused = await register(caseId, welzijnConsent(['jongere']));
      expect(refused.status).toBe(400);
      expect(fieldsOf(refused.body)).toEqual(['givenBy']);
      const together = await register(caseId, welzijnConsent(['jongere', 'parent-or-guardian']));
      expect(together.status).toBe(201);
      expect(together.body).toMatchObject({ givenBy: ['jongere', 'parent-or-guardian'], status: 'active' });

      const jointlyOnOpening = await worker
        .post('/api/v1/cases')
        .set('X-XSRF-TOKEN', token)
        .send({
          firstName: 'Sem',
          lastName: 'Vijftien',
          dateOfBirth,
          municipalityId,
          consent: { givenBy: ['jongere', 'parent-or-guardian'], givenOn: today },
        });
      expect(jointlyOnOpening.status).toBe(201);
    });

    it('needs a parent or guardian for an 11-year-old', async () => {
      const caseId = await openCase({ lastName: 'Elf', dateOfBirth: bornYearsAgo(11) });
      const byJongere = await register(caseId, welzijnConsent(['jongere']));
      expect(byJongere.status).toBe(400);
      expect(fieldsOf(byJongere.body)).toEqual(['givenBy']);
      const byParent = await register(caseId, welzijnConsent(['parent-or-guardian']));
      expect(byParent.status).toBe(201);
    });

    it('accepts the consent of a jongere of 16 or older alone', async () => {
      const sixteen = addMonths(today, -12 * 16);
      const caseId = await openCase({
        lastName: 'Zestien',
        dateOfBirth: sixteen,
        consent: { givenBy: ['jongere'], givenOn: today },
      });
      expect((await register(caseId, welzijnConsent(['jongere']))).status).toBe(201);
      const consents = (await worker.get(`/api/v1/cases/${caseId}/consents`)).body;
      expect(consents).toHaveLength(2);
      expect(consents.every((consent: { status: string }) => consent.status === 'active')).toBe(true);
    });

    it('accepts a legal ground without givers and refuses one with givers', async () => {
      const caseId = await openCase({ lastName: 'Grond', dateOfBirth: bornYearsAgo(14) });
      const legalGround = {
        scope: 'sector',
        sector: 'jeugdhulp',
        purpose: 'case-collaboration',
        basis: 'legal-ground',
        legalGround: 'child-protection-measure',
        note: 'OTS, beschikking 12-345',
        givenOn: today,
      };
      const withGivers = await register(caseId, { ...legalGround, givenBy: ['parent-or-guardian'] });
      expect(withGivers.status).toBe(400);
      expect(fieldsOf(withGivers.body)).toEqual(['givenBy']);
      const accepted = await register(caseId, legalGround);
      expect(accepted.status).toBe(201);
      expect(accepted.body).toMatchObject({
        basis: 'legal-ground',
        legalGround: 'child-protection-measure',
        givenBy: [],
        status: 'active',
      });
    });
  });

  it('makes a withdrawal count on the very next request, in the dossier, the list and the search', async () => {
    const caseId = await openCase({
      firstName: 'Daan',
      lastName: 'Intrekkers',
      dateOfBirth: bornYearsAgo(17),
      consent: { givenBy: ['jongere'], givenOn: today },
    });
    await addToTeam(caseId, schoolId);
    const consentId = await consentForSector(worker, token, caseId, 'onderwijs');
    expect((await school.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    const found = await school.get('/api/v1/cases').query({ search: 'intrekkers' });
    expect(found.body.items.map((c: { id: string }) => c.id)).toEqual([caseId]);

    const withdrawn = await worker
      .post(`/api/v1/cases/${caseId}/consents/${consentId}/withdrawal`)
      .set('X-XSRF-TOKEN', token)
      .send({ reason: 'De jongere wil niet dat school meeleest' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'De jongere wil niet dat school meeleest',
      withdrawnBy: { userId: workerId, name: 'Sanne de Vries' },
    });

    const refused = await school.get(`/api/v1/cases/${caseId}`);
    expect(refused.status).toBe(403);
    expect(problemCode(refused.body)).toBe('consent-required');
    expect(refused.body.casusregisseur).toEqual({
      userId: workerId,
      name: 'Sanne de Vries',
      organisationName: 'Jongerenwerk Rivierenland',
    });
    expect(JSON.stringify(refused.body)).not.toContain('Intrekkers');

    const list = (await school.get('/api/v1/cases')).body;
    expect(list.items.find((c: { id: string }) => c.id === caseId)).toEqual({
      id: caseId,
      access: 'existence-only',
      firstName: null,
      lastName: null,
      dateOfBirth: null,
      municipalityId: null,
      municipalityName: null,
      status: 'open',
      casusregisseurName: 'Sanne de Vries',
      updatedAt: expect.any(String),
    });
    expect((await school.get('/api/v1/cases').query({ search: 'intrekkers' })).body).toMatchObject({
      items: [],
      total: 0,
    });

    const selfGranted = await school
      .post(`/api/v1/cases/${caseId}/consents`)
      .set('X-XSRF-TOKEN', schoolToken)
      .send({ ...welzijnConsent(['jongere']), sector: 'onderwijs' });
    expect(selfGranted.status).toBe(403);
    expect(problemCode(selfGranted.body)).toBe('consent-required');

    const again = await worker
      .post(`/api/v1/cases/${caseId}/consents/${consentId}/withdrawal`)
      .set('X-XSRF-TOKEN', token)
      .send({ reason: 'nogmaals' });
    expect(again.status).toBe(409);
    expect(problemCode(again.body)).toBe('consent-already-withdrawn');
    // The casusregisseur's own organisation keeps its consent.
    expect((await worker.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
  });

  it('shows a consent past its validUntil as expired, and lets it grant nothing', async () => {
    const caseId = await openCase({
      lastName: 'Verlopen',
      dateOfBirth: bornYearsAgo(17),
      consent: { givenBy: ['jongere'], givenOn: today },
    });
    await addToTeam(caseId, schoolId);
    const expired = await register(caseId, {
      scope: 'sector',
      sector: 'onderwijs',
      purpose: 'case-collaboration',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: addMonths(today, -2),
      validUntil: yesterday,
    });
    expect(expired.status).toBe(201);
    expect(expired.body.status).toBe('expired');
    const refused = await school.get(`/api/v1/cases/${caseId}`);
    expect(refused.status).toBe(403);
    expect(problemCode(refused.body)).toBe('consent-required');
    const listed = (await school.get('/api/v1/cases')).body.items.find((c: { id: string }) => c.id === caseId);
    expect(listed).toMatchObject({ access: 'existence-only', lastName: null });
    const access = (await school.get(`/api/v1/cases/${caseId}/access`)).body;
    expect(access).toMatchObject({ level: 'existence-only', ground: 'none', canChange: false });
  });

  it('lets a sector consent cover every organisation of that sector, and only that sector', async () => {
    const admin = subject.browser();
    const adminToken = await signIn(admin, 'admin@demo.sluitend.nl');
    const organisations: Array<{ id: string; name: string }> = (await admin.get('/api/v1/organisations')).body;
    const mboId = organisations.find((o) => o.name === 'MBO College Rivierenland')?.id;
    const created = await admin
      .post('/api/v1/users')
      .set('X-XSRF-TOKEN', adminToken)
      .send({
        email: 'mentor@mbo.example.nl',
        name: 'Mirjam Mentor',
        organisationId: mboId,
        roles: ['professional'],
        password: 'een lang genoeg wachtwoord',
      });
    expect(created.status).toBe(201);
    const mbo = subject.browser();
    await signIn(mbo, 'mentor@mbo.example.nl', 'een lang genoeg wachtwoord');
    const jeugdhulp = subject.browser();
    await signIn(jeugdhulp, 'jeugdhulp@demo.sluitend.nl');
    const jeugdhulpId = (await jeugdhulp.get('/api/v1/auth/me')).body.id;

    const caseId = await openCase({
      lastName: 'Sector',
      dateOfBirth: bornYearsAgo(18),
      consent: { givenBy: ['jongere'], givenOn: today },
    });
    for (const userId of [schoolId, created.body.id, jeugdhulpId]) await addToTeam(caseId, userId);
    for (const agent of [school, mbo, jeugdhulp]) expect((await agent.get(`/api/v1/cases/${caseId}`)).status).toBe(403);

    // Consent to discuss the case at the Actietafel is not consent to work on it.
    const actietafel = await register(caseId, {
      ...welzijnConsent(['jongere']),
      sector: 'onderwijs',
      purpose: 'actietafel',
    });
    expect(actietafel.status).toBe(201);
    expect((await school.get(`/api/v1/cases/${caseId}`)).status).toBe(403);

    const sectorConsentId = await consentForSector(worker, token, caseId, 'onderwijs');
    expect((await school.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    expect((await mbo.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    expect((await jeugdhulp.get(`/api/v1/cases/${caseId}`)).status).toBe(403);
    expect((await mbo.get(`/api/v1/cases/${caseId}/access`)).body).toMatchObject({
      ground: 'consent',
      groundReference: sectorConsentId,
    });
  });

  it('lets the casusregisseur of a case opened without consent register it, and nothing more before that', async () => {
    const caseId = await openCase({ lastName: 'Zondertoestemming', dateOfBirth: bornYearsAgo(17) });
    const before = await worker.get(`/api/v1/cases/${caseId}`);
    expect(before.status).toBe(403);
    expect(problemCode(before.body)).toBe('consent-required');
    expect((await worker.get(`/api/v1/cases/${caseId}/consents`)).body).toEqual([]);
    expect((await worker.get(`/api/v1/cases/${caseId}/access`)).body).toMatchObject({
      level: 'existence-only',
      isCasusregisseur: true,
      canManageConsents: true,
      canChange: false,
    });

    const registered = await register(caseId, welzijnConsent(['jongere']));
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ recordedBy: { userId: workerId, name: 'Sanne de Vries' } });
    expect((await worker.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    const kinds = (await worker.get(`/api/v1/cases/${caseId}/timeline`)).body.map((e: { kind: string }) => e.kind);
    expect(kinds).toContain('consent.registered');
  });

  it('refuses a bad consent request with the field at fault and changes nothing', async () => {
    const caseId = await openCase({
      lastName: 'Foutief',
      dateOfBirth: bornYearsAgo(17),
      consent: { givenBy: ['jongere'], givenOn: today },
    });
    const snapshot = async () => ({
      consents: await count(`SELECT COUNT(*) AS n FROM consent WHERE case_id = $1`, [caseId]),
      events: await count(`SELECT COUNT(*) AS n FROM case_event WHERE case_id = $1`, [caseId]),
      created: await count(
        `SELECT COUNT(*) AS n FROM audit_event WHERE $1 = ANY(case_ids) AND action = 'create' AND resource = 'consent'`,
        [caseId],
      ),
    });
    const before = await snapshot();
    const base = welzijnConsent(['jongere']);
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ ...base, scope: 'organisation', sector: undefined }, 'organisationId'],
      [{ ...base, scope: 'organisation', organisationId: '00000000-0000-4000-8000-000000000000' }, 'organisationId'],
      [{ ...base, sector: undefined }, 'sector'],
      [{ ...base, givenOn: addMonths(today, 1) }, 'givenOn'],
      [{ ...base, validUntil: addMonths(today, -1) }, 'validUntil'],
      [{ ...base, givenBy: [] }, 'givenBy'],
      [{ ...base, legalGround: 'court-order' }, 'legalGround'],
      [{ ...base, basis: 'legal-ground', givenBy: undefined }, 'legalGround'],
      [{ ...base, purpose: 'gossip' }, 'purpose'],
      [{ ...base, givenBy: ['neighbour'] }, 'givenBy'],
      [{ ...base, extra: true }, 'extra'],
    ];
    for (const [body, field] of bad) {
      const response = await register(caseId, body);
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(fieldsOf(response.body)).toContain(field);
    }
    expect(await snapshot()).toEqual(before);
  });
});
