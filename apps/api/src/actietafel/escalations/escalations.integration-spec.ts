import {
  addMonths,
  DEFAULT_LIFE_DOMAINS,
  emptyToekomstplan,
  todayInAmsterdam,
  type EscalationRequestContent,
} from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../../testing/test-app';

const DAY = 86_400_000;
const today = todayInAmsterdam(new Date());
const inDays = (days: number) => todayInAmsterdam(new Date(Date.now() + days * DAY));
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();
const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

const COMPLETE: EscalationRequestContent = {
  reasonCode: 'waiting-list',
  reasonText: 'De wachtlijst voor jeugd-GGZ is negen maanden; de situatie thuis verslechtert snel.',
  whatWasTried: 'Overbruggingszorg aangevraagd, twee aanbieders benaderd, huisarts betrokken.',
  question: 'Kan de tafel een plek met voorrang regelen, of een passend alternatief?',
  urgency: 'normal',
  sectorsNeeded: ['jeugdhulp', 'welzijn'],
};
const EMPTY: EscalationRequestContent = {
  reasonCode: null,
  reasonText: '',
  whatWasTried: '',
  question: '',
  urgency: 'normal',
  sectorsNeeded: [],
};

interface Actor {
  agent: TestAgent;
  token: string;
  id: string;
}

describe('escalations to the Actietafel', () => {
  let subject: TestApp;
  let worker: Actor;
  let coordinator: Actor;
  let secondCoordinator: Actor;
  let chair: Actor;
  let member: Actor;
  let werk: Actor;
  let elsewhere: Actor;
  let regionId: string;
  let otherRegionId: string;
  let municipalityId: string;
  let gemeenteId: string;
  let jeugdGgzId: string;

  const db = () => subject.app.get(DataSource);
  const one = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
    (await db().query(sql, parameters))[0] as T;

  const actor = async (email: string): Promise<Actor> => {
    const agent = subject.browser();
    const token = await signIn(agent, email);
    const id = (await agent.get('/api/v1/auth/me')).body.id as string;
    return { agent, token, id };
  };
  const post = (who: Actor, path: string, body: object) =>
    who.agent.post(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const put = (who: Actor, path: string, body: object) =>
    who.agent.put(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const patch = (who: Actor, path: string, body: object) =>
    who.agent.patch(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const get = (who: Actor, path: string) => who.agent.get(`/api/v1${path}`);

  /** A case Sanne leads, with a toekomstplan, and (unless told otherwise) consent for the Actietafel. */
  const openCase = async (
    lastName: string,
    options: { actietafelConsent?: boolean; municipality?: string } = {},
  ): Promise<string> => {
    const dateOfBirth = addMonths(today, -12 * 17 - 3);
    const created = await post(worker, '/cases', {
      firstName: 'Jesse',
      lastName,
      dateOfBirth,
      municipalityId: options.municipality ?? municipalityId,
      consent: OPENING_CONSENT,
    });
    expect(created.status).toBe(201);
    const caseId = created.body.id as string;
    const plan = await put(worker, `/cases/${caseId}/toekomstplan`, {
      basedOnVersion: null,
      content: emptyToekomstplan(DEFAULT_LIFE_DOMAINS, dateOfBirth, inDays(90)),
    });
    expect(plan.status).toBe(201);
    if (options.actietafelConsent ?? true) {
      const consent = await post(worker, `/cases/${caseId}/consents`, {
        scope: 'sector',
        sector: 'gemeente',
        purpose: 'actietafel',
        basis: 'consent',
        givenBy: ['jongere'],
        givenOn: today,
      });
      expect(consent.status).toBe(201);
    }
    return caseId;
  };

  const create = async (caseId: string, request: EscalationRequestContent = COMPLETE, submit = false) => {
    const response = await post(worker, `/cases/${caseId}/escalations`, { request, submit });
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; state: string };
  };
  const transition = (who: Actor, id: string, body: Record<string, unknown>) =>
    post(who, `/escalations/${id}/transitions`, body);
  const versionOf = async (id: string) =>
    Number((await one<{ version: number }>(`SELECT version FROM escalation WHERE id = $1`, [id])).version);
  /** Takes the transition with the current version and expects it to succeed. */
  const step = async (who: Actor, id: string, body: Record<string, unknown>) => {
    const response = await transition(who, id, { version: await versionOf(id), ...body });
    if (response.status !== 200) throw new Error(`${String(body['transition'])}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const planSession = async (options: { region?: string; state?: string; agendaSent?: boolean } = {}) => {
    const row = await one<{ id: string }>(
      `INSERT INTO actietafel_session (region_id, state, starts_at, ends_at, chair_user_id, created_by, agenda_sent_at, version)
       VALUES ($1, $2, now() + interval '2 days', now() + interval '2 days 2 hours', $3, $4, $5, 1) RETURNING id`,
      [
        options.region ?? regionId,
        options.state ?? 'planned',
        chair.id,
        coordinator.id,
        options.agendaSent ? new Date(Date.now() - 3_600_000) : null,
      ],
    );
    return row.id;
  };
  /** A session planned by the coordinator through the sessions API, chaired by the demo chair. */
  const planSessionThroughApi = async () => {
    const startsAt = new Date(Date.now() + 2 * DAY);
    const planned = await post(coordinator, '/actietafel-sessions', {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
      location: 'Stadhuis Tiel, zaal 2',
      chairUserId: chair.id,
      invitees: [{ userId: member.id, sector: 'jeugdhulp' }],
    });
    if (planned.status !== 201) throw new Error(`planning failed: ${JSON.stringify(planned.body)}`);
    return planned.body.id as string;
  };
  const sessionStep = async (who: Actor, sessionId: string, transition: string) => {
    const version = Number(
      (await one<{ version: number }>(`SELECT version FROM actietafel_session WHERE id = $1`, [sessionId])).version,
    );
    const response = await post(who, `/actietafel-sessions/${sessionId}/transitions`, { transition, version });
    if (response.status !== 200) throw new Error(`${transition}: ${JSON.stringify(response.body)}`);
  };

  /** An escalation that went through the table and has agreements running. */
  const running = async (lastName: string) => {
    const caseId = await openCase(lastName);
    const { id } = await create(caseId, COMPLETE, true);
    await step(coordinator, id, { transition: 'accept' });
    const sessionId = await planSession();
    await step(coordinator, id, { transition: 'schedule', sessionId });
    await step(chair, id, { transition: 'discuss' });
    const item = await one<{ id: string }>(`SELECT id FROM agenda_item WHERE escalation_id = $1`, [id]);
    return { caseId, id, sessionId, agendaItemId: item.id };
  };
  const row = (id: string) => one(`SELECT * FROM escalation WHERE id = $1`, [id]);
  const lastAudit = (userId: string, resource: string) =>
    one<{ action: string; ground: string; ground_reference: string | null; case_ids: string[] }>(
      `SELECT action, ground, ground_reference, case_ids FROM audit_event
        WHERE user_id = $1 AND resource = $2 ORDER BY sequence DESC LIMIT 1`,
      [userId, resource],
    );

  beforeAll(async () => {
    subject = await createTestApp();
    regionId = (await one<{ id: string }>(`SELECT id FROM region WHERE name = 'Rivierenland'`)).id;
    municipalityId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE name = 'Tiel'`)).id;
    gemeenteId = (await one<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Gemeente Tiel'`)).id;
    jeugdGgzId = (await one<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Jeugd-GGZ Betuwe'`)).id;
    const hash = (await one<{ password_hash: string }>(`SELECT password_hash FROM app_user LIMIT 1`)).password_hash;
    // A second coordinator of Rivierenland, and the coordinator of another region.
    await db().query(
      `INSERT INTO app_user (email, name, password_hash, organisation_id, roles, version)
       VALUES ('coordinator2@test.sluitend.nl', 'Tweede Coördinator', $1, $2, '{actietafel-coordinator}', 1)`,
      [hash, gemeenteId],
    );
    otherRegionId = (
      await one<{ id: string }>(`INSERT INTO region (name, life_domains) VALUES ('Regio Elders', '[]') RETURNING id`)
    ).id;
    const otherOrganisation = await one<{ id: string }>(
      `INSERT INTO organisation (name, sector, region_id, version) VALUES ('Gemeente Elders', 'gemeente', $1, 1)
       RETURNING id`,
      [otherRegionId],
    );
    await db().query(
      `INSERT INTO app_user (email, name, password_hash, organisation_id, roles, version)
       VALUES ('elders@test.sluitend.nl', 'Coördinator Elders', $1, $2, '{actietafel-coordinator,actietafel-chair}', 1)`,
      [hash, otherOrganisation.id],
    );
    worker = await actor('jongerenwerker@demo.sluitend.nl');
    coordinator = await actor('coordinator@demo.sluitend.nl');
    secondCoordinator = await actor('coordinator2@test.sluitend.nl');
    chair = await actor('chair@demo.sluitend.nl');
    member = await actor('member@demo.sluitend.nl');
    werk = await actor('werk@demo.sluitend.nl');
    elsewhere = await actor('elders@test.sluitend.nl');
  });

  afterAll(() => subject.close());

  describe('the whole path: draft → submitted → accepted → scheduled → agreements running → closed', () => {
    let caseId: string;
    let id: string;
    let sessionId: string;
    let ownedByWorker: string;
    let ownedByOrganisation: string;

    beforeAll(async () => {
      caseId = await openCase('Pad');
    });

    it('saves a draft with empty fields, which only the case team sees', async () => {
      const draft = await post(worker, `/cases/${caseId}/escalations`, { request: EMPTY });
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        caseId,
        state: 'draft',
        version: 1,
        request: EMPTY,
        ladderLevel: 'table',
        subject: { firstName: 'Jesse', lastName: 'Pad', municipalityName: 'Tiel' },
        availableTransitions: ['submit'],
        history: [],
        attachedPlan: null,
        submittedAt: null,
      });
      id = draft.body.id;

      expect((await get(worker, `/cases/${caseId}/escalations`)).body).toEqual([
        expect.objectContaining({ id, state: 'draft', openAgreements: 0, overdueAgreements: 0 }),
      ]);
      expect((await get(coordinator, `/escalations/${id}`)).status).toBe(404);
      const queue = await get(coordinator, '/escalations').query({ pageSize: 100 });
      expect(queue.body.items.map((item: { id: string }) => item.id)).not.toContain(id);
    });

    it('refuses to submit an incomplete draft, naming every missing field, and changes nothing', async () => {
      const before = await row(id);
      const refused = await transition(worker, id, { transition: 'submit', version: 1 });
      expect(refused.status).toBe(400);
      expect(problemCode(refused.body)).toBe('request-incomplete');
      expect(fieldsOf(refused.body)).toEqual([
        'request.reasonCode',
        'request.reasonText',
        'request.whatWasTried',
        'request.question',
        'request.sectorsNeeded',
      ]);
      expect(refused.body.allowedTransitions).toEqual(['submit']);
      expect(await row(id)).toEqual(before);
    });

    it('saves the completed draft and submits it, attaching the current toekomstplan version', async () => {
      const saved = await put(worker, `/escalations/${id}`, { version: 1, request: COMPLETE });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 2, request: COMPLETE, state: 'draft' });

      const submitted = await transition(worker, id, { transition: 'submit', version: 2, note: 'Graag snel.' });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        state: 'submitted',
        version: 3,
        attachedPlan: { number: 1 },
        history: [
          { transition: 'submit', from: 'draft', to: 'submitted', by: { userId: worker.id }, why: 'Graag snel.' },
        ],
        availableTransitions: [],
      });
      expect(submitted.body.submittedAt).not.toBeNull();

      const plan = await get(worker, `/escalations/${id}/plan-version`);
      expect(plan.status).toBe(200);
      expect(plan.body).toMatchObject({ caseId, number: 1 });
      const timeline = await get(worker, `/cases/${caseId}/timeline`);
      expect(timeline.body[0]).toMatchObject({ kind: 'escalation.submit', details: { escalationId: id } });
    });

    it('shows the coordinator the submitted escalation with the table’s transitions, logged on the table’s ground', async () => {
      const response = await get(coordinator, `/escalations/${id}`);
      expect(response.status).toBe(200);
      expect(response.body.availableTransitions).toEqual(['accept', 'return', 'reject']);
      expect(await lastAudit(coordinator.id, 'escalation')).toEqual({
        action: 'read',
        ground: 'actietafel-agenda',
        ground_reference: id,
        case_ids: [caseId],
      });
      const chairView = await get(chair, `/escalations/${id}`);
      expect(chairView.status).toBe(200);
      expect(chairView.body.availableTransitions).toEqual([]);
      const teamView = await get(worker, `/escalations/${id}`);
      expect(teamView.body.availableTransitions).toEqual([]);
      expect((await lastAudit(worker.id, 'escalation')).ground).toBe('consent');
    });

    it('the coordinator accepts it and puts it on the agenda of a planned session of the region', async () => {
      const accepted = await step(coordinator, id, { transition: 'accept' });
      expect(accepted).toMatchObject({ state: 'accepted', availableTransitions: ['schedule'] });
      expect((await row(id))['triaged_at']).not.toBeNull();

      sessionId = await planSessionThroughApi();
      const scheduled = await step(coordinator, id, { transition: 'schedule', sessionId });
      expect(scheduled).toMatchObject({ state: 'scheduled', sessionId, availableTransitions: ['discuss'] });
      expect(
        await one(`SELECT kind, position, minutes_planned, phase FROM agenda_item WHERE escalation_id = $1`, [id]),
      ).toEqual({ kind: 'escalation', position: 1, minutes_planned: 20, phase: 'pending' });
      const timeline = await get(worker, `/cases/${caseId}/timeline`);
      expect(timeline.body[0]).toMatchObject({ kind: 'escalation.schedule', details: { sessionId } });
      expect(await lastAudit(coordinator.id, 'escalation')).toMatchObject({ action: 'update', ground_reference: id });
    });

    it('the session is held: the chair records two agreements, and ending it sets the agreements running', async () => {
      await sessionStep(coordinator, sessionId, 'send-agenda');
      await sessionStep(chair, sessionId, 'start');
      const item = await one<{ id: string }>(`SELECT id FROM agenda_item WHERE escalation_id = $1`, [id]);
      const record = async (owner: Record<string, string>) => {
        const made = await post(chair, `/actietafel-sessions/${sessionId}/agenda-items/${item.id}/agreements`, {
          what: 'Intake plannen binnen twee weken',
          deadline: inDays(14),
          ...owner,
        });
        expect(made.status).toBe(201);
        return made.body.id as string;
      };
      ownedByWorker = await record({ ownerUserId: worker.id });
      ownedByOrganisation = await record({ ownerOrganisationId: jeugdGgzId });
      await sessionStep(chair, sessionId, 'end');
      const discussed = await get(coordinator, `/escalations/${id}`);
      expect(discussed.body).toMatchObject({
        state: 'agreements-running',
        availableTransitions: ['close', 'escalate-further'],
      });
      expect(discussed.body.history.at(-1)).toMatchObject({ transition: 'discuss', by: { userId: chair.id } });
      expect(discussed.body.agreements.map((a: { id: string }) => a.id)).toEqual([ownedByWorker, ownedByOrganisation]);
    });

    it('refuses to close while an agreement is open, with the allowed transitions and the open agreement', async () => {
      const refused = await transition(coordinator, id, {
        transition: 'close',
        version: await versionOf(id),
        outcome: 'resolved',
        evaluation: 'Snel geregeld.',
      });
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({
        type: 'https://sluitend.nl/problems/agreements-open',
        status: 409,
        state: 'agreements-running',
        allowedTransitions: ['close', 'escalate-further'],
      });
      expect(fieldsOf(refused.body)).toEqual(['agreements[0].status', 'agreements[1].status']);
      const summary = (await get(worker, `/cases/${caseId}/escalations`)).body[0];
      expect(summary).toMatchObject({ state: 'agreements-running', openAgreements: 2, overdueAgreements: 0 });
    });

    it('the owner marks an agreement done with a note; the coordinator drops the other with a reason', async () => {
      const noNote = await patch(worker, `/agreements/${ownedByWorker}`, { version: 1, status: 'done' });
      expect(noNote.status).toBe(400);
      expect(fieldsOf(noNote.body)).toEqual(['doneNote']);
      const done = await patch(worker, `/agreements/${ownedByWorker}`, {
        version: 1,
        status: 'done',
        doneNote: 'Intake is op 3 maart.',
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        status: 'done',
        doneNote: 'Intake is op 3 maart.',
        settledBy: { userId: worker.id },
        version: 2,
        owner: { userId: worker.id, name: 'Sanne de Vries', organisationName: 'Jongerenwerk Rivierenland' },
      });
      const notTheOwner = await patch(worker, `/agreements/${ownedByOrganisation}`, {
        version: 1,
        status: 'done',
        doneNote: 'Gedaan.',
      });
      expect(notTheOwner.status).toBe(404);
      const dropped = await patch(coordinator, `/agreements/${ownedByOrganisation}`, {
        version: 1,
        status: 'dropped',
        dropReason: 'Niet meer nodig: de jongere is verhuisd.',
      });
      expect(dropped.status).toBe(200);
      expect(dropped.body).toMatchObject({
        status: 'dropped',
        owner: { userId: null, organisationId: jeugdGgzId, name: 'Jeugd-GGZ Betuwe' },
      });
      expect(await lastAudit(coordinator.id, 'agreement')).toEqual({
        action: 'update',
        ground: 'actietafel-agenda',
        ground_reference: sessionId,
        case_ids: [caseId],
      });
    });

    it('closes with an outcome and an evaluation once every agreement is settled', async () => {
      const noOutcome = await transition(coordinator, id, { transition: 'close', version: await versionOf(id) });
      expect(noOutcome.status).toBe(400);
      expect(problemCode(noOutcome.body)).toBe('outcome-required');
      expect(fieldsOf(noOutcome.body)).toEqual(['outcome', 'evaluation']);

      const closed = await step(coordinator, id, {
        transition: 'close',
        outcome: 'resolved',
        evaluation: 'Plek met voorrang gevonden.',
      });
      expect(closed).toMatchObject({
        state: 'closed',
        outcome: 'resolved',
        evaluation: 'Plek met voorrang gevonden.',
        availableTransitions: [],
      });
      expect(closed.closedAt).not.toBeNull();
      expect(closed.history.map((record: { transition: string }) => record.transition)).toEqual([
        'submit',
        'accept',
        'schedule',
        'discuss',
        'close',
      ]);
      expect(closed.agreements.map((a: { status: string }) => a.status)).toEqual(['done', 'dropped']);
      const timeline = await get(worker, `/cases/${caseId}/timeline`);
      expect(timeline.body[0]).toMatchObject({ kind: 'escalation.close', summary: 'Escalatie gesloten: opgelost' });
    });

    it('keeps the agreements of a closed escalation as they are', async () => {
      const reopened = await patch(coordinator, `/agreements/${ownedByWorker}`, { version: 2, status: 'open' });
      expect(reopened.status).toBe(409);
      expect(problemCode(reopened.body)).toBe('escalation-closed');
    });

    it('puts the escalation, its history and agreements in the subject-access report', async () => {
      const report = await get(worker, `/cases/${caseId}/subject-access-report`);
      expect(report.status).toBe(200);
      expect(report.body.escalations).toEqual([
        expect.objectContaining({
          id,
          state: 'closed',
          request: COMPLETE,
          history: expect.arrayContaining([expect.objectContaining({ transition: 'close' })]),
          agreements: [expect.objectContaining({ status: 'done' }), expect.objectContaining({ status: 'dropped' })],
        }),
      ]);
      expect(report.body.escalations[0]).not.toHaveProperty('availableTransitions');
      const pdf = await get(worker, `/cases/${caseId}/subject-access-report/pdf`);
      expect(pdf.status).toBe(200);
    });
  });

  describe('return with a question, resubmit with the answer', () => {
    it('the coordinator returns it with a question; the team edits, answers and resubmits', async () => {
      const caseId = await openCase('Vraag');
      const { id } = await create(caseId, COMPLETE, true);
      const firstSubmittedAt = (await row(id))['submitted_at'];

      const noQuestion = await transition(coordinator, id, { transition: 'return', version: await versionOf(id) });
      expect(noQuestion.status).toBe(400);
      expect(problemCode(noQuestion.body)).toBe('question-required');
      expect(fieldsOf(noQuestion.body)).toEqual(['question']);

      const returned = await step(coordinator, id, {
        transition: 'return',
        question: 'Welke aanbieders zijn al benaderd?',
      });
      expect(returned.state).toBe('returned');
      const teamView = await get(worker, `/escalations/${id}`);
      expect(teamView.body.availableTransitions).toEqual(['resubmit']);

      const edited = await put(worker, `/escalations/${id}`, {
        version: await versionOf(id),
        request: { ...COMPLETE, whatWasTried: `${COMPLETE.whatWasTried} Ook Karakter en Pluryn.` },
      });
      expect(edited.status).toBe(200);
      expect(edited.body.state).toBe('returned');

      const noAnswer = await transition(worker, id, { transition: 'resubmit', version: await versionOf(id) });
      expect(noAnswer.status).toBe(400);
      expect(problemCode(noAnswer.body)).toBe('answer-required');

      const resubmitted = await step(worker, id, { transition: 'resubmit', answer: 'Karakter en Pluryn.' });
      expect(resubmitted.state).toBe('submitted');
      expect(resubmitted.history.map((r: { transition: string; why: string }) => [r.transition, r.why])).toEqual([
        ['submit', null],
        ['return', 'Welke aanbieders zijn al benaderd?'],
        ['resubmit', 'Karakter en Pluryn.'],
      ]);
      expect((await row(id))['submitted_at']).toEqual(firstSubmittedAt);
      const timeline = (await get(worker, `/cases/${caseId}/timeline`)).body.map((e: { kind: string }) => e.kind);
      expect(timeline).toEqual(expect.arrayContaining(['escalation.return', 'escalation.resubmit']));
    });
  });

  describe('reject', () => {
    it('the coordinator rejects with a reason; rejected is final', async () => {
      const caseId = await openCase('Afgewezen');
      const { id } = await create(caseId, COMPLETE, true);
      const noReason = await transition(coordinator, id, { transition: 'reject', version: await versionOf(id) });
      expect(noReason.status).toBe(400);
      expect(fieldsOf(noReason.body)).toEqual(['reason']);

      const rejected = await step(coordinator, id, {
        transition: 'reject',
        reason: 'Hoort bij het wijkteam, niet bij de tafel.',
      });
      expect(rejected).toMatchObject({ state: 'rejected', availableTransitions: [] });
      expect((await row(id))['triaged_at']).not.toBeNull();

      const again = await transition(coordinator, id, { transition: 'accept', version: await versionOf(id) });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ allowedTransitions: [], state: 'rejected' });
      expect(again.body.detail).toContain('final');
    });
  });

  describe('the escalation ladder', () => {
    it('escalates further twice, each step with its own deadline, then refuses at the top', async () => {
      const target = await running('Ladder');
      const inThePast = await transition(chair, target.id, {
        transition: 'escalate-further',
        version: await versionOf(target.id),
        reason: 'De tafel komt er niet uit.',
        deadline: inDays(-1),
      });
      expect(inThePast.status).toBe(400);
      expect(problemCode(inThePast.body)).toBe('deadline-in-past');

      const management = await step(chair, target.id, {
        transition: 'escalate-further',
        reason: 'Financieringsgeschil tussen gemeente en zorgkantoor.',
        deadline: inDays(14),
      });
      expect(management).toMatchObject({
        state: 'agreements-running',
        ladderLevel: 'management',
        ladder: [{ level: 'management', deadline: inDays(14), by: { userId: chair.id } }],
      });
      const administrative = await step(coordinator, target.id, {
        transition: 'escalate-further',
        reason: 'Het management is het niet eens geworden.',
        deadline: inDays(30),
      });
      expect(administrative.ladderLevel).toBe('administrative');
      expect(administrative.ladder.map((s: { level: string; deadline: string }) => [s.level, s.deadline])).toEqual([
        ['management', inDays(14)],
        ['administrative', inDays(30)],
      ]);

      const top = await transition(coordinator, target.id, {
        transition: 'escalate-further',
        version: await versionOf(target.id),
        reason: 'Nog hoger?',
        deadline: inDays(40),
      });
      expect(top.status).toBe(409);
      expect(problemCode(top.body)).toBe('ladder-top-reached');
      expect(top.body.allowedTransitions).toEqual(['close', 'escalate-further']);
      expect(
        Number(
          (
            await one<{ n: string }>(`SELECT COUNT(*) AS n FROM escalation_ladder_step WHERE escalation_id = $1`, [
              target.id,
            ])
          ).n,
        ),
      ).toBe(2);
      const kinds = (await get(worker, `/cases/${target.caseId}/timeline`)).body.map((e: { kind: string }) => e.kind);
      expect(kinds.filter((kind: string) => kind === 'escalation.escalate-further')).toHaveLength(2);
    });
  });

  describe('refusals', () => {
    let caseId: string;
    let id: string;

    beforeAll(async () => {
      caseId = await openCase('Weigering');
      id = (await create(caseId, COMPLETE, true)).id;
    });

    it('refuses the team member who tries to accept: 403, naming what the state allows', async () => {
      const response = await transition(worker, id, { transition: 'accept', version: await versionOf(id) });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        type: 'https://sluitend.nl/problems/role-not-allowed',
        allowedTransitions: ['accept', 'return', 'reject'],
      });
    });

    it('refuses the chair who tries to accept: triage is the coordinator’s', async () => {
      const response = await transition(chair, id, { transition: 'accept', version: await versionOf(id) });
      expect(response.status).toBe(403);
      expect(problemCode(response.body)).toBe('role-not-allowed');
    });

    it('answers 404 to those without a part, and logs the attempt as denied', async () => {
      for (const stranger of [member, werk]) {
        expect((await get(stranger, `/escalations/${id}`)).status).toBe(404);
        expect((await get(stranger, `/escalations/${id}/plan-version`)).status).toBe(404);
        const attempt = await transition(stranger, id, { transition: 'accept', version: await versionOf(id) });
        expect(attempt.status).toBe(404);
        expect(JSON.stringify(attempt.body)).not.toContain('Weigering');
      }
      const denied = await one<{ n: string }>(
        `SELECT COUNT(*) AS n FROM audit_event WHERE user_id = $1 AND action = 'denied' AND $2 = ANY(case_ids)`,
        [werk.id, caseId],
      );
      expect(Number(denied.n)).toBeGreaterThanOrEqual(2);
      expect((await get(member, '/escalations')).status).toBe(403);
      expect((await get(werk, '/escalations')).status).toBe(403);
    });

    it('answers 404 to the coordinator of another region, whose list does not show it', async () => {
      expect((await get(elsewhere, `/escalations/${id}`)).status).toBe(404);
      const attempt = await transition(elsewhere, id, { transition: 'accept', version: await versionOf(id) });
      expect(attempt.status).toBe(404);
      const list = await get(elsewhere, '/escalations');
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ items: [], total: 0 });
    });

    it('refuses an illegal transition with 409 and the transitions the state allows', async () => {
      const before = await row(id);
      const response = await transition(coordinator, id, {
        transition: 'close',
        version: await versionOf(id),
        outcome: 'resolved',
        evaluation: 'x',
      });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        type: 'https://sluitend.nl/problems/transition-not-allowed',
        title: 'Conflict',
        status: 409,
        state: 'submitted',
        transition: 'close',
        allowedTransitions: ['accept', 'return', 'reject'],
        errors: [],
      });
      expect(await row(id)).toEqual(before);
    });

    it('refuses a stale version with 409 escalation-changed and changes nothing', async () => {
      const before = await row(id);
      const response = await transition(coordinator, id, {
        transition: 'accept',
        version: Number(before['version']) - 1,
      });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({
        type: 'https://sluitend.nl/problems/escalation-changed',
        currentVersion: before['version'],
      });
      expect(await row(id)).toEqual(before);
      const stale = await put(worker, `/escalations/${id}`, { version: 1, request: COMPLETE });
      expect(stale.status).toBe(409);
    });

    it('answers bad input with 400 and field errors, and changes nothing', async () => {
      const before = await row(id);
      const count = async () =>
        Number((await one<{ n: string }>(`SELECT COUNT(*) AS n FROM escalation WHERE case_id = $1`, [caseId])).n);
      const escalations = await count();
      const version = Number(before['version']);
      const cases: Array<
        [string, () => Promise<{ status: number; body: { errors?: Array<{ field: string }> } }>, string[]]
      > = [
        ['unknown transition', () => transition(coordinator, id, { transition: 'approve', version }), ['transition']],
        [
          'version as text',
          () => transition(coordinator, id, { transition: 'accept', version: 'latest' }),
          ['version'],
        ],
        [
          'an impossible deadline',
          () => transition(coordinator, id, { transition: 'accept', version, deadline: '2026-02-30' }),
          ['deadline'],
        ],
        [
          'an unknown field',
          () => transition(coordinator, id, { transition: 'accept', version, priority: 'high' }),
          ['priority'],
        ],
        [
          'an unknown outcome',
          () => transition(coordinator, id, { transition: 'accept', version, outcome: 'fine' }),
          ['outcome'],
        ],
        [
          'a too long question',
          () => transition(coordinator, id, { transition: 'return', version, question: 'x'.repeat(2001) }),
          ['question'],
        ],
        [
          'an unknown sector and urgency',
          () =>
            post(worker, `/cases/${caseId}/escalations`, {
              request: { ...COMPLETE, urgency: 'asap', sectorsNeeded: ['politie'] },
            }),
          ['request.urgency', 'request.sectorsNeeded'],
        ],
        [
          'a reason code over 60 characters',
          () => post(worker, `/cases/${caseId}/escalations`, { request: { ...COMPLETE, reasonCode: 'x'.repeat(61) } }),
          ['request.reasonCode'],
        ],
        ['no request at all', () => post(worker, `/cases/${caseId}/escalations`, { submit: true }), ['request']],
        [
          'an unknown field in the request',
          () => post(worker, `/cases/${caseId}/escalations`, { request: { ...COMPLETE, bsn: '123456782' } }),
          ['request.bsn'],
        ],
      ];
      for (const [label, send, fields] of cases) {
        const response = await send();
        expect({ label, status: response.status }).toEqual({ label, status: 400 });
        expect({ label, fields: [...new Set(fieldsOf(response.body))] }).toEqual({ label, fields });
      }
      expect(await row(id)).toEqual(before);
      expect(await count()).toBe(escalations);
    });

    it('refuses to submit without consent for the Actietafel: 409, and create-and-submit stores nothing', async () => {
      const withoutConsent = await openCase('Zonder', { actietafelConsent: false });
      const together = await post(worker, `/cases/${withoutConsent}/escalations`, { request: COMPLETE, submit: true });
      expect(together.status).toBe(409);
      expect(together.body).toMatchObject({
        type: 'https://sluitend.nl/problems/actietafel-consent-required',
        allowedTransitions: ['submit'],
      });
      const stored = await one<{ n: string }>(`SELECT COUNT(*) AS n FROM escalation WHERE case_id = $1`, [
        withoutConsent,
      ]);
      expect(Number(stored.n)).toBe(0);

      const draft = await create(withoutConsent);
      const submit = await transition(worker, draft.id, { transition: 'submit', version: draft.version });
      expect(submit.status).toBe(409);
      expect(problemCode(submit.body)).toBe('actietafel-consent-required');
      expect((await row(draft.id))['state']).toBe('draft');
    });

    it('puts an escalation only on an open session of its own region', async () => {
      const target = await openCase('Agenda');
      const { id: accepted } = await create(target, COMPLETE, true);
      await step(coordinator, accepted, { transition: 'accept' });
      const foreign = await planSession({ region: otherRegionId });
      const elsewhereSession = await transition(coordinator, accepted, {
        transition: 'schedule',
        version: await versionOf(accepted),
        sessionId: foreign,
      });
      expect(elsewhereSession.status).toBe(400);
      expect(fieldsOf(elsewhereSession.body)).toEqual(['sessionId']);
      const ended = await planSession({ state: 'ended' });
      const toEnded = await transition(coordinator, accepted, {
        transition: 'schedule',
        version: await versionOf(accepted),
        sessionId: ended,
      });
      expect(toEnded.status).toBe(409);
      expect(problemCode(toEnded.body)).toBe('session-not-open');
      const noSession = await transition(coordinator, accepted, {
        transition: 'schedule',
        version: await versionOf(accepted),
      });
      expect(noSession.status).toBe(400);
      expect(problemCode(noSession.body)).toBe('session-required');
      expect((await row(accepted))['state']).toBe('accepted');
      const items = await one<{ n: string }>(`SELECT COUNT(*) AS n FROM agenda_item WHERE escalation_id = $1`, [
        accepted,
      ]);
      expect(Number(items.n)).toBe(0);
    });

    it('lets the team delete a draft, and nothing else', async () => {
      const draft = await create(caseId, EMPTY);
      expect(
        (await coordinator.agent.delete(`/api/v1/escalations/${draft.id}`).set('X-XSRF-TOKEN', coordinator.token))
          .status,
      ).toBe(404);
      const submitted = await worker.agent.delete(`/api/v1/escalations/${id}`).set('X-XSRF-TOKEN', worker.token);
      expect(submitted.status).toBe(409);
      expect(problemCode(submitted.body)).toBe('escalation-not-draft');
      const deleted = await worker.agent.delete(`/api/v1/escalations/${draft.id}`).set('X-XSRF-TOKEN', worker.token);
      expect(deleted.status).toBe(204);
      expect((await get(worker, `/escalations/${draft.id}`)).status).toBe(404);
    });

    it('lets exactly one of two coordinators accepting at once succeed; the other gets 409', async () => {
      const target = await openCase('Tegelijk');
      const { id: contested } = await create(target, COMPLETE, true);
      const version = await versionOf(contested);
      const answers = await Promise.all(
        [coordinator, secondCoordinator].map((who) => transition(who, contested, { transition: 'accept', version })),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(problemCode(answers.find((answer) => answer.status === 409)?.body ?? {})).toBe('escalation-changed');
      const accepts = await one<{ n: string }>(
        `SELECT COUNT(*) AS n FROM escalation_transition WHERE escalation_id = $1 AND transition = 'accept'`,
        [contested],
      );
      expect(Number(accepts.n)).toBe(1);
    });
  });

  describe('the coordinator’s triage queue', () => {
    it('lists urgent first, then the longest waiting, with how long each has waited; one logged read per page', async () => {
      const zaltbommel = (await one<{ id: string }>(`SELECT id FROM municipality WHERE name = 'Zaltbommel'`)).id;
      const older = await create(await openCase('Oud', { municipality: zaltbommel }), COMPLETE, true);
      const urgent = await create(
        await openCase('Spoed', { municipality: zaltbommel }),
        { ...COMPLETE, urgency: 'urgent' },
        true,
      );
      const newer = await create(await openCase('Nieuw', { municipality: zaltbommel }), COMPLETE, true);
      await create(await openCase('Concept', { municipality: zaltbommel }), COMPLETE);

      const triage = await get(coordinator, '/escalations').query({
        municipalityId: zaltbommel,
        state: 'submitted,returned',
        sort: 'triage',
      });
      expect(triage.status).toBe(200);
      expect(triage.body.items.map((item: { id: string }) => item.id)).toEqual([urgent.id, older.id, newer.id]);
      expect(triage.body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
      expect(triage.body.items[0]).toMatchObject({
        urgency: 'urgent',
        state: 'submitted',
        subject: { lastName: 'Spoed', municipalityName: 'Zaltbommel' },
        openAgreements: 0,
        overdueAgreements: 0,
      });
      expect(triage.body.items[0].stateSince).toBe(triage.body.items[0].submittedAt);
      const audit = await lastAudit(coordinator.id, 'escalation-list');
      expect(audit).toMatchObject({ action: 'search', ground: 'actietafel-agenda' });
      expect([...audit.case_ids].sort()).toEqual(
        triage.body.items.map((item: { caseId: string }) => item.caseId).sort(),
      );

      const newest = await get(chair, '/escalations').query({ municipalityId: zaltbommel, pageSize: 2 });
      expect(newest.body.items.map((item: { id: string }) => item.id)).toEqual([newer.id, urgent.id]);
      expect(newest.body.total).toBe(3);
      const onlyUrgent = await get(coordinator, '/escalations').query({
        municipalityId: zaltbommel,
        urgency: 'urgent',
      });
      expect(onlyUrgent.body.items.map((item: { id: string }) => item.id)).toEqual([urgent.id]);

      const badState = await get(coordinator, '/escalations').query({ state: 'submitted,lost' });
      expect(badState.status).toBe(400);
      expect(fieldsOf(badState.body)).toContain('state');
    });
  });

  describe('reading through a session', () => {
    it('shows an invited member the escalation only while the session’s agenda is out, logged on the session', async () => {
      const caseId = await openCase('Uitgenodigd');
      const { id } = await create(caseId, COMPLETE, true);
      await step(coordinator, id, { transition: 'accept' });
      const sessionId = await planSession();
      await step(coordinator, id, { transition: 'schedule', sessionId });
      await db().query(`INSERT INTO session_invitee (session_id, user_id, sector) VALUES ($1, $2, 'jeugdhulp')`, [
        sessionId,
        member.id,
      ]);

      expect((await get(member, `/escalations/${id}`)).status).toBe(404);
      await db().query(`UPDATE actietafel_session SET state = 'agenda-sent', agenda_sent_at = now() WHERE id = $1`, [
        sessionId,
      ]);
      const seen = await get(member, `/escalations/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ subject: { lastName: 'Uitgenodigd' }, availableTransitions: [] });
      expect(await lastAudit(member.id, 'escalation')).toEqual({
        action: 'read',
        ground: 'actietafel-agenda',
        ground_reference: sessionId,
        case_ids: [caseId],
      });
      expect((await get(member, `/escalations/${id}/plan-version`)).status).toBe(200);
    });
  });
});
