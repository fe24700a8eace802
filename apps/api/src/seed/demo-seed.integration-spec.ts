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
    const count = (state: EscalationState) => escalations.filter((escalation) => escalation.state === state).length;
    expect(count('submitted')).toBe(2);
    expect(count('agreements-running')).toBe(2);
    expect(escalations.filter((escalation) => escalation.ladder_level === 'management')).toHaveLength(1);
  });

  it('has exactly one ended session, whose minutes name the owners of its agreements', async () => {
    const ended = await db().query(`SELECT id, minutes FROM actietafel_session WHERE state = 'ended'`);
    expect(ended).toHaveLength(1);
    const [{ id: sessionId, minutes }] = ended as Array<{ id: string; minutes: MinutesResponse | null }>;
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

  it('gives the coordinator a triage queue with the urgent escalation first and the drafts out of sight', async () => {
    const coordinator = await signedIn('coordinator@demo.sluitend.nl');
    const queue = (await coordinator.get('/api/v1/escalations?state=submitted&sort=triage')).body as EscalationPage;
    expect(queue.items.map((item) => item.urgency)).toEqual(['urgent', 'normal']);
    const all = (await coordinator.get('/api/v1/escalations?pageSize=50')).body as EscalationPage;
    expect(all.items.map((item) => item.state)).not.toContain('draft');
    expect(all.total).toBe(Number((await db().query(`SELECT count(*) AS n FROM escalation`))[0].n) - 1);
  });
});
