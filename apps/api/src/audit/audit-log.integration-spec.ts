import { DEFAULT_LIFE_DOMAINS, emptyToekomstplan, todayInAmsterdam } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { consentForSector, createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../testing/test-app';

const BSN = '100126704';
const NEW_BSN = '100372193';
const REASON = 'Melding van acuut gevaar, casusregisseur niet bereikbaar';
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();
const today = todayInAmsterdam(new Date());
const dayFromToday = (days: number) => todayInAmsterdam(new Date(Date.now() + days * 86_400_000));

interface StoredEvent {
  sequence: string;
  user_id: string | null;
  organisation_id: string | null;
  roles: string[];
  on_behalf_of: string | null;
  case_ids: string[];
  action: string;
  resource: string;
  fields: string[];
  ground: string;
  ground_reference: string | null;
  reason: string | null;
  ip: string | null;
  session_digest: string | null;
}

interface Person {
  agent: TestAgent;
  token: string;
  userId: string;
  organisationId: string;
}

describe('the access log', () => {
  let subject: TestApp;
  let worker: Person;
  let school: Person;
  let outsider: Person;
  let privacy: Person;
  let municipalityId: string;
  let caseId: string;
  let openingConsentId: string;
  let schoolConsentId: string;

  const db = () => subject.app.get(DataSource);
  const head = async () => Number((await db().query(`SELECT sequence FROM audit_chain_head`))[0].sequence);
  const eventsAfter = (sequence: number): Promise<StoredEvent[]> =>
    db().query(`SELECT * FROM audit_event WHERE sequence > $1 ORDER BY sequence`, [sequence]);
  /** The one event a request wrote. */
  const eventOf = async (request: () => PromiseLike<{ status: number }>, status: number) => {
    const before = await head();
    expect((await request()).status).toBe(status);
    const events = await eventsAfter(before);
    expect(events).toHaveLength(1);
    return events[0];
  };
  const attributedTo = (person: Person) => ({
    user_id: person.userId,
    organisation_id: person.organisationId,
    roles: expect.any(Array),
    ip: expect.stringMatching(/127\.0\.0\.1|::1/),
    session_digest: expect.stringMatching(/^[0-9a-f]{32}$/),
  });
  const person = async (email: string): Promise<Person> => {
    const agent = subject.browser();
    const token = await signIn(agent, email);
    const userId = (await agent.get('/api/v1/auth/me')).body.id;
    const [{ organisation_id }] = await db().query(`SELECT organisation_id FROM app_user WHERE id = $1`, [userId]);
    return { agent, token, userId, organisationId: organisation_id };
  };
  const openCase = async (body: Record<string, unknown>) => {
    const response = await worker.agent
      .post('/api/v1/cases')
      .set('X-XSRF-TOKEN', worker.token)
      .send({ firstName: 'Test', dateOfBirth: '2008-06-01', municipalityId, consent: OPENING_CONSENT, ...body });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const addToTeam = (id: string, userId: string) =>
    worker.agent
      .post(`/api/v1/cases/${id}/team-members`)
      .set('X-XSRF-TOKEN', worker.token)
      .send({ userId, part: 'mentor' });
  const verify = async () => {
    const response = await privacy.agent.get('/api/v1/audit-events/verification');
    expect(response.status).toBe(200);
    return response.body as { valid: boolean; checkedEvents: number; firstBrokenSequence: number | null };
  };
  /** Runs SQL with the append-only trigger off, as only a superuser tampering with the log could. */
  const tamper = (sql: string, parameters: unknown[]) =>
    db().transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`);
      await manager.query(sql, parameters);
      await manager.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete`);
    });

  beforeAll(async () => {
    subject = await createTestApp();
    worker = await person('jongerenwerker@demo.sluitend.nl');
    school = await person('school@demo.sluitend.nl');
    outsider = await person('jeugdhulp@demo.sluitend.nl');
    privacy = await person('privacy@demo.sluitend.nl');
    municipalityId = (await worker.agent.get('/api/v1/municipalities')).body[0].id;
    caseId = await openCase({ firstName: 'Iris', lastName: 'Logboek', bsn: BSN });
    [{ id: openingConsentId }] = await db().query(`SELECT id FROM consent WHERE case_id = $1`, [caseId]);
    expect((await addToTeam(caseId, school.userId)).status).toBe(201);
    schoolConsentId = await consentForSector(worker.agent, worker.token, caseId, 'onderwijs');
  });

  afterAll(() => subject.close());

  describe('writes an event for every kind of access', () => {
    it('a read, with who, from where, and the consent it rests on', async () => {
      const event = await eventOf(() => worker.agent.get(`/api/v1/cases/${caseId}`), 200);
      expect(event).toMatchObject({
        ...attributedTo(worker),
        roles: ['professional'],
        on_behalf_of: 'Jongerenwerk Rivierenland',
        case_ids: [caseId],
        action: 'read',
        resource: 'case',
        ground: 'consent',
        ground_reference: openingConsentId,
      });
      const bySchool = await eventOf(() => school.agent.get(`/api/v1/cases/${caseId}/team-members`), 200);
      expect(bySchool).toMatchObject({
        ...attributedTo(school),
        on_behalf_of: 'Praktijkschool Tiel',
        resource: 'case-team',
        ground: 'consent',
        ground_reference: schoolConsentId,
      });
      // One session keeps one digest; another session has its own.
      const again = await eventOf(() => worker.agent.get(`/api/v1/cases/${caseId}/timeline`), 200);
      expect(again.session_digest).toBe(event.session_digest);
      expect(bySchool.session_digest).not.toBe(event.session_digest);
    });

    it('a search, naming only the cases shown in full', async () => {
      const hidden = await openCase({ lastName: 'Verborgen' });
      expect((await addToTeam(hidden, school.userId)).status).toBe(201);
      const byWorker = await eventOf(
        () => worker.agent.get('/api/v1/cases').query({ search: 'logboek', status: 'open' }),
        200,
      );
      expect(byWorker).toMatchObject({
        ...attributedTo(worker),
        action: 'search',
        resource: 'case-list',
        case_ids: [caseId],
        fields: ['search', 'status'],
      });
      const list = await school.agent.get('/api/v1/cases');
      expect(list.body.items.map((c: { id: string }) => c.id).sort()).toEqual([caseId, hidden].sort());
      const [bySchool] = await db().query(
        `SELECT * FROM audit_event WHERE user_id = $1 AND action = 'search' ORDER BY sequence DESC LIMIT 1`,
        [school.userId],
      );
      expect(bySchool).toMatchObject({ ...attributedTo(school), case_ids: [caseId] });
    });

    it('a create, with the fields entered and the opening consent', async () => {
      let createdId = '';
      const event = await eventOf(async () => {
        const response = await worker.agent.post('/api/v1/cases').set('X-XSRF-TOKEN', worker.token).send({
          firstName: 'Nova',
          lastName: 'Nieuw',
          dateOfBirth: '2008-02-02',
          municipalityId,
          consent: OPENING_CONSENT,
        });
        createdId = response.body.id;
        return response;
      }, 201);
      const [{ id: consentId }] = await db().query(`SELECT id FROM consent WHERE case_id = $1`, [createdId]);
      expect(event).toMatchObject({
        ...attributedTo(worker),
        action: 'create',
        resource: 'case',
        case_ids: [createdId],
        fields: ['firstName', 'lastName', 'dateOfBirth', 'municipalityId', 'consent'],
        ground: 'consent',
        ground_reference: consentId,
      });
    });

    it("an update, naming the fields changed: a BSN change says 'bsn' and never holds a BSN", async () => {
      const { version } = (await worker.agent.get(`/api/v1/cases/${caseId}`)).body;
      const event = await eventOf(
        () =>
          worker.agent
            .patch(`/api/v1/cases/${caseId}`)
            .set('X-XSRF-TOKEN', worker.token)
            .send({ version, bsn: NEW_BSN, schoolOrWork: 'Praktijkschool Tiel' }),
        200,
      );
      expect(event).toMatchObject({
        ...attributedTo(worker),
        action: 'update',
        resource: 'case',
        case_ids: [caseId],
        fields: ['bsn', 'schoolOrWork'],
        ground: 'consent',
        ground_reference: openingConsentId,
      });
      const everything = JSON.stringify(await db().query(`SELECT row_to_json(e) AS row FROM audit_event e`));
      expect(everything).not.toContain(BSN);
      expect(everything).not.toContain(NEW_BSN);
    });

    it('a delete, of a network member', async () => {
      const added = await worker.agent
        .post(`/api/v1/cases/${caseId}/network-members`)
        .set('X-XSRF-TOKEN', worker.token)
        .send({ name: 'Oma Logboek', relation: 'family' });
      const event = await eventOf(
        () =>
          worker.agent
            .delete(`/api/v1/cases/${caseId}/network-members/${added.body.id}`)
            .set('X-XSRF-TOKEN', worker.token),
        204,
      );
      expect(event).toMatchObject({
        ...attributedTo(worker),
        action: 'delete',
        resource: 'case-network',
        case_ids: [caseId],
        ground: 'consent',
      });
    });

    it('an export, of the inzage report', async () => {
      const event = await eventOf(() => worker.agent.get(`/api/v1/cases/${caseId}/subject-access-report`), 200);
      expect(event).toMatchObject({
        ...attributedTo(worker),
        action: 'export',
        resource: 'subject-access-report',
        case_ids: [caseId],
        ground: 'consent',
      });
    });

    it('a print, of the toekomstplan as PDF', async () => {
      const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2008-06-01', '2026-11-23');
      const saved = await school.agent
        .put(`/api/v1/cases/${caseId}/toekomstplan`)
        .set('X-XSRF-TOKEN', school.token)
        .send({ basedOnVersion: null, content });
      expect(saved.status).toBe(201);
      const event = await eventOf(() => school.agent.get(`/api/v1/cases/${caseId}/toekomstplan/pdf`), 200);
      expect(event).toMatchObject({
        ...attributedTo(school),
        action: 'print',
        resource: 'toekomstplan-pdf',
        case_ids: [caseId],
        ground: 'consent',
        ground_reference: schoolConsentId,
      });
    });

    it('a break-the-glass, with its reason', async () => {
      const werk = await person('werk@demo.sluitend.nl');
      const other = await openCase({ lastName: 'Glas', bsn: '100174218' });
      const event = await eventOf(
        () =>
          werk.agent
            .post('/api/v1/emergency-accesses')
            .set('X-XSRF-TOKEN', werk.token)
            .send({ bsn: '100174218', reason: REASON }),
        201,
      );
      const [{ id: grantId }] = await db().query(`SELECT id FROM emergency_access WHERE case_id = $1`, [other]);
      expect(event).toMatchObject({
        ...attributedTo(werk),
        action: 'break-the-glass',
        case_ids: [other],
        ground: 'break-the-glass',
        ground_reference: grantId,
        reason: REASON,
      });
      const read = await eventOf(() => werk.agent.get(`/api/v1/cases/${other}`), 200);
      expect(read).toMatchObject({ action: 'read', ground: 'break-the-glass', ground_reference: grantId });
    });

    it('a refusal, as denied: for a non-member and for a team member without consent', async () => {
      const event = await eventOf(() => outsider.agent.get(`/api/v1/cases/${caseId}`), 404);
      expect(event).toMatchObject({
        ...attributedTo(outsider),
        roles: ['professional'],
        on_behalf_of: 'Jeugd-GGZ Betuwe',
        action: 'denied',
        resource: 'case',
        case_ids: [caseId],
        ground: 'none',
        ground_reference: null,
        reason: 'read: case-not-found',
      });
      const withoutConsent = await openCase({ lastName: 'Zonder' });
      expect((await addToTeam(withoutConsent, outsider.userId)).status).toBe(201);
      const refused = await eventOf(() => outsider.agent.get(`/api/v1/cases/${withoutConsent}/timeline`), 403);
      expect(refused).toMatchObject({
        action: 'denied',
        resource: 'case-timeline',
        case_ids: [withoutConsent],
        reason: 'read: consent-required',
      });
    });
  });

  describe('a change and its event commit together', () => {
    beforeEach(async () => {
      await db().query(`
        CREATE FUNCTION test_audit_unavailable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`);
      await db().query(
        `CREATE TRIGGER test_audit_unavailable BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION test_audit_unavailable()`,
      );
    });

    afterEach(async () => {
      await db().query(`DROP TRIGGER IF EXISTS test_audit_unavailable ON audit_event`);
      await db().query(`DROP FUNCTION IF EXISTS test_audit_unavailable()`);
    });

    it('answers a read 500 without data when its event cannot be written', async () => {
      const read = await worker.agent.get(`/api/v1/cases/${caseId}`);
      expect(read.status).toBe(500);
      expect(JSON.stringify(read.body)).not.toContain('Logboek');
      const list = await worker.agent.get('/api/v1/cases');
      expect(list.status).toBe(500);
      expect(JSON.stringify(list.body)).not.toContain('Logboek');
    });

    it('answers a change 500 and leaves the case unchanged when its event cannot be written', async () => {
      const [before] = await db().query(`SELECT version, school_or_work FROM case_file WHERE id = $1`, [caseId]);
      const timeline = async () =>
        Number((await db().query(`SELECT COUNT(*) AS n FROM case_event WHERE case_id = $1`, [caseId]))[0].n);
      const entries = await timeline();
      const sequence = await head();
      const response = await worker.agent
        .patch(`/api/v1/cases/${caseId}`)
        .set('X-XSRF-TOKEN', worker.token)
        .send({ version: before.version, schoolOrWork: 'MBO College Rivierenland' });
      expect(response.status).toBe(500);
      const [after] = await db().query(`SELECT version, school_or_work FROM case_file WHERE id = $1`, [caseId]);
      expect(after).toEqual(before);
      expect(await timeline()).toBe(entries);
      expect(await head()).toBe(sequence);
    });

    it('lets the same change through once events can be written again', async () => {
      await db().query(`DROP TRIGGER test_audit_unavailable ON audit_event`);
      const { version } = (await worker.agent.get(`/api/v1/cases/${caseId}`)).body;
      const response = await worker.agent
        .patch(`/api/v1/cases/${caseId}`)
        .set('X-XSRF-TOKEN', worker.token)
        .send({ version, schoolOrWork: 'MBO College Rivierenland' });
      expect(response.status).toBe(200);
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the log, for the table owner too', async () => {
    const sequence = await head();
    await expect(db().query(`UPDATE audit_event SET resource = 'x' WHERE sequence = 1`)).rejects.toThrow(
      'audit_event is append-only: UPDATE refused',
    );
    await expect(db().query(`DELETE FROM audit_event WHERE sequence = 1`)).rejects.toThrow(
      'audit_event is append-only: DELETE refused',
    );
    await expect(db().query(`TRUNCATE audit_event`)).rejects.toThrow('audit_event is append-only: TRUNCATE refused');
    expect(await head()).toBe(sequence);
    expect(Number((await db().query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n)).toBe(sequence);
  });

  describe('the hash chain', () => {
    it('verifies an untouched log', async () => {
      const result = await verify();
      expect(result).toMatchObject({ valid: true, firstBrokenSequence: null });
      expect(result.checkedEvents).toBe(await head());
    });

    it('finds the event whose content was edited, and verifies again once it is restored', async () => {
      const target = Math.floor((await head()) / 2);
      const [{ resource }] = await db().query(`SELECT resource FROM audit_event WHERE sequence = $1`, [target]);
      await tamper(`UPDATE audit_event SET resource = 'x' WHERE sequence = $1`, [target]);
      try {
        expect(await verify()).toMatchObject({ valid: false, firstBrokenSequence: target });
      } finally {
        await tamper(`UPDATE audit_event SET resource = $2 WHERE sequence = $1`, [target, resource]);
      }
      expect(await verify()).toMatchObject({ valid: true, firstBrokenSequence: null });
    });

    it('finds an event removed from the middle, and verifies again once it is back', async () => {
      const target = Math.floor((await head()) / 3);
      const [{ row }] = await db().query(`SELECT row_to_json(e) AS row FROM audit_event e WHERE sequence = $1`, [
        target,
      ]);
      await tamper(`DELETE FROM audit_event WHERE sequence = $1`, [target]);
      try {
        expect(await verify()).toMatchObject({ valid: false, firstBrokenSequence: target });
      } finally {
        await db().query(`INSERT INTO audit_event SELECT * FROM json_populate_record(NULL::audit_event, $1::json)`, [
          JSON.stringify(row),
        ]);
      }
      expect(await verify()).toMatchObject({ valid: true, firstBrokenSequence: null });
    });

    it('finds a removed tail: the last events no longer reach the head', async () => {
      await worker.agent.get(`/api/v1/cases/${caseId}`);
      const last = await head();
      const [{ row }] = await db().query(`SELECT row_to_json(e) AS row FROM audit_event e WHERE sequence = $1`, [last]);
      await tamper(`DELETE FROM audit_event WHERE sequence = $1`, [last]);
      try {
        expect(await verify()).toMatchObject({ valid: false, firstBrokenSequence: last });
      } finally {
        await db().query(`INSERT INTO audit_event SELECT * FROM json_populate_record(NULL::audit_event, $1::json)`, [
          JSON.stringify(row),
        ]);
      }
      expect((await verify()).valid).toBe(true);
    });
  });

  it('keeps one unbroken chain when many requests write events at once', async () => {
    const before = await head();
    const paths = ['', '/team-members', '/network-members', '/timeline', '/consents'];
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => [
        ...paths.map((path) => worker.agent.get(`/api/v1/cases/${caseId}${path}`)),
        ...paths.map((path) => school.agent.get(`/api/v1/cases/${caseId}${path}`)),
      ]).flat(),
    );
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
    expect(await head()).toBe(before + responses.length);
    expect(await verify()).toMatchObject({ valid: true, firstBrokenSequence: null });
  });

  describe('searching the log', () => {
    const search = (query: Record<string, unknown>) => privacy.agent.get('/api/v1/audit-events').query(query);

    it('filters by case, user, action and Dutch calendar day, newest first', async () => {
      const byCase = (await search({ caseId, pageSize: 200 })).body;
      expect(byCase.total).toBeGreaterThan(5);
      expect(byCase.items.every((e: { caseIds: string[] }) => e.caseIds.includes(caseId))).toBe(true);
      const sequences = byCase.items.map((e: { sequence: number }) => e.sequence);
      expect(sequences).toEqual([...sequences].sort((a, b) => b - a));

      const bySchool = (await search({ userId: school.userId })).body;
      expect(bySchool.total).toBeGreaterThan(0);
      expect(bySchool.items[0]).toMatchObject({
        user: { userId: school.userId, name: 'Linda Verhoef' },
        organisation: { organisationId: school.organisationId, name: 'Praktijkschool Tiel' },
        roles: ['professional'],
        onBehalfOf: 'Praktijkschool Tiel',
        ip: expect.any(String),
        sessionDigest: expect.stringMatching(/^[0-9a-f]{32}$/),
      });
      expect(bySchool.items.every((e: { user: { userId: string } }) => e.user.userId === school.userId)).toBe(true);

      const denied = (await search({ action: 'denied' })).body;
      expect(denied.total).toBeGreaterThan(0);
      expect(denied.items.every((e: { action: string }) => e.action === 'denied')).toBe(true);

      const all = (await search({ userId: worker.userId })).body.total;
      expect((await search({ userId: worker.userId, from: today, to: today })).body.total).toBe(all);
      expect((await search({ userId: worker.userId, from: dayFromToday(1) })).body.total).toBe(0);
      expect((await search({ userId: worker.userId, to: dayFromToday(-1) })).body.total).toBe(0);
    });

    it('pages through the results', async () => {
      const first = (await search({ userId: worker.userId, page: 1, pageSize: 3 })).body;
      const second = (await search({ userId: worker.userId, page: 2, pageSize: 3 })).body;
      expect(first).toMatchObject({ page: 1, pageSize: 3 });
      expect(first.items).toHaveLength(3);
      expect(second.items).toHaveLength(3);
      expect(second.total).toBe(first.total);
      expect(first.items[2].sequence).toBeGreaterThan(second.items[0].sequence);
      const beyond = (await search({ userId: worker.userId, page: 1000, pageSize: 3 })).body;
      expect(beyond.items).toEqual([]);
      expect((await search({ pageSize: 500 })).status).toBe(400);
      expect((await search({ action: 'peek' })).status).toBe(400);
    });

    it('logs the search of the log itself', async () => {
      const event = await eventOf(() => search({ caseId, action: 'read' }), 200);
      expect(event).toMatchObject({
        ...attributedTo(privacy),
        roles: ['privacy-officer'],
        action: 'search',
        resource: 'access-log',
        case_ids: [caseId],
        fields: expect.arrayContaining(['caseId', 'action']),
        ground: 'role',
      });
    });

    it('is for the privacy officer only', async () => {
      const admin = await person('admin@demo.sluitend.nl');
      for (const agent of [worker.agent, admin.agent]) {
        for (const path of ['/api/v1/audit-events', '/api/v1/audit-events/verification']) {
          const response = await agent.get(path);
          expect(response.status).toBe(403);
          expect(problemCode(response.body)).toBe('forbidden');
        }
      }
      // A privacy officer reads the log, never the case itself.
      expect((await privacy.agent.get(`/api/v1/cases/${caseId}`)).status).toBe(404);
    });
  });

  describe('the access log of one case', () => {
    it('shows the casusregisseur who looked, and no one else', async () => {
      const log = await worker.agent.get(`/api/v1/cases/${caseId}/access-log`).query({ pageSize: 200 });
      expect(log.status).toBe(200);
      const lookers = new Set(log.body.items.map((e: { user: { name: string } }) => e.user.name));
      expect(lookers).toEqual(new Set(['Sanne de Vries', 'Linda Verhoef', 'Youssef Bakker', 'Fatima Ouali']));
      expect(log.body.items[0]).toMatchObject({ action: 'read', resource: 'access-log', caseIds: [caseId] });

      const paged = (await worker.agent.get(`/api/v1/cases/${caseId}/access-log`).query({ pageSize: 2 })).body;
      expect(paged.items).toHaveLength(2);
      expect(paged.total).toBeGreaterThan(2);

      const bySchool = await school.agent.get(`/api/v1/cases/${caseId}/access-log`);
      expect(bySchool.status).toBe(403);
      expect(problemCode(bySchool.body)).toBe('casusregisseur-only');
      expect((await outsider.agent.get(`/api/v1/cases/${caseId}/access-log`)).status).toBe(404);
    });
  });

  it('stays verifiable after pruning, and chains new events on from the pruned head', async () => {
    const [{ removed }] = await db().query(`SELECT prune_audit_events(now()) AS removed`);
    expect(Number(removed)).toBeGreaterThan(0);
    expect(Number((await db().query(`SELECT COUNT(*) AS n FROM audit_event`))[0].n)).toBe(0);
    expect(await verify()).toMatchObject({ valid: true, checkedEvents: 0, firstBrokenSequence: null });

    expect((await worker.agent.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    expect((await school.agent.get(`/api/v1/cases/${caseId}`)).status).toBe(200);
    expect(await verify()).toMatchObject({ valid: true, checkedEvents: 2, firstBrokenSequence: null });
    // Pruning opens no door for deleting by hand.
    await expect(db().query(`DELETE FROM audit_event`)).rejects.toThrow('append-only');
  });
});
