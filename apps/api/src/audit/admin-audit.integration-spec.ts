import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';

/** Strong enough for any password policy: administration is what is tested here, not the password rules. */
const PASSWORD = 'Kievit-zwemt-7-bruggen-ver!';

interface StoredEvent {
  sequence: string;
  user_id: string | null;
  organisation_id: string | null;
  roles: string[];
  case_ids: string[];
  action: string;
  resource: string;
  fields: string[];
  ground: string;
  ip: string | null;
  session_digest: string | null;
  subject_id: string | null;
}

interface Person {
  agent: TestAgent;
  token: string;
  userId: string;
  organisationId: string;
}

describe('administration in the access log (NEN 7513, ASVS 16.3)', () => {
  let subject: TestApp;
  let admin: Person;
  let privacy: Person;
  let organisationId: string;
  let regionId: string;

  const db = () => subject.app.get(DataSource);
  const head = async () => Number((await db().query(`SELECT sequence FROM audit_chain_head`))[0].sequence);
  const eventsAfter = (sequence: number): Promise<StoredEvent[]> =>
    db().query(`SELECT * FROM audit_event WHERE sequence > $1 ORDER BY sequence`, [sequence]);
  /** The events one request wrote, after checking its status. */
  const eventsOf = async (request: () => PromiseLike<{ status: number }>, status: number) => {
    const before = await head();
    const response = await request();
    expect(response.status).toBe(status);
    return eventsAfter(before);
  };
  const person = async (email: string): Promise<Person> => {
    const agent = subject.browser();
    const token = await signIn(agent, email);
    const [row] = await db().query(`SELECT id, organisation_id FROM app_user WHERE email = $1`, [email]);
    return { agent, token, userId: row.id, organisationId: row.organisation_id };
  };
  /** Who did it and from where: the acting admin, on their role, from the test's address and session. */
  const byAdmin = (action: string, resource: string, subjectId: string, fields: string[]) => ({
    user_id: admin.userId,
    organisation_id: admin.organisationId,
    roles: ['admin'],
    case_ids: [],
    action,
    resource,
    fields,
    ground: 'role',
    ip: expect.stringMatching(/127\.0\.0\.1|::1/),
    session_digest: expect.stringMatching(/^[0-9a-f]{32}$/),
    subject_id: subjectId,
  });

  const createUser = (body: Record<string, unknown>) =>
    admin.agent.post('/api/v1/users').set('X-XSRF-TOKEN', admin.token).send(body);
  const patchUser = (id: string, body: Record<string, unknown>) =>
    admin.agent.patch(`/api/v1/users/${id}`).set('X-XSRF-TOKEN', admin.token).send(body);
  const newUser = async (email: string, name: string, roles: string[]) => {
    const response = await createUser({ email, name, organisationId, roles, password: PASSWORD });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  const createOrganisation = (body: Record<string, unknown>) =>
    admin.agent.post('/api/v1/organisations').set('X-XSRF-TOKEN', admin.token).send(body);
  const patchOrganisation = (id: string, body: Record<string, unknown>) =>
    admin.agent.patch(`/api/v1/organisations/${id}`).set('X-XSRF-TOKEN', admin.token).send(body);
  const organisationVersion = async (id: string) =>
    (await db().query(`SELECT version FROM organisation WHERE id = $1`, [id]))[0].version as number;

  const searchLog = (query: Record<string, string>) =>
    privacy.agent.get('/api/v1/audit-events').query({ pageSize: '200', ...query });

  beforeAll(async () => {
    subject = await createTestApp();
    admin = await person('admin@demo.sluitend.nl');
    privacy = await person('privacy@demo.sluitend.nl');
    organisationId = admin.organisationId;
    regionId = (await db().query(`SELECT id FROM region LIMIT 1`))[0].id;
  });

  afterAll(() => subject.close());

  describe('users', () => {
    it('writes a create event naming the fields set, and a role-grant naming the initial roles', async () => {
      const before = await head();
      const id = await newUser('fenna.aanmaak@demo.sluitend.nl', 'Fenna Aanmaak', [
        'actietafel-member',
        'professional',
      ]);
      expect(await eventsAfter(before)).toEqual([
        expect.objectContaining(
          byAdmin('create', 'user', id, ['email', 'name', 'organisationId', 'roles', 'password']),
        ),
        expect.objectContaining(byAdmin('role-grant', 'user', id, ['professional', 'actietafel-member'])),
      ]);
    });

    it('writes an update event with the changed field names only, never their values', async () => {
      const id = await newUser('gijs.hernoem@demo.sluitend.nl', 'Gijs Hernoem', ['professional']);
      const events = await eventsOf(() => patchUser(id, { version: 1, name: 'Gijs Anders' }), 200);
      expect(events).toEqual([expect.objectContaining(byAdmin('update', 'user', id, ['name']))]);
      expect(JSON.stringify(events)).not.toContain('Gijs');
    });

    it('writes the roles granted and the roles revoked as separate events, by role name', async () => {
      const id = await newUser('hanna.rollen@demo.sluitend.nl', 'Hanna Rollen', ['professional', 'actietafel-member']);
      const events = await eventsOf(
        () => patchUser(id, { version: 1, roles: ['actietafel-member', 'actietafel-chair'] }),
        200,
      );
      expect(events).toEqual([
        expect.objectContaining(byAdmin('role-grant', 'user', id, ['actietafel-chair'])),
        expect.objectContaining(byAdmin('role-revoke', 'user', id, ['professional'])),
      ]);
    });

    it('writes a deactivate and a reactivate event', async () => {
      const id = await newUser('ivo.pauze@demo.sluitend.nl', 'Ivo Pauze', ['professional']);
      expect(await eventsOf(() => patchUser(id, { version: 1, active: false }), 200)).toEqual([
        expect.objectContaining(byAdmin('deactivate', 'user', id, ['active'])),
      ]);
      expect(await eventsOf(() => patchUser(id, { version: 2, active: true }), 200)).toEqual([
        expect.objectContaining(byAdmin('reactivate', 'user', id, ['active'])),
      ]);
    });

    it('writes one event per kind of change when one request changes several things', async () => {
      const id = await newUser('jet.alles@demo.sluitend.nl', 'Jet Alles', ['professional']);
      const events = await eventsOf(
        () => patchUser(id, { version: 1, name: 'Jet Anders', active: false, roles: ['actietafel-member'] }),
        200,
      );
      expect(events.map((event) => [event.action, event.fields])).toEqual([
        ['update', ['name']],
        ['deactivate', ['active']],
        ['role-grant', ['actietafel-member']],
        ['role-revoke', ['professional']],
      ]);
    });

    it('writes nothing when the values sent are the ones already held', async () => {
      const id = await newUser('kees.zelfde@demo.sluitend.nl', 'Kees Zelfde', ['professional']);
      const events = await eventsOf(
        () => patchUser(id, { version: 1, name: 'Kees Zelfde', roles: ['professional'], active: true, organisationId }),
        200,
      );
      expect(events).toEqual([]);
    });

    it('writes no event for a change refused as stale (409), as a duplicate e-mail (409) or as invalid (400)', async () => {
      const id = await newUser('lotte.oud@demo.sluitend.nl', 'Lotte Oud', ['professional']);
      expect(await eventsOf(() => patchUser(id, { version: 1, name: 'Lotte Nieuw' }), 200)).toHaveLength(1);
      expect(
        await eventsOf(() => patchUser(id, { version: 1, roles: ['actietafel-member'], active: false }), 409),
      ).toEqual([]);
      expect(
        await eventsOf(
          () =>
            createUser({
              email: 'lotte.oud@demo.sluitend.nl',
              name: 'Dubbel',
              organisationId,
              roles: ['professional'],
              password: PASSWORD,
            }),
          409,
        ),
      ).toEqual([]);
      expect(await eventsOf(() => patchUser(id, { version: 2, roles: ['superuser'] }), 400)).toEqual([]);
      expect(await eventsOf(() => patchUser(randomUUID(), { version: 1, name: 'Niemand' }), 404)).toEqual([]);
    });

    it('makes no change when its event cannot be written: the change and its event commit together', async () => {
      const id = await newUser('mila.samen@demo.sluitend.nl', 'Mila Samen', ['professional']);
      await db().query(`
        CREATE FUNCTION refuse_admin_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.resource IN ('user', 'organisation', 'region') THEN RAISE EXCEPTION 'audit store refused'; END IF;
          RETURN NEW;
        END $$`);
      await db().query(
        `CREATE TRIGGER refuse_admin_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_admin_audit()`,
      );
      try {
        const patched = await patchUser(id, { version: 1, name: 'Mila Anders', roles: ['actietafel-member'] });
        expect(patched.status).toBeGreaterThanOrEqual(500);
        const created = await createUser({
          email: 'nina.nooit@demo.sluitend.nl',
          name: 'Nina Nooit',
          organisationId,
          roles: ['professional'],
          password: PASSWORD,
        });
        expect(created.status).toBeGreaterThanOrEqual(500);
        const organisation = await createOrganisation({ name: 'Nooit Opgericht', sector: 'welzijn', regionId });
        expect(organisation.status).toBeGreaterThanOrEqual(500);
        const region = await admin.agent
          .put(`/api/v1/regions/${regionId}/life-domains`)
          .set('X-XSRF-TOKEN', admin.token)
          .send({ lifeDomains: [{ key: 'nooit', label: 'Nooit' }] });
        expect(region.status).toBeGreaterThanOrEqual(500);
      } finally {
        await db().query(`DROP TRIGGER refuse_admin_audit ON audit_event`);
        await db().query(`DROP FUNCTION refuse_admin_audit()`);
      }
      const [user] = await db().query(`SELECT name, roles, version FROM app_user WHERE id = $1`, [id]);
      expect(user).toEqual({ name: 'Mila Samen', roles: ['professional'], version: 1 });
      expect(await db().query(`SELECT 1 FROM app_user WHERE email = 'nina.nooit@demo.sluitend.nl'`)).toEqual([]);
      expect(await db().query(`SELECT 1 FROM organisation WHERE name = 'Nooit Opgericht'`)).toEqual([]);
      const [{ life_domains }] = await db().query(`SELECT life_domains FROM region WHERE id = $1`, [regionId]);
      expect(life_domains).not.toEqual([{ key: 'nooit', label: 'Nooit' }]);
    });
  });

  describe('organisations and regions', () => {
    it('writes create, update, deactivate and reactivate events for an organisation', async () => {
      const before = await head();
      const created = await createOrganisation({ name: 'Buurtwerk Oost', sector: 'welzijn', regionId });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect(await eventsAfter(before)).toEqual([
        expect.objectContaining(byAdmin('create', 'organisation', id, ['name', 'sector', 'regionId'])),
      ]);
      expect(await eventsOf(() => patchOrganisation(id, { version: 1, name: 'Buurtwerk West' }), 200)).toEqual([
        expect.objectContaining(byAdmin('update', 'organisation', id, ['name'])),
      ]);
      expect(
        await eventsOf(() => patchOrganisation(id, { version: 2, sector: 'jeugdhulp', active: false }), 200),
      ).toEqual([
        expect.objectContaining(byAdmin('update', 'organisation', id, ['sector'])),
        expect.objectContaining(byAdmin('deactivate', 'organisation', id, ['active'])),
      ]);
      expect(await eventsOf(() => patchOrganisation(id, { version: 3, active: true }), 200)).toEqual([
        expect.objectContaining(byAdmin('reactivate', 'organisation', id, ['active'])),
      ]);
    });

    it('writes no event for an organisation change refused as stale or as a taken name', async () => {
      const created = await createOrganisation({ name: 'Schuldhulp Zuid', sector: 'werk-en-inkomen', regionId });
      const id = created.body.id as string;
      const version = await organisationVersion(id);
      expect(await eventsOf(() => patchOrganisation(id, { version: version + 1, name: 'X' }), 409)).toEqual([]);
      expect(
        await eventsOf(() => createOrganisation({ name: 'Schuldhulp Zuid', sector: 'welzijn', regionId }), 409),
      ).toEqual([]);
      expect(await eventsOf(() => patchOrganisation(id, { version, name: 'Buurtwerk West' }), 409)).toEqual([]);
    });

    it("writes an update event when an admin sets the region's life domains, and none for an unknown region", async () => {
      const lifeDomains = [{ key: 'wonen', label: 'Wonen' }];
      const put = (id: string) =>
        admin.agent.put(`/api/v1/regions/${id}/life-domains`).set('X-XSRF-TOKEN', admin.token).send({ lifeDomains });
      expect(await eventsOf(() => put(regionId), 200)).toEqual([
        expect.objectContaining(byAdmin('update', 'region', regionId, ['lifeDomains'])),
      ]);
      expect(await eventsOf(() => put(randomUUID()), 404)).toEqual([]);
    });

    it('keeps the hash chain intact with the events about users and organisations in it', async () => {
      const response = await privacy.agent.get('/api/v1/audit-events/verification');
      expect(response.body).toMatchObject({ valid: true, firstBrokenSequence: null });
    });

    it('breaks the chain when the subject of an event is rewritten', async () => {
      const [target] = await db().query(
        `SELECT sequence FROM audit_event WHERE subject_id IS NOT NULL ORDER BY sequence DESC LIMIT 1`,
      );
      await db().transaction(async (manager) => {
        await manager.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`);
        await manager.query(`UPDATE audit_event SET subject_id = $2 WHERE sequence = $1`, [
          target.sequence,
          randomUUID(),
        ]);
        await manager.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete`);
      });
      const response = await privacy.agent.get('/api/v1/audit-events/verification');
      expect(response.body).toMatchObject({ valid: false, firstBrokenSequence: Number(target.sequence) });
    });
  });

  describe('filtering the log by user name or e-mail', () => {
    let subjectId: string;

    beforeAll(async () => {
      subjectId = await newUser('otto.vindbaar@demo.sluitend.nl', 'Otto Vindbaar', ['professional']);
      expect((await patchUser(subjectId, { version: 1, active: false })).status).toBe(200);
    });

    const sequencesOf = (body: { items: Array<{ sequence: number }> }) => body.items.map((item) => item.sequence);

    it("finds the events about a user by part of the user's name, in any case, naming the subject", async () => {
      const response = await searchLog({ user: 'vINDbaar' });
      expect(response.status).toBe(200);
      const expected: Array<{ sequence: string }> = await db().query(
        `SELECT sequence FROM audit_event WHERE subject_id = $1 ORDER BY sequence DESC`,
        [subjectId],
      );
      expect(expected).toHaveLength(3);
      expect(sequencesOf(response.body)).toEqual(expected.map((row) => Number(row.sequence)));
      expect(response.body.items.map((item: { action: string }) => item.action)).toEqual([
        'deactivate',
        'role-grant',
        'create',
      ]);
      expect(response.body.items[0]).toMatchObject({
        subject: { id: subjectId, name: 'Otto Vindbaar' },
        user: { userId: admin.userId, name: 'Anouk Beheer' },
        resource: 'user',
      });
    });

    it('finds what a user did by part of their e-mail address, and what was done to them', async () => {
      const response = await searchLog({ user: 'ADMIN@demo' });
      expect(response.status).toBe(200);
      const expected: Array<{ sequence: string }> = await db().query(
        `SELECT sequence FROM audit_event WHERE user_id = $1 OR subject_id = $1 ORDER BY sequence DESC`,
        [admin.userId],
      );
      expect(response.body.total).toBe(expected.length);
      expect(sequencesOf(response.body)).toEqual(expected.slice(0, 200).map((row) => Number(row.sequence)));
      expect(response.body.items.some((item: { action: string }) => item.action === 'role-revoke')).toBe(true);
    });

    it('combines with the other filters', async () => {
      const response = await searchLog({ user: 'vindbaar', action: 'deactivate' });
      expect(response.body.total).toBe(1);
      expect(response.body.items[0]).toMatchObject({ action: 'deactivate', subject: { id: subjectId } });
    });

    it('treats LIKE wildcards in the search as the characters themselves', async () => {
      for (const user of ['%', '_', 'Otto%Vindbaar']) {
        const response = await searchLog({ user });
        expect(response.status).toBe(200);
        expect(response.body.total).toBe(0);
      }
    });

    it('answers a search that is too long or holds a control character with 400 naming the field', async () => {
      for (const user of ['x'.repeat(255), 'a\u0000b']) {
        const response = await searchLog({ user });
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['user']);
      }
    });
  });
});
