import { addMonths, todayInAmsterdam } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../../testing/test-app';

const DAY = 86_400_000;
const today = todayInAmsterdam(new Date());
const inDays = (days: number) => todayInAmsterdam(new Date(Date.now() + days * DAY));
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();
const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

interface Actor {
  agent: TestAgent;
  token: string;
  id: string;
}

describe('agreements made at the Actietafel', () => {
  let subject: TestApp;
  let worker: Actor;
  let youssef: Actor;
  let coordinator: Actor;
  let chair: Actor;
  let werk: Actor;
  let municipalityId: string;
  let jeugdGgzId: string;
  let caseId: string;
  let sessionId: string;
  let mine: string;
  let ofMyOrganisation: string;
  let overdue: string;
  let someoneElses: string;

  const db = () => subject.app.get(DataSource);
  const one = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
    (await db().query(sql, parameters))[0] as T;
  const actor = async (email: string): Promise<Actor> => {
    const agent = subject.browser();
    const token = await signIn(agent, email);
    return { agent, token, id: (await agent.get('/api/v1/auth/me')).body.id };
  };
  const post = (who: Actor, path: string, body: object) =>
    who.agent.post(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const patch = (who: Actor, path: string, body: object) =>
    who.agent.patch(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const get = (who: Actor, path: string) => who.agent.get(`/api/v1${path}`);
  const versionOf = async (table: string, id: string) =>
    Number((await one<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).version);
  const step = async (who: Actor, id: string, body: Record<string, unknown>) => {
    const response = await post(who, `/escalations/${id}/transitions`, {
      version: await versionOf('escalation', id),
      ...body,
    });
    expect(response.status).toBe(200);
  };
  const lastAudit = (userId: string, resource: string) =>
    db().query(
      `SELECT action, ground, ground_reference, case_ids FROM audit_event
        WHERE user_id = $1 AND resource = $2 ORDER BY sequence DESC`,
      [userId, resource],
    );

  beforeAll(async () => {
    subject = await createTestApp();
    worker = await actor('jongerenwerker@demo.sluitend.nl');
    youssef = await actor('jeugdhulp@demo.sluitend.nl');
    coordinator = await actor('coordinator@demo.sluitend.nl');
    chair = await actor('chair@demo.sluitend.nl');
    werk = await actor('werk@demo.sluitend.nl');
    municipalityId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE name = 'Culemborg'`)).id;
    jeugdGgzId = (await one<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Jeugd-GGZ Betuwe'`)).id;

    // A case Sanne escalated, discussed at a session, with agreements of several owners.
    const created = await post(worker, '/cases', {
      firstName: 'Mila',
      lastName: 'Afspraak',
      dateOfBirth: addMonths(today, -12 * 18),
      municipalityId,
      consent: OPENING_CONSENT,
    });
    caseId = created.body.id;
    await post(worker, `/cases/${caseId}/consents`, {
      scope: 'sector',
      sector: 'gemeente',
      purpose: 'actietafel',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: today,
    });
    const escalation = await post(worker, `/cases/${caseId}/escalations`, {
      submit: true,
      request: {
        reasonCode: 'housing',
        reasonText: 'Geen woonplek na de jeugdzorg.',
        whatWasTried: 'Urgentie aangevraagd.',
        question: 'Wie regelt een kamer?',
        urgency: 'urgent',
        sectorsNeeded: ['gemeente'],
      },
    });
    expect(escalation.status).toBe(201);
    const escalationId = escalation.body.id;
    await step(coordinator, escalationId, { transition: 'accept' });
    sessionId = (
      await one<{ id: string }>(
        `INSERT INTO actietafel_session (region_id, starts_at, ends_at, chair_user_id, created_by, version)
         SELECT region_id, now() - interval '3 days', now() - interval '3 days' + interval '2 hours', $2, $3, 1
           FROM escalation WHERE id = $1 RETURNING id`,
        [escalationId, chair.id, coordinator.id],
      )
    ).id;
    await step(coordinator, escalationId, { transition: 'schedule', sessionId });
    await step(chair, escalationId, { transition: 'discuss' });
    const agendaItemId = (
      await one<{ id: string }>(`SELECT id FROM agenda_item WHERE escalation_id = $1`, [escalationId])
    ).id;
    const agreement = async (what: string, userId: string | null, organisationId: string, deadline: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO agreement (escalation_id, case_id, session_id, agenda_item_id, what, owner_user_id,
                                  owner_organisation_id, deadline, created_by, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1) RETURNING id`,
          [escalationId, caseId, sessionId, agendaItemId, what, userId, organisationId, deadline, chair.id],
        )
      ).id;
    const jongerenwerk = (
      await one<{ organisation_id: string }>(`SELECT organisation_id FROM app_user WHERE id = $1`, [worker.id])
    ).organisation_id;
    mine = await agreement('Kamer zoeken via de corporatie', worker.id, jongerenwerk, inDays(7));
    ofMyOrganisation = await agreement('Begeleiding bij de verhuizing', null, jongerenwerk, inDays(21));
    overdue = await agreement('Huurtoeslag aanvragen', youssef.id, jeugdGgzId, inDays(-2));
    someoneElses = await agreement('Intake ambulante begeleiding', null, jeugdGgzId, inDays(10));
  });

  afterAll(() => subject.close());

  it('lists mine and my organisation’s unnamed ones on a case of my team, with the jongere’s name, logged on their ground', async () => {
    const response = await get(worker, '/agreements').query({ owner: 'mine' });
    expect(response.status).toBe(200);
    expect(response.body.map((item: { id: string }) => item.id)).toEqual([mine, ofMyOrganisation]);
    expect(response.body[0]).toMatchObject({
      what: 'Kamer zoeken via de corporatie',
      owner: { userId: worker.id, name: 'Sanne de Vries' },
      subject: { firstName: 'Mila', lastName: 'Afspraak', municipalityName: 'Culemborg' },
      sessionId,
      overdue: false,
      status: 'open',
    });
    expect(response.body[0].sessionStartsAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Her own through the table; her organisation's (she was not invited) through the team, on its consent.
    expect((await lastAudit(worker.id, 'agreement-list')).slice(0, 2)).toEqual([
      { action: 'read', ground: 'consent', ground_reference: null, case_ids: [caseId] },
      { action: 'read', ground: 'actietafel-agenda', ground_reference: sessionId, case_ids: [caseId] },
    ]);

    const ofYoussef = await get(youssef, '/agreements').query({ owner: 'mine' });
    // Jeugd-GGZ's unnamed one is not Youssef's by his organisation alone: he was not at the table, nor on the team.
    expect(ofYoussef.body.map((item: { id: string }) => item.id)).toEqual([overdue]);
    expect(ofYoussef.body[0]).toMatchObject({ overdue: true });
    await db().query(`INSERT INTO session_invitee (session_id, user_id, sector) VALUES ($1, $2, 'jeugdhulp')`, [
      sessionId,
      youssef.id,
    ]);
    const invited = await get(youssef, '/agreements').query({ owner: 'mine' });
    expect(invited.body.map((item: { id: string }) => item.id)).toEqual([overdue, someoneElses]);
    const none = await get(werk, '/agreements').query({ owner: 'mine' });
    expect(none.body).toEqual([]);
    expect(await lastAudit(werk.id, 'agreement-list')).toEqual([]);
  });

  it('gives the coordinator the region’s overdue agreements, and nobody else the region’s list', async () => {
    const response = await get(coordinator, '/agreements').query({ status: 'open', overdue: 'true' });
    expect(response.status).toBe(200);
    expect(response.body.map((item: { id: string }) => item.id)).toEqual([overdue]);
    const notOverdue = await get(coordinator, '/agreements').query({ overdue: 'false' });
    expect(notOverdue.body.map((item: { id: string }) => item.id)).toEqual([mine, someoneElses, ofMyOrganisation]);
    for (const who of [chair, worker]) {
      const refused = await get(who, '/agreements');
      expect(refused.status).toBe(403);
      expect(problemCode(refused.body)).toBe('coordinator-only');
    }
    const bad = await get(coordinator, '/agreements').query({ overdue: 'maybe', status: 'late' });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['overdue', 'status']);
  });

  it('shows the case team the case’s agreements, and nobody outside it', async () => {
    const response = await get(worker, `/cases/${caseId}/agreements`);
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(4);
    expect(response.body.find((item: { id: string }) => item.id === overdue)).toMatchObject({
      overdue: true,
      owner: { userId: youssef.id, name: 'Youssef Bakker', organisationName: 'Jeugd-GGZ Betuwe' },
    });
    expect((await get(werk, `/cases/${caseId}/agreements`)).status).toBe(404);
    expect((await get(coordinator, `/cases/${caseId}/agreements`)).status).toBe(404);
  });

  it('lets a member of the owning organisation finish an unnamed agreement, and open it again', async () => {
    const done = await patch(worker, `/agreements/${ofMyOrganisation}`, {
      version: 1,
      status: 'done',
      doneNote: 'Verhuisbus geregeld.',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', settledBy: { userId: worker.id, name: 'Sanne de Vries' } });
    const reopened = await patch(worker, `/agreements/${ofMyOrganisation}`, { version: 2, status: 'open' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'open', doneNote: null, settledAt: null, settledBy: null });
  });

  it('keeps dropping and deadlines for the coordinator: the owner gets 403, the chair 403, others 404', async () => {
    const drop = await patch(youssef, `/agreements/${overdue}`, {
      version: 1,
      status: 'dropped',
      dropReason: 'Te laat.',
    });
    expect(drop.status).toBe(403);
    const move = await patch(youssef, `/agreements/${overdue}`, { version: 1, deadline: inDays(30) });
    expect(move.status).toBe(403);
    expect((await patch(chair, `/agreements/${overdue}`, { version: 1, deadline: inDays(30) })).status).toBe(403);
    expect((await patch(werk, `/agreements/${overdue}`, { version: 1, status: 'done', doneNote: 'x' })).status).toBe(
      404,
    );
    expect(await versionOf('agreement', overdue)).toBe(1);

    const moved = await patch(coordinator, `/agreements/${overdue}`, { version: 1, deadline: inDays(30) });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ deadline: inDays(30), overdue: false, status: 'open', version: 2 });
  });

  it('refuses a stale version, a deadline in the past, a drop without reason, and an empty change', async () => {
    const before = await one(`SELECT * FROM agreement WHERE id = $1`, [mine]);
    const stale = await patch(worker, `/agreements/${mine}`, { version: 7, status: 'done', doneNote: 'Klaar.' });
    expect(stale.status).toBe(409);
    expect(problemCode(stale.body)).toBe('agreement-changed');
    const past = await patch(coordinator, `/agreements/${mine}`, { version: 1, deadline: inDays(-1) });
    expect(past.status).toBe(400);
    expect(fieldsOf(past.body)).toEqual(['deadline']);
    const noReason = await patch(coordinator, `/agreements/${mine}`, { version: 1, status: 'dropped' });
    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason.body)).toEqual(['dropReason']);
    const nothing = await patch(worker, `/agreements/${mine}`, { version: 1 });
    expect(nothing.status).toBe(400);
    const unknown = await patch(worker, `/agreements/${mine}`, { version: 1, status: 'finished', owner: 'x' });
    expect(unknown.status).toBe(400);
    expect(fieldsOf(unknown.body).sort()).toEqual(['owner', 'status']);
    expect(await one(`SELECT * FROM agreement WHERE id = $1`, [mine])).toEqual(before);
  });
});
