/**
 * The Actietafel's history on top of the generated dossiers, for the monitoring benchmark: sessions twice a
 * month, escalations over three years with their transitions, agenda items (first discussions and follow-ups),
 * ladder steps and agreements, drawn by the same simulator as the demo's history
 * (apps/api/src/seed/escalation-history.ts). Also gives every dossier its `last_activity_at` from its history
 * (plan versions and team), so the stagnation signal counts what it would in real life.
 *
 *   npx ts-node -P bench/tsconfig.json bench/generate/generate-actietafel.ts \
 *     --database-url postgres://postgres@127.0.0.1:5432/sluitend_bench [--escalations 20000] [--agreements 100000]
 *
 * Deterministic: its own seeded stream (not faker's), and the dossiers taken in an order that does not depend
 * on their UUIDs, so the same seed on the same dossiers and day gives the same figures (the sessions' calendar
 * and what has happened by now move with the day).
 */
import type { EscalationState, Sector } from '@sluitend/domain';
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { DEFAULT_ESCALATION_REASON_CODES } from '../../libs/domain/src/actietafel/escalation.contract';
import {
  AGENDA_SUMMARIES,
  AGREEMENT_TEXTS,
  DONE_NOTES,
  DROP_REASONS,
  ESCALATION_TEXTS,
  EVALUATIONS,
  LADDER_REASONS,
} from '../../apps/api/src/seed/escalation-history-texts';
import {
  agreementFate,
  historySessions,
  pickFrom,
  seededRandom,
  simulateEscalation,
  weightedFrom,
  type HistoryActor,
  type Random,
} from '../../apps/api/src/seed/escalation-history';

export interface ActietafelOptions {
  databaseUrl: string;
  escalations: number;
  agreements: number;
  years: number;
  seed: number;
  log: (line: string) => void;
}

export interface ActietafelResult {
  sessions: number;
  escalations: number;
  byState: Record<string, number>;
  transitions: number;
  agendaItems: number;
  ladderSteps: number;
  agreements: number;
  openAgreements: number;
  overdueAgreements: number;
  seconds: { load: number; simulate: number; insert: number; activity: number; total: number };
}

export const DEFAULT_ACTIETAFEL = { escalations: 20_000, agreements: 100_000, years: 3 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Share of escalations still a draft: started, never submitted. */
const DRAFT_SHARE = 0.015;

const REASON_WEIGHTS: Record<string, number> = {
  'waiting-list': 24,
  'no-suitable-care': 20,
  housing: 17,
  'financing-dispute': 14,
  'disagreement-between-organisations': 12,
  'jongere-out-of-sight': 8,
  other: 5,
};
const SECTOR_NEED_WEIGHTS: ReadonlyArray<readonly [Sector, number]> = [
  ['jeugdhulp', 32],
  ['werk-en-inkomen', 22],
  ['gemeente', 20],
  ['welzijn', 14],
  ['onderwijs', 12],
];

interface CaseRow {
  id: string;
  created: number;
  closed: number | null;
  lead: string;
  plan: string | null;
}

interface Person {
  id: string;
  organisationId: string;
  sector: Sector;
}

const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);
const iso = (time: number): string => new Date(time).toISOString();

/** Rows to column arrays, the shape unnest() takes. */
function columns(rows: unknown[][], width: number): unknown[][] {
  const result: unknown[][] = Array.from({ length: width }, () => new Array(rows.length));
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < width; c++) result[c][r] = rows[r][c];
  return result;
}

const INSERTS = {
  sessions: {
    width: 13,
    sql: `INSERT INTO actietafel_session (id, region_id, state, starts_at, ends_at, location, chair_user_id, minute_taker_user_id,
            agenda_sent_at, started_at, ended_at, ended_by, created_by, created_at, updated_at, version)
          SELECT id, region_id, state, starts_at, ends_at, location, chair, minute_taker, agenda_sent_at, started_at, ended_at,
                 ended_by, minute_taker, created_at, created_at, 1
            FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[], $5::timestamptz[], $6::varchar[], $7::uuid[],
              $8::uuid[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::uuid[], $13::timestamptz[])
              AS t(id, region_id, state, starts_at, ends_at, location, chair, minute_taker, agenda_sent_at, started_at, ended_at,
                   ended_by, created_at)`,
  },
  invitees: {
    width: 4,
    sql: `INSERT INTO session_invitee (session_id, user_id, sector, attendance)
          SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[])`,
  },
  escalations: {
    width: 22,
    sql: `INSERT INTO escalation (id, case_id, region_id, state, state_since, reason_code, reason_text, what_was_tried, question,
            urgency, sectors_needed, plan_version_id, ladder_level, session_id, outcome, evaluation, created_by, created_at,
            submitted_at, triaged_at, closed_at, updated_at, version)
          SELECT id, case_id, region_id, state, state_since, reason_code, reason_text, what_was_tried, question, urgency,
                 string_to_array(sectors, ',')::varchar[], plan_version_id, ladder_level, session_id, outcome, evaluation,
                 created_by, created_at, submitted_at, triaged_at, closed_at, state_since, version
            FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::timestamptz[], $6::varchar[], $7::varchar[],
              $8::varchar[], $9::varchar[], $10::varchar[], $11::text[], $12::uuid[], $13::varchar[], $14::uuid[], $15::varchar[],
              $16::varchar[], $17::uuid[], $18::timestamptz[], $19::timestamptz[], $20::timestamptz[], $21::timestamptz[],
              $22::int[])
              AS t(id, case_id, region_id, state, state_since, reason_code, reason_text, what_was_tried, question, urgency, sectors,
                   plan_version_id, ladder_level, session_id, outcome, evaluation, created_by, created_at, submitted_at,
                   triaged_at, closed_at, version)`,
  },
  transitions: {
    width: 7,
    sql: `INSERT INTO escalation_transition (id, escalation_id, transition, from_state, to_state, by_user_id, at)
          SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::uuid[], $7::timestamptz[])`,
  },
  ladderSteps: {
    width: 7,
    sql: `INSERT INTO escalation_ladder_step (id, escalation_id, level, reason, deadline, by_user_id, at)
          SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::date[], $6::uuid[], $7::timestamptz[])`,
  },
  agendaItems: {
    width: 10,
    sql: `INSERT INTO agenda_item (id, session_id, escalation_id, position, kind, minutes_planned, phase, started_at, finished_at,
            summary, version)
          SELECT *, 1 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::varchar[], $6::int[], $7::varchar[],
            $8::timestamptz[], $9::timestamptz[], $10::varchar[])`,
  },
  agreements: {
    width: 16,
    sql: `INSERT INTO agreement (id, escalation_id, case_id, session_id, agenda_item_id, what, owner_user_id, owner_organisation_id,
            deadline, status, done_note, drop_reason, settled_at, settled_by, created_by, created_at, version)
          SELECT *, 1 FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::varchar[], $7::uuid[], $8::uuid[],
            $9::date[], $10::varchar[], $11::varchar[], $12::varchar[], $13::timestamptz[], $14::uuid[], $15::uuid[],
            $16::timestamptz[])`,
  },
} as const;

type Table = keyof typeof INSERTS;

/** Inserts table by table (foreign keys), 5,000 rows per statement, on two connections. */
async function insertAll(pool: Pool, rows: Record<Table, unknown[][]>): Promise<void> {
  for (const table of Object.keys(INSERTS) as Table[]) {
    const { sql, width } = INSERTS[table];
    const chunks: unknown[][][] = [];
    for (let start = 0; start < rows[table].length; start += 5000) chunks.push(rows[table].slice(start, start + 5000));
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const chunk = chunks[next++];
        await pool.query(sql, columns(chunk, width));
      }
    };
    await Promise.all([worker(), worker()]);
  }
}

export async function generateActietafel(options: ActietafelOptions): Promise<ActietafelResult> {
  const { log } = options;
  const started = performance.now();
  const random: Random = seededRandom(options.seed ^ 0xac71e7af);
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  const now = Date.now();
  const rows: Record<Table, unknown[][]> = {
    sessions: [],
    invitees: [],
    escalations: [],
    transitions: [],
    ladderSteps: [],
    agendaItems: [],
    agreements: [],
  };
  const byState: Record<string, number> = {};
  let openAgreements = 0;
  let overdueAgreements = 0;
  let loadSeconds = 0;
  let simulateSeconds = 0;
  let insertSeconds = 0;
  let activitySeconds = 0;
  try {
    const region = (await client.query<{ id: string }>(`SELECT id FROM region ORDER BY created_at LIMIT 1`)).rows[0];
    if (!region)
      throw new Error('No region found: start the API once with SEED_DEMO=true against this database first.');
    const roleUser = async (role: string) =>
      (
        await client.query<{ id: string }>(
          `SELECT u.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
            WHERE $1 = ANY(u.roles) AND o.region_id = $2 AND u.active ORDER BY u.email LIMIT 1`,
          [role, region.id],
        )
      ).rows[0]?.id;
    const coordinator = await roleUser('actietafel-coordinator');
    const chair = await roleUser('actietafel-chair');
    if (!coordinator || !chair)
      throw new Error('The region has no Actietafel coordinator or chair: is the demo seeded?');
    const organisations = (
      await client.query<{ id: string; sector: Sector }>(
        `SELECT id, sector FROM organisation WHERE region_id = $1 AND active ORDER BY name`,
        [region.id],
      )
    ).rows;
    const people: Person[] = (
      await client.query<{ id: string; organisation_id: string; sector: Sector }>(
        `SELECT u.id, u.organisation_id, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id
          WHERE 'professional' = ANY(u.roles) AND u.active AND o.region_id = $1 ORDER BY u.email`,
        [region.id],
      )
    ).rows.map((row) => ({ id: row.id, organisationId: row.organisation_id, sector: row.sector }));
    // Dossiers without an escalation yet, in an order that does not depend on their UUIDs.
    const cases: CaseRow[] = (
      await client.query<{ id: string; created: string; closed: string | null; lead: string; plan: string | null }>(
        `SELECT c.id, (extract(epoch FROM c.created_at) * 1000)::bigint AS created,
                (extract(epoch FROM c.closed_at) * 1000)::bigint AS closed, m.user_id AS lead,
                (SELECT v.id FROM toekomstplan_version v WHERE v.case_id = c.id ORDER BY v.number DESC LIMIT 1) AS plan
           FROM case_file c
           JOIN case_team_member m ON m.case_id = c.id AND m.is_casusregisseur
          WHERE NOT EXISTS (SELECT 1 FROM escalation e WHERE e.case_id = c.id)
          ORDER BY c.created_at, c.last_name, c.first_name, c.date_of_birth`,
      )
    ).rows.map((row) => ({
      id: row.id,
      created: Number(row.created),
      closed: row.closed === null ? null : Number(row.closed),
      lead: row.lead,
      plan: row.plan,
    }));
    loadSeconds = (performance.now() - started) / 1000;
    log(
      `Actietafel history: ${options.escalations.toLocaleString('en-US')} escalations over ${options.years} years and ` +
        `${options.agreements.toLocaleString('en-US')} agreements on ${cases.length.toLocaleString('en-US')} dossiers ` +
        `(loaded in ${loadSeconds.toFixed(1)} s) ...`,
    );
    if (cases.length < options.escalations)
      throw new Error(`Only ${cases.length} dossiers without an escalation for ${options.escalations} escalations.`);

    const simulateStarted = performance.now();
    const from = now - options.years * 365.25 * DAY;
    const sessions = historySessions(from - 31 * DAY, now + 45 * DAY, 2);
    const sessionIds = sessions.map(() => randomUUID());
    for (const [index, session] of sessions.entries()) {
      const ended = session.endsAt < now;
      const sent = session.startsAt - 7 * DAY;
      rows.sessions.push([
        sessionIds[index],
        region.id,
        ended ? 'ended' : sent < now ? 'agenda-sent' : 'planned',
        iso(session.startsAt),
        iso(session.endsAt),
        'Gemeentehuis Tiel, zaal De Linge',
        chair,
        coordinator,
        sent < now ? iso(sent) : null,
        ended ? iso(session.startsAt + 2 * 60_000) : null,
        ended ? iso(session.endsAt - 2 * 60_000) : null,
        ended ? chair : null,
        iso(session.startsAt - 21 * DAY),
      ]);
      const invited = new Set<Person>();
      for (let attempts = 0; invited.size < 6 && attempts < 30; attempts++) invited.add(pickFrom(random, people));
      for (const person of invited)
        rows.invitees.push([
          sessionIds[index],
          person.id,
          person.sector,
          ended
            ? weightedFrom(random, [
                ['present', 80],
                ['absent', 12],
                ['substitute', 8],
              ] as const)
            : null,
        ]);
    }
    const positions = new Map<number, number>();
    const reasonEntries = DEFAULT_ESCALATION_REASON_CODES.map((code) => [code, REASON_WEIGHTS[code] ?? 5] as const);
    const used = new Set<number>();
    /** Discussed agenda items, to share the agreements out over afterwards. */
    const discussed: Array<{
      itemId: string;
      escalationId: string;
      caseId: string;
      sessionId: string;
      madeAt: number;
      closedAt: number | null;
      sectors: Sector[];
      weight: number;
    }> = [];
    const actorId = (actor: HistoryActor, lead: string) =>
      actor === 'professional' ? lead : actor === 'chair' ? chair : coordinator;

    for (let n = 0; n < options.escalations; n++) {
      // When first, then whose: the escalations grow gently over the years, as a table becomes known, rather
      // than follow the dossiers (most of them opened in the last year).
      let jongere: CaseRow | null = null;
      let createdAt = 0;
      for (let attempts = 0, at = 0; attempts < 2000 && !jongere; attempts++) {
        // The moment stays while dossiers are tried, or old moments (few dossiers then) would lose out.
        if (attempts % 500 === 0) at = now - options.years * 365.25 * DAY * Math.pow(random(), 1.25);
        const index = Math.floor(random() * cases.length);
        const candidate = cases[index];
        if (used.has(index) || candidate.created + 7 * DAY > at || (candidate.closed ?? now) - HOUR < at) continue;
        used.add(index);
        jongere = candidate;
        createdAt = Math.min(at, now - HOUR);
      }
      if (!jongere) throw new Error('Ran out of dossiers to escalate; generate more dossiers or fewer escalations.');
      const id = randomUUID();
      const reasonCode = weightedFrom(random, reasonEntries);
      const texts = ESCALATION_TEXTS[reasonCode];
      const sectors = new Set<Sector>([weightedFrom(random, SECTOR_NEED_WEIGHTS)]);
      const extra = weightedFrom(random, [
        [0, 25],
        [1, 50],
        [2, 25],
      ] as const);
      for (let k = 0; k < extra; k++) sectors.add(weightedFrom(random, SECTOR_NEED_WEIGHTS));
      const request = [
        reasonCode,
        pickFrom(random, texts.reason),
        pickFrom(random, texts.tried),
        pickFrom(random, texts.question),
      ];
      if (random() < DRAFT_SHARE) {
        byState['draft'] = (byState['draft'] ?? 0) + 1;
        rows.escalations.push([
          id,
          jongere.id,
          region.id,
          'draft',
          iso(createdAt),
          ...request,
          'normal',
          [...sectors].join(','),
          null,
          'table',
          null,
          null,
          null,
          jongere.lead,
          iso(createdAt),
          null,
          null,
          null,
          1,
        ]);
        continue;
      }
      const submittedAt = createdAt + 20 * 60_000;
      const history = simulateEscalation(random, submittedAt, sessions, now);
      byState[history.state] = (byState[history.state] ?? 0) + 1;
      rows.escalations.push([
        id,
        jongere.id,
        region.id,
        history.state,
        iso(history.stateSince),
        ...request,
        history.urgency,
        [...sectors].join(','),
        jongere.plan,
        history.ladderLevel,
        history.session === null ? null : sessionIds[history.session],
        history.outcome,
        history.outcome ? EVALUATIONS[history.outcome] : null,
        jongere.lead,
        iso(createdAt),
        iso(history.submittedAt),
        history.triagedAt === null ? null : iso(history.triagedAt),
        history.closedAt === null ? null : iso(history.closedAt),
        history.steps.length,
      ]);
      for (const step of history.steps) {
        rows.transitions.push([
          randomUUID(),
          id,
          step.transition,
          step.from,
          step.to,
          actorId(step.by, jongere.lead),
          iso(step.at),
        ]);
        if (step.transition === 'escalate-further')
          rows.ladderSteps.push([
            randomUUID(),
            id,
            'management',
            LADDER_REASONS[0],
            isoDate(step.at + 14 * DAY),
            chair,
            iso(step.at),
          ]);
      }
      for (const item of history.agenda) {
        const itemId = randomUUID();
        const position = (positions.get(item.session) ?? 0) + 1;
        positions.set(item.session, position);
        rows.agendaItems.push([
          itemId,
          sessionIds[item.session],
          id,
          position,
          item.kind,
          item.kind === 'escalation' ? 20 : 10,
          item.discussed ? 'discussed' : 'pending',
          item.startedAt === null ? null : iso(item.startedAt),
          item.finishedAt === null ? null : iso(item.finishedAt),
          item.discussed ? pickFrom(random, AGENDA_SUMMARIES) : null,
        ]);
        if (item.discussed && item.finishedAt !== null)
          discussed.push({
            itemId,
            escalationId: id,
            caseId: jongere.id,
            sessionId: sessionIds[item.session],
            madeAt: item.finishedAt - 3 * 60_000,
            closedAt: history.closedAt,
            sectors: [...sectors],
            weight: item.kind === 'escalation' ? 3 + random() * 4 : random() * 2.5,
          });
      }
    }

    // Share the agreements out over the discussed items in proportion to their weights, to exactly the total.
    const totalWeight = discussed.reduce((sum, item) => sum + item.weight, 0);
    const counts = discussed.map((item) => Math.floor((item.weight / totalWeight) * options.agreements));
    for (let left = options.agreements - counts.reduce((a, b) => a + b, 0); left > 0 && discussed.length > 0; left--)
      counts[Math.floor(random() * counts.length)]++;
    const organisationsBySector = new Map<Sector, string[]>();
    for (const organisation of organisations)
      organisationsBySector.set(organisation.sector, [
        ...(organisationsBySector.get(organisation.sector) ?? []),
        organisation.id,
      ]);
    const peopleBySector = new Map<Sector, Person[]>();
    for (const person of people)
      peopleBySector.set(person.sector, [...(peopleBySector.get(person.sector) ?? []), person]);
    const today = isoDate(now);
    for (const [index, item] of discussed.entries()) {
      for (let k = 0; k < counts[index]; k++) {
        const sector = pickFrom(random, item.sectors);
        const deadline = item.madeAt + (7 + Math.floor(random() * 50)) * DAY;
        const fate = agreementFate(random, item.madeAt, deadline, item.closedAt, now);
        const byPerson = random() < 0.65;
        const person = pickFrom(random, peopleBySector.get(sector) ?? people);
        const organisation = pickFrom(random, organisationsBySector.get(sector) ?? organisations.map((o) => o.id));
        if (fate.status === 'open') {
          openAgreements++;
          if (isoDate(deadline) < today) overdueAgreements++;
        }
        rows.agreements.push([
          randomUUID(),
          item.escalationId,
          item.caseId,
          item.sessionId,
          item.itemId,
          pickFrom(random, AGREEMENT_TEXTS),
          byPerson ? person.id : null,
          byPerson ? null : organisation,
          isoDate(deadline),
          fate.status,
          fate.status === 'done' ? pickFrom(random, DONE_NOTES) : null,
          fate.status === 'dropped' ? pickFrom(random, DROP_REASONS) : null,
          fate.settledAt === null ? null : iso(fate.settledAt),
          fate.settledAt === null ? null : byPerson ? person.id : coordinator,
          coordinator,
          iso(item.madeAt),
        ]);
      }
    }
    simulateSeconds = (performance.now() - simulateStarted) / 1000;

    const insertStarted = performance.now();
    const pool = new Pool({ connectionString: options.databaseUrl, max: 2 });
    // Generated data can be regenerated: no need to wait for the WAL flush at every commit.
    pool.on('connect', (connection) => void connection.query('SET synchronous_commit = off'));
    try {
      await insertAll(pool, rows);
    } finally {
      await pool.end();
    }
    insertSeconds = (performance.now() - insertStarted) / 1000;

    // Each dossier's last change to plan or team, as the api keeps it (the generator wrote history, not the clock).
    const activityStarted = performance.now();
    await client.query(
      `UPDATE case_file c SET last_activity_at = GREATEST(c.created_at, p.last_plan, t.last_member)
         FROM case_file c2
         LEFT JOIN (SELECT case_id, MAX(created_at) AS last_plan FROM toekomstplan_version GROUP BY case_id) p ON p.case_id = c2.id
         LEFT JOIN (SELECT case_id, MAX(added_at) AS last_member FROM case_team_member GROUP BY case_id) t ON t.case_id = c2.id
        WHERE c2.id = c.id`,
    );
    activitySeconds = (performance.now() - activityStarted) / 1000;
  } finally {
    await client.end();
  }
  const result: ActietafelResult = {
    sessions: rows.sessions.length,
    escalations: rows.escalations.length,
    byState,
    transitions: rows.transitions.length,
    agendaItems: rows.agendaItems.length,
    ladderSteps: rows.ladderSteps.length,
    agreements: rows.agreements.length,
    openAgreements,
    overdueAgreements,
    seconds: {
      load: loadSeconds,
      simulate: simulateSeconds,
      insert: insertSeconds,
      activity: activitySeconds,
      total: (performance.now() - started) / 1000,
    },
  };
  const states = (Object.entries(byState) as Array<[EscalationState, number]>)
    .sort(([, a], [, b]) => b - a)
    .map(([state, count]) => `${state} ${count.toLocaleString('en-US')}`)
    .join(', ');
  log(
    `Actietafel history done in ${result.seconds.total.toFixed(1)} s (load ${loadSeconds.toFixed(1)} s, simulate ` +
      `${simulateSeconds.toFixed(1)} s, insert ${insertSeconds.toFixed(1)} s, last_activity_at ${activitySeconds.toFixed(1)} s): ` +
      `${result.sessions} sessions, ${result.escalations.toLocaleString('en-US')} escalations (${states}), ` +
      `${result.transitions.toLocaleString('en-US')} transitions, ${result.agendaItems.toLocaleString('en-US')} agenda items, ` +
      `${result.ladderSteps} ladder steps, ${result.agreements.toLocaleString('en-US')} agreements ` +
      `(${openAgreements.toLocaleString('en-US')} open, ${overdueAgreements.toLocaleString('en-US')} of them overdue).`,
  );
  return result;
}

if (require.main === module) {
  // A database generated before the history existed: add it (its dossiers must have no escalations yet).
  const argv = process.argv.slice(2);
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const databaseUrl = value('database-url') ?? process.env['DATABASE_URL'];
  if (!databaseUrl) {
    process.stderr.write('Pass --database-url postgres://... (or set DATABASE_URL).\n');
    process.exit(2);
  }
  generateActietafel({
    databaseUrl,
    escalations: Number(value('escalations') ?? DEFAULT_ACTIETAFEL.escalations),
    agreements: Number(value('agreements') ?? DEFAULT_ACTIETAFEL.agreements),
    years: DEFAULT_ACTIETAFEL.years,
    seed: Number(value('seed') ?? 42),
    log: (line) => process.stdout.write(`${line}\n`),
  }).catch((error: unknown) => {
    process.stderr.write(`Generation failed: ${String((error as Error)?.stack ?? error)}\n`);
    process.exit(1);
  });
}
