import { DEFAULT_LIFE_DOMAINS, addMonths, emptyToekomstplan, todayInAmsterdam } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { OPENING_CONSENT, createTestApp, signIn, type TestApp } from '../../testing/test-app';
import { pdfText } from '@sluitend/test-support';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const today = () => todayInAmsterdam(new Date());
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();
const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((error) => error.field);

const binary = (agent: TestAgent, path: string) =>
  agent
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

interface Person {
  agent: TestAgent;
  token: string;
  id: string;
  organisationId: string;
}

describe('Actietafel sessions', () => {
  let subject: TestApp;
  let coordinator: Person;
  let chair: Person;
  let member: Person;
  let worker: Person;
  let werk: Person;
  let school: Person;
  let outsider: Person;
  let regionId: string;
  let municipalityId: string;

  const db = () => subject.app.get(DataSource);
  const count = async (sql: string, parameters: unknown[] = []) => Number((await db().query(sql, parameters))[0].n);

  const person = async (email: string): Promise<Person> => {
    const agent = subject.browser();
    const token = await signIn(agent, email);
    const me = (await agent.get('/api/v1/auth/me')).body;
    return { agent, token, id: me.id, organisationId: me.organisation?.id ?? me.organisationId };
  };
  const post = (who: Person, path: string, body: object = {}) =>
    who.agent.post(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const patch = (who: Person, path: string, body: object) =>
    who.agent.patch(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const del = (who: Person, path: string) => who.agent.delete(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token);
  const get = (who: Person, path: string) => who.agent.get(`/api/v1${path}`);

  const planBody = (overrides: Record<string, unknown> = {}) => ({
    startsAt: new Date(Date.now() + DAY).toISOString(),
    endsAt: new Date(Date.now() + DAY + 2 * HOUR).toISOString(),
    location: 'Stadhuis Tiel, zaal 2',
    chairUserId: chair.id,
    minuteTakerUserId: school.id,
    invitees: [
      { userId: member.id, sector: 'jeugdhulp' },
      { userId: werk.id, sector: 'werk-en-inkomen' },
    ],
    ...overrides,
  });
  const plan = async (overrides: Record<string, unknown> = {}) => {
    const response = await post(coordinator, '/actietafel-sessions', planBody(overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number; agenda: Array<{ id: string; escalationId: string }> };
  };
  const transition = async (who: Person, sessionId: string, name: string) => {
    const version = (await get(coordinator, `/actietafel-sessions/${sessionId}`)).body.version;
    return post(who, `/actietafel-sessions/${sessionId}/transitions`, { transition: name, version });
  };

  /** A case of the youth worker's, with a saved toekomstplan, escalated and scheduled on the session (SQL). */
  const scheduledEscalation = async (sessionId: string, firstName: string, lastName: string) => {
    const created = await post(worker, '/cases', {
      firstName,
      lastName,
      dateOfBirth: '2008-05-04',
      municipalityId,
      consent: OPENING_CONSENT,
    });
    expect(created.status).toBe(201);
    const caseId: string = created.body.id;
    const plan = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, '2008-05-04', today());
    plan.myFuture.whatIWant = 'Een eigen plek om te wonen.';
    const saved = await worker.agent
      .put(`/api/v1/cases/${caseId}/toekomstplan`)
      .set('X-XSRF-TOKEN', worker.token)
      .send({ basedOnVersion: null, content: plan });
    expect(saved.status).toBe(201);
    const [version] = await db().query(`SELECT id FROM toekomstplan_version WHERE case_id = $1`, [caseId]);
    const [escalation] = await db().query(
      `INSERT INTO escalation (case_id, region_id, state, state_since, reason_code, reason_text, what_was_tried,
                               question, urgency, sectors_needed, plan_version_id, session_id, created_by,
                               submitted_at, triaged_at, version)
       VALUES ($1, $2, 'scheduled', now(), 'housing', 'Geen woonplek na de jeugdhulp.', 'Woningcorporatie en urgentie.',
               'Wie regelt een kamer voor deze jongere?', 'urgent', '{jeugdhulp,gemeente}', $3, $4, $5, now(), now(), 3)
       RETURNING id`,
      [caseId, regionId, version.id, sessionId, worker.id],
    );
    const [item] = await db().query(
      `INSERT INTO agenda_item (session_id, escalation_id, position, kind, minutes_planned, version)
       SELECT $1, $2, coalesce(max(position), 0) + 1, 'escalation', 20, 1 FROM agenda_item WHERE session_id = $1
       RETURNING id`,
      [sessionId, escalation.id],
    );
    return { caseId, escalationId: escalation.id as string, itemId: item.id as string };
  };

  beforeAll(async () => {
    subject = await createTestApp();
    coordinator = await person('coordinator@demo.sluitend.nl');
    chair = await person('chair@demo.sluitend.nl');
    member = await person('member@demo.sluitend.nl');
    worker = await person('jongerenwerker@demo.sluitend.nl');
    werk = await person('werk@demo.sluitend.nl');
    school = await person('school@demo.sluitend.nl');
    outsider = await person('jeugdhulp@demo.sluitend.nl');
    regionId = (await db().query(`SELECT id FROM region LIMIT 1`))[0].id;
    municipalityId = (await get(worker, '/municipalities')).body[0].id;
    for (const who of [coordinator, chair, member, worker, werk, school, outsider])
      who.organisationId = (await db().query(`SELECT organisation_id FROM app_user WHERE id = $1`, [who.id]))[0]
        .organisation_id as string;
  });

  afterAll(() => subject.close());

  describe('the whole path: plan, send the agenda, run the meeting, end it, read the minutes', () => {
    let sessionId: string;
    let mila: { caseId: string; escalationId: string; itemId: string };
    let daan: { caseId: string; escalationId: string; itemId: string };

    it('lets the coordinator plan a session of the region, with chair, minute-taker and invitees', async () => {
      const session = await plan();
      sessionId = session.id;
      expect(session).toMatchObject({
        state: 'planned',
        regionId,
        chair: { userId: chair.id, name: 'Marieke van Dijk' },
        minuteTaker: { userId: school.id },
        myPart: 'coordinator',
        contentAccess: 'full',
        availableTransitions: ['send-agenda', 'cancel'],
        canRecord: false,
        hasMinutes: false,
        agenda: [],
      });
      expect(session).toHaveProperty('invitees', [
        expect.objectContaining({ userId: member.id, name: 'Peter Hol', sector: 'jeugdhulp', attendance: null }),
        expect.objectContaining({ userId: werk.id, name: 'Thomas Janssen', sector: 'werk-en-inkomen' }),
      ]);
      mila = await scheduledEscalation(sessionId, 'Mila', 'Tafelmans');
      daan = await scheduledEscalation(sessionId, 'Daan', 'Tafelmans');
    });

    it('shows an invited member the outline only until the agenda is sent, and strangers nothing at all', async () => {
      const outline = await get(member, `/actietafel-sessions/${sessionId}`);
      expect(outline.status).toBe(200);
      expect(outline.body).toMatchObject({ myPart: 'member', contentAccess: 'outline', availableTransitions: [] });
      expect(outline.body.agenda).toEqual([
        expect.objectContaining({ position: 1, label: 'Huisvesting', urgency: 'urgent', escalation: null }),
        expect.objectContaining({ position: 2, escalation: null, summary: null, decisions: [], agreements: [] }),
      ]);
      expect(JSON.stringify(outline.body)).not.toContain('Tafelmans');
      expect((await get(member, `/actietafel-sessions/${sessionId}/agreements`)).status).toBe(403);
      expect(
        (await get(member, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}/plan-version`)).status,
      ).toBe(403);

      for (const stranger of [outsider, worker]) {
        const response = await get(stranger, `/actietafel-sessions/${sessionId}`);
        expect(response.status).toBe(404);
        expect(JSON.stringify(response.body)).not.toContain('Tafelmans');
        expect((await get(stranger, '/actietafel-sessions?when=all')).body).toEqual([]);
      }
      const denied = await count(
        `SELECT COUNT(*) AS n FROM audit_event WHERE user_id = $1 AND action = 'denied' AND $2 = ANY(case_ids)`,
        [outsider.id, mila.caseId],
      );
      expect(denied).toBe(1);
    });

    it('lists the session for the coordinator, the chair and the invited, with their part', async () => {
      const forCoordinator = (await get(coordinator, '/actietafel-sessions')).body;
      expect(forCoordinator).toEqual([
        expect.objectContaining({ id: sessionId, myPart: 'coordinator', agendaItemCount: 2, hasMinutes: false }),
      ]);
      expect((await get(member, '/actietafel-sessions')).body).toEqual([
        expect.objectContaining({ id: sessionId, myPart: 'member' }),
      ]);
      expect((await get(school, '/actietafel-sessions')).body).toEqual([
        expect.objectContaining({ id: sessionId, myPart: 'minute-taker' }),
      ]);
      expect((await get(chair, '/actietafel-sessions?when=past')).body).toEqual([]);
    });

    it('refuses the wrong part (403) and a transition the state does not allow (409, naming the allowed ones)', async () => {
      const byMember = await transition(member, sessionId, 'send-agenda');
      expect(byMember.status).toBe(403);
      expect(problemCode(byMember.body)).toBe('part-not-allowed');

      const plannedByChair = await patch(chair, `/actietafel-sessions/${sessionId}`, {
        version: 1,
        location: 'Elders',
      });
      expect(plannedByChair.status).toBe(403);

      const early = await transition(coordinator, sessionId, 'end');
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ allowedTransitions: ['send-agenda', 'cancel'] });
      expect(problemCode(early.body)).toBe('transition-not-allowed');

      const stale = await post(coordinator, `/actietafel-sessions/${sessionId}/transitions`, {
        transition: 'send-agenda',
        version: 99,
      });
      expect(stale.status).toBe(409);
      expect(problemCode(stale.body)).toBe('session-changed');

      const blocked = await transition(coordinator, sessionId, 'cancel');
      expect(blocked.status).toBe(409);
      expect(problemCode(blocked.body)).toBe('session-has-agenda');
      expect((await get(coordinator, `/actietafel-sessions/${sessionId}`)).body.state).toBe('planned');
    });

    it('reorders the agenda and time boxes, keeping positions 1..n', async () => {
      const item = (await get(coordinator, `/actietafel-sessions/${sessionId}`)).body.agenda[1];
      const moved = await patch(coordinator, `/actietafel-sessions/${sessionId}/agenda-items/${daan.itemId}`, {
        version: item.version,
        position: 1,
        minutesPlanned: 30,
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ position: 1, minutesPlanned: 30 });
      const agenda = (await get(coordinator, `/actietafel-sessions/${sessionId}`)).body.agenda;
      expect(
        agenda.map((entry: { escalationId: string; position: number }) => [entry.escalationId, entry.position]),
      ).toEqual([
        [daan.escalationId, 1],
        [mila.escalationId, 2],
      ]);
      const tooShort = await patch(coordinator, `/actietafel-sessions/${sessionId}/agenda-items/${daan.itemId}`, {
        version: agenda[0].version,
        minutesPlanned: 3,
      });
      expect(tooShort.status).toBe(400);
      expect(fieldsOf(tooShort.body)).toEqual(['minutesPlanned']);
      const tooFar = await patch(coordinator, `/actietafel-sessions/${sessionId}/agenda-items/${daan.itemId}`, {
        version: agenda[0].version,
        position: 3,
      });
      expect(tooFar.status).toBe(400);
      expect((await get(coordinator, `/actietafel-sessions/${sessionId}`)).body.agenda[0]).toMatchObject({
        escalationId: daan.escalationId,
        minutesPlanned: 30,
        version: agenda[0].version,
      });
    });

    it('sends the agenda: invitees, chair and minute-taker are told, and members now see the cases (logged)', async () => {
      const sent = await transition(coordinator, sessionId, 'send-agenda');
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ state: 'agenda-sent', availableTransitions: ['start'] });
      expect(sent.body.agendaSentAt).toEqual(expect.any(String));

      for (const who of [member, werk, chair, school]) {
        const notifications = (await get(who, '/notifications')).body;
        expect(notifications).toEqual([
          expect.objectContaining({
            kind: 'session.agenda-sent',
            link: `/actietafel/sessions/${sessionId}`,
            readAt: null,
            title: expect.stringMatching(/^De agenda van de Actietafel van \d{1,2} \w+ is verstuurd$/),
          }),
        ]);
      }
      expect((await get(outsider, '/notifications')).body).toEqual([]);

      const before = await count(
        `SELECT COUNT(*) AS n FROM audit_event WHERE user_id = $1 AND ground = 'actietafel-agenda' AND ground_reference = $2`,
        [member.id, sessionId],
      );
      const full = await get(member, `/actietafel-sessions/${sessionId}`);
      expect(full.body.contentAccess).toBe('full');
      expect(full.body.agenda[1].escalation).toMatchObject({
        id: mila.escalationId,
        caseId: mila.caseId,
        state: 'scheduled',
        subject: { firstName: 'Mila', lastName: 'Tafelmans', dateOfBirth: '2008-05-04' },
        request: { question: 'Wie regelt een kamer voor deze jongere?', reasonCode: 'housing' },
        attachedPlan: { number: 1 },
      });
      const [event] = await db().query(
        `SELECT action, resource, case_ids FROM audit_event
          WHERE user_id = $1 AND ground = 'actietafel-agenda' AND ground_reference = $2 ORDER BY sequence DESC LIMIT 1`,
        [member.id, sessionId],
      );
      expect(event).toMatchObject({ action: 'read', resource: 'actietafel-agenda' });
      expect([...event.case_ids].sort()).toEqual([mila.caseId, daan.caseId].sort());
      expect(
        await count(
          `SELECT COUNT(*) AS n FROM audit_event WHERE user_id = $1 AND ground = 'actietafel-agenda' AND ground_reference = $2`,
          [member.id, sessionId],
        ),
      ).toBe(before + 1);

      const plan = await get(member, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}/plan-version`);
      expect(plan.status).toBe(200);
      expect(plan.body).toMatchObject({ caseId: mila.caseId, number: 1 });
      expect(plan.body.content.myFuture.whatIWant).toBe('Een eigen plek om te wonen.');
      const [planRead] = await db().query(
        `SELECT resource, case_ids FROM audit_event WHERE user_id = $1 AND ground_reference = $2 ORDER BY sequence DESC LIMIT 1`,
        [member.id, sessionId],
      );
      expect(planRead).toMatchObject({ resource: 'toekomstplan-version', case_ids: [mila.caseId] });
    });

    it('notes attendance from the sending of the agenda; a substitute needs a name, bad input changes nothing', async () => {
      const present = await patch(chair, `/actietafel-sessions/${sessionId}/invitees/${member.id}`, {
        attendance: 'present',
      });
      expect(present.status).toBe(200);
      expect(present.body).toMatchObject({ userId: member.id, attendance: 'present', substituteName: null });

      const nameless = await patch(school, `/actietafel-sessions/${sessionId}/invitees/${werk.id}`, {
        attendance: 'substitute',
      });
      expect(nameless.status).toBe(400);
      expect(fieldsOf(nameless.body)).toEqual(['substituteName']);
      const unknown = await patch(school, `/actietafel-sessions/${sessionId}/invitees/${werk.id}`, {
        attendance: 'late',
      });
      expect(unknown.status).toBe(400);
      expect(
        (
          await db().query(`SELECT attendance FROM session_invitee WHERE session_id = $1 AND user_id = $2`, [
            sessionId,
            werk.id,
          ])
        )[0].attendance,
      ).toBeNull();

      const substitute = await patch(school, `/actietafel-sessions/${sessionId}/invitees/${werk.id}`, {
        attendance: 'substitute',
        substituteName: 'Jasper de Boer',
      });
      expect(substitute.status).toBe(200);
      expect(substitute.body).toMatchObject({ attendance: 'substitute', substituteName: 'Jasper de Boer' });

      const byMember = await patch(member, `/actietafel-sessions/${sessionId}/invitees/${member.id}`, {
        attendance: 'absent',
      });
      expect(byMember.status).toBe(403);
      const notInvited = await patch(chair, `/actietafel-sessions/${sessionId}/invitees/${outsider.id}`, {
        attendance: 'present',
      });
      expect(notInvited.status).toBe(404);
    });

    it('refuses recording before the session starts, then the chair starts it', async () => {
      const early = await post(chair, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}/decisions`, {
        text: 'Te vroeg',
      });
      expect(early.status).toBe(409);
      expect(problemCode(early.body)).toBe('session-not-in-progress');

      const started = await transition(chair, sessionId, 'start');
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({
        state: 'in-progress',
        myPart: 'chair',
        canRecord: true,
        availableTransitions: ['end'],
      });
      expect(started.body.startedAt).toEqual(expect.any(String));
    });

    it('runs one item at a time with its summary', async () => {
      const items = (await get(chair, `/actietafel-sessions/${sessionId}`)).body.agenda;
      const first = await patch(chair, `/actietafel-sessions/${sessionId}/agenda-items/${daan.itemId}`, {
        version: items[0].version,
        phase: 'running',
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ phase: 'running', finishedAt: null });
      expect(first.body.startedAt).toEqual(expect.any(String));

      const second = await patch(school, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}`, {
        version: items[1].version,
        phase: 'running',
        summary: '  De gemeente en de corporatie zoeken samen een kamer.  ',
      });
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({
        phase: 'running',
        summary: 'De gemeente en de corporatie zoeken samen een kamer.',
      });
      const agenda = (await get(chair, `/actietafel-sessions/${sessionId}`)).body.agenda;
      expect(agenda[0]).toMatchObject({ phase: 'discussed', finishedAt: expect.any(String) });

      const stale = await patch(chair, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}`, {
        version: items[1].version,
        summary: 'Overschreven?',
      });
      expect(stale.status).toBe(409);
      expect(problemCode(stale.body)).toBe('agenda-item-changed');

      const byMember = await patch(member, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}`, {
        version: agenda[1].version,
        summary: 'Door een lid',
      });
      expect(byMember.status).toBe(403);
      const planning = await patch(chair, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}`, {
        version: agenda[1].version,
        position: 1,
      });
      expect(planning.status).toBe(403);

      const done = await patch(chair, `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}`, {
        version: agenda[1].version,
        phase: 'discussed',
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ phase: 'discussed', summary: expect.stringContaining('corporatie') });
    });

    it('records decisions: one with doorzettingsmacht, justified; a second one is refused', async () => {
      const path = `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}/decisions`;
      const unjustified = await post(chair, path, { text: 'De gemeente betaalt.', doorzettingsmacht: true });
      expect(unjustified.status).toBe(400);
      expect(fieldsOf(unjustified.body)).toEqual(['justification']);
      expect(await count(`SELECT COUNT(*) AS n FROM decision`)).toBe(0);

      const breakthrough = await post(chair, path, {
        text: 'De gemeente betaalt de eerste drie maanden huur.',
        doorzettingsmacht: true,
        justification: 'Zonder woonplek valt de jongere tussen wal en schip; geen organisatie nam het op zich.',
      });
      expect(breakthrough.status).toBe(201);
      expect(breakthrough.body).toMatchObject({
        escalationId: mila.escalationId,
        agendaItemId: mila.itemId,
        doorzettingsmacht: true,
        justification: expect.stringContaining('tussen wal en schip'),
      });

      const again = await post(school, path, {
        text: 'Nog een doorbraak.',
        doorzettingsmacht: true,
        justification: 'Nog een keer.',
      });
      expect(again.status).toBe(409);
      expect(problemCode(again.body)).toBe('doorzettingsmacht-taken');

      const plain = await post(school, path, { text: 'De casusregisseur blijft Sanne.' });
      expect(plain.status).toBe(201);
      const mistake = await post(school, path, { text: 'Vergissing' });
      expect((await del(school, `${path}/${mistake.body.id}`)).status).toBe(204);
      expect((await del(school, `${path}/${mistake.body.id}`)).status).toBe(404);
      expect(await count(`SELECT COUNT(*) AS n FROM decision`)).toBe(2);
    });

    it('records agreements with one owner and a deadline from today; bad input changes nothing', async () => {
      const path = `/actietafel-sessions/${sessionId}/agenda-items/${mila.itemId}/agreements`;
      const deadline = addMonths(today(), 1);
      const bothOwners = await post(chair, path, {
        what: 'Kamer regelen',
        ownerUserId: werk.id,
        ownerOrganisationId: member.organisationId,
        deadline,
      });
      expect(bothOwners.status).toBe(400);
      expect(fieldsOf(bothOwners.body)).toEqual(['ownerUserId']);
      const past = await post(chair, path, {
        what: 'Kamer regelen',
        ownerUserId: werk.id,
        deadline: todayInAmsterdam(new Date(Date.now() - 2 * DAY)),
      });
      expect(past.status).toBe(400);
      expect(fieldsOf(past.body)).toEqual(['deadline']);
      const unknownField = await post(chair, path, { what: 'x', ownerUserId: werk.id, deadline, extra: 1 });
      expect(unknownField.status).toBe(400);
      expect(await count(`SELECT COUNT(*) AS n FROM agreement`)).toBe(0);

      const byPerson = await post(chair, path, {
        what: 'Een uitkering aanvragen zodat de huur betaald kan worden.',
        ownerUserId: werk.id,
        deadline,
      });
      expect(byPerson.status).toBe(201);
      expect(byPerson.body).toMatchObject({
        escalationId: mila.escalationId,
        caseId: mila.caseId,
        sessionId,
        agendaItemId: mila.itemId,
        status: 'open',
        overdue: false,
        deadline,
        owner: {
          userId: werk.id,
          organisationId: werk.organisationId,
          name: 'Thomas Janssen',
          organisationName: 'Werkzaak Rivierenland',
        },
      });
      const byOrganisation = await post(school, path, {
        what: 'Een voogd betrekken bij de verhuizing.',
        ownerOrganisationId: member.organisationId,
        deadline: today(),
      });
      expect(byOrganisation.status).toBe(201);
      expect(byOrganisation.body.owner).toEqual({
        userId: null,
        organisationId: member.organisationId,
        name: 'Jeugdbescherming Gelderland',
        organisationName: 'Jeugdbescherming Gelderland',
      });

      const listed = await get(member, `/actietafel-sessions/${sessionId}/agreements`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((agreement: { what: string }) => agreement.what)).toEqual([
        'Een uitkering aanvragen zodat de huur betaald kan worden.',
        'Een voogd betrekken bij de verhuizing.',
      ]);
    });

    it('has no minutes before the end', async () => {
      const early = await get(coordinator, `/actietafel-sessions/${sessionId}/minutes`);
      expect(early.status).toBe(409);
      expect(problemCode(early.body)).toBe('minutes-not-ready');
    });

    it('ends the session: escalations run their agreements, timelines tell, minutes are stored, owners are told', async () => {
      const ended = await transition(chair, sessionId, 'end');
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({
        state: 'ended',
        hasMinutes: true,
        availableTransitions: [],
        endedBy: { userId: chair.id, name: 'Marieke van Dijk' },
      });

      const states = await db().query(`SELECT id, state, version FROM escalation WHERE id = ANY($1) ORDER BY id`, [
        [mila.escalationId, daan.escalationId],
      ]);
      expect(states.map((row: { state: string }) => row.state)).toEqual(['agreements-running', 'agreements-running']);
      const discussed = await db().query(
        `SELECT escalation_id, from_state, to_state, by_user_id FROM escalation_transition WHERE transition = 'discuss'`,
      );
      expect(discussed).toHaveLength(2);
      expect(discussed[0]).toMatchObject({
        from_state: 'scheduled',
        to_state: 'agreements-running',
        by_user_id: chair.id,
      });

      const [timeline] = await db().query(
        `SELECT summary, details FROM case_event WHERE case_id = $1 AND kind = 'actietafel.discussed'`,
        [mila.caseId],
      );
      expect(timeline.summary).toMatch(
        /^Besproken aan de Actietafel van .+: 2 besluiten \(waarvan één met doorzettingsmacht\), 2 afspraken$/,
      );
      expect(timeline.summary).not.toContain('Mila');
      expect(timeline.details).toMatchObject({ sessionId, escalationId: mila.escalationId });

      const [audit] = await db().query(
        `SELECT action, resource, case_ids, ground FROM audit_event WHERE user_id = $1 AND resource = 'actietafel-session'
          ORDER BY sequence DESC LIMIT 1`,
        [chair.id],
      );
      expect(audit).toMatchObject({ action: 'update', ground: 'actietafel-agenda' });
      expect([...audit.case_ids].sort()).toEqual([mila.caseId, daan.caseId].sort());

      const minutes = await get(member, `/actietafel-sessions/${sessionId}/minutes`);
      expect(minutes.status).toBe(200);
      expect(minutes.body).toMatchObject({
        sessionId,
        location: 'Stadhuis Tiel, zaal 2',
        chair: { userId: chair.id, name: 'Marieke van Dijk' },
        minuteTaker: { userId: school.id, name: 'Linda Verhoef' },
        endedBy: { userId: chair.id },
      });
      expect(minutes.body.attendance).toEqual([
        expect.objectContaining({ name: 'Peter Hol', attendance: 'present', substituteName: null }),
        expect.objectContaining({ name: 'Thomas Janssen', attendance: 'substitute', substituteName: 'Jasper de Boer' }),
      ]);
      const [first, second] = minutes.body.items;
      expect(first).toMatchObject({ position: 1, escalationId: daan.escalationId, decisions: [], agreements: [] });
      expect(second).toMatchObject({
        position: 2,
        kind: 'escalation',
        escalationId: mila.escalationId,
        caseId: mila.caseId,
        subject: { firstName: 'Mila', lastName: 'Tafelmans' },
        question: 'Wie regelt een kamer voor deze jongere?',
        minutesPlanned: 20,
        summary: 'De gemeente en de corporatie zoeken samen een kamer.',
      });
      expect(second.minutesSpent).toEqual(expect.any(Number));
      expect(second.decisions).toEqual([
        expect.objectContaining({ doorzettingsmacht: true, justification: expect.stringContaining('wal en schip') }),
        expect.objectContaining({ doorzettingsmacht: false, text: 'De casusregisseur blijft Sanne.' }),
      ]);
      expect(second.agreements.map((agreement: { owner: { name: string } }) => agreement.owner.name)).toEqual([
        'Thomas Janssen',
        'Jeugdbescherming Gelderland',
      ]);

      // The owners: Thomas by name, Peter for his organisation (he was invited); everyone hears of the minutes.
      const thomas = (await get(werk, '/notifications')).body;
      expect(thomas.map((n: { kind: string }) => n.kind).sort()).toEqual([
        'agreements.assigned',
        'session.agenda-sent',
        'session.minutes-ready',
      ]);
      const assigned = thomas.find((n: { kind: string }) => n.kind === 'agreements.assigned');
      expect(assigned.title).toMatch(/^U heeft 1 nieuwe afspraak uit de Actietafel van \d{1,2} \w+$/);
      expect(assigned.link).toBe('/home');
      expect(
        (await get(member, '/notifications')).body.find((n: { kind: string }) => n.kind === 'agreements.assigned'),
      ).toBeDefined();
      expect((await get(school, '/notifications')).body.map((n: { kind: string }) => n.kind).sort()).toEqual([
        'session.agenda-sent',
        'session.minutes-ready',
      ]);
      for (const notification of [...thomas, ...(await get(member, '/notifications')).body])
        expect(notification.title).not.toContain('Tafelmans');
    });

    it('makes the minutes a PDF naming the decisions, the owners and the attendance, logged as an export', async () => {
      const pdf = await binary(member.agent, `/api/v1/actietafel-sessions/${sessionId}/minutes/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toMatch(
        /^attachment; filename="verslag-actietafel-\d{4}-\d{2}-\d{2}\.pdf"$/,
      );
      const body = pdf.body as Buffer;
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(body);
      expect(text).toContain('Verslag Actietafel');
      expect(text).toContain('Mila Tafelmans');
      expect(text).toContain('Wie regelt een kamer voor deze jongere?');
      expect(text).toContain('Thomas Janssen');
      expect(text).toContain('Jeugdbescherming Gelderland');
      expect(text).toContain('Genomen met doorzettingsmacht');
      expect(text).toContain('vervangen door Jasper de Boer');
      const [exported] = await db().query(
        `SELECT action, resource, ground, ground_reference FROM audit_event WHERE user_id = $1 ORDER BY sequence DESC LIMIT 1`,
        [member.id],
      );
      expect(exported).toEqual({
        action: 'export',
        resource: 'actietafel-minutes-pdf',
        ground: 'actietafel-agenda',
        ground_reference: sessionId,
      });
    });

    it('marks a notification read for its addressee only', async () => {
      const [notification] = (await get(werk, '/notifications')).body;
      const read = await post(werk, `/notifications/${notification.id}/read`);
      expect(read.status).toBe(200);
      expect(read.body.readAt).toEqual(expect.any(String));
      expect((await post(member, `/notifications/${notification.id}/read`)).status).toBe(404);
      const again = await post(werk, `/notifications/${notification.id}/read`);
      expect(again.body.readAt).toBe(read.body.readAt);
    });

    it('shows members the outline only once the view window has passed; the coordinator still sees it all', async () => {
      const endsAt = new Date((await get(coordinator, `/actietafel-sessions/${sessionId}`)).body.endsAt);
      const later = jest.spyOn(Clock.prototype, 'now').mockReturnValue(new Date(endsAt.getTime() + 8 * DAY));
      try {
        const outline = await get(member, `/actietafel-sessions/${sessionId}`);
        expect(outline.status).toBe(200);
        expect(outline.body.contentAccess).toBe('outline');
        expect(outline.body.agenda.every((item: { escalation: unknown }) => item.escalation === null)).toBe(true);
        expect(JSON.stringify(outline.body)).not.toContain('Tafelmans');
        expect((await get(member, `/actietafel-sessions/${sessionId}/minutes`)).status).toBe(403);
        expect((await binary(member.agent, `/api/v1/actietafel-sessions/${sessionId}/minutes/pdf`)).status).toBe(403);
        expect((await get(chair, `/actietafel-sessions/${sessionId}/agreements`)).status).toBe(403);
        const [denied] = await db().query(
          `SELECT action, reason FROM audit_event WHERE user_id = $1 ORDER BY sequence DESC LIMIT 1`,
          [chair.id],
        );
        expect(denied).toEqual({ action: 'denied', reason: 'read: outside-view-window' });

        const full = await get(coordinator, `/actietafel-sessions/${sessionId}`);
        expect(full.body.contentAccess).toBe('full');
        expect((await get(coordinator, `/actietafel-sessions/${sessionId}/minutes`)).status).toBe(200);
      } finally {
        later.mockRestore();
      }
    });

    it('brings open agreements back on the agenda of the next session, and gives them back on cancelling', async () => {
      const next = await plan();
      expect(next.agenda).toEqual([
        expect.objectContaining({
          position: 1,
          kind: 'follow-up',
          escalationId: mila.escalationId,
          minutesPlanned: 10,
        }),
      ]);
      const full = await get(coordinator, `/actietafel-sessions/${next.id}`);
      expect(full.body.agenda[0].escalation.earlierAgreements).toHaveLength(2);
      expect(full.body.availableTransitions).toEqual(['send-agenda', 'cancel']);

      // Not twice: a session planned meanwhile leaves it where it is.
      const third = await plan();
      expect(third.agenda).toEqual([]);

      const cancelled = await transition(coordinator, next.id, 'cancel');
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ state: 'cancelled', agenda: [] });
      const sent = await transition(coordinator, third.id, 'send-agenda');
      expect(sent.body.agenda).toEqual([
        expect.objectContaining({ position: 1, kind: 'follow-up', escalationId: mila.escalationId }),
      ]);
    });
  });

  describe('planning input', () => {
    it('refuses bad input with field errors and stores nothing', async () => {
      const before = await count(`SELECT COUNT(*) AS n FROM actietafel_session`);
      const response = await post(coordinator, '/actietafel-sessions', {
        startsAt: '2026-12-03T11:00:00+01:00',
        endsAt: '2026-12-03T09:00:00+01:00',
        chairUserId: member.id,
        minuteTakerUserId: '00000000-0000-4000-8000-000000000000',
        invitees: [{ userId: worker.id, sector: 'welzijn' }],
      });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body).sort()).toEqual(['chairUserId', 'endsAt', 'location', 'minuteTakerUserId']);

      const shapes = await post(coordinator, '/actietafel-sessions', {
        startsAt: '2026-12-03',
        endsAt: 'morgen',
        onlineUrl: 'http://meet.example.nl/tafel',
        chairUserId: chair.id,
        invitees: [
          { userId: member.id, sector: 'jeugdhulp' },
          { userId: member.id, sector: 'zorg' },
        ],
      });
      expect(shapes.status).toBe(400);
      expect(new Set(fieldsOf(shapes.body))).toEqual(
        new Set(['startsAt', 'endsAt', 'onlineUrl', 'invitees', 'invitees.1.sector']),
      );
      expect(await count(`SELECT COUNT(*) AS n FROM actietafel_session`)).toBe(before);
    });

    it('accepts an online session, lets only a coordinator plan, and changes planning with the version', async () => {
      const online = await post(coordinator, '/actietafel-sessions', {
        ...planBody({ location: undefined, onlineUrl: 'https://meet.example.nl/actietafel' }),
      });
      expect(online.status).toBe(201);
      expect(online.body).toMatchObject({ location: null, onlineUrl: 'https://meet.example.nl/actietafel' });

      expect((await post(chair, '/actietafel-sessions', planBody())).status).toBe(403);
      expect((await post(worker, '/actietafel-sessions', planBody())).status).toBe(403);

      const moved = await patch(coordinator, `/actietafel-sessions/${online.body.id}`, {
        version: online.body.version,
        location: 'Gemeentehuis Culemborg',
        onlineUrl: null,
        invitees: [{ userId: member.id, sector: 'jeugdhulp' }],
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ location: 'Gemeentehuis Culemborg', onlineUrl: null });
      expect(moved.body.invitees.map((invitee: { userId: string }) => invitee.userId)).toEqual([member.id]);
      const noPlace = await patch(coordinator, `/actietafel-sessions/${online.body.id}`, {
        version: moved.body.version,
        location: null,
      });
      expect(noPlace.status).toBe(400);
      const stale = await patch(coordinator, `/actietafel-sessions/${online.body.id}`, {
        version: online.body.version,
        location: 'Tiel',
      });
      expect(stale.status).toBe(409);
      expect((await get(werk, `/actietafel-sessions/${online.body.id}`)).status).toBe(404);
    });
  });

  describe('another region', () => {
    it("gives a coordinator of another region no part in this region's sessions, nor its chairs", async () => {
      const session = await plan();
      const [elders] = await db().query(
        `INSERT INTO region (name, life_domains) VALUES ('Regio Elders', '[]') RETURNING id`,
      );
      const [organisation] = await db().query(
        `INSERT INTO organisation (name, sector, region_id, version) VALUES ('Gemeente Elders', 'gemeente', $1, 1)
         RETURNING id`,
        [elders.id],
      );
      await db().query(
        `INSERT INTO app_user (email, name, password_hash, organisation_id, roles, version)
         SELECT 'coordinator@elders.test', 'Coördinator Elders', password_hash, $1, '{actietafel-coordinator}', 1
           FROM app_user WHERE id = $2`,
        [organisation.id, coordinator.id],
      );
      const stranger = await person('coordinator@elders.test');
      expect((await get(stranger, `/actietafel-sessions/${session.id}`)).status).toBe(404);
      expect((await transition(stranger, session.id, 'send-agenda')).status).toBe(404);
      expect((await get(stranger, '/actietafel-sessions?when=all')).body).toEqual([]);
      const foreignChair = await post(stranger, '/actietafel-sessions', planBody());
      expect(foreignChair.status).toBe(400);
      expect(fieldsOf(foreignChair.body).sort()).toEqual(['chairUserId', 'minuteTakerUserId']);
    });
  });

  describe('two chairs ending the same session at once', () => {
    it('ends it once: one 200, one 409, one set of minutes, transitions and notifications', async () => {
      const session = await plan();
      const escalation = await scheduledEscalation(session.id, 'Sem', 'Gelijktijdig');
      expect((await transition(coordinator, session.id, 'send-agenda')).status).toBe(200);
      expect((await transition(chair, session.id, 'start')).status).toBe(200);
      const agreement = await post(
        chair,
        `/actietafel-sessions/${session.id}/agenda-items/${escalation.itemId}/agreements`,
        { what: 'Bellen met de school.', ownerUserId: werk.id, deadline: addMonths(today(), 1) },
      );
      expect(agreement.status).toBe(201);
      const running = await patch(chair, `/actietafel-sessions/${session.id}/agenda-items/${escalation.itemId}`, {
        version: 1,
        phase: 'running',
      });
      expect(running.status).toBe(200);

      const secondChair = await person('chair@demo.sluitend.nl');
      const { version } = (await get(chair, `/actietafel-sessions/${session.id}`)).body;
      const results = await Promise.all(
        [chair, secondChair].map((who) =>
          post(who, `/actietafel-sessions/${session.id}/transitions`, { transition: 'end', version }),
        ),
      );
      expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
      const refused = results.find((result) => result.status === 409);
      expect(refused?.body).toMatchObject({ allowedTransitions: [] });

      expect(
        await count(
          `SELECT COUNT(*) AS n FROM escalation_transition WHERE escalation_id = $1 AND transition = 'discuss'`,
          [escalation.escalationId],
        ),
      ).toBe(1);
      expect(
        await count(`SELECT COUNT(*) AS n FROM case_event WHERE case_id = $1 AND kind = 'actietafel.discussed'`, [
          escalation.caseId,
        ]),
      ).toBe(1);
      expect(
        await count(
          `SELECT COUNT(*) AS n FROM notification WHERE subject_id = $1 AND kind = 'agreements.assigned' AND user_id = $2`,
          [session.id, werk.id],
        ),
      ).toBe(1);
      expect(
        await count(`SELECT COUNT(*) AS n FROM notification WHERE subject_id = $1 AND kind = 'session.minutes-ready'`, [
          session.id,
        ]),
      ).toBe(4);
      const [row] = await db().query(`SELECT state, minutes, ended_by FROM actietafel_session WHERE id = $1`, [
        session.id,
      ]);
      expect(row).toMatchObject({ state: 'ended', ended_by: chair.id });
      expect(row.minutes.items).toHaveLength(1);
      // The item still running when the session ended is closed with it, its time counted.
      expect(row.minutes.items[0].minutesSpent).toEqual(expect.any(Number));
      expect((await db().query(`SELECT phase FROM agenda_item WHERE id = $1`, [escalation.itemId]))[0].phase).toBe(
        'discussed',
      );
    });
  });
});
