import { percentileCont, type DashboardResponse, type TransitionItem } from '@sluitend/domain';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';

/**
 * The dashboard over a known data set, every figure to the exact number. The clock stands on Monday
 * 15 June 2026, 12:00 in Amsterdam; the period is January to May 2026 unless a test says otherwise.
 */
const NOW = new Date('2026-06-15T10:00:00Z');
const PERIOD = { from: '2026-01-01', to: '2026-05-31' };
const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

interface EscalationSpec {
  key: string;
  case: 'A' | 'B' | 'other';
  state: string;
  stateSince: string | null;
  submittedAt: string | null;
  triagedAt?: string;
  returnedAt?: string;
  closedAt?: string;
  outcome?: string;
  reasonCode: string | null;
  sectors: string[];
}

/*
 * Tiel (A) and Buren (B) are municipalities of the demo region; "other" is a case of another region.
 * E1–E10 are submitted in the period; E11 before it (but closed in it), E12 and E15 after it (E15 at
 * 00:30 on 1 June in Amsterdam, 22:30 UTC on 31 May), E13 in another region, E14 a draft.
 */
const ESCALATIONS: EscalationSpec[] = [
  {
    key: 'E1',
    case: 'A',
    state: 'closed',
    stateSince: '2026-02-15T09:00:00Z',
    submittedAt: '2026-01-10T09:00:00Z',
    triagedAt: '2026-01-12T09:00:00Z',
    closedAt: '2026-02-15T09:00:00Z',
    outcome: 'resolved',
    reasonCode: 'waiting-list',
    sectors: ['jeugdhulp', 'onderwijs'],
  },
  {
    // 00:30 on 1 February in Amsterdam: a February escalation.
    key: 'E2',
    case: 'A',
    state: 'closed',
    stateSince: '2026-03-01T12:00:00Z',
    submittedAt: '2026-01-31T23:30:00Z',
    triagedAt: '2026-02-03T11:30:00Z',
    closedAt: '2026-03-01T12:00:00Z',
    outcome: 'partly-resolved',
    reasonCode: 'housing',
    sectors: ['welzijn'],
  },
  {
    // Returned with a question first: triage ended with the return, not with the later accept.
    key: 'E3',
    case: 'B',
    state: 'agreements-running',
    stateSince: '2026-03-03T15:00:00Z',
    submittedAt: '2026-02-10T08:00:00Z',
    returnedAt: '2026-02-11T08:00:00Z',
    triagedAt: '2026-02-20T08:00:00Z',
    reasonCode: 'waiting-list',
    sectors: ['jeugdhulp'],
  },
  {
    key: 'E4',
    case: 'B',
    state: 'closed',
    stateSince: '2026-05-20T10:00:00Z',
    submittedAt: '2026-03-05T10:00:00Z',
    triagedAt: '2026-03-06T10:00:00Z',
    closedAt: '2026-05-20T10:00:00Z',
    outcome: 'not-resolved',
    reasonCode: null,
    sectors: ['werk-en-inkomen', 'jeugdhulp'],
  },
  {
    key: 'E5',
    case: 'A',
    state: 'rejected',
    stateSince: '2026-03-23T10:00:00Z',
    submittedAt: '2026-03-20T10:00:00Z',
    triagedAt: '2026-03-23T10:00:00Z',
    reasonCode: 'other',
    sectors: ['onderwijs'],
  },
  {
    // Waiting for triage since 4 May: past the norm (more than 5 working days).
    key: 'E6',
    case: 'A',
    state: 'submitted',
    stateSince: '2026-05-04T08:00:00Z',
    submittedAt: '2026-05-04T08:00:00Z',
    reasonCode: 'waiting-list',
    sectors: ['jeugdhulp'],
  },
  {
    // Resubmitted on 10 June: waiting again, within the norm.
    key: 'E7',
    case: 'B',
    state: 'submitted',
    stateSince: '2026-06-10T08:00:00Z',
    submittedAt: '2026-04-01T08:00:00Z',
    returnedAt: '2026-04-02T08:00:00Z',
    reasonCode: 'housing',
    sectors: ['gemeente'],
  },
  {
    // Accepted on 14 April and not scheduled: past the 4 weeks.
    key: 'E8',
    case: 'A',
    state: 'accepted',
    stateSince: '2026-04-14T08:00:00Z',
    submittedAt: '2026-04-10T08:00:00Z',
    triagedAt: '2026-04-14T08:00:00Z',
    reasonCode: 'financing-dispute',
    sectors: ['welzijn'],
  },
  {
    key: 'E9',
    case: 'B',
    state: 'accepted',
    stateSince: '2026-05-26T08:00:00Z',
    submittedAt: '2026-05-25T08:00:00Z',
    triagedAt: '2026-05-26T08:00:00Z',
    reasonCode: 'region-own-code',
    sectors: ['jeugdhulp'],
  },
  {
    // On the agenda of a session still to come: no first session yet.
    key: 'E10',
    case: 'A',
    state: 'scheduled',
    stateSince: '2026-05-20T08:00:00Z',
    submittedAt: '2026-05-10T08:00:00Z',
    triagedAt: '2026-05-11T20:00:00Z',
    reasonCode: 'housing',
    sectors: ['onderwijs'],
  },
  {
    key: 'E11',
    case: 'A',
    state: 'closed',
    stateSince: '2026-01-15T10:00:00Z',
    submittedAt: '2025-12-20T10:00:00Z',
    triagedAt: '2025-12-21T10:00:00Z',
    closedAt: '2026-01-15T10:00:00Z',
    outcome: 'resolved',
    reasonCode: 'housing',
    sectors: ['welzijn'],
  },
  {
    key: 'E12',
    case: 'A',
    state: 'submitted',
    stateSince: '2026-06-02T08:00:00Z',
    submittedAt: '2026-06-02T08:00:00Z',
    reasonCode: 'housing',
    sectors: ['welzijn'],
  },
  {
    key: 'E13',
    case: 'other',
    state: 'submitted',
    stateSince: '2026-03-01T08:00:00Z',
    submittedAt: '2026-03-01T08:00:00Z',
    reasonCode: 'housing',
    sectors: ['welzijn'],
  },
  { key: 'E14', case: 'A', state: 'draft', stateSince: null, submittedAt: null, reasonCode: null, sectors: [] },
  {
    key: 'E15',
    case: 'B',
    state: 'submitted',
    stateSince: '2026-05-31T22:30:00Z',
    submittedAt: '2026-05-31T22:30:00Z',
    reasonCode: 'housing',
    sectors: ['welzijn'],
  },
];

/** Sessions and who was on their agenda; `discussed` as ending a session marks them. */
const SESSIONS = [
  { key: 'S1', startsAt: '2026-01-20T13:00:00Z', state: 'ended', items: ['E1'] },
  { key: 'S2', startsAt: '2026-02-17T13:00:00Z', state: 'ended', items: ['E2'] },
  { key: 'S3', startsAt: '2026-03-03T13:00:00Z', state: 'ended', items: ['E3'] },
  { key: 'S4', startsAt: '2026-03-17T13:00:00Z', state: 'ended', items: ['E4'] },
  // A follow-up of E4: its first session stays S4.
  { key: 'S5', startsAt: '2026-04-14T13:00:00Z', state: 'ended', items: ['E4'] },
  { key: 'S6', startsAt: '2026-06-23T13:00:00Z', state: 'planned', items: ['E10'] },
] as const;

/** Agreements: O = an organisation owns it, U = a person (with or without their organisation stored). */
const AGREEMENTS = [
  // Overdue, made in the period.
  {
    key: 'G1',
    escalation: 'E3',
    session: 'S3',
    owner: 'O:jeugdbescherming',
    createdAt: '2026-03-03T14:00:00Z',
    deadline: '2026-04-01',
    status: 'open',
  },
  {
    key: 'G2',
    escalation: 'E3',
    session: 'S3',
    owner: 'U:jongerenwerker',
    createdAt: '2026-03-03T14:00:00Z',
    deadline: '2026-06-14',
    status: 'open',
  },
  {
    key: 'G3',
    escalation: 'E3',
    session: 'S3',
    owner: 'U-only:jeugdhulp',
    createdAt: '2026-03-03T14:00:00Z',
    deadline: '2026-05-01',
    status: 'open',
  },
  {
    key: 'G6',
    escalation: 'E4',
    session: 'S4',
    owner: 'O:jeugdbescherming',
    createdAt: '2026-03-17T14:00:00Z',
    deadline: '2026-04-15',
    status: 'open',
  },
  {
    key: 'G9',
    escalation: 'E1',
    session: 'S1',
    owner: 'O:jeugdbescherming',
    createdAt: '2026-01-20T14:00:00Z',
    deadline: '2026-02-01',
    status: 'open',
  },
  // Due today (not overdue), done, and made before the period.
  {
    key: 'G4',
    escalation: 'E3',
    session: 'S3',
    owner: 'O:jeugdbescherming',
    createdAt: '2026-03-03T14:00:00Z',
    deadline: '2026-06-15',
    status: 'open',
  },
  {
    key: 'G5',
    escalation: 'E4',
    session: 'S4',
    owner: 'O:jeugdbescherming',
    createdAt: '2026-03-17T14:00:00Z',
    deadline: '2026-04-01',
    status: 'done',
  },
  {
    key: 'G7',
    escalation: 'E1',
    session: 'S1',
    owner: 'O:jongerenwerk',
    createdAt: '2025-12-30T10:00:00Z',
    deadline: '2026-01-10',
    status: 'open',
  },
] as const;

const checklist = (...statuses: TransitionItem['status'][]): TransitionItem[] =>
  statuses.map((status) => ({ topic: 'housing', ownerUserId: null, status, note: '' }) as TransitionItem);

/** The jongeren behind the signals (open cases unless said), with their plans' checklists in order of saving. */
const SIGNAL_CASES: Array<{
  key: string;
  case: 'A' | 'B' | 'other';
  dateOfBirth: string;
  plans?: TransitionItem[][];
  lastActivityAt?: string;
  closed?: boolean;
}> = [
  { key: 'sixteenToday', case: 'A', dateOfBirth: '2010-06-15' },
  { key: 'sixteenTomorrow', case: 'A', dateOfBirth: '2010-06-16' },
  { key: 'seventeenWithPlanDone', case: 'B', dateOfBirth: '2009-01-01', plans: [checklist('done', 'done')] },
  { key: 'seventeenWithoutPlan', case: 'B', dateOfBirth: '2009-01-01' },
  { key: 'eighteenToday', case: 'A', dateOfBirth: '2008-06-15', plans: [checklist('open')] },
  { key: 'eighteenTomorrow', case: 'A', dateOfBirth: '2008-06-16', plans: [checklist('done', 'in-progress')] },
  { key: 'eighteenInAYear', case: 'A', dateOfBirth: '2009-06-15', plans: [[]] },
  { key: 'eighteenInAYearAndADay', case: 'A', dateOfBirth: '2009-06-16', plans: [checklist('open')] },
  {
    key: 'checklistFinishedLater',
    case: 'B',
    dateOfBirth: '2008-12-01',
    plans: [checklist('open'), checklist('done')],
  },
  { key: 'closedWithoutPlan', case: 'A', dateOfBirth: '2009-01-01', closed: true },
  // 23:59:59 on 4 May in Amsterdam: 6 weeks without a change today; a second later it is not.
  { key: 'stagnating', case: 'A', dateOfBirth: '2013-01-01', lastActivityAt: '2026-05-04T21:59:59Z' },
  { key: 'notYetStagnating', case: 'A', dateOfBirth: '2013-01-01', lastActivityAt: '2026-05-04T22:00:00Z' },
  { key: 'longStagnating', case: 'B', dateOfBirth: '2013-01-01', lastActivityAt: '2026-01-01T00:00:00Z' },
  { key: 'jongereElsewhere', case: 'other', dateOfBirth: '2009-01-01', lastActivityAt: '2026-01-01T00:00:00Z' },
];

describe('the monitoring dashboard', () => {
  let subject: TestApp;
  let coordinator: TestAgent;
  const db = () => subject.app.get(DataSource);
  const ids = new Map<string, string>();
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`No fixture ${key}`);
    return found;
  };
  const one = async (sql: string, values: unknown[] = []) => (await db().query(sql, values))[0];

  async function arrange(): Promise<void> {
    const userId = async (email: string) => (await one(`SELECT id FROM app_user WHERE email = $1`, [email])).id;
    const creator = await userId('coordinator@demo.sluitend.nl');
    ids.set('coordinatorUser', creator);
    ids.set('jongerenwerkerUser', await userId('jongerenwerker@demo.sluitend.nl'));
    ids.set('jeugdhulpUser', await userId('jeugdhulp@demo.sluitend.nl'));
    const region = await one(`SELECT region_id FROM municipality WHERE name = 'Tiel'`);
    ids.set('region', region.region_id);
    ids.set('A', (await one(`SELECT id FROM municipality WHERE name = 'Tiel'`)).id);
    ids.set('B', (await one(`SELECT id FROM municipality WHERE name = 'Buren'`)).id);
    const otherRegion = await one(`INSERT INTO region (name, life_domains) VALUES ('Elders', '[]') RETURNING id`);
    ids.set('otherRegion', otherRegion.id);
    ids.set(
      'other',
      (await one(`INSERT INTO municipality (name, region_id) VALUES ('Ergens', $1) RETURNING id`, [otherRegion.id])).id,
    );
    for (const key of ['jeugdbescherming', 'jongerenwerk', 'jeugd-ggz'] as const) {
      const name = {
        jeugdbescherming: 'Jeugdbescherming Gelderland',
        jongerenwerk: 'Jongerenwerk Rivierenland',
        'jeugd-ggz': 'Jeugd-GGZ Betuwe',
      }[key];
      ids.set(key, (await one(`SELECT id FROM organisation WHERE name = $1`, [name])).id);
    }

    const insertCase = async (municipality: string, dateOfBirth: string, lastActivityAt: string, status = 'open') =>
      (
        await one(
          `INSERT INTO case_file (first_name, last_name, date_of_birth, municipality_id, status, created_by, version, last_activity_at)
           VALUES ('Test', $1, $2, $3, $4, $5, 1, $6) RETURNING id`,
          [`Jongere${ids.size}`, dateOfBirth, municipality, status, creator, lastActivityAt],
        )
      ).id as string;
    // The escalated jongeren are 14 and active: they raise no signal.
    for (const key of ['A', 'B', 'other'] as const)
      ids.set(`case${key}`, await insertCase(id(key), '2012-03-03', NOW.toISOString()));
    for (const spec of SIGNAL_CASES) {
      const caseId = await insertCase(
        id(spec.case),
        spec.dateOfBirth,
        spec.lastActivityAt ?? NOW.toISOString(),
        spec.closed ? 'closed' : 'open',
      );
      ids.set(spec.key, caseId);
      for (const [index, items] of (spec.plans ?? []).entries())
        await db().query(
          `INSERT INTO toekomstplan_version (case_id, number, based_on, reason, content, created_by)
           VALUES ($1, $2, $3, 'save', $4, $5)`,
          [caseId, index + 1, index === 0 ? null : index, { transitionChecklist: items }, creator],
        );
    }

    for (const spec of ESCALATIONS) {
      const row = await one(
        `INSERT INTO escalation (case_id, region_id, state, state_since, reason_code, sectors_needed, created_by,
                                 submitted_at, triaged_at, closed_at, outcome, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1) RETURNING id`,
        [
          id(`case${spec.case}`),
          spec.case === 'other' ? id('otherRegion') : id('region'),
          spec.state,
          spec.stateSince ?? '2026-01-01T00:00:00Z',
          spec.reasonCode,
          spec.sectors,
          creator,
          spec.submittedAt,
          spec.triagedAt ?? null,
          spec.closedAt ?? null,
          spec.outcome ?? null,
        ],
      );
      ids.set(spec.key, row.id);
      if (spec.returnedAt)
        await db().query(
          `INSERT INTO escalation_transition (escalation_id, transition, from_state, to_state, by_user_id, at, why)
           VALUES ($1, 'return', 'submitted', 'returned', $2, $3, 'Welke hulp is al geprobeerd?')`,
          [row.id, creator, spec.returnedAt],
        );
    }

    for (const session of SESSIONS) {
      const startsAt = new Date(session.startsAt);
      const row = await one(
        `INSERT INTO actietafel_session (region_id, state, starts_at, ends_at, chair_user_id, created_by, version)
         VALUES ($1, $2, $3, $4, $5, $5, 1) RETURNING id`,
        [id('region'), session.state, startsAt, new Date(startsAt.getTime() + 7_200_000), creator],
      );
      ids.set(session.key, row.id);
      for (const [index, escalation] of session.items.entries()) {
        const item = await one(
          `INSERT INTO agenda_item (session_id, escalation_id, position, kind, minutes_planned, phase, version)
           VALUES ($1, $2, $3, 'escalation', 20, $4, 1) RETURNING id`,
          [row.id, id(escalation), index + 1, session.state === 'ended' ? 'discussed' : 'pending'],
        );
        ids.set(`${session.key}:${escalation}`, item.id);
      }
    }

    for (const agreement of AGREEMENTS) {
      const [kind, owner] = agreement.owner.split(':');
      const ownerUserId = kind === 'O' ? null : id(`${owner}User`);
      const ownerOrganisationId =
        kind === 'O'
          ? id(owner)
          : kind === 'U'
            ? (await one(`SELECT organisation_id FROM app_user WHERE id = $1`, [ownerUserId])).organisation_id
            : null;
      const row = await one(
        `INSERT INTO agreement (escalation_id, case_id, session_id, agenda_item_id, what, owner_user_id,
                                owner_organisation_id, deadline, status, created_by, created_at, version, done_note)
         SELECT $1, e.case_id, $2, $3, 'Een afspraak', $4, $5, $6, $7, $8, $9, 1, $10 FROM escalation e WHERE e.id = $1
         RETURNING id`,
        [
          id(agreement.escalation),
          id(agreement.session),
          id(`${agreement.session}:${agreement.escalation}`),
          ownerUserId,
          ownerOrganisationId,
          agreement.deadline,
          agreement.status,
          creator,
          agreement.createdAt,
          agreement.status === 'done' ? 'Gedaan' : null,
        ],
      );
      ids.set(agreement.key, row.id);
    }
  }

  const dashboard = async (query: Record<string, string | string[]> = PERIOD, agent = coordinator) => {
    const response = await agent.get('/api/v1/monitoring/dashboard').query(query);
    expect(response.status).toBe(200);
    return response.body as DashboardResponse;
  };

  beforeAll(async () => {
    subject = await createTestApp();
    await arrange();
    jest.spyOn(Clock.prototype, 'now').mockReturnValue(NOW);
    coordinator = subject.browser();
    await signIn(coordinator, 'coordinator@demo.sluitend.nl');
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await subject.close();
  });

  it('keeps whether a case has a toekomstplan and an open checklist with every saved version', async () => {
    const flags = async (key: string) =>
      one(`SELECT has_toekomstplan, checklist_open FROM case_file WHERE id = $1`, [id(key)]);
    expect(await flags('sixteenToday')).toEqual({ has_toekomstplan: false, checklist_open: true });
    expect(await flags('seventeenWithPlanDone')).toEqual({ has_toekomstplan: true, checklist_open: false });
    expect(await flags('eighteenTomorrow')).toEqual({ has_toekomstplan: true, checklist_open: true });
    expect(await flags('eighteenInAYear')).toEqual({ has_toekomstplan: true, checklist_open: true });
    // The latest version counts: the checklist was finished in version 2.
    expect(await flags('checklistFinishedLater')).toEqual({ has_toekomstplan: true, checklist_open: false });
  });

  it('keeps an escalation’s first triage and first session with every return, discussed item and moved session', async () => {
    const stages = async (escalationId: string) =>
      one(`SELECT first_triage_at, first_session_at FROM escalation WHERE id = $1`, [escalationId]);
    const escalation = await one(
      `INSERT INTO escalation (case_id, region_id, state, state_since, created_by, submitted_at, triaged_at, version)
       VALUES ($1, $2, 'accepted', '2026-03-05T09:00:00Z', $3, '2026-03-01T09:00:00Z', '2026-03-05T09:00:00Z', 1)
       RETURNING id`,
      [id('caseA'), id('region'), id('coordinatorUser')],
    );
    const session = await one(
      `INSERT INTO actietafel_session (region_id, state, starts_at, ends_at, chair_user_id, created_by, version)
       VALUES ($1, 'ended', '2026-03-10T13:00:00Z', '2026-03-10T15:00:00Z', $2, $2, 1) RETURNING id`,
      [id('region'), id('coordinatorUser')],
    );
    try {
      expect(await stages(escalation.id)).toEqual({
        first_triage_at: new Date('2026-03-05T09:00:00Z'),
        first_session_at: null,
      });
      await db().query(
        `INSERT INTO escalation_transition (escalation_id, transition, from_state, to_state, by_user_id, at)
         VALUES ($1, 'return', 'submitted', 'returned', $2, '2026-03-02T09:00:00Z')`,
        [escalation.id, id('coordinatorUser')],
      );
      expect((await stages(escalation.id)).first_triage_at).toEqual(new Date('2026-03-02T09:00:00Z'));
      const item = await one(
        `INSERT INTO agenda_item (session_id, escalation_id, position, kind, minutes_planned, phase, version)
         VALUES ($1, $2, 1, 'escalation', 20, 'pending', 1) RETURNING id`,
        [session.id, escalation.id],
      );
      expect((await stages(escalation.id)).first_session_at).toBeNull();
      await db().query(`UPDATE agenda_item SET phase = 'discussed' WHERE id = $1`, [item.id]);
      expect((await stages(escalation.id)).first_session_at).toEqual(new Date('2026-03-10T13:00:00Z'));
      await db().query(
        `UPDATE actietafel_session SET starts_at = '2026-03-11T13:00:00Z', ends_at = '2026-03-11T15:00:00Z' WHERE id = $1`,
        [session.id],
      );
      expect((await stages(escalation.id)).first_session_at).toEqual(new Date('2026-03-11T13:00:00Z'));
      await db().query(`UPDATE agenda_item SET phase = 'pending' WHERE id = $1`, [item.id]);
      expect((await stages(escalation.id)).first_session_at).toBeNull();
    } finally {
      await db().query(`DELETE FROM escalation WHERE id = $1`, [escalation.id]);
      await db().query(`DELETE FROM actietafel_session WHERE id = $1`, [session.id]);
    }
  });

  it('counts an escalation for the municipality its case was in when submitted, also after the case moves', async () => {
    const tiel = { ...PERIOD, municipalityId: id('A') };
    const before = await dashboard(tiel);
    await db().query(`UPDATE case_file SET municipality_id = $2 WHERE id = $1`, [id('caseA'), id('B')]);
    try {
      const after = await dashboard(tiel);
      expect(after.byMunicipality).toEqual(before.byMunicipality);
      expect(after.escalationsByState).toEqual(before.escalationsByState);
      expect(after.leadTimes).toEqual(before.leadTimes);
      expect(after.norms.overdueAgreements).toBe(before.norms.overdueAgreements);
      const list = await coordinator
        .get('/api/v1/escalations')
        .query({ submittedFrom: PERIOD.from, submittedTo: PERIOD.to, municipalityId: id('A') });
      expect(list.body.total).toBe(before.byMunicipality[0].submitted);
      // A draft of the moved case, submitted now, counts for the municipality the case is in now.
      const draft = await one(
        `INSERT INTO escalation (case_id, region_id, state, state_since, created_by, version)
         VALUES ($1, $2, 'draft', '2026-03-01T09:00:00Z', $3, 1) RETURNING id`,
        [id('caseA'), id('region'), id('coordinatorUser')],
      );
      await db().query(`UPDATE case_file SET municipality_id = $2 WHERE id = $1`, [id('caseA'), id('A')]);
      await db().query(
        `UPDATE escalation SET state = 'submitted', submitted_at = '2026-03-02T09:00:00Z' WHERE id = $1`,
        [draft.id],
      );
      await db().query(`UPDATE case_file SET municipality_id = $2 WHERE id = $1`, [id('caseA'), id('B')]);
      await db().query(`UPDATE escalation SET state = 'accepted' WHERE id = $1`, [draft.id]);
      expect((await one(`SELECT municipality_id FROM escalation WHERE id = $1`, [draft.id])).municipality_id).toBe(
        id('A'),
      );
      await db().query(`DELETE FROM escalation WHERE id = $1`, [draft.id]);
    } finally {
      await db().query(`UPDATE case_file SET municipality_id = $2 WHERE id = $1`, [id('caseA'), id('A')]);
    }
  });

  it('counts the escalations submitted in the period per state, with those past their norm and the longest wait', async () => {
    const body = await dashboard();
    expect(body.filter).toEqual({ ...PERIOD, municipalityIds: [] });
    expect(body.generatedAt).toBe(NOW.toISOString());
    expect(body.escalationsByState).toEqual([
      // E6 has waited since 4 May (42 days and 2 hours), past the norm; E7 since its resubmission on 10 June.
      { state: 'submitted', count: 2, pastNorm: 1, longestDaysInState: 42 },
      // E8 accepted on 14 April (62 days), past 4 weeks; E9 on 26 May.
      { state: 'accepted', count: 2, pastNorm: 1, longestDaysInState: 62 },
      { state: 'scheduled', count: 1, pastNorm: 0, longestDaysInState: 26 },
      { state: 'agreements-running', count: 1, pastNorm: 0, longestDaysInState: 103 },
      { state: 'closed', count: 3, pastNorm: 0, longestDaysInState: 120 },
      { state: 'returned', count: 0, pastNorm: 0, longestDaysInState: null },
      { state: 'rejected', count: 1, pastNorm: 0, longestDaysInState: 84 },
    ]);
    expect(body.norms).toEqual({ triageWaiting: 1, acceptedUnscheduled: 1, overdueAgreements: 5 });
  });

  it('counts submitted and closed per Amsterdam month of the period, with the outcomes', async () => {
    const { throughput } = await dashboard();
    const outcomes = (resolved: number, partly: number, not: number) => ({
      resolved,
      'partly-resolved': partly,
      'not-resolved': not,
    });
    expect(throughput).toEqual([
      // E11 was submitted in December but closed in January.
      { month: '2026-01', submitted: 1, closed: 1, outcomes: outcomes(1, 0, 0) },
      // E2 was submitted at 23:30 UTC on 31 January: 1 February in Amsterdam.
      { month: '2026-02', submitted: 2, closed: 1, outcomes: outcomes(1, 0, 0) },
      { month: '2026-03', submitted: 2, closed: 1, outcomes: outcomes(0, 1, 0) },
      { month: '2026-04', submitted: 2, closed: 0, outcomes: outcomes(0, 0, 0) },
      { month: '2026-05', submitted: 3, closed: 1, outcomes: outcomes(0, 0, 1) },
    ]);
  });

  it('gives the lead times as the median and the 90th percentile of the durations in days', async () => {
    const inPeriod = ESCALATIONS.filter((e) =>
      ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10'].includes(e.key),
    );
    const firstSession = (key: string) =>
      SESSIONS.filter((s) => s.state === 'ended' && (s.items as readonly string[]).includes(key))
        .map((s) => s.startsAt)
        .sort()[0];
    const triage = inPeriod.flatMap((e) => {
      const ends = [e.triagedAt, e.returnedAt].filter((at): at is string => !!at).sort();
      return ends.length > 0 ? [days(e.submittedAt as string, ends[0])] : [];
    });
    const session = inPeriod.flatMap((e) =>
      firstSession(e.key) ? [days(e.submittedAt as string, firstSession(e.key))] : [],
    );
    const close = inPeriod.flatMap((e) => (e.closedAt ? [days(e.submittedAt as string, e.closedAt)] : []));
    const { leadTimes } = await dashboard();
    const expected = (stage: string, values: number[]) => ({
      stage,
      count: values.length,
      median: percentileCont(values, 0.5),
      p90: percentileCont(values, 0.9),
    });
    const got = leadTimes.map((figure) => ({
      stage: figure.stage,
      count: figure.count,
      median: figure.medianDays,
      p90: figure.p90Days,
    }));
    for (const [index, want] of [
      expected('submission-to-triage', triage),
      expected('submission-to-first-session', session),
      expected('submission-to-close', close),
    ].entries()) {
      expect(got[index].stage).toBe(want.stage);
      expect(got[index].count).toBe(want.count);
      expect(got[index].median).toBeCloseTo(want.median as number, 9);
      expect(got[index].p90).toBeCloseTo(want.p90 as number, 9);
    }
    // Spelled out: triage took 1, 1, 1, 1, 1.5, 2, 2.5, 3 and 4 days (E3 and E7 ended it with a return).
    expect(got[0]).toEqual({ stage: 'submission-to-triage', count: 9, median: 1.5, p90: expect.closeTo(3.2, 9) });
    // Closing took 28.52…, 36 and 76 days: the p90 lies at rank 1.8, 36 + 0.8 × 40.
    expect(got[2]).toEqual({ stage: 'submission-to-close', count: 3, median: 36, p90: expect.closeTo(68, 9) });
    // The first session: S1, S2, S3 and S4 (not E4's follow-up S5, not E10's session to come).
    expect(got[1].count).toBe(4);
    expect(got[1].median).toBeCloseTo((12.125 + 16.5625) / 2, 9);
  });

  it('lists every municipality of the region by name, the sectors needed and the reason codes, most frequent first', async () => {
    const body = await dashboard();
    expect(body.byMunicipality.map((figure) => [figure.name, figure.submitted])).toEqual([
      ['Buren', 4],
      ['Culemborg', 0],
      ['Maasdriel', 0],
      ['Neder-Betuwe', 0],
      ['Tiel', 6],
      ['West Betuwe', 0],
      ['West Maas en Waal', 0],
      ['Zaltbommel', 0],
    ]);
    expect(body.byMunicipality.find((figure) => figure.name === 'Tiel')?.municipalityId).toBe(id('A'));
    expect(body.bySector).toEqual([
      { sector: 'welzijn', count: 2 },
      { sector: 'jeugdhulp', count: 5 },
      { sector: 'werk-en-inkomen', count: 1 },
      { sector: 'onderwijs', count: 3 },
      { sector: 'gemeente', count: 1 },
    ]);
    expect(body.reasonCodes).toEqual([
      { code: 'housing', label: 'Huisvesting', count: 3 },
      { code: 'waiting-list', label: 'Wachtlijst', count: 3 },
      { code: 'other', label: 'Anders', count: 1 },
      { code: 'financing-dispute', label: 'Financieringsgeschil tussen domeinen', count: 1 },
      { code: null, label: 'Geen reden opgegeven', count: 1 },
      { code: 'region-own-code', label: 'region-own-code', count: 1 },
    ]);
  });

  it('counts overdue agreements made in the period per owning organisation, a person counting for theirs', async () => {
    const body = await dashboard();
    expect(body.overdueByOrganisation).toEqual([
      { organisationId: id('jeugdbescherming'), name: 'Jeugdbescherming Gelderland', overdueAgreements: 3 },
      // G3 is owned by a person without a stored organisation: their own counts.
      { organisationId: id('jeugd-ggz'), name: 'Jeugd-GGZ Betuwe', overdueAgreements: 1 },
      { organisationId: id('jongerenwerk'), name: 'Jongerenwerk Rivierenland', overdueAgreements: 1 },
    ]);
  });

  it('signals the open cases of jongeren of 16+ without a plan, turning 18 with an open checklist, and stagnating', async () => {
    expect((await dashboard()).signals).toEqual({
      'sixteen-plus-without-plan': 2,
      'turning-eighteen-open-checklist': 3,
      stagnating: 2,
    });
    // The period does not apply to them.
    expect((await dashboard({ from: '2020-01-01', to: '2020-01-31' })).signals).toEqual({
      'sixteen-plus-without-plan': 2,
      'turning-eighteen-open-checklist': 3,
      stagnating: 2,
    });
  });

  it('applies the municipality filter to every figure', async () => {
    const body = await dashboard({ ...PERIOD, municipalityId: id('B') });
    expect(body.filter.municipalityIds).toEqual([id('B')]);
    expect(body.escalationsByState.filter((figure) => figure.count > 0).map((f) => [f.state, f.count])).toEqual([
      ['submitted', 1],
      ['accepted', 1],
      ['agreements-running', 1],
      ['closed', 1],
    ]);
    expect(body.norms).toEqual({ triageWaiting: 0, acceptedUnscheduled: 0, overdueAgreements: 4 });
    expect(body.throughput.map((month) => [month.month, month.submitted, month.closed])).toEqual([
      ['2026-01', 0, 0],
      ['2026-02', 1, 0],
      ['2026-03', 1, 0],
      ['2026-04', 1, 0],
      ['2026-05', 1, 1],
    ]);
    expect(body.byMunicipality).toEqual([{ municipalityId: id('B'), name: 'Buren', submitted: 4 }]);
    expect(body.leadTimes.map((figure) => figure.count)).toEqual([4, 2, 1]);
    expect(body.signals).toEqual({
      'sixteen-plus-without-plan': 1,
      'turning-eighteen-open-checklist': 1,
      stagnating: 1,
    });
    const both = await dashboard({ ...PERIOD, municipalityId: [id('A'), id('B')] });
    expect(both.byMunicipality.map((figure) => figure.name)).toEqual(['Buren', 'Tiel']);
    expect(both.norms.overdueAgreements).toBe(5);
  });

  it('applies the period to every escalation figure, an Amsterdam day at each end', async () => {
    // From 1 February: E2 (00:30 on 1 February in Amsterdam) is in, E1 is out.
    const february = await dashboard({ from: '2026-02-01', to: '2026-02-28' });
    expect(february.escalationsByState.filter((f) => f.count > 0).map((f) => [f.state, f.count])).toEqual([
      ['agreements-running', 1],
      ['closed', 1],
    ]);
    expect(february.throughput).toEqual([
      { month: '2026-02', submitted: 2, closed: 1, outcomes: { resolved: 1, 'partly-resolved': 0, 'not-resolved': 0 } },
    ]);
    // Through 1 June: E15 (00:30 on 1 June in Amsterdam) joins the waiting ones, past the norm since 9 June.
    const toJune = await dashboard({ from: '2026-05-01', to: '2026-06-01' });
    expect(toJune.escalationsByState[0]).toEqual({ state: 'submitted', count: 2, pastNorm: 2, longestDaysInState: 42 });
    expect(toJune.throughput.map((month) => month.month)).toEqual(['2026-05', '2026-06']);
    expect(toJune.norms.overdueAgreements).toBe(0);
  });

  it('never counts another region’s escalations, cases or agreements', async () => {
    const body = await dashboard({ from: '2025-01-01', to: '2026-06-30' });
    const all = body.escalationsByState.reduce((sum, figure) => sum + figure.count, 0);
    // E1–E12 and E15: not E13 (another region) and not the draft E14.
    expect(all).toBe(13);
    expect(body.byMunicipality.some((figure) => figure.name === 'Ergens')).toBe(false);
    const foreign = await coordinator.get('/api/v1/monitoring/dashboard').query({ municipalityId: id('other') });
    expect(foreign.status).toBe(400);
    expect(foreign.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(foreign.body.errors).toEqual([{ field: 'municipalityId', message: expect.any(String) }]);
  });

  it('defaults to the last 12 months up to today', async () => {
    const body = await dashboard({});
    expect(body.filter).toEqual({ from: '2025-07-01', to: '2026-06-15', municipalityIds: [] });
    expect(body.throughput).toHaveLength(12);
  });

  it('refuses a malformed filter with the fields at fault', async () => {
    const refused = async (query: Record<string, string>, field: string) => {
      const response = await coordinator.get('/api/v1/monitoring/dashboard').query(query);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    };
    await refused({ from: '2026-02-30', to: '2026-03-31' }, 'from');
    await refused({ from: '2026-03-01', to: '2026-02-28' }, 'to');
    await refused({ from: '2020-01-01', to: '2026-01-01' }, 'to');
    await refused({ from: '2026-03-01' }, 'to');
    await refused({ municipalityId: 'tiel' }, 'municipalityId');
    await refused({ colour: 'red' }, 'colour');
    const signal = await coordinator.get('/api/v1/monitoring/signals/unhappy/cases');
    expect(signal.status).toBe(400);
  });

  it('is for the coordinator and the chair, not for a professional', async () => {
    const chair = subject.browser();
    await signIn(chair, 'chair@demo.sluitend.nl');
    expect((await dashboard(PERIOD, chair)).norms.triageWaiting).toBe(1);
    const professional = subject.browser();
    await signIn(professional, 'jongerenwerker@demo.sluitend.nl');
    expect((await professional.get('/api/v1/monitoring/dashboard')).status).toBe(403);
    expect((await professional.get('/api/v1/monitoring/signals/stagnating/cases')).status).toBe(403);
  });

  it('logs one access-log event per view, naming no case', async () => {
    const before = Number(
      (await one(`SELECT count(*) AS n FROM audit_event WHERE resource = 'monitoring-dashboard'`)).n,
    );
    await dashboard();
    const events = await db().query(
      `SELECT case_ids, action, ground FROM audit_event WHERE resource = 'monitoring-dashboard' ORDER BY sequence`,
    );
    expect(events).toHaveLength(before + 1);
    expect(events[events.length - 1]).toEqual({ case_ids: [], action: 'read', ground: 'role' });
  });

  it('lists the cases behind a signal only as far as the viewer may open them', async () => {
    const response = await coordinator.get('/api/v1/monitoring/signals/sixteen-plus-without-plan/cases');
    expect(response.status).toBe(200);
    // The coordinator is on no case team: counted, never named.
    expect(response.body).toEqual({ signal: 'sixteen-plus-without-plan', total: 2, cases: [], notAccessible: 2 });
    expect(JSON.stringify(response.body)).not.toContain('Jongere');

    // A professional who also chairs the table, on the team of one of them with consent.
    const user = id('jongerenwerkerUser');
    await db().query(`UPDATE app_user SET roles = '{professional,actietafel-chair}' WHERE id = $1`, [user]);
    await db().query(`INSERT INTO case_team_member (case_id, user_id, part) VALUES ($1, $2, 'jongerenwerker')`, [
      id('sixteenToday'),
      user,
    ]);
    await db().query(
      `INSERT INTO consent (case_id, scope, organisation_id, purpose, basis, given_by, given_on, recorded_by, version)
       VALUES ($1, 'organisation', $2, 'case-collaboration', 'consent', '{jongere}', '2026-01-05', $3, 1)`,
      [id('sixteenToday'), id('jongerenwerk'), user],
    );
    const both = subject.browser();
    await signIn(both, 'jongerenwerker@demo.sluitend.nl');
    const named = await both.get('/api/v1/monitoring/signals/sixteen-plus-without-plan/cases');
    const name = (
      await one(`SELECT first_name || ' ' || last_name AS name FROM case_file WHERE id = $1`, [id('sixteenToday')])
    ).name;
    expect(named.body).toEqual({
      signal: 'sixteen-plus-without-plan',
      total: 2,
      cases: [{ id: id('sixteenToday'), displayName: name, municipalityName: 'Tiel' }],
      notAccessible: 1,
    });
    const [event] = await db().query(
      `SELECT case_ids, ground FROM audit_event WHERE resource = 'monitoring-signal-cases' AND user_id = $1`,
      [user],
    );
    expect(event).toEqual({ case_ids: [id('sixteenToday')], ground: 'consent' });
    await db().query(`UPDATE app_user SET roles = '{professional}' WHERE id = $1`, [user]);
  });

  it('has the cases of every signal add up to its number', async () => {
    const { signals } = await dashboard({ ...PERIOD, municipalityId: id('A') });
    for (const [signal, count] of Object.entries(signals)) {
      const response = await coordinator
        .get(`/api/v1/monitoring/signals/${signal}/cases`)
        .query({ municipalityId: id('A') });
      expect([signal, response.body.total]).toEqual([signal, count]);
    }
  });

  it('has a list behind the escalation figures as long as the number clicked', async () => {
    const body = await dashboard();
    const total = async (query: Record<string, string | string[]>) => {
      const response = await coordinator.get('/api/v1/escalations').query(query);
      expect(response.status).toBe(200);
      return response.body.total as number;
    };
    const submitted = { submittedFrom: PERIOD.from, submittedTo: PERIOD.to };
    expect(await total({ ...submitted, state: 'submitted', pastNorm: 'triage-waiting' })).toBe(
      body.norms.triageWaiting,
    );
    expect(await total({ ...submitted, pastNorm: 'accepted-unscheduled' })).toBe(body.norms.acceptedUnscheduled);
    expect(await total({ ...submitted, state: 'closed' })).toBe(3);
    expect(await total({ ...submitted, sector: 'jeugdhulp' })).toBe(5);
    expect(await total({ ...submitted, reasonCode: 'housing' })).toBe(3);
    expect(await total({ ...submitted, municipalityId: id('A') })).toBe(6);
    expect(await total({ ...submitted, municipalityId: [id('A'), id('B')] })).toBe(10);
    expect(await total({ submittedFrom: '2026-02-01', submittedTo: '2026-02-28' })).toBe(
      body.throughput.find((month) => month.month === '2026-02')?.submitted,
    );
    expect(await total({ closedFrom: '2026-01-01', closedTo: '2026-01-31', outcome: 'resolved' })).toBe(
      body.throughput[0].outcomes.resolved,
    );
  });

  it('has a list behind the overdue agreements of an organisation as long as its number', async () => {
    const body = await dashboard();
    for (const figure of body.overdueByOrganisation) {
      const response = await coordinator.get('/api/v1/agreements').query({
        overdue: 'true',
        organisationId: figure.organisationId,
        createdFrom: PERIOD.from,
        createdTo: PERIOD.to,
      });
      expect(response.status).toBe(200);
      expect([figure.name, response.body.length]).toEqual([figure.name, figure.overdueAgreements]);
    }
    const buren = await coordinator
      .get('/api/v1/agreements')
      .query({ overdue: 'true', createdFrom: PERIOD.from, createdTo: PERIOD.to, municipalityId: id('B') });
    expect(buren.body).toHaveLength(4);
  });
});
