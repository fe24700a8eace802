import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app';

interface Actor {
  agent: TestAgent;
  token: string;
}

/**
 * An agreement owned by an organisation is case content: its people reach it by a role that does case work and
 * a relation to the case (invited to the session that made it, or on the case team with consent), never by
 * belonging to the organisation alone. The demo region's history has many agreements owned by Gemeente Tiel,
 * the organisation of admin@ and privacy@.
 */
describe('agreements owned by an organisation', () => {
  let subject: TestApp;
  const db = () => subject.app.get(DataSource);
  const actor = async (email: string): Promise<Actor> => {
    const agent = subject.browser();
    return { agent, token: await signIn(agent, email) };
  };
  const ownedBy = async (organisationName: string) =>
    db().query(
      `SELECT a.id, a.version, a.status, c.last_name AS "lastName"
         FROM agreement a JOIN organisation o ON o.id = a.owner_organisation_id
         JOIN escalation e ON e.id = a.escalation_id JOIN case_file c ON c.id = a.case_id
        WHERE a.owner_user_id IS NULL AND o.name = $1 AND e.state <> 'closed' AND a.status = 'open'
        ORDER BY a.id`,
      [organisationName],
    ) as Promise<Array<{ id: string; version: number; status: string; lastName: string }>>;

  beforeAll(async () => {
    subject = await createTestApp({}, { cases: true });
  });

  afterAll(() => subject.close());

  it.each(['admin@demo.sluitend.nl', 'privacy@demo.sluitend.nl'])(
    'lists none of its organisation’s agreements to %s, naming no jongere',
    async (email) => {
      const owned = await ownedBy('Gemeente Tiel');
      expect(owned.length).toBeGreaterThan(0);
      const { agent } = await actor(email);
      const response = await agent.get('/api/v1/agreements').query({ owner: 'mine' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual([]);
      for (const filter of [{ status: 'open' }, { overdue: 'true' }, { overdue: 'false' }]) {
        const filtered = await agent.get('/api/v1/agreements').query({ owner: 'mine', ...filter });
        expect(filtered.body).toEqual([]);
      }
    },
  );

  it.each(['admin@demo.sluitend.nl', 'privacy@demo.sluitend.nl'])(
    'answers %s 404 on changing its organisation’s agreement, with a stale version or the current one',
    async (email) => {
      const [agreement] = await ownedBy('Gemeente Tiel');
      const { agent, token } = await actor(email);
      for (const version of [agreement.version + 7, agreement.version]) {
        const response = await agent
          .patch(`/api/v1/agreements/${agreement.id}`)
          .set('X-XSRF-TOKEN', token)
          .send({ version, status: 'done', doneNote: 'Afgehandeld door de beheerder.' });
        expect(response.status).toBe(404);
        expect(response.body.type).toBe('https://sluitend.nl/problems/agreement-not-found');
        expect(JSON.stringify(response.body)).not.toContain(agreement.lastName);
      }
      const [after] = await db().query(`SELECT status, version FROM agreement WHERE id = $1`, [agreement.id]);
      expect(after).toEqual({ status: 'open', version: agreement.version });
    },
  );

  it('gives a professional of the owning organisation without a relation to the case none of it', async () => {
    const [werk] = await db().query(`SELECT organisation_id, password_hash FROM app_user WHERE email = $1`, [
      'werk@demo.sluitend.nl',
    ]);
    await db().query(
      `INSERT INTO app_user (email, name, password_hash, organisation_id, roles, version)
       VALUES ('collega-werkzaak@test.sluitend.nl', 'Collega Werkzaak', $1, $2, '{professional}', 1)`,
      [werk.password_hash, werk.organisation_id],
    );
    const owned = await ownedBy('Werkzaak Rivierenland');
    expect(owned.length).toBeGreaterThan(0);
    const stranger = await actor('collega-werkzaak@test.sluitend.nl');
    expect((await stranger.agent.get('/api/v1/agreements').query({ owner: 'mine' })).body).toEqual([]);
    const refused = await stranger.agent
      .patch(`/api/v1/agreements/${owned[0].id}`)
      .set('X-XSRF-TOKEN', stranger.token)
      .send({ version: owned[0].version, status: 'done', doneNote: 'Gedaan.' });
    expect(refused.status).toBe(404);
  });

  it('still gives the organisation’s invitee at the session that made it the agreement, to mark done', async () => {
    const thomas = await actor('werk@demo.sluitend.nl');
    const invitedTo: string[] = (
      await db().query(
        `SELECT a.id FROM agreement a JOIN organisation o ON o.id = a.owner_organisation_id
          JOIN session_invitee si ON si.session_id = a.session_id
          JOIN app_user u ON u.id = si.user_id AND u.email = 'werk@demo.sluitend.nl'
         WHERE a.owner_user_id IS NULL AND o.name = 'Werkzaak Rivierenland'`,
      )
    ).map((row: { id: string }) => row.id);
    expect(invitedTo.length).toBeGreaterThan(0);
    const mine = await thomas.agent.get('/api/v1/agreements').query({ owner: 'mine' });
    const ids = mine.body.map((item: { id: string }) => item.id);
    expect(ids).toEqual(expect.arrayContaining(invitedTo));
    const open = (await ownedBy('Werkzaak Rivierenland')).find((agreement) => invitedTo.includes(agreement.id));
    if (!open) throw new Error('the demo has no open Werkzaak agreement for Thomas');
    const done = await thomas.agent
      .patch(`/api/v1/agreements/${open.id}`)
      .set('X-XSRF-TOKEN', thomas.token)
      .send({ version: open.version, status: 'done', doneNote: 'Schuldhulptraject is gestart.' });
    expect(done.status).toBe(200);
  });
});
