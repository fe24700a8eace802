import {
  addDays,
  addWorkingDays,
  ageClockReminders,
  DEFAULT_LIFE_DOMAINS,
  emptyToekomstplan,
  REMINDER_KINDS,
  type ToekomstplanContent,
} from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../testing/test-app';
import { ReminderDelivery } from './reminder-delivery.service';
import { amsterdamMorning } from './reminder-planner';

interface Actor {
  agent: TestAgent;
  token: string;
  id: string;
}

interface Row {
  id: string;
  key: string;
  kind: string;
  recipient: string;
  dueOn: string;
  status: string;
  link: string;
  title: string;
}

const AGE_KINDS = REMINDER_KINDS.filter((kind) => kind.startsWith('age-'));
/** The kinds that reach the casusregisseur, and move with the case's lead. */
const CASUSREGISSEUR_KINDS = [...AGE_KINDS, 'plan-evaluation-soon', 'consent-expiring', 'case-stagnating'];

/** Helpers shared by both suites: reading the outbox and delivering what is due, each reminder twice. */
function outbox(subject: () => TestApp) {
  const db = () => subject().app.get(DataSource);
  const rows = (where: string, parameters: unknown[]): Promise<Row[]> =>
    db().query(
      `SELECT id, key, kind, recipient_user_id AS recipient, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status,
              link, title
         FROM reminder WHERE ${where} ORDER BY due_on, kind, recipient_user_id`,
      parameters,
    );
  const notificationsOf = async (reminderId: string): Promise<Array<{ userId: string; title: string; link: string }>> =>
    db().query(`SELECT user_id AS "userId", title, link FROM notification WHERE subject_id = $1`, [reminderId]);
  /** Delivers every due reminder twice at once, as a duplicated job and the reconciler would. */
  const deliverDue = async (): Promise<{ ids: string[]; results: string[] }> => {
    const delivery = subject().app.get(ReminderDelivery);
    const ids = await delivery.dueUndelivered(100_000);
    const results = await Promise.all(ids.flatMap((id) => [delivery.deliver(id), delivery.deliver(id)]));
    return { ids, results };
  };
  return { db, rows, notificationsOf, deliverDue };
}

describe('every kind of reminder in the demo', () => {
  let subject: TestApp;
  const { rows, notificationsOf, deliverDue } = outbox(() => subject);

  beforeAll(async () => {
    subject = await createTestApp({}, { cases: true });
  });

  afterAll(() => subject.close());

  it('delivers each kind that the demo seed planned due, exactly once per recipient, however often asked', async () => {
    const { ids, results } = await deliverDue();
    expect(results.filter((result) => result === 'delivered')).toHaveLength(ids.length);
    expect(results.filter((result) => result === 'already-delivered')).toHaveLength(ids.length);

    const delivered = await rows(`status = 'delivered'`, []);
    expect(new Set(delivered.map((row) => row.kind))).toEqual(new Set(REMINDER_KINDS));
    for (const row of delivered)
      expect([row.kind, await notificationsOf(row.id)]).toEqual([
        row.kind,
        [{ userId: row.recipient, title: row.title, link: row.link }],
      ]);

    expect(await deliverDue()).toEqual({ ids: [], results: [] });
  });
});

describe('reminders of the age clock, triage and stagnation, with the clock controlled', () => {
  let subject: TestApp;
  let worker: Actor;
  let colleague: Actor;
  let coordinator: Actor;
  let municipalityId: string;
  let now: Date;
  const { db, rows, notificationsOf, deliverDue } = outbox(() => subject);
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const today = () => now.toISOString().slice(0, 10);

  const actor = async (email: string): Promise<Actor> => {
    const agent = subject.browser();
    const token = await signIn(agent, email);
    return { agent, token, id: (await agent.get('/api/v1/auth/me')).body.id };
  };
  const send = (who: Actor, method: 'post' | 'patch' | 'put' | 'delete', path: string, body: object = {}) =>
    who.agent[method](`/api/v1${path}`).set('X-XSRF-TOKEN', who.token).send(body);
  const pending = (subjectId: string, kinds: readonly string[] = REMINDER_KINDS) =>
    rows(`subject_id = $1 AND kind = ANY($2) AND status = 'pending'`, [subjectId, kinds]);
  const byKind = (list: ReadonlyArray<{ kind: string; dueOn: string }>) =>
    Object.fromEntries(list.map((row) => [row.kind, row.dueOn]));
  const caseVersion = async (caseId: string) => (await worker.agent.get(`/api/v1/cases/${caseId}`)).body.version;

  const openCase = async (dateOfBirth: string): Promise<string> => {
    const created = await send(worker, 'post', '/cases', {
      firstName: 'Kim',
      lastName: 'Klokje',
      dateOfBirth,
      municipalityId,
      // A parent co-signs for the jongeren under 16 here; for older ones it does no harm.
      consent: { ...OPENING_CONSENT, givenBy: ['jongere', 'parent-or-guardian'] },
    });
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const plan = (dateOfBirth: string, evaluationDate: string): ToekomstplanContent => {
    const content = emptyToekomstplan(DEFAULT_LIFE_DOMAINS, dateOfBirth, today());
    content.myFuture.whatIWant = 'Ik wil op mezelf wonen.';
    content.evaluationDate = evaluationDate;
    return content;
  };

  beforeAll(async () => {
    subject = await createTestApp();
    // Every Clock of the app (each module has its own instance) reads `now`.
    jest.spyOn(Clock.prototype, 'now').mockImplementation(() => new Date(now));
    at('2026-03-02T10:00:00Z');
    worker = await actor('jongerenwerker@demo.sluitend.nl');
    colleague = await actor('jeugdhulp@demo.sluitend.nl');
    coordinator = await actor('coordinator@demo.sluitend.nl');
    municipalityId = (await db().query(`SELECT id FROM municipality WHERE name = 'Culemborg'`))[0].id;
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await subject.close();
  });

  it('plans every milestone of the age clock for the casusregisseur and moves them with the date of birth', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2011-06-15');
    const first = await pending(caseId, AGE_KINDS);
    expect(byKind(first)).toEqual(byKind(ageClockReminders(caseId, '2011-06-15')));
    expect(first).toHaveLength(7);
    for (const row of first) expect(row).toMatchObject({ recipient: worker.id, link: `/cases/${caseId}/toekomstplan` });

    const changed = await send(worker, 'patch', `/cases/${caseId}`, {
      version: await caseVersion(caseId),
      dateOfBirth: '2011-07-20',
    });
    expect(changed.status).toBe(200);
    expect(byKind(await pending(caseId, AGE_KINDS))).toEqual(byKind(ageClockReminders(caseId, '2011-07-20')));
    const cancelled = await rows(`subject_id = $1 AND status = 'cancelled'`, [caseId]);
    expect(cancelled.map((row) => row.key).sort()).toEqual(first.map((row) => row.key).sort());

    // Her 16th birthday comes: delivered at 08:00 Dutch (summer) time that morning, once.
    const morning = amsterdamMorning('2027-07-20');
    expect(morning.toISOString()).toBe('2027-07-20T06:00:00.000Z');
    at(new Date(morning.getTime() - 60_000).toISOString());
    const early = await deliverDue();
    const sixteen = (await pending(caseId, ['age-16-plan-due']))[0];
    expect(early.ids).not.toContain(sixteen.id);
    at(morning.toISOString());
    const { ids } = await deliverDue();
    expect(ids).toContain(sixteen.id);
    expect(await notificationsOf(sixteen.id)).toEqual([
      { userId: worker.id, title: sixteen.title, link: `/cases/${caseId}/toekomstplan` },
    ]);
    expect(sixteen.title).toContain('16');
  });

  it('plans for a case opened at 20 only the latest milestone already due, and the ones still to come', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2006-01-15');
    expect(byKind(await pending(caseId, AGE_KINDS))).toEqual({
      'age-18-5-resume-window': '2024-06-15',
      'age-21': '2027-01-15',
      'age-23': '2029-01-15',
    });
    const window = (await pending(caseId, ['age-18-5-resume-window']))[0];
    const { ids } = await deliverDue();
    expect(ids).toContain(window.id);
    expect(await notificationsOf(window.id)).toHaveLength(1);
    expect((await rows(`id = $1`, [window.id]))[0].status).toBe('delivered');
  });

  it('moves the stagnation reminder with every change to plan, actions or team, and not with other edits', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2010-05-01');
    const lastActivity = async () =>
      (
        (await db().query(`SELECT last_activity_at AS "at" FROM case_file WHERE id = $1`, [caseId]))[0].at as Date
      ).toISOString();
    expect(byKind(await pending(caseId, ['case-stagnating']))).toEqual({ 'case-stagnating': '2026-04-13' });
    expect(await lastActivity()).toBe(now.toISOString());

    at('2026-03-12T10:00:00Z');
    const added = await send(worker, 'post', `/cases/${caseId}/team-members`, { userId: colleague.id, part: 'GGZ' });
    expect(added.status).toBe(201);
    expect(await lastActivity()).toBe(now.toISOString());
    expect(byKind(await pending(caseId, ['case-stagnating']))).toEqual({ 'case-stagnating': '2026-04-23' });

    at('2026-03-20T10:00:00Z');
    const edited = await send(worker, 'patch', `/cases/${caseId}`, {
      version: await caseVersion(caseId),
      schoolOrWork: 'Praktijkschool',
    });
    expect(edited.status).toBe(200);
    expect(byKind(await pending(caseId, ['case-stagnating']))).toEqual({ 'case-stagnating': '2026-04-23' });

    at('2026-03-25T10:00:00Z');
    const saved = await send(worker, 'put', `/cases/${caseId}/toekomstplan`, {
      basedOnVersion: null,
      content: plan('2010-05-01', '2026-09-01'),
    });
    expect(saved.status).toBe(201);
    expect(byKind(await pending(caseId, ['case-stagnating']))).toEqual({ 'case-stagnating': '2026-05-06' });

    at('2026-03-30T10:00:00Z');
    const removed = await send(worker, 'delete', `/cases/${caseId}/team-members/${added.body.id}`);
    expect(removed.status).toBe(204);
    const current = await pending(caseId, ['case-stagnating']);
    expect(byKind(current)).toEqual({ 'case-stagnating': '2026-05-11' });
    expect(await rows(`subject_id = $1 AND kind = 'case-stagnating' AND status = 'cancelled'`, [caseId])).toHaveLength(
      3,
    );

    at('2026-05-11T09:00:00Z');
    expect((await deliverDue()).ids).toContain(current[0].id);
    expect(await notificationsOf(current[0].id)).toEqual([
      { userId: worker.id, title: current[0].title, link: `/cases/${caseId}/overview` },
    ]);
  });

  it('moves the evaluation notice with the plan’s evaluation date and cancels it when the date is cleared', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2010-02-02');
    const save = async (basedOnVersion: number | null, evaluationDate: string | null) => {
      const content = plan('2010-02-02', '2026-01-01');
      content.evaluationDate = evaluationDate;
      expect((await send(worker, 'put', `/cases/${caseId}/toekomstplan`, { basedOnVersion, content })).status).toBe(
        201,
      );
    };
    const evaluation = (status: string) =>
      rows(`subject_id = $1 AND kind = 'plan-evaluation-soon' AND status = $2`, [caseId, status]);
    await save(null, '2026-06-01');
    expect((await evaluation('pending')).map((row) => row.dueOn)).toEqual(['2026-05-18']);
    await save(1, '2026-07-01');
    expect((await evaluation('pending')).map((row) => row.dueOn)).toEqual(['2026-06-17']);
    expect((await evaluation('cancelled')).map((row) => row.dueOn)).toEqual(['2026-05-18']);
    await save(2, null);
    expect(await evaluation('pending')).toEqual([]);
    expect((await evaluation('cancelled')).map((row) => row.dueOn)).toEqual(['2026-05-18', '2026-06-17']);
  });

  it('warns of a consent running out two weeks ahead, and not of one that has run out already', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2009-09-09');
    const register = async (sector: string, validUntil: string) => {
      const response = await send(worker, 'post', `/cases/${caseId}/consents`, {
        scope: 'sector',
        sector,
        purpose: 'case-collaboration',
        basis: 'consent',
        givenBy: ['jongere', 'parent-or-guardian'],
        givenOn: '2025-01-01',
        validUntil,
      });
      expect([response.status, response.body.errors]).toEqual([201, undefined]);
      return response.body.id as string;
    };
    const running = await register('onderwijs', '2026-03-10');
    const expired = await register('jeugdhulp', '2026-02-27');
    const warning = await pending(running, ['consent-expiring']);
    expect(warning).toEqual([
      expect.objectContaining({ dueOn: '2026-02-24', recipient: worker.id, link: `/cases/${caseId}/consents` }),
    ]);
    expect(await rows(`subject_id = $1`, [expired])).toEqual([]);
    expect((await deliverDue()).ids).toContain(warning[0].id);
    expect(await notificationsOf(warning[0].id)).toHaveLength(1);
  });

  it('reminds the coordinators of an escalation waiting for triage, and restarts the clock after return and resubmit', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2009-04-04');
    expect(
      (
        await send(worker, 'post', `/cases/${caseId}/consents`, {
          scope: 'sector',
          sector: 'gemeente',
          purpose: 'actietafel',
          basis: 'consent',
          givenBy: ['jongere'],
          givenOn: '2026-03-01',
        })
      ).status,
    ).toBe(201);
    const created = await send(worker, 'post', `/cases/${caseId}/escalations`, {
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
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const first = await pending(id);
    expect(first.map((row) => row.kind)).toContain('escalation-triage-waiting');
    expect(first.map((row) => row.recipient)).toContain(coordinator.id);
    for (const row of first) expect(row).toMatchObject({ dueOn: '2026-03-10', link: `/actietafel/escalations/${id}` });

    const step = async (who: Actor, body: object) => {
      const version = (await db().query(`SELECT version FROM escalation WHERE id = $1`, [id]))[0].version;
      const response = await send(who, 'post', `/escalations/${id}/transitions`, { version, ...body });
      expect(response.status).toBe(200);
    };
    at('2026-03-03T10:00:00Z');
    await step(coordinator, { transition: 'return', question: 'Wat heeft het wijkteam al gedaan?' });
    expect(await pending(id)).toEqual([]);
    expect(await rows(`subject_id = $1 AND status = 'cancelled'`, [id])).toHaveLength(first.length);

    at('2026-03-05T10:00:00Z');
    await step(worker, { transition: 'resubmit', answer: 'Twee gesprekken, geen plek gevonden.' });
    const again = await pending(id);
    expect(new Set(again.map((row) => row.dueOn))).toEqual(new Set([addWorkingDays('2026-03-05', 6)]));
    expect(again).toHaveLength(first.length);

    at('2026-03-12T10:00:00Z');
    expect((await deliverDue()).ids.filter((reminder) => again.some((row) => row.id === reminder))).toEqual([]);
    at('2026-03-13T10:00:00Z');
    await deliverDue();
    for (const row of again) expect(await notificationsOf(row.id)).toHaveLength(1);

    await step(coordinator, { transition: 'accept' });
    expect(await pending(id)).toEqual([]);
    expect(await rows(`subject_id = $1 AND status = 'delivered'`, [id])).toHaveLength(again.length);
  });

  it('moves the casusregisseur’s pending reminders to the new one; what was delivered stays with the old one', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2006-01-15');
    const consent = await send(worker, 'post', `/cases/${caseId}/consents`, {
      scope: 'sector',
      sector: 'onderwijs',
      purpose: 'case-collaboration',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: '2026-03-01',
      validUntil: '2026-12-31',
    });
    expect(consent.status).toBe(201);
    expect(
      (
        await send(worker, 'put', `/cases/${caseId}/toekomstplan`, {
          basedOnVersion: null,
          content: plan('2006-01-15', '2026-09-01'),
        })
      ).status,
    ).toBe(201);
    await deliverDue(); // the resume window of this 20-year-old was due: told to the first casusregisseur
    const ofCase = (status: string) =>
      rows(`case_id = $1 AND kind = ANY($2) AND status = $3`, [caseId, CASUSREGISSEUR_KINDS, status]);
    const delivered = await ofCase('delivered');
    expect(delivered.map((row) => [row.kind, row.recipient])).toEqual([['age-18-5-resume-window', worker.id]]);
    const before = await ofCase('pending');
    expect(new Set(before.map((row) => row.kind))).toEqual(
      new Set(['age-21', 'age-23', 'plan-evaluation-soon', 'consent-expiring', 'case-stagnating']),
    );
    expect(new Set(before.map((row) => row.recipient))).toEqual(new Set([worker.id]));

    at('2026-03-04T10:00:00Z');
    expect(
      (await send(worker, 'post', `/cases/${caseId}/team-members`, { userId: colleague.id, part: 'GGZ' })).status,
    ).toBe(201);
    const handedOver = await send(worker, 'put', `/cases/${caseId}/casusregisseur`, { userId: colleague.id });
    expect(handedOver.status).toBe(200);

    const after = await ofCase('pending');
    expect(new Set(after.map((row) => row.recipient))).toEqual(new Set([colleague.id]));
    const unmoved = (list: Row[]) =>
      list
        .filter((row) => row.kind !== 'case-stagnating')
        .map((row) => `${row.kind} ${row.dueOn}`)
        .sort();
    expect(unmoved(after)).toEqual(unmoved(before));
    expect(byKind(after)['case-stagnating']).toBe(addDays('2026-03-04', 42));
    expect(await ofCase('delivered')).toEqual(delivered);
    expect((await ofCase('cancelled')).filter((row) => row.recipient === worker.id).length).toBeGreaterThanOrEqual(
      before.length,
    );
  });

  it('cancels every reminder of a closed case and plans them all again when it is reopened', async () => {
    at('2026-03-02T10:00:00Z');
    const caseId = await openCase('2010-10-10');
    expect(
      (
        await send(worker, 'put', `/cases/${caseId}/toekomstplan`, {
          basedOnVersion: null,
          content: plan('2010-10-10', '2026-08-01'),
        })
      ).status,
    ).toBe(201);
    const summary = (list: Row[]) => list.map((row) => `${row.kind} ${row.dueOn} ${row.recipient}`).sort();
    const open = await rows(`case_id = $1 AND status = 'pending'`, [caseId]);
    expect(open.length).toBeGreaterThan(7);

    at('2026-03-03T10:00:00Z');
    const closed = await send(worker, 'patch', `/cases/${caseId}`, {
      version: await caseVersion(caseId),
      status: 'closed',
      closedReason: 'Verhuisd naar een andere regio',
    });
    expect(closed.status).toBe(200);
    expect(await rows(`case_id = $1 AND status = 'pending'`, [caseId])).toEqual([]);

    at('2026-03-04T10:00:00Z');
    const reopened = await send(worker, 'patch', `/cases/${caseId}`, {
      version: await caseVersion(caseId),
      status: 'open',
    });
    expect(reopened.status).toBe(200);
    expect(summary(await rows(`case_id = $1 AND status = 'pending'`, [caseId]))).toEqual(summary(open));
  });
});
