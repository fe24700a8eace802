import {
  addDays,
  addMonths,
  DEFAULT_LIFE_DOMAINS,
  emptyToekomstplan,
  todayInAmsterdam,
  type ToekomstplanContent,
} from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../testing/test-app';
import { actionSubjectId, amsterdamMorning } from './reminder-planner';

const today = todayInAmsterdam(new Date());

interface Actor {
  agent: TestAgent;
  token: string;
  id: string;
}

describe('amsterdamMorning', () => {
  it('is 08:00 Dutch time: 07:00 UTC in winter, 06:00 UTC in summer, also on the days the clocks change', () => {
    expect(amsterdamMorning('2026-01-15').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(amsterdamMorning('2026-07-15').toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(amsterdamMorning('2026-03-29').toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(amsterdamMorning('2026-03-28').toISOString()).toBe('2026-03-28T07:00:00.000Z');
    expect(amsterdamMorning('2026-10-25').toISOString()).toBe('2026-10-25T07:00:00.000Z');
    expect(amsterdamMorning('2026-10-24').toISOString()).toBe('2026-10-24T06:00:00.000Z');
  });
});

describe('reminders planned with the change that implies them', () => {
  let subject: TestApp;
  let worker: Actor;
  let coordinator: Actor;
  let chair: Actor;
  let caseId: string;
  let sessionId: string;
  let agendaItemId: string;

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
  const versionOf = async (table: string, id: string) =>
    Number((await one<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).version);
  const step = async (who: Actor, id: string, body: Record<string, unknown>) => {
    const response = await post(who, `/escalations/${id}/transitions`, {
      version: await versionOf('escalation', id),
      ...body,
    });
    expect(response.status).toBe(200);
  };
  const reminders = (subjectId: string, status = 'pending') =>
    db().query(
      `SELECT key, kind, recipient_user_id AS "recipient", to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
              due_at AS "dueAt", case_id AS "caseId", link, title
         FROM reminder WHERE subject_id = $1 AND status = $2 ORDER BY due_on, kind, recipient_user_id`,
      [subjectId, status],
    );

  beforeAll(async () => {
    subject = await createTestApp();
    worker = await actor('jongerenwerker@demo.sluitend.nl');
    coordinator = await actor('coordinator@demo.sluitend.nl');
    chair = await actor('chair@demo.sluitend.nl');
    const municipalityId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE name = 'Culemborg'`)).id;

    const created = await post(worker, '/cases', {
      firstName: 'Mila',
      lastName: 'Herinnering',
      dateOfBirth: addMonths(today, -12 * 18),
      municipalityId,
      consent: OPENING_CONSENT,
    });
    expect(created.status).toBe(201);
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
         SELECT region_id, now() - interval '1 hour', now() + interval '1 hour', $2, $3, 1
           FROM escalation WHERE id = $1 RETURNING id`,
        [escalationId, chair.id, coordinator.id],
      )
    ).id;
    await step(coordinator, escalationId, { transition: 'schedule', sessionId });
    await step(chair, escalationId, { transition: 'discuss' });
    agendaItemId = (await one<{ id: string }>(`SELECT id FROM agenda_item WHERE escalation_id = $1`, [escalationId]))
      .id;
    // The session is in progress, so the chair records agreements over HTTP.
    await db().query(`UPDATE actietafel_session SET state = 'in-progress', started_at = now() WHERE id = $1`, [
      sessionId,
    ]);
  });

  afterAll(() => subject.close());

  const createAgreement = async (deadline: string) => {
    const response = await post(chair, `/actietafel-sessions/${sessionId}/agenda-items/${agendaItemId}/agreements`, {
      what: 'Kamer zoeken via de corporatie',
      ownerUserId: worker.id,
      deadline,
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  it('gives a new agreement its owner’s two reminders, 3 days before and the day after, at 08:00', async () => {
    const deadline = addDays(today, 20);
    const id = await createAgreement(deadline);
    const owner = (await reminders(id)).filter((row: { kind: string }) => row.kind !== 'agreement-overdue-coordinator');
    expect(owner).toEqual([
      {
        key: `agreement-deadline-soon_${id}_${addDays(deadline, -3)}_${worker.id}`,
        kind: 'agreement-deadline-soon',
        recipient: worker.id,
        dueOn: addDays(deadline, -3),
        dueAt: amsterdamMorning(addDays(deadline, -3)),
        caseId,
        link: '/home',
        title: expect.stringContaining('uiterlijk'),
      },
      {
        key: `agreement-deadline-passed_${id}_${addDays(deadline, 1)}_${worker.id}`,
        kind: 'agreement-deadline-passed',
        recipient: worker.id,
        dueOn: addDays(deadline, 1),
        dueAt: amsterdamMorning(addDays(deadline, 1)),
        caseId,
        link: '/home',
        title: expect.any(String),
      },
    ]);
    const toCoordinator = (await reminders(id)).filter(
      (row: { kind: string }) => row.kind === 'agreement-overdue-coordinator',
    );
    expect(toCoordinator.map((row: { recipient: string }) => row.recipient)).toContain(coordinator.id);
    expect(toCoordinator.every((row: { dueOn: string }) => row.dueOn === addDays(deadline, 1))).toBe(true);
  });

  it('moves the reminders with the deadline and cancels them when the agreement is done', async () => {
    const deadline = addDays(today, 10);
    const id = await createAgreement(deadline);
    const before = await reminders(id);
    const moved = addDays(today, 30);
    const response = await patch(coordinator, `/agreements/${id}`, { version: 1, deadline: moved });
    expect(response.status).toBe(200);
    const after = await reminders(id);
    expect(after).toHaveLength(before.length);
    expect(after.map((row: { dueOn: string }) => row.dueOn).sort()).toEqual(
      before
        .map((row: { dueOn: string }) => (row.dueOn === addDays(deadline, -3) ? addDays(moved, -3) : addDays(moved, 1)))
        .sort(),
    );
    expect((await reminders(id, 'cancelled')).map((row: { key: string }) => row.key).sort()).toEqual(
      before.map((row: { key: string }) => row.key).sort(),
    );

    const done = await patch(worker, `/agreements/${id}`, { version: 2, status: 'done', doneNote: 'Kamer gevonden.' });
    expect(done.status).toBe(200);
    expect(await reminders(id)).toEqual([]);
    expect(await reminders(id, 'cancelled')).toHaveLength(before.length * 2);
  });

  const planWithAction = (deadline: string, evaluationDate: string | null): ToekomstplanContent => {
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, addMonths(today, -12 * 18), today);
    content.myFuture.whatIWant = 'Ik wil op mezelf wonen.';
    content.evaluationDate = evaluationDate;
    content.domains[0].goals = [
      {
        id: 'goal-1',
        description: 'Een eigen kamer',
        actions: [
          {
            id: 'action-1',
            description: 'Inschrijven bij de woningcorporatie',
            owner: { userId: worker.id, organisationId: null },
            deadline,
            status: 'open',
          },
        ],
      },
    ];
    return content;
  };
  const savePlan = (basedOnVersion: number | null, content: ToekomstplanContent) =>
    worker.agent
      .put(`/api/v1/cases/${caseId}/toekomstplan`)
      .set('X-XSRF-TOKEN', worker.token)
      .send({ basedOnVersion, content });

  it('plans an action’s deadline for its owner, moves it with the deadline and cancels it when done', async () => {
    const action = actionSubjectId(caseId, 'action-1');
    const deadline = addDays(today, 20);
    const evaluation = addDays(today, 60);
    expect((await savePlan(null, planWithAction(deadline, evaluation))).status).toBe(201);
    const first = await reminders(action);
    expect(first.map((row: { kind: string; dueOn: string; recipient: string; link: string }) => row)).toEqual([
      expect.objectContaining({
        kind: 'action-deadline-soon',
        dueOn: addDays(deadline, -3),
        recipient: worker.id,
        caseId,
        link: '/home',
      }),
      expect.objectContaining({ kind: 'action-deadline-passed', dueOn: addDays(deadline, 1), recipient: worker.id }),
    ]);
    const casusregisseur = (
      await one<{ user_id: string }>(`SELECT user_id FROM case_team_member WHERE case_id = $1 AND is_casusregisseur`, [
        caseId,
      ])
    ).user_id;
    // The case is the subject of its age clock and stagnation reminders too; this test is about the plan.
    const evaluationOf = async () =>
      (await reminders(caseId)).filter((row: { kind: string }) => row.kind === 'plan-evaluation-soon');
    expect(await evaluationOf()).toEqual([
      expect.objectContaining({
        kind: 'plan-evaluation-soon',
        dueOn: addDays(evaluation, -14),
        recipient: casusregisseur,
        link: `/cases/${caseId}/overview`,
      }),
    ]);

    const moved = addDays(today, 40);
    expect((await savePlan(1, planWithAction(moved, evaluation))).status).toBe(201);
    expect((await reminders(action)).map((row: { dueOn: string }) => row.dueOn)).toEqual([
      addDays(moved, -3),
      addDays(moved, 1),
    ]);
    expect((await reminders(action, 'cancelled')).map((row: { key: string }) => row.key).sort()).toEqual(
      first.map((row: { key: string }) => row.key).sort(),
    );

    const done = await worker.agent
      .patch(`/api/v1/cases/${caseId}/toekomstplan/actions/action-1`)
      .set('X-XSRF-TOKEN', worker.token)
      .send({ status: 'done' });
    expect(done.status).toBe(200);
    expect(await reminders(action)).toEqual([]);
    expect(await evaluationOf()).toHaveLength(1);
  });

  it('reminds the casusregisseur of a consent about to expire, and no longer once it is withdrawn', async () => {
    const validUntil = addDays(today, 60);
    const registered = await post(worker, `/cases/${caseId}/consents`, {
      scope: 'sector',
      sector: 'onderwijs',
      purpose: 'actietafel',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: today,
      validUntil,
    });
    expect(registered.status).toBe(201);
    const consentId = registered.body.id;
    expect(await reminders(consentId)).toEqual([
      expect.objectContaining({
        kind: 'consent-expiring',
        dueOn: addDays(validUntil, -14),
        caseId,
        link: `/cases/${caseId}/consents`,
      }),
    ]);
    const withdrawn = await post(worker, `/cases/${caseId}/consents/${consentId}/withdrawal`, {
      reason: 'De jongere trekt de toestemming in.',
    });
    expect(withdrawn.status).toBe(200);
    expect(await reminders(consentId)).toEqual([]);
    expect(await reminders(consentId, 'cancelled')).toHaveLength(1);
  });

  it('cancels every pending reminder of the case when it is closed', async () => {
    const pendingOfCase = async () =>
      Number(
        (
          await one<{ n: string }>(`SELECT COUNT(*) AS n FROM reminder WHERE case_id = $1 AND status = 'pending'`, [
            caseId,
          ])
        ).n,
      );
    expect(await pendingOfCase()).toBeGreaterThan(0);
    const current = (await worker.agent.get(`/api/v1/cases/${caseId}`)).body;
    const closed = await patch(worker, `/cases/${caseId}`, {
      version: current.version,
      status: 'closed',
      closedReason: 'Doelen bereikt',
    });
    expect(closed.status).toBe(200);
    expect(await pendingOfCase()).toBe(0);
  });
});
