import { DEFAULT_LIFE_DOMAINS, emptyToekomstplan } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../testing/test-app';

const REASON = 'Jongere is in crisis binnengebracht, de casusregisseur is niet bereikbaar';
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();

describe('emergency access (break-the-glass)', () => {
  let subject: TestApp;
  let worker: TestAgent;
  let token: string;
  let outsider: TestAgent;
  let outsiderToken: string;
  let outsiderId: string;
  let municipalityId: string;
  let caseId: string;
  let grantId: string;

  const db = () => subject.app.get(DataSource);
  const breakTheGlass = (agent: TestAgent, xsrf: string, body: Record<string, unknown>) =>
    agent.post('/api/v1/emergency-accesses').set('X-XSRF-TOKEN', xsrf).send(body);
  const grantCount = async () => Number((await db().query(`SELECT COUNT(*) AS n FROM emergency_access`))[0].n);
  const openCase = async (body: Record<string, unknown>) => {
    const response = await worker
      .post('/api/v1/cases')
      .set('X-XSRF-TOKEN', token)
      .send({ firstName: 'Test', dateOfBirth: '2008-04-01', municipalityId, consent: OPENING_CONSENT, ...body });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  };

  beforeAll(async () => {
    subject = await createTestApp();
    worker = subject.browser();
    token = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    outsider = subject.browser();
    outsiderToken = await signIn(outsider, 'werk@demo.sluitend.nl');
    outsiderId = (await outsider.get('/api/v1/auth/me')).body.id;
    municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
    caseId = (await openCase({ firstName: 'Jesse', lastName: 'Noodgeval', bsn: '100023757' })).id;
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2008-04-01', '2026-11-23');
    await worker
      .put(`/api/v1/cases/${caseId}/toekomstplan`)
      .set('X-XSRF-TOKEN', token)
      .send({ basedOnVersion: null, content });
  });

  afterAll(() => subject.close());

  it('answers 404 to a professional who is not on the team, before any emergency access', async () => {
    const response = await outsider.get(`/api/v1/cases/${caseId}`);
    expect(response.status).toBe(404);
    expect(problemCode(response.body)).toBe('case-not-found');
    expect((await outsider.get(`/api/v1/cases/${caseId}/access`)).status).toBe(404);
  });

  it('grants read-only access for a few hours to a professional who names the BSN and a reason', async () => {
    const granted = await breakTheGlass(outsider, outsiderToken, { bsn: '100023757', reason: REASON });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      caseId,
      user: { userId: outsiderId, name: 'Thomas Janssen', organisationName: 'Werkzaak Rivierenland' },
      reason: REASON,
      active: true,
    });
    grantId = granted.body.id;
    const hours = (Date.parse(granted.body.expiresAt) - Date.parse(granted.body.grantedAt)) / 3_600_000;
    expect(hours).toBe(4);

    const read = await outsider.get(`/api/v1/cases/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ firstName: 'Jesse', lastName: 'Noodgeval' });
    for (const path of ['team-members', 'network-members', 'timeline', 'toekomstplan', 'consents']) {
      expect({ path, status: (await outsider.get(`/api/v1/cases/${caseId}/${path}`)).status }).toEqual({
        path,
        status: 200,
      });
    }
    expect((await outsider.get(`/api/v1/cases/${caseId}/access`)).body).toMatchObject({
      level: 'full',
      ground: 'break-the-glass',
      groundReference: grantId,
      isTeamMember: false,
      canChange: false,
      canManageConsents: false,
      canViewAccessLog: false,
      emergencyAccessExpiresAt: granted.body.expiresAt,
    });
  });

  it('refuses every change under emergency access with read-only-access', async () => {
    const version = (await outsider.get(`/api/v1/cases/${caseId}`)).body.version;
    const writes: Array<[string, () => Promise<{ status: number; body: { type?: string } }>]> = [
      [
        'PATCH case',
        () =>
          outsider
            .patch(`/api/v1/cases/${caseId}`)
            .set('X-XSRF-TOKEN', outsiderToken)
            .send({ version, firstName: 'X' }),
      ],
      [
        'POST network-members',
        () =>
          outsider
            .post(`/api/v1/cases/${caseId}/network-members`)
            .set('X-XSRF-TOKEN', outsiderToken)
            .send({ name: 'Oom', relation: 'family' }),
      ],
      [
        'PUT toekomstplan',
        () =>
          outsider
            .put(`/api/v1/cases/${caseId}/toekomstplan`)
            .set('X-XSRF-TOKEN', outsiderToken)
            .send({ basedOnVersion: 1, content: emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2008-04-01', '2026-11-23') }),
      ],
      [
        'POST consents',
        () =>
          outsider
            .post(`/api/v1/cases/${caseId}/consents`)
            .set('X-XSRF-TOKEN', outsiderToken)
            .send({
              scope: 'sector',
              sector: 'werk-en-inkomen',
              purpose: 'case-collaboration',
              basis: 'consent',
              givenBy: ['jongere'],
              givenOn: '2026-01-05',
            }),
      ],
      [
        'POST team-members',
        () =>
          outsider
            .post(`/api/v1/cases/${caseId}/team-members`)
            .set('X-XSRF-TOKEN', outsiderToken)
            .send({ userId: outsiderId, part: 'noodhulp' }),
      ],
    ];
    for (const [write, send] of writes) {
      const response = await send();
      expect({ write, status: response.status, code: problemCode(response.body) }).toEqual({
        write,
        status: 403,
        code: 'read-only-access',
      });
    }
    const current = (await worker.get(`/api/v1/cases/${caseId}`)).body;
    expect(current).toMatchObject({ firstName: 'Jesse', version });
    expect((await worker.get(`/api/v1/cases/${caseId}/network-members`)).body).toEqual([]);
  });

  it('tells the casusregisseur, in the emergency-access list and on the timeline', async () => {
    const listed = (await worker.get('/api/v1/emergency-accesses')).body;
    expect(listed).toEqual([
      expect.objectContaining({
        id: grantId,
        caseId,
        reason: REASON,
        user: expect.objectContaining({ userId: outsiderId }),
      }),
    ]);
    expect((await outsider.get('/api/v1/emergency-accesses')).body.map((g: { id: string }) => g.id)).toEqual([grantId]);
    const bystander = subject.browser();
    await signIn(bystander, 'school@demo.sluitend.nl');
    expect((await bystander.get('/api/v1/emergency-accesses')).body).toEqual([]);

    const timeline = (await worker.get(`/api/v1/cases/${caseId}/timeline`)).body;
    const entry = timeline.find((e: { kind: string }) => e.kind === 'access.break-the-glass');
    expect(entry).toMatchObject({ actor: { userId: outsiderId, name: 'Thomas Janssen' } });
    expect(entry.summary).toContain(REASON);
    expect(entry.details).toMatchObject({ emergencyAccessId: grantId });
  });

  it('writes the break-the-glass to the access log with its reason, and the reads after it on that ground', async () => {
    const [event] = await db().query(`SELECT * FROM audit_event WHERE action = 'break-the-glass'`);
    expect(event).toMatchObject({
      user_id: outsiderId,
      case_ids: [caseId],
      resource: 'case',
      fields: ['bsn'],
      ground: 'break-the-glass',
      ground_reference: grantId,
      reason: REASON,
    });
    expect(JSON.stringify(event)).not.toContain('100023757');
    const reads = await db().query(
      `SELECT DISTINCT ground, ground_reference FROM audit_event WHERE user_id = $1 AND action = 'read'`,
      [outsiderId],
    );
    expect(reads).toEqual([{ ground: 'break-the-glass', ground_reference: grantId }]);
  });

  it('ends when the grant expires: 404 again, and listed as no longer active', async () => {
    await db().query(`UPDATE emergency_access SET expires_at = now() - interval '1 minute' WHERE id = $1`, [grantId]);
    expect((await outsider.get(`/api/v1/cases/${caseId}`)).status).toBe(404);
    expect((await outsider.get(`/api/v1/cases/${caseId}/timeline`)).status).toBe(404);
    expect((await worker.get('/api/v1/emergency-accesses')).body).toEqual([
      expect.objectContaining({ id: grantId, active: false }),
    ]);
  });

  it('refuses a reason shorter than 20 characters, and a request that names no jongere', async () => {
    const before = await grantCount();
    const short = await breakTheGlass(outsider, outsiderToken, { bsn: '100023757', reason: 'Spoed, echt nodig' });
    expect(short.status).toBe(400);
    expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const nobody = await breakTheGlass(outsider, outsiderToken, { lastName: 'Noodgeval', reason: REASON });
    expect(nobody.status).toBe(400);
    expect(nobody.body.errors.map((e: { field: string }) => e.field)).toEqual(['bsn']);
    expect(await grantCount()).toBe(before);
  });

  it('answers 404 when no case matches, and logs the attempt as denied', async () => {
    const before = await grantCount();
    const response = await breakTheGlass(outsider, outsiderToken, { bsn: '100039595', reason: REASON });
    expect(response.status).toBe(404);
    expect(problemCode(response.body)).toBe('case-not-found');
    expect(await grantCount()).toBe(before);
    const [denied] = await db().query(
      `SELECT * FROM audit_event WHERE action = 'denied' AND user_id = $1 ORDER BY sequence DESC LIMIT 1`,
      [outsiderId],
    );
    expect(denied).toMatchObject({
      case_ids: [],
      resource: 'case',
      fields: ['bsn'],
      ground: 'none',
      reason: 'break-the-glass: no matching case',
    });
    expect(JSON.stringify(denied)).not.toContain('100039595');
  });

  it('asks for the BSN when last name and date of birth match more than one case', async () => {
    const first = await openCase({ firstName: 'Anna', lastName: 'Tweeling', dateOfBirth: '2009-09-09' });
    const second = await openCase({ firstName: 'Bo', lastName: 'Tweeling', dateOfBirth: '2009-09-09' });
    const before = await grantCount();
    const response = await breakTheGlass(outsider, outsiderToken, {
      lastName: 'tweeling',
      dateOfBirth: '2009-09-09',
      reason: REASON,
    });
    expect(response.status).toBe(409);
    expect(problemCode(response.body)).toBe('ambiguous-case');
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'bsn' })]);
    expect(await grantCount()).toBe(before);
    const [denied] = await db().query(
      `SELECT case_ids, reason FROM audit_event WHERE action = 'denied' AND user_id = $1 ORDER BY sequence DESC LIMIT 1`,
      [outsiderId],
    );
    expect(denied.reason).toBe('break-the-glass: more than one matching case');
    expect([...denied.case_ids].sort()).toEqual([first.id, second.id].sort());

    const unique = await breakTheGlass(outsider, outsiderToken, {
      lastName: 'Noodgeval',
      dateOfBirth: '2008-04-01',
      reason: REASON,
    });
    expect(unique.status).toBe(201);
    expect(unique.body.caseId).toBe(caseId);
  });

  it('refuses break-the-glass to someone who is not a professional', async () => {
    const admin = subject.browser();
    const adminToken = await signIn(admin, 'admin@demo.sluitend.nl');
    const before = await grantCount();
    const response = await breakTheGlass(admin, adminToken, { bsn: '100023757', reason: REASON });
    expect(response.status).toBe(403);
    expect(await grantCount()).toBe(before);
    expect((await admin.get(`/api/v1/cases/${caseId}`)).status).toBe(404);
  });
});
