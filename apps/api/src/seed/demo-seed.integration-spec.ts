import {
  ESCALATION_STATES,
  REMINDER_KINDS,
  addDays,
  compareDates,
  hasActietafelGround,
  nextState,
  todayInAmsterdam,
  type AgreementListItem,
  type EscalationPage,
  type EscalationState,
  type EscalationTransition,
  type MinutesResponse,
  type SessionResponse,
  type SessionSummary,
} from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { DemoSeedService } from './demo-seed.service';
import { DEMO_MONITORING_JONGEREN } from './demo-monitoring-jongeren';
import { TEST_PASSWORD, createTestApp, signIn, type TestApp } from '../testing/test-app';

interface EscalationRow {
  id: string;
  case_id: string;
  state: EscalationState;
  state_since: Date;
  created_at: Date;
  submitted_at: Date | null;
  triaged_at: Date | null;
  closed_at: Date | null;
  plan_version_id: string | null;
  session_id: string | null;
  ladder_level: string;
}

interface TransitionRow {
  escalation_id: string;
  transition: EscalationTransition;
  from_state: EscalationState;
  to_state: EscalationState;
  at: Date;
  by_roles: string[];
  by_is_team_member: boolean;
}

const TRIAGED: readonly EscalationState[] = ['accepted', 'scheduled', 'agreements-running', 'closed', 'rejected'];

/** The escalations of the Actietafel's story (demo-actietafel.ts), without the history before it (demo-monitoring.ts). */
const OF_THE_STORY = `NOT EXISTS (SELECT 1 FROM case_file c WHERE c.id = e.case_id
                       AND (c.first_name || ' ' || c.last_name) = ANY($1::text[]))`;
const HISTORY_NAMES = DEMO_MONITORING_JONGEREN.map((name) => `${name.firstName} ${name.lastName}`);

/** The demo as `npm start` seeds it: the whole demo region with its cases and the Actietafel at work. */
describe('the demo seed', () => {
  let subject: TestApp;
  const db = () => subject.app.get(DataSource);
  const signedIn = async (email: string): Promise<TestAgent> => {
    const agent = subject.browser();
    await signIn(agent, email);
    return agent;
  };

  beforeAll(async () => {
    subject = await createTestApp({}, { cases: true });
  });

  afterAll(() => subject.close());

  it('seeds only once', async () => {
    expect(await subject.app.get(DemoSeedService).seedIfEmpty(TEST_PASSWORD)).toBe(false);
  });

  it('has escalations in every state, each with a history that leads to it', async () => {
    const escalations: EscalationRow[] = await db().query(`SELECT * FROM escalation`);
    const states = new Set(escalations.map((escalation) => escalation.state));
    for (const state of ESCALATION_STATES) expect([state, states.has(state)]).toEqual([state, true]);

    const transitions: TransitionRow[] = await db().query(
      `SELECT t.*, u.roles AS by_roles,
              EXISTS (SELECT 1 FROM case_team_member m WHERE m.case_id = e.case_id AND m.user_id = t.by_user_id)
                AS by_is_team_member
         FROM escalation_transition t
         JOIN escalation e ON e.id = t.escalation_id
         JOIN app_user u ON u.id = t.by_user_id
        ORDER BY t.at`,
    );
    const now = Date.now();
    for (const escalation of escalations) {
      const history = transitions.filter((step) => step.escalation_id === escalation.id);
      let state: EscalationState = 'draft';
      let last = escalation.created_at;
      for (const step of history) {
        expect(step.from_state).toBe(state);
        expect(nextState(step.from_state, step.transition)).toBe(step.to_state);
        expect(step.at.getTime()).toBeGreaterThan(last.getTime());
        expect(step.at.getTime()).toBeLessThan(now);
        // Who: the case's professional submits, the coordinator triages, schedules and closes, the chair discusses.
        if (step.transition === 'submit' || step.transition === 'resubmit') {
          expect(step.by_roles).toContain('professional');
          expect(step.by_is_team_member).toBe(true);
        } else if (step.transition === 'discuss' || step.transition === 'escalate-further')
          expect(step.by_roles).toContain('actietafel-chair');
        else expect(step.by_roles).toContain('actietafel-coordinator');
        state = step.to_state;
        last = step.at;
      }
      expect(state).toBe(escalation.state);
      expect(escalation.state_since.getTime()).toBe(last.getTime());
      const submitted = escalation.state !== 'draft';
      expect(escalation.submitted_at !== null).toBe(submitted);
      expect(escalation.plan_version_id !== null).toBe(submitted);
      expect(escalation.triaged_at !== null).toBe(TRIAGED.includes(escalation.state));
      expect(escalation.closed_at !== null).toBe(escalation.state === 'closed');
      if (submitted) {
        expect(escalation.submitted_at).toEqual(history.find((step) => step.transition === 'submit')?.at);
        const consents = await db().query(
          `SELECT purpose, given_on::text AS "givenOn", valid_until::text AS "validUntil", withdrawn_at AS "withdrawnAt"
             FROM consent WHERE case_id = $1`,
          [escalation.case_id],
        );
        expect(hasActietafelGround(consents, todayInAmsterdam(new Date()))).toBe(true);
      }
    }
    // The story's own counts: the history before it (demo-monitoring.ts) adds escalations in most states.
    const story: EscalationRow[] = await db().query(`SELECT * FROM escalation e WHERE ${OF_THE_STORY}`, [
      HISTORY_NAMES,
    ]);
    expect(story).toHaveLength(escalations.length - DEMO_MONITORING_JONGEREN.length);
    const count = (state: EscalationState) => story.filter((escalation) => escalation.state === state).length;
    expect(count('submitted')).toBe(2);
    expect(count('agreements-running')).toBe(2);
    expect(story.filter((escalation) => escalation.ladder_level === 'management')).toHaveLength(1);
    // The history leaves nothing waiting for triage: the coordinator's queue is the story's.
    expect(escalations.filter((escalation) => escalation.state === 'submitted')).toHaveLength(2);
  });

  it("has the story's ended session two weeks ago, whose minutes name the owners of its agreements", async () => {
    // The history's monthly sessions (demo-monitoring.ts) ended at least four weeks before the story's one.
    const ended: Array<{ id: string; minutes: MinutesResponse | null; starts_at: Date }> = await db().query(
      `SELECT id, minutes, starts_at FROM actietafel_session WHERE state = 'ended' ORDER BY starts_at DESC`,
    );
    expect(ended.length).toBeGreaterThan(1);
    for (const older of ended.slice(1))
      expect(ended[0].starts_at.getTime() - older.starts_at.getTime()).toBeGreaterThan(14 * 86_400_000);
    const [{ id: sessionId, minutes }] = ended;
    expect(minutes).not.toBeNull();

    const owners: Array<{ name: string; status: string; deadline: string }> = await db().query(
      `SELECT COALESCE(u.name, o.name) AS name, a.status, a.deadline::text AS deadline
         FROM agreement a
         LEFT JOIN app_user u ON u.id = a.owner_user_id
         JOIN organisation o ON o.id = a.owner_organisation_id
        WHERE a.session_id = $1`,
      [sessionId],
    );
    expect(owners.length).toBeGreaterThanOrEqual(3);
    const named = minutes?.items.flatMap((item) => item.agreements.map((agreement) => agreement.owner.name)) ?? [];
    expect(new Set(named)).toEqual(new Set(owners.map((owner) => owner.name)));
    expect(named).toContain('Werkzaak Rivierenland');

    const today = todayInAmsterdam(new Date());
    expect(owners.some((owner) => owner.status === 'done')).toBe(true);
    expect(owners.some((owner) => owner.status === 'open' && compareDates(owner.deadline, today) < 0)).toBe(true);
    expect(owners.some((owner) => owner.status === 'open' && compareDates(owner.deadline, today) > 0)).toBe(true);
    const decisions = minutes?.items.flatMap((item) => item.decisions) ?? [];
    expect(decisions.filter((decision) => decision.doorzettingsmacht)).toEqual([
      expect.objectContaining({ justification: expect.stringMatching(/\S/) }),
    ]);
    expect(minutes?.attendance.map((invitee) => invitee.attendance)).not.toContain(null);

    const coordinator = await signedIn('coordinator@demo.sluitend.nl');
    const page = await coordinator.get(`/api/v1/actietafel-sessions/${sessionId}/minutes`);
    expect(page.status).toBe(200);
    expect((page.body as MinutesResponse).items).toHaveLength(3);
    const pdf = await coordinator.get(`/api/v1/actietafel-sessions/${sessionId}/minutes/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  });

  it('told the owners of the agreements, and shows each owner what is open', async () => {
    const told: Array<{ email: string }> = await db().query(
      `SELECT u.email FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'agreements.assigned'`,
    );
    expect(told.map((row) => row.email).sort()).toEqual([
      'jeugdhulp@demo.sluitend.nl',
      'jongerenwerker@demo.sluitend.nl',
      'school@demo.sluitend.nl',
      'werk@demo.sluitend.nl',
    ]);
    // Werkzaak's agreement without a named person is on Thomas's list too, and it is overdue.
    const thomas = await signedIn('werk@demo.sluitend.nl');
    const mine = (await thomas.get('/api/v1/agreements?owner=mine&status=open')).body as AgreementListItem[];
    expect(mine.map((agreement) => [agreement.owner.name, agreement.overdue])).toEqual(
      expect.arrayContaining([
        ['Werkzaak Rivierenland', true],
        ['Thomas Janssen', false],
      ]),
    );
  });

  it('has an upcoming session whose sent agenda invited members see in full: a new escalation and the follow-ups', async () => {
    const member = await signedIn('member@demo.sluitend.nl');
    const upcoming = (await member.get('/api/v1/actietafel-sessions?when=upcoming')).body as SessionSummary[];
    expect(upcoming).toHaveLength(1);
    const session = (await member.get(`/api/v1/actietafel-sessions/${upcoming[0].id}`)).body as SessionResponse;
    expect(session).toMatchObject({ state: 'agenda-sent', myPart: 'member', contentAccess: 'full' });
    expect(new Date(session.startsAt).getTime()).toBeGreaterThan(Date.now());
    expect(session.agenda.map((item) => [item.position, item.kind, item.escalation?.state])).toEqual([
      [1, 'follow-up', 'agreements-running'],
      [2, 'follow-up', 'agreements-running'],
      [3, 'escalation', 'scheduled'],
    ]);
    const told = await db().query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'session.agenda-sent' AND subject_id = $1`,
      [session.id],
    );
    expect(told[0].n).toBe(session.invitees.length + 2);
  });

  it('plans every kind of reminder with one due a few days before the seed, so the demo delivers each at once', async () => {
    const today = todayInAmsterdam(new Date());
    const latest: Array<{ kind: string; dueOn: string }> = await db().query(
      `SELECT kind, to_char(MAX(due_on), 'YYYY-MM-DD') AS "dueOn"
         FROM reminder WHERE status = 'pending' AND due_on < $1 GROUP BY kind ORDER BY kind`,
      [today],
    );
    expect(latest.map((row) => row.kind)).toEqual([...REMINDER_KINDS].sort());
    for (const row of latest)
      expect([row.kind, compareDates(row.dueOn, addDays(today, -7)) >= 0]).toEqual([row.kind, true]);
    // Kevin's dossier was closed long ago: a closed case is reminded of nothing.
    const ofClosed = await db().query(
      `SELECT count(*)::int AS n FROM reminder r JOIN case_file c ON c.id = r.case_id WHERE c.status = 'closed'`,
    );
    expect(ofClosed[0].n).toBe(0);
  });

  it('adds a year and a half of Actietafel history, so every figure of the dashboard and the report has something to show', async () => {
    const names = [HISTORY_NAMES];
    const history: Array<{ state: EscalationState; outcome: string | null; reason_code: string; month: string }> =
      await db().query(
        `SELECT e.state, e.outcome, e.reason_code, to_char(e.submitted_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month
           FROM escalation e WHERE NOT (${OF_THE_STORY})`,
        names,
      );
    expect(history).toHaveLength(DEMO_MONITORING_JONGEREN.length);
    const states = new Set(history.map((row) => row.state));
    for (const state of ['closed', 'rejected', 'agreements-running', 'returned'] as const)
      expect([state, states.has(state)]).toEqual([state, true]);
    expect(new Set(history.map((row) => row.outcome).filter(Boolean))).toEqual(
      new Set(['resolved', 'partly-resolved', 'not-resolved']),
    );
    expect(new Set(history.map((row) => row.reason_code)).size).toBeGreaterThanOrEqual(5);
    // Per month: some under the report's threshold of 5 (suppressed), some at or over it (shown).
    const perMonth = [
      ...history
        .reduce((months, row) => months.set(row.month, (months.get(row.month) ?? 0) + 1), new Map<string, number>())
        .values(),
    ];
    expect(perMonth.some((count) => count < 5)).toBe(true);
    expect(perMonth.some((count) => count >= 5)).toBe(true);

    const municipalities = await db().query(
      `SELECT DISTINCT c.municipality_id FROM escalation e JOIN case_file c ON c.id = e.case_id WHERE NOT (${OF_THE_STORY})`,
      names,
    );
    expect(municipalities).toHaveLength(8);
    const today = todayInAmsterdam(new Date());
    const overdue: Array<{ organisation: string; n: number }> = await db().query(
      `SELECT COALESCE(a.owner_organisation_id, u.organisation_id) AS organisation, count(*)::int AS n
         FROM agreement a LEFT JOIN app_user u ON u.id = a.owner_user_id
        WHERE a.status = 'open' AND a.deadline < $1 GROUP BY 1`,
      [today],
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    // The close guard: every agreement of a closed escalation was settled before it closed.
    const unsettled = await db().query(
      `SELECT count(*)::int AS n FROM agreement a JOIN escalation e ON e.id = a.escalation_id
        WHERE e.state = 'closed' AND (a.status = 'open' OR a.settled_at > e.closed_at)`,
    );
    expect(unsettled[0].n).toBe(0);
    // The dossiers of finished escalations were closed, so the demo's first morning is not a flood of reminders.
    const dossiers: Array<{ status: string; n: number }> = await db().query(
      `SELECT c.status, count(*)::int AS n FROM escalation e JOIN case_file c ON c.id = e.case_id
        WHERE NOT (${OF_THE_STORY}) AND e.state IN ('closed', 'rejected') GROUP BY c.status`,
      names,
    );
    const closedDossiers = dossiers.find((row) => row.status === 'closed')?.n ?? 0;
    expect(closedDossiers).toBeGreaterThan(0.8 * dossiers.reduce((sum, row) => sum + row.n, 0));
    const due = await db().query(
      `SELECT count(*)::int AS n FROM reminder r JOIN case_file c ON c.id = r.case_id
        WHERE r.status = 'pending' AND r.due_on < $1 AND (c.first_name || ' ' || c.last_name) = ANY($2::text[])`,
      [today, HISTORY_NAMES],
    );
    expect(due[0].n).toBeLessThan(60);
  });

  it('gives the coordinator a triage queue with the urgent escalation first and the drafts out of sight', async () => {
    const coordinator = await signedIn('coordinator@demo.sluitend.nl');
    const queue = (await coordinator.get('/api/v1/escalations?state=submitted&sort=triage')).body as EscalationPage;
    expect(queue.items.map((item) => item.urgency)).toEqual(['urgent', 'normal']);
    const all = (await coordinator.get('/api/v1/escalations?pageSize=50')).body as EscalationPage;
    expect(all.items.map((item) => item.state)).not.toContain('draft');
    expect(all.total).toBe(Number((await db().query(`SELECT count(*) AS n FROM escalation`))[0].n) - 1);
  });
});
