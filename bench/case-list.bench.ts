/**
 * The case list under load: 100,000 dossiers, a professional on ~1,000 of them, and the latency of
 * three list requests through the built API against the same SQL run straight on Postgres (the floor).
 *
 *   npx nx build api
 *   npx ts-node -P bench/tsconfig.json bench/case-list.bench.ts [--cases 100000] [--reuse] [--explain]
 *
 * Options (each also as an environment variable):
 *   --cases          BENCH_CASES          dossiers to generate (default 100000)
 *   --reuse                               keep sluitend_bench and its data when already generated
 *   --requests       BENCH_REQUESTS       measured requests per scenario (default 300)
 *   --warmup         BENCH_WARMUP         warm-up requests per scenario (default 30)
 *   --postgres-url   BENCH_POSTGRES_URL   any database on the server to administer from (default postgres://postgres@127.0.0.1:5432/test)
 *   --database       BENCH_DATABASE       the database to create (default sluitend_bench)
 *   --explain                             print EXPLAIN (ANALYZE, BUFFERS) of each floor query
 *   --api-main       BENCH_API_MAIN       the API bundle to start (default dist/apps/api/main.js)
 *   and the generator's --professionals, --user-caseload, --surname, --surname-share, --seed, --batch.
 *
 * Performance is printed, never asserted: the exit code only says whether the run itself worked.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { Sector } from '@sluitend/domain';
import { activeConsentExists } from '../apps/api/src/access/consent-sql';
import { caseSearchSql, type CaseSearch } from '../apps/api/src/cases/case-search';
// By file, like the generator: the bench needs no path mapping for the one value it takes from libs/domain.
import { todayInAmsterdam } from '../libs/domain/src/rules/calendar-date';
import {
  BENCH_EMAIL_DOMAIN,
  argument,
  generate,
  numberArgument,
  optionsFromArgs,
  type GenerateResult,
} from './generate/generate-cases';
import {
  DEFAULT_API_MAIN,
  agent,
  checkBuild,
  freePort,
  ms,
  removeRedisKeys,
  request,
  say,
  signIn,
  startApi,
  stats,
  stopApi,
  waitForHealth,
  type Reply,
  type Stats,
} from './support/api';
import { prepareDatabase } from './support/database';

const argv = process.argv.slice(2);
/** The built API; another build (say, with a query change to try) can be measured with --api-main. */
const API_MAIN = resolve(argument(argv, 'api-main', 'BENCH_API_MAIN') ?? DEFAULT_API_MAIN);

const settings = {
  reuse: argument(argv, 'reuse') === 'true',
  explain: argument(argv, 'explain') === 'true',
  requests: Math.max(1, Math.floor(numberArgument(argv, 'requests', 'BENCH_REQUESTS', 300))),
  warmup: Math.floor(numberArgument(argv, 'warmup', 'BENCH_WARMUP', 30)),
  postgresUrl: argument(argv, 'postgres-url', 'BENCH_POSTGRES_URL') ?? 'postgres://postgres@127.0.0.1:5432/test',
  database: argument(argv, 'database', 'BENCH_DATABASE') ?? 'sluitend_bench',
  generator: optionsFromArgs(argv),
};

if (!/^[a-z_][a-z0-9_]{0,62}$/.test(settings.database))
  throw new Error(`--database must be a plain lowercase name (got "${settings.database}")`);

function databaseUrl(name: string): string {
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/** The signed-in user as CasesService.list sees them: who, and the organisation consents are judged for. */
interface Viewer {
  userId: string;
  organisationId: string;
  sector: Sector;
}

interface Scenario {
  name: string;
  /** The query string the web app would send. */
  query: Record<string, string | number>;
  /** The same request as CasesService.list hands it to caseSearchSql (its defaults filled in). */
  search: Omit<CaseSearch, keyof Viewer | 'today'>;
}

/** caseSearchSql's parameters as CasesService.list passes them, with today's Dutch date as its Clock gives it. */
function floorQuery(scenario: Scenario, viewer: Viewer): { sql: string; parameters: unknown[] } {
  return caseSearchSql({ ...scenario.search, ...viewer, today: todayInAmsterdam(new Date()) });
}

interface Outcome {
  scenario: Scenario;
  api: Stats;
  floor: Stats;
  total: number;
  holds: boolean;
  ratio: number;
}

async function measure(
  scenario: Scenario,
  port: number,
  headers: Record<string, string>,
  floorClient: Client,
  viewer: Viewer,
): Promise<Outcome> {
  const path = `/api/v1/cases?${new URLSearchParams(Object.entries(scenario.query).map(([key, value]): [string, string] => [key, String(value)])).toString()}`;
  const { sql, parameters } = floorQuery(scenario, viewer);

  const viaApi = async (): Promise<[number, Reply]> => {
    const started = process.hrtime.bigint();
    const reply = await request(port, 'GET', path, headers);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}: ${reply.body}`);
    return [elapsed, reply];
  };
  const onFloor = async (): Promise<[number, Array<{ id: string; total: string }>]> => {
    const started = process.hrtime.bigint();
    const result = await floorClient.query(sql, parameters);
    return [Number(process.hrtime.bigint() - started) / 1e6, result.rows];
  };

  // Same answer both ways, or the comparison means nothing.
  const [, reply] = await viaApi();
  const [, rows] = await onFloor();
  const page = JSON.parse(reply.body) as { items: Array<{ id: string }>; total: number };
  // A page past the end carries no total; the API then counts in a second query, the floor does not.
  const floorTotal = rows.length > 0 ? Number(rows[0].total) : page.total;
  if (page.total !== floorTotal || page.items.map((item) => item.id).join() !== rows.map((row) => row.id).join()) {
    throw new Error(
      `${scenario.name}: the API and the floor disagree; is the API bundle up to date with case-search.ts?\n` +
        `  API   total ${page.total}: ${page.items.map((item) => item.id.slice(0, 8)).join(' ')}\n` +
        `  floor total ${floorTotal}: ${rows.map((row) => row.id.slice(0, 8)).join(' ')}`,
    );
  }
  if (rows.length === 0)
    say(`  Note: ${scenario.name} is past the last page (${page.total} rows): the API runs an extra count query here.`);

  for (let i = 0; i < settings.warmup; i++) {
    await viaApi();
    await onFloor();
  }
  // Interleaved, so that whatever else the machine does hits both sides alike.
  const api: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < settings.requests; i++) {
    api.push((await viaApi())[0]);
    floor.push((await onFloor())[0]);
  }
  const apiStats = stats(api);
  const floorStats = stats(floor);
  const ratio = apiStats.p95 / floorStats.p95;
  return {
    scenario,
    api: apiStats,
    floor: floorStats,
    total: page.total,
    ratio,
    holds: apiStats.p95 <= 1.5 * floorStats.p95 && apiStats.p95 < 100,
  };
}

/**
 * The API's fixed cost per request: signed in, through every middleware (session load and touch,
 * CSRF, the user lookup of the auth guard, logging), but no list query. Not part of the target.
 */
async function measureBaseline(port: number, headers: Record<string, string>): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i < settings.warmup + settings.requests; i++) {
    const started = process.hrtime.bigint();
    const reply = await request(port, 'GET', '/api/v1/auth/me', headers);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (reply.status !== 200) throw new Error(`GET /api/v1/auth/me answered ${reply.status}: ${reply.body}`);
    if (i >= settings.warmup) samples.push(elapsed);
  }
  return stats(samples);
}

async function explain(scenario: Scenario, floorClient: Client, viewer: Viewer): Promise<void> {
  const { sql, parameters } = floorQuery(scenario, viewer);
  const plan = await floorClient.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
  say(`\nEXPLAIN (ANALYZE, BUFFERS) — ${scenario.name}; parameters ${JSON.stringify(parameters)}`);
  for (const row of plan.rows) say(`  ${row['QUERY PLAN']}`);
}

function printTable(outcomes: Outcome[]): void {
  const header = [
    'scenario',
    'rows',
    'API p50',
    'API p95',
    'API p99',
    'floor p50',
    'floor p95',
    'floor p99',
    'p95 ratio',
    'target',
  ];
  const lines = outcomes.map((outcome) => [
    outcome.scenario.name,
    String(outcome.total),
    ms(outcome.api.p50),
    ms(outcome.api.p95),
    ms(outcome.api.p99),
    ms(outcome.floor.p50),
    ms(outcome.floor.p95),
    ms(outcome.floor.p99),
    `${outcome.ratio.toFixed(2)}x`,
    outcome.holds ? 'holds' : 'MISSED',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  say(format(header));
  say(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) say(format(line));
  say('(milliseconds; target: API p95 <= 1.5 x floor p95 and API p95 < 100 ms; "rows" is the total the list reports)');
}

async function main(): Promise<void> {
  checkBuild(API_MAIN);
  const started = Date.now();
  const benchUrl = databaseUrl(settings.database);
  const serverVersion = await prepareDatabase(settings.postgresUrl, settings.database, settings.reuse);

  const dataDir = mkdtempSync(join(os.tmpdir(), 'sluitend-bench-'));
  const port = await freePort();
  say(`Starting the API on port ${port} (migrates and seeds the demo) ...`);
  const api = startApi(API_MAIN, port, benchUrl, dataDir);
  let generated: GenerateResult | null = null;
  const floorClient = new Client({ connectionString: benchUrl });
  let floorConnected = false;
  try {
    await waitForHealth(api);
    await floorClient.connect();
    floorConnected = true;
    say(`API PID ${api.child.pid} healthy after ${((Date.now() - started) / 1000).toFixed(1)} s.`);

    const already = await floorClient.query<{ generated: string; cases: string; consents: string }>(
      `SELECT (SELECT count(*) FROM app_user WHERE email LIKE $1) AS generated, (SELECT count(*) FROM case_file) AS cases,
              (SELECT count(*) FROM consent) AS consents`,
      [`%@${BENCH_EMAIL_DOMAIN}`],
    );
    if (settings.reuse && Number(already.rows[0].generated) > 0) {
      say(`Data already there (${Number(already.rows[0].cases).toLocaleString('en-US')} dossiers): not generating.`);
      if (Number(already.rows[0].consents) < Number(already.rows[0].cases))
        say(
          `  Note: only ${already.rows[0].consents} consents: this data predates them and the list masks most of it; run without --reuse.`,
        );
    } else {
      generated = await generate({ ...settings.generator, databaseUrl: benchUrl, log: say });
    }

    const userEmail = settings.generator.userEmail;
    const user = (
      await floorClient.query<{ id: string; organisation_id: string; sector: Sector }>(
        `SELECT u.id, u.organisation_id, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1`,
        [userEmail],
      )
    ).rows[0];
    const tiel = (await floorClient.query<{ id: string }>(`SELECT id FROM municipality WHERE name = 'Tiel'`)).rows[0];
    if (!user || !tiel) throw new Error(`${userEmail} or the municipality Tiel is missing from ${settings.database}.`);
    const viewer: Viewer = { userId: user.id, organisationId: user.organisation_id, sector: user.sector };

    const headers = await signIn(port, userEmail);
    say(`Signed in as ${userEmail}.`);
    const term = settings.generator.surname;
    const scenarios: Scenario[] = [
      { name: 'a. first page', query: { page: 1, pageSize: 20 }, search: { sort: 'lastName', page: 1, pageSize: 20 } },
      {
        name: `b. search "${term}"`,
        query: { search: term },
        search: { search: term, sort: 'lastName', page: 1, pageSize: 20 },
      },
      {
        name: 'c. Tiel, open, -updatedAt, p3',
        query: { municipalityId: tiel.id, status: 'open', sort: '-updatedAt', page: 3 },
        search: { municipalityId: tiel.id, status: 'open', sort: '-updatedAt', page: 3, pageSize: 20 },
      },
    ];

    say(
      `Measuring the baseline GET /api/v1/auth/me: ${settings.warmup} warm-up, then ${settings.requests} requests ...`,
    );
    const baseline = await measureBaseline(port, headers);
    const outcomes: Outcome[] = [];
    for (const scenario of scenarios) {
      say(
        `Measuring ${scenario.name}: ${settings.warmup} warm-up, then ${settings.requests} API requests interleaved with ${settings.requests} floor queries ...`,
      );
      outcomes.push(await measure(scenario, port, headers, floorClient, viewer));
    }
    if (settings.explain) for (const scenario of scenarios) await explain(scenario, floorClient, viewer);

    const count = async (sql: string, parameters: unknown[] = []) =>
      Number((await floorClient.query<{ count: string }>(sql, parameters)).rows[0].count);
    const rows = {
      cases: await count(`SELECT count(*) FROM case_file`),
      teamMembers: await count(`SELECT count(*) FROM case_team_member`),
      networkMembers: await count(`SELECT count(*) FROM case_network_member`),
      planVersions: await count(`SELECT count(*) FROM toekomstplan_version`),
      planActions: await count(`SELECT count(*) FROM plan_action`),
      events: await count(`SELECT count(*) FROM case_event`),
      users: await count(`SELECT count(*) FROM app_user`),
      caseload: await count(`SELECT count(*) FROM case_team_member WHERE user_id = $1`, [user.id]),
      leadOf: await count(`SELECT count(*) FROM case_team_member WHERE user_id = $1 AND is_casusregisseur`, [user.id]),
      fullAccess: await count(
        `SELECT count(*) FROM case_team_member me WHERE me.user_id = $1 AND ${activeConsentExists('me.case_id', '$2', '$3', '$4')}`,
        [user.id, viewer.organisationId, viewer.sector, todayInAmsterdam(new Date())],
      ),
      consents: await count(`SELECT count(*) FROM consent`),
      surname: await count(`SELECT count(*) FROM case_file WHERE last_name = $1`, [term]),
    };

    say();
    say(`Case list benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    say(
      `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB; ` +
        `Node ${process.version}; PostgreSQL ${serverVersion}; API built ${new Date(statSync(API_MAIN).mtimeMs).toISOString().slice(0, 16).replace('T', ' ')} UTC, NODE_ENV=production`,
    );
    say(
      `Rows: ${rows.cases.toLocaleString('en-US')} cases, ${rows.teamMembers.toLocaleString('en-US')} team members, ` +
        `${rows.networkMembers.toLocaleString('en-US')} network members, ${rows.planVersions.toLocaleString('en-US')} plan versions, ` +
        `${rows.planActions.toLocaleString('en-US')} plan actions, ${rows.events.toLocaleString('en-US')} case events, ${rows.consents.toLocaleString('en-US')} consents, ${rows.users} users`,
    );
    say(
      `${userEmail}: on ${rows.caseload.toLocaleString('en-US')} cases (casusregisseur of ${rows.leadOf}, ` +
        `full access to ${rows.fullAccess.toLocaleString('en-US')}, the rest masked); ` +
        `"${term}": ${rows.surname.toLocaleString('en-US')} cases (${((rows.surname / rows.cases) * 100).toFixed(2)}%), ${outcomes[1].total} on this caseload`,
    );
    if (generated) {
      say(
        `Generator: ${generated.cases.toLocaleString('en-US')} dossiers in ${generated.seconds.total.toFixed(1)} s ` +
          `(${Math.round(generated.cases / generated.seconds.insert).toLocaleString('en-US')} dossiers/s generate+insert, VACUUM ANALYZE ${generated.seconds.analyze.toFixed(1)} s)`,
      );
    }
    say(
      `${settings.requests} sequential requests per scenario after ${settings.warmup} warm-up, one keep-alive connection; floor = caseSearchSql over one pg connection.`,
    );
    say();
    printTable(outcomes);
    say(
      `Baseline, the API's fixed cost per signed-in request (GET /api/v1/auth/me: session, CSRF, auth guard, no list query): ` +
        `p50 ${ms(baseline.p50)}, p95 ${ms(baseline.p95)}, p99 ${ms(baseline.p99)} ms`,
    );
  } finally {
    if (floorConnected) await floorClient.end().catch(() => undefined);
    agent.destroy();
    await stopApi(api);
    await removeRedisKeys(`bench-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    say();
    say(`The database ${settings.database} is left for inspection: psql ${benchUrl}`);
    say(`Drop it with: psql ${settings.postgresUrl} -c 'DROP DATABASE ${settings.database} WITH (FORCE)'`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
