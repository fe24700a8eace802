/**
 * The coordinator's dashboard at regional scale (issue 7): 100,000 dossiers, 20,000 escalations over three
 * years and 100,000 agreements, and the latency of GET /api/v1/monitoring/dashboard for four filters through
 * the built API against the same aggregate queries run straight on Postgres (the floor). Also times the
 * monitoring report (JSON, XLSX, CSV) once per request kind a few times.
 *
 *   npx nx build api
 *   npx ts-node -P bench/tsconfig.json bench/monitoring.bench.ts [--reuse] [--explain]
 *
 * Options (each also as an environment variable):
 *   --reuse                               keep sluitend_bench and its data when already generated; adds the Actietafel
 *                                         history when the data predates it
 *   --requests       BENCH_REQUESTS       measured requests per filter (default 100)
 *   --warmup         BENCH_WARMUP         warm-up requests per filter (default 10)
 *   --report-requests BENCH_REPORT_REQUESTS  measured requests per report kind (default 10)
 *   --postgres-url   BENCH_POSTGRES_URL   any database on the server to administer from (default postgres://postgres@127.0.0.1:5432/test)
 *   --database       BENCH_DATABASE       the database to create (default sluitend_bench)
 *   --explain                             print EXPLAIN (ANALYZE, BUFFERS) of every floor query per filter
 *   --api-main       BENCH_API_MAIN       the API bundle to start (default dist/apps/api/main.js)
 *   --coordinator    BENCH_COORDINATOR    who signs in (default coordinator@demo.sluitend.nl)
 *   and the generator's options (--cases, --escalations, --agreements, --seed, ...).
 *
 * Performance is printed, never asserted: the exit code only says whether the run itself worked.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Pool, type PoolConfig } from 'pg';
import type { DashboardResponse } from '@sluitend/domain';
import type { MonitoringQueryInput } from '../apps/api/src/monitoring/queries';
import { addDays, addMonths, todayInAmsterdam } from '../libs/domain/src/rules/calendar-date';
import { MONITORING_MAX_PERIOD_DAYS } from '../libs/domain/src/monitoring/monitoring.contract';
import { generateActietafel } from './generate/generate-actietafel';
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
  ROOT,
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
  type Stats,
} from './support/api';
import { prepareDatabase } from './support/database';

const argv = process.argv.slice(2);
const API_MAIN = resolve(argument(argv, 'api-main', 'BENCH_API_MAIN') ?? DEFAULT_API_MAIN);

const settings = {
  reuse: argument(argv, 'reuse') === 'true',
  explain: argument(argv, 'explain') === 'true',
  requests: Math.max(1, Math.floor(numberArgument(argv, 'requests', 'BENCH_REQUESTS', 100))),
  warmup: Math.floor(numberArgument(argv, 'warmup', 'BENCH_WARMUP', 10)),
  reportRequests: Math.max(1, Math.floor(numberArgument(argv, 'report-requests', 'BENCH_REPORT_REQUESTS', 10))),
  postgresUrl: argument(argv, 'postgres-url', 'BENCH_POSTGRES_URL') ?? 'postgres://postgres@127.0.0.1:5432/test',
  database: argument(argv, 'database', 'BENCH_DATABASE') ?? 'sluitend_bench',
  coordinator: argument(argv, 'coordinator', 'BENCH_COORDINATOR') ?? 'coordinator@demo.sluitend.nl',
  generator: optionsFromArgs(argv),
};

if (!/^[a-z_][a-z0-9_]{0,62}$/.test(settings.database))
  throw new Error(`--database must be a plain lowercase name (got "${settings.database}")`);

/** The API's target (issue 7): p95 under 200 ms and at most 1.5 × the floor's p95. */
const TARGET_MS = 200;
const TARGET_RATIO = 1.5;

function databaseUrl(name: string): string {
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// The app's queries

type Queries = Record<string, { text: string; values: unknown[] }>;

/**
 * The dashboard's SQL comes from the app (apps/api/src/monitoring/queries), which takes its date rules from
 * @sluitend/domain: mapped to libs/domain/src at run time, as tsconfig.base.json does, for this bench only.
 * So do the app's pool settings (`extra` of data-source-options.ts: its size, and any session settings such
 * as `options: '-c jit=off'`), so the floor's connections are the app's.
 */
async function loadApp(url: string): Promise<{
  dashboardQueries: (input: MonitoringQueryInput) => Queries;
  poolOptions: PoolConfig;
}> {
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolveFilename = loader._resolveFilename;
  const domain = join(ROOT, 'libs/domain/src/index.ts');
  loader._resolveFilename = function (this: unknown, name: string, ...rest: unknown[]) {
    return resolveFilename.call(this, name === '@sluitend/domain' ? domain : name, ...rest);
  };
  const [queries, options] = await Promise.all([
    import('../apps/api/src/monitoring/queries'),
    import('../apps/api/src/database/data-source-options'),
  ]);
  const extra = (options.dataSourceOptions(url) as { extra?: PoolConfig }).extra ?? {};
  return { dashboardQueries: queries.dashboardQueries, poolOptions: { ...extra, connectionString: url } };
}

// ---------------------------------------------------------------------------------------------
// Filters

interface Filter {
  name: string;
  from: string;
  to: string;
  municipalityIds: string[];
}

function queryString(filter: Filter): string {
  const parameters = new URLSearchParams({ from: filter.from, to: filter.to });
  for (const id of filter.municipalityIds) parameters.append('municipalityId', id);
  return parameters.toString();
}

interface FloorRun {
  total: number;
  perQuery: Record<string, number>;
  rows: Record<string, Array<Record<string, unknown>>>;
}

/** The dashboard's queries side by side on a pool as big as the app's, as MonitoringService runs them. */
async function runFloor(pool: Pool, queries: Queries): Promise<FloorRun> {
  const perQuery: Record<string, number> = {};
  const rows: FloorRun['rows'] = {};
  const started = process.hrtime.bigint();
  await Promise.all(
    Object.entries(queries).map(async ([name, query]) => {
      const begun = process.hrtime.bigint();
      const result = await pool.query(query.text, query.values);
      perQuery[name] = Number(process.hrtime.bigint() - begun) / 1e6;
      rows[name] = result.rows as Array<Record<string, unknown>>;
    }),
  );
  return { total: Number(process.hrtime.bigint() - started) / 1e6, perQuery, rows };
}

interface Outcome {
  filter: Filter;
  api: Stats;
  floor: Stats;
  perQuery: Record<string, Stats>;
  escalations: number;
  ratio: number;
  holds: boolean;
}

/** The API and the floor must count the same escalations and signals, or the comparison means nothing. */
function checkSame(filter: Filter, dashboard: DashboardResponse, floor: FloorRun): number {
  const apiCount = dashboard.escalationsByState.reduce((sum, figure) => sum + figure.count, 0);
  const floorCount = floor.rows['escalationsByState']
    .filter((row) => row['state'] !== 'draft')
    .reduce((sum, row) => sum + Number(row['count']), 0);
  const apiSignals = JSON.stringify([
    dashboard.signals['sixteen-plus-without-plan'],
    dashboard.signals['turning-eighteen-open-checklist'],
    dashboard.signals.stagnating,
  ]);
  const signalRow = floor.rows['signals'][0] ?? {};
  const floorSignals = JSON.stringify(
    ['sixteen_plus_without_plan', 'turning_eighteen_open_checklist', 'stagnating'].map((key) => Number(signalRow[key])),
  );
  if (apiCount !== floorCount || apiSignals !== floorSignals)
    throw new Error(
      `${filter.name}: the API and the floor disagree (escalations ${apiCount} vs ${floorCount}, signals ${apiSignals} vs ` +
        `${floorSignals}); is the API bundle up to date with apps/api/src/monitoring/queries?`,
    );
  return apiCount;
}

async function measure(
  filter: Filter,
  port: number,
  headers: Record<string, string>,
  pool: Pool,
  queries: Queries,
): Promise<Outcome> {
  const path = `/api/v1/monitoring/dashboard?${queryString(filter)}`;
  const viaApi = async (): Promise<[number, string]> => {
    const started = process.hrtime.bigint();
    const reply = await request(port, 'GET', path, headers);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}: ${reply.body}`);
    return [elapsed, reply.body];
  };
  const [, body] = await viaApi();
  const escalations = checkSame(filter, JSON.parse(body) as DashboardResponse, await runFloor(pool, queries));

  for (let i = 0; i < settings.warmup; i++) {
    await viaApi();
    await runFloor(pool, queries);
  }
  // Interleaved, so that whatever else the machine does hits both sides alike.
  const api: number[] = [];
  const floor: number[] = [];
  const perQuery: Record<string, number[]> = {};
  for (let i = 0; i < settings.requests; i++) {
    api.push((await viaApi())[0]);
    const run = await runFloor(pool, queries);
    floor.push(run.total);
    for (const [name, elapsed] of Object.entries(run.perQuery)) (perQuery[name] ??= []).push(elapsed);
  }
  const apiStats = stats(api);
  const floorStats = stats(floor);
  const ratio = apiStats.p95 / floorStats.p95;
  return {
    filter,
    api: apiStats,
    floor: floorStats,
    perQuery: Object.fromEntries(Object.entries(perQuery).map(([name, samples]) => [name, stats(samples)])),
    escalations,
    ratio,
    holds: apiStats.p95 < TARGET_MS && ratio <= TARGET_RATIO,
  };
}

async function measureReport(
  filter: Filter,
  port: number,
  headers: Record<string, string>,
): Promise<Array<{ kind: string; stats: Stats; bytes: number }>> {
  const results: Array<{ kind: string; stats: Stats; bytes: number }> = [];
  for (const kind of ['', '/xlsx', '/csv']) {
    const path = `/api/v1/monitoring/report${kind}?${queryString(filter)}`;
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < settings.reportRequests + 2; i++) {
      const started = process.hrtime.bigint();
      const reply = await request(port, 'GET', path, { ...headers, accept: '*/*' });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}: ${reply.body.slice(0, 300)}`);
      bytes = Buffer.byteLength(reply.body);
      // The first two warm up.
      if (i >= 2) samples.push(elapsed);
    }
    results.push({ kind: kind === '' ? 'JSON' : kind.slice(1).toUpperCase(), stats: stats(samples), bytes });
  }
  return results;
}

async function explain(filter: Filter, client: Client, queries: Queries): Promise<void> {
  for (const [name, query] of Object.entries(queries)) {
    const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
    say(`\nEXPLAIN (ANALYZE, BUFFERS) — ${filter.name}, ${name}`);
    for (const row of plan.rows) say(`  ${row['QUERY PLAN']}`);
  }
}

function printTable(header: string[], lines: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  say(format(header));
  say(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) say(format(line));
}

async function main(): Promise<void> {
  checkBuild(API_MAIN);
  // Other builds may replace the bundle while this one runs: the figures are of the one started now.
  const builtAt = statSync(API_MAIN).mtimeMs;
  const started = Date.now();
  const benchUrl = databaseUrl(settings.database);
  const { dashboardQueries, poolOptions } = await loadApp(benchUrl);
  const serverVersion = await prepareDatabase(settings.postgresUrl, settings.database, settings.reuse);

  const dataDir = mkdtempSync(join(os.tmpdir(), 'sluitend-bench-'));
  const port = await freePort();
  say(`Starting the API on port ${port} (migrates and seeds the demo) ...`);
  const api = startApi(API_MAIN, port, benchUrl, dataDir);
  let generated: GenerateResult | null = null;
  const client = new Client({ connectionString: benchUrl });
  // The dashboard runs its queries side by side on the app's pool; the floor on one like it.
  const pool = new Pool(poolOptions);
  let connected = false;
  try {
    await waitForHealth(api);
    await client.connect();
    connected = true;
    say(`API PID ${api.child.pid} healthy after ${((Date.now() - started) / 1000).toFixed(1)} s.`);

    const already = await client.query<{ generated: string; cases: string; escalations: string }>(
      `SELECT (SELECT count(*) FROM app_user WHERE email LIKE $1) AS generated, (SELECT count(*) FROM case_file) AS cases,
              (SELECT count(*) FROM escalation) AS escalations`,
      [`%@${BENCH_EMAIL_DOMAIN}`],
    );
    const [row] = already.rows;
    if (settings.reuse && Number(row.generated) > 0) {
      say(
        `Data already there (${Number(row.cases).toLocaleString('en-US')} dossiers, ` +
          `${Number(row.escalations).toLocaleString('en-US')} escalations): not generating dossiers.`,
      );
      // The demo seeds a few hundred escalations at most; generated data from before the history lacks it.
      if (Number(row.escalations) < 1000 && settings.generator.escalations > 0) {
        await generateActietafel({
          databaseUrl: benchUrl,
          escalations: settings.generator.escalations,
          agreements: settings.generator.agreements,
          years: 3,
          seed: settings.generator.seed,
          log: say,
        });
        say('VACUUM (ANALYZE) ...');
        await client.query('VACUUM (ANALYZE)');
      }
    } else {
      generated = await generate({ ...settings.generator, databaseUrl: benchUrl, log: say });
    }

    const coordinator = (
      await client.query<{ region_id: string }>(
        `SELECT o.region_id FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1`,
        [settings.coordinator],
      )
    ).rows[0];
    if (!coordinator) throw new Error(`${settings.coordinator} is missing from ${settings.database}.`);
    const municipalities = (
      await client.query<{ id: string; name: string }>(
        `SELECT id, name FROM municipality WHERE region_id = $1 ORDER BY name, id`,
        [coordinator.region_id],
      )
    ).rows;
    const tiel = municipalities.find((municipality) => municipality.name === 'Tiel') ?? municipalities[0];

    const today = todayInAmsterdam(new Date());
    const lastMonthStart = addMonths(`${today.slice(0, 7)}-01`, -1);
    const filters: Filter[] = [
      {
        name: 'a. 3 years, all municipalities',
        from: addDays(today, -(MONITORING_MAX_PERIOD_DAYS - 1)),
        to: today,
        municipalityIds: [],
      },
      {
        name: 'b. last 12 months (default)',
        from: addMonths(`${today.slice(0, 7)}-01`, -11),
        to: today,
        municipalityIds: [],
      },
      {
        name: `c. last 12 months, ${tiel.name}`,
        from: addMonths(`${today.slice(0, 7)}-01`, -11),
        to: today,
        municipalityIds: [tiel.id],
      },
      {
        name: 'd. last full month',
        from: lastMonthStart,
        to: addDays(`${today.slice(0, 7)}-01`, -1),
        municipalityIds: [],
      },
    ];
    const queriesOf = (filter: Filter) =>
      dashboardQueries({
        regionId: coordinator.region_id,
        // As MonitoringScopes.resolve gives them.
        municipalityIds:
          filter.municipalityIds.length > 0
            ? filter.municipalityIds
            : municipalities.map((municipality) => municipality.id),
        wholeRegion: filter.municipalityIds.length === 0,
        from: filter.from,
        to: filter.to,
        today,
        now: new Date(),
      });

    const headers = await signIn(port, settings.coordinator);
    say(`Signed in as ${settings.coordinator}.`);
    const outcomes: Outcome[] = [];
    for (const filter of filters) {
      say(
        `Measuring ${filter.name} (${filter.from} to ${filter.to}): ${settings.warmup} warm-up, then ${settings.requests} ` +
          `API requests interleaved with ${settings.requests} floor runs ...`,
      );
      outcomes.push(await measure(filter, port, headers, pool, queriesOf(filter)));
    }
    say(`Timing the report (JSON, XLSX, CSV) for ${filters[0].name} and ${filters[1].name} ...`);
    const reports = [
      { filter: filters[0], results: await measureReport(filters[0], port, headers) },
      { filter: filters[1], results: await measureReport(filters[1], port, headers) },
    ];
    if (settings.explain) for (const filter of filters) await explain(filter, client, queriesOf(filter));

    const count = async (sql: string) => Number((await client.query<{ count: string }>(sql)).rows[0].count);
    const rows = {
      cases: await count(`SELECT count(*) FROM case_file`),
      escalations: await count(`SELECT count(*) FROM escalation`),
      transitions: await count(`SELECT count(*) FROM escalation_transition`),
      sessions: await count(`SELECT count(*) FROM actietafel_session`),
      agendaItems: await count(`SELECT count(*) FROM agenda_item`),
      agreements: await count(`SELECT count(*) FROM agreement`),
      overdue: await count(`SELECT count(*) FROM agreement WHERE status = 'open' AND deadline < CURRENT_DATE`),
    };

    say();
    say(`Monitoring benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    say(
      `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB; ` +
        `Node ${process.version}; PostgreSQL ${serverVersion}; API built ${new Date(builtAt).toISOString().slice(0, 16).replace('T', ' ')} UTC, NODE_ENV=production`,
    );
    say(
      `Rows: ${rows.cases.toLocaleString('en-US')} cases, ${rows.escalations.toLocaleString('en-US')} escalations, ` +
        `${rows.transitions.toLocaleString('en-US')} transitions, ${rows.sessions} sessions, ${rows.agendaItems.toLocaleString('en-US')} agenda items, ` +
        `${rows.agreements.toLocaleString('en-US')} agreements (${rows.overdue.toLocaleString('en-US')} open past their deadline)`,
    );
    if (generated)
      say(
        `Generator: ${generated.cases.toLocaleString('en-US')} dossiers in ${generated.seconds.total.toFixed(1)} s` +
          (generated.actietafel
            ? `, of which the Actietafel history ${generated.actietafel.seconds.total.toFixed(1)} s`
            : ''),
      );
    say(
      `${settings.requests} sequential requests per filter after ${settings.warmup} warm-up, one keep-alive connection; ` +
        `floor = the same ${Object.keys(queriesOf(filters[0])).length} queries (apps/api/src/monitoring/queries) side by side on a pg pool with the app's settings (${JSON.stringify({ ...poolOptions, connectionString: undefined })})` +
        (process.env['PGOPTIONS'] ? `; PGOPTIONS="${process.env['PGOPTIONS']}" for the API and the floor.` : '.'),
    );
    say();
    printTable(
      [
        'filter',
        'escalations',
        'API p50',
        'API p95',
        'API p99',
        'floor p50',
        'floor p95',
        'floor p99',
        'p95 ratio',
        'target',
      ],
      outcomes.map((outcome) => [
        outcome.filter.name,
        outcome.escalations.toLocaleString('en-US'),
        ms(outcome.api.p50),
        ms(outcome.api.p95),
        ms(outcome.api.p99),
        ms(outcome.floor.p50),
        ms(outcome.floor.p95),
        ms(outcome.floor.p99),
        `${outcome.ratio.toFixed(2)}x`,
        outcome.holds ? 'holds' : 'MISSED',
      ]),
    );
    say(`(milliseconds; target: API p95 < ${TARGET_MS} ms and <= ${TARGET_RATIO} x floor p95)`);
    say();
    say('Floor per query, p50 / p95 (ms), run side by side:');
    const names = Object.keys(outcomes[0].perQuery);
    printTable(
      ['query', ...outcomes.map((outcome) => outcome.filter.name.slice(0, 2).trim())],
      names.map((name) => [
        name,
        ...outcomes.map((outcome) => `${ms(outcome.perQuery[name].p50)} / ${ms(outcome.perQuery[name].p95)}`),
      ]),
    );
    say();
    say(`Report, ${settings.reportRequests} requests each after 2 warm-up:`);
    printTable(
      ['filter', 'kind', 'p50', 'p95', 'max', 'body length'],
      reports.flatMap(({ filter, results }) =>
        results.map((result) => [
          filter.name,
          result.kind,
          ms(result.stats.p50),
          ms(result.stats.p95),
          ms(result.stats.max),
          result.bytes.toLocaleString('en-US'),
        ]),
      ),
    );
  } finally {
    if (connected) await client.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
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
