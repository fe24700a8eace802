/**
 * What the access log costs per request. Every read, search and change of a case writes one hash-chained
 * event (apps/api/src/audit/audit-log.service.ts): lock the one row audit_chain_head FOR UPDATE, insert the
 * event, move the head.
 *
 *   npx nx build api
 *   npx ts-node -P bench/tsconfig.json bench/audit-write.bench.ts [--writes 2000] [--concurrency 1,2,4,8]
 *
 * a. Directly: the app's own AuditLog.write on a TypeORM DataSource with the app's options, on a fresh
 *    database migrated by the app's migrations. Two ways, at each concurrency:
 *    - "read": as CaseAccessPolicy.read calls it, on dataSource.manager outside a transaction (the service
 *      then opens its own, so that the head's lock holds until the event is in);
 *    - "change": as CaseAccessPolicy.change calls it, the last statement of the caller's transaction, then COMMIT.
 *    Failed writes are counted (two writers claiming one sequence fail on pk_audit_event), and the chain is
 *    verified with the app's AuditChainVerifier afterwards.
 * b. Through the built API on the same database (seeded with the demo): GET /api/v1/cases/{id} (decision,
 *    one access-log event, the case) against GET /api/v1/cases/{id}/access (the same decision, no event),
 *    as jongerenwerker@demo.sluitend.nl on a case with consent; then a few connections at once.
 *
 * Options (each also as an environment variable):
 *   --writes           BENCH_WRITES            measured writes per way and concurrency (default 2000)
 *   --concurrency      BENCH_CONCURRENCY       concurrency levels of a (default 1,2,4,8)
 *   --requests         BENCH_REQUESTS          measured requests per endpoint in b (default 300)
 *   --warmup           BENCH_WARMUP            warm-up writes and requests (default 30)
 *   --api-concurrency  BENCH_API_CONCURRENCY   connections of b's concurrent round (default 4; 0 skips it)
 *   --postgres-url     BENCH_POSTGRES_URL      any database on the server to administer from (default postgres://postgres@127.0.0.1:5432/test)
 *   --database         BENCH_DATABASE          the database to (re)create (default sluitend_audit_bench)
 *   --api-main         BENCH_API_MAIN          the API bundle to start (default dist/apps/api/main.js)
 *   --skip-api                                 only a
 *
 * Performance is printed, never asserted: the exit code only says whether the run itself worked.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import Module from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { CaseAccessResponse, Sector } from '@sluitend/domain';
import type { DataSource } from 'typeorm';
import type { AuditEntry } from '../apps/api/src/audit/audit-entry';
import type { AuditLog } from '../apps/api/src/audit/audit-log.service';
import type { AuthenticatedUser } from '../apps/api/src/auth/authenticated-user';
import { activeConsentExists } from '../apps/api/src/access/consent-sql';
import { argument, numberArgument } from './generate/generate-cases';
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
  type Reply,
  type Stats,
} from './support/api';

const argv = process.argv.slice(2);
const API_MAIN = resolve(argument(argv, 'api-main', 'BENCH_API_MAIN') ?? DEFAULT_API_MAIN);
const USER_EMAIL = 'jongerenwerker@demo.sluitend.nl';

const settings = {
  writes: Math.max(1, Math.floor(numberArgument(argv, 'writes', 'BENCH_WRITES', 2000))),
  concurrency: (argument(argv, 'concurrency', 'BENCH_CONCURRENCY') ?? '1,2,4,8')
    .split(',')
    .map((level) => Math.floor(Number(level)))
    .filter((level) => Number.isFinite(level) && level >= 1),
  requests: Math.max(1, Math.floor(numberArgument(argv, 'requests', 'BENCH_REQUESTS', 300))),
  warmup: Math.floor(numberArgument(argv, 'warmup', 'BENCH_WARMUP', 30)),
  apiConcurrency: Math.floor(numberArgument(argv, 'api-concurrency', 'BENCH_API_CONCURRENCY', 4)),
  postgresUrl: argument(argv, 'postgres-url', 'BENCH_POSTGRES_URL') ?? 'postgres://postgres@127.0.0.1:5432/test',
  database: argument(argv, 'database', 'BENCH_DATABASE') ?? 'sluitend_audit_bench',
  skipApi: argument(argv, 'skip-api') === 'true',
};

if (!/^[a-z_][a-z0-9_]{0,62}$/.test(settings.database))
  throw new Error(`--database must be a plain lowercase name (got "${settings.database}")`);
if (settings.concurrency.length === 0) throw new Error('--concurrency must list levels such as 1,2,4,8');

function databaseUrl(name: string): string {
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

// ---------------------------------------------------------------------------------------------
// The app's own code

/**
 * The app's path mapping (tsconfig.base.json) at run time, for this bench only: AuditLog needs the Clock,
 * which takes todayInAmsterdam from @sluitend/domain. The case-list bench needs no mapping.
 */
function mapDomainPath(): void {
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolveFilename = loader._resolveFilename;
  const domain = join(ROOT, 'libs/domain/src/index.ts');
  loader._resolveFilename = function (this: unknown, name: string, ...rest: unknown[]) {
    return resolveFilename.call(this, name === '@sluitend/domain' ? domain : name, ...rest);
  };
}

/** Imported only once the mapping is in place. */
async function loadApp() {
  mapDomainPath();
  const [typeorm, options, audit, verifier, clock, cases, team] = await Promise.all([
    import('typeorm'),
    import('../apps/api/src/database/data-source-options'),
    import('../apps/api/src/audit/audit-log.service'),
    import('../apps/api/src/audit/audit-chain-verifier'),
    import('../apps/api/src/common/time/clock'),
    import('../apps/api/src/cases/entities/case.entity'),
    import('../apps/api/src/cases/entities/team-member.entity'),
  ]);
  return {
    DataSource: typeorm.DataSource,
    dataSourceOptions: options.dataSourceOptions,
    AuditLog: audit.AuditLog,
    AuditChainVerifier: verifier.AuditChainVerifier,
    Clock: clock.Clock,
    CaseEntity: cases.CaseEntity,
    TeamMemberEntity: team.TeamMemberEntity,
  };
}

type App = Awaited<ReturnType<typeof loadApp>>;

// ---------------------------------------------------------------------------------------------
// a. The write itself

type Way = 'read' | 'change';

interface WriteOutcome {
  way: Way;
  concurrency: number;
  writes: number;
  errors: number;
  firstError: string | null;
  latency: Stats;
  perSecond: number;
}

/** Professionals of a few organisations reading cases: the entries vary like real ones. */
function entryMaker(): () => AuditEntry {
  const sectors: Sector[] = ['welzijn', 'jeugdhulp', 'onderwijs', 'werk-en-inkomen', 'gemeente'];
  const regionId = randomUUID();
  const organisations = sectors.map((sector, index) => ({
    id: randomUUID(),
    name: `Organisatie ${index + 1}`,
    sector,
    regionId,
  }));
  const actors: AuthenticatedUser[] = Array.from({ length: 50 }, (_, index) => ({
    id: randomUUID(),
    email: `professional${index}@bench.sluitend.nl`,
    name: `Professional ${index}`,
    roles: ['professional'],
    organisation: organisations[index % organisations.length],
    origin: { ip: `10.0.${index}.1`, sessionDigest: randomBytes(32).toString('hex') },
  }));
  const cases = Array.from({ length: 1000 }, () => randomUUID());
  let n = 0;
  return () => {
    n++;
    return {
      actor: actors[n % actors.length],
      caseIds: [cases[(n * 7919) % cases.length]],
      action: 'read',
      resource: 'case',
      ground: 'consent',
      groundReference: randomUUID(),
    };
  };
}

async function measureWrites(
  dataSource: DataSource,
  audit: AuditLog,
  way: Way,
  concurrency: number,
  writes: number,
  entry: () => AuditEntry,
): Promise<WriteOutcome> {
  const write = (): Promise<void> =>
    way === 'read'
      ? audit.write(dataSource.manager, entry())
      : dataSource.transaction((manager) => audit.write(manager, entry()));
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const worker = async () => {
    while (next < writes) {
      next++;
      const started = process.hrtime.bigint();
      try {
        await write();
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      } catch (error) {
        errors++;
        firstError ??= String((error as Error)?.message ?? error);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    way,
    concurrency,
    writes: latencies.length,
    errors,
    firstError,
    latency: latencies.length > 0 ? stats(latencies) : { p50: NaN, p95: NaN, p99: NaN, max: NaN },
    perSecond: latencies.length / seconds,
  };
}

function table(header: string[], lines: string[][], leftColumns = 1): void {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column < leftColumns ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  say(format(header));
  say(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) say(format(line));
}

// ---------------------------------------------------------------------------------------------
// b. Through the API

interface Timed {
  samples: number[];
  statuses: Map<number, number>;
}

async function timedGet(
  port: number,
  path: string,
  headers: Record<string, string>,
  via: http.Agent = agent,
): Promise<[number, Reply]> {
  const started = process.hrtime.bigint();
  const reply = await request(port, 'GET', path, headers, undefined, via);
  return [Number(process.hrtime.bigint() - started) / 1e6, reply];
}

/** `connections` tabs of the same user at once, `total` requests between them. */
async function concurrently(
  port: number,
  path: string,
  headers: Record<string, string>,
  connections: number,
  total: number,
): Promise<Timed & { perSecond: number; example: string | null }> {
  const agents = Array.from({ length: connections }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const result: Timed = { samples: [], statuses: new Map() };
  let example: string | null = null;
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      agents.map(async (via) => {
        while (next < total) {
          next++;
          const [elapsed, reply] = await timedGet(port, path, headers, via);
          result.statuses.set(reply.status, (result.statuses.get(reply.status) ?? 0) + 1);
          if (reply.status === 200) result.samples.push(elapsed);
          else example ??= `${reply.status} ${reply.body.slice(0, 300)}`;
        }
      }),
    );
  } finally {
    for (const via of agents) via.destroy();
  }
  return { ...result, perSecond: result.samples.length / ((performance.now() - started) / 1000), example };
}

const statusLine = (statuses: Map<number, number>) =>
  [...statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${count}×${status}`)
    .join(', ');

async function throughTheApi(app: App, dataSource: DataSource, audit: AuditLog, benchUrl: string): Promise<void> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'sluitend-audit-bench-'));
  const port = await freePort();
  say();
  say(`b. Starting the API on port ${port} (seeds the demo on the migrated database) ...`);
  const api = startApi(API_MAIN, port, benchUrl, dataDir);
  try {
    await waitForHealth(api);
    say(`API PID ${api.child.pid} healthy.`);
    const [user] = await dataSource.query<Array<{ id: string; organisation_id: string; sector: Sector }>>(
      `SELECT u.id, u.organisation_id, o.sector FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = $1`,
      [USER_EMAIL],
    );
    if (!user) throw new Error(`${USER_EMAIL} is missing: did the API seed the demo?`);
    const today = new app.Clock().today();
    const [target] = await dataSource.query<Array<{ id: string; last_name: string }>>(
      `SELECT c.id, c.last_name FROM case_file c JOIN case_team_member me ON me.case_id = c.id AND me.user_id = $1
        WHERE ${activeConsentExists('c.id', '$2', '$3', '$4')} ORDER BY c.created_at LIMIT 1`,
      [user.id, user.organisation_id, user.sector, today],
    );
    if (!target) throw new Error(`${USER_EMAIL} has no case with an active consent for their organisation.`);
    const headers = await signIn(port, USER_EMAIL);
    const casePath = `/api/v1/cases/${target.id}`;
    const accessPath = `${casePath}/access`;
    const events = async () =>
      Number((await dataSource.query<Array<{ count: string }>>(`SELECT count(*) FROM audit_event`))[0].count);

    // The comparison only means something if the one logs and the other does not, on the same decision.
    const before = await events();
    const [, caseReply] = await timedGet(port, casePath, headers);
    const afterCase = await events();
    const [, accessReply] = await timedGet(port, accessPath, headers);
    const afterAccess = await events();
    if (caseReply.status !== 200) throw new Error(`GET ${casePath} answered ${caseReply.status}: ${caseReply.body}`);
    if (accessReply.status !== 200)
      throw new Error(`GET ${accessPath} answered ${accessReply.status}: ${accessReply.body}`);
    const access = JSON.parse(accessReply.body) as CaseAccessResponse;
    if (access.level !== 'full') throw new Error(`GET ${accessPath}: level ${access.level}, expected full`);
    if (afterCase - before !== 1 || afterAccess !== afterCase) {
      throw new Error(
        `Expected one access-log event per GET ${casePath} and none per GET ${accessPath}; got ${afterCase - before} and ${afterAccess - afterCase}.`,
      );
    }
    say(
      `Signed in as ${USER_EMAIL}; case ${target.id.slice(0, 8)} (${target.last_name}), ground ${access.ground}. ` +
        `GET …/{id} wrote 1 access-log event, GET …/{id}/access none.`,
    );

    // The same write and the same case load as the API does them, straight on the database, as floors.
    const entry = entryMaker();
    const loadCase = async () => {
      const found = await dataSource.manager.findOne(app.CaseEntity, {
        where: { id: target.id },
        relations: { municipality: { region: true } },
      });
      await dataSource.manager.findOne(app.TeamMemberEntity, {
        where: { caseId: target.id, isCasusregisseur: true },
        relations: { user: true },
      });
      return found;
    };
    const floorTime = async (work: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      await work();
      return Number(process.hrtime.bigint() - started) / 1e6;
    };

    say(
      `Measuring: ${settings.warmup} warm-up rounds, then ${settings.requests} rounds of GET …/{id}, GET …/{id}/access, ` +
        `GET /auth/me, a floor audit write and a floor case load, one after another on one keep-alive connection ...`,
    );
    type Measured = 'case' | 'access' | 'me' | 'write' | 'load';
    const samples: Record<Measured, number[]> = { case: [], access: [], me: [], write: [], load: [] };
    for (let i = 0; i < settings.warmup + settings.requests; i++) {
      const round: Array<[Measured, number]> = [];
      for (const [key, path] of [
        ['case', casePath],
        ['access', accessPath],
        ['me', '/api/v1/auth/me'],
      ] as const) {
        const [elapsed, reply] = await timedGet(port, path, headers);
        if (reply.status !== 200) throw new Error(`GET ${path} answered ${reply.status}: ${reply.body}`);
        round.push([key, elapsed]);
      }
      round.push(['write', await floorTime(() => audit.write(dataSource.manager, entry()))]);
      round.push(['load', await floorTime(loadCase)]);
      if (i >= settings.warmup) for (const [key, elapsed] of round) samples[key].push(elapsed);
    }
    const s = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, stats(values)])) as Record<
      Measured,
      Stats
    >;

    let rounds: Array<{ path: string; result: Awaited<ReturnType<typeof concurrently>> }> = [];
    if (settings.apiConcurrency > 0) {
      say(
        `Concurrent round: ${settings.apiConcurrency} connections of the same user, ${settings.requests} requests each way ...`,
      );
      rounds = [
        {
          path: casePath,
          result: await concurrently(port, casePath, headers, settings.apiConcurrency, settings.requests),
        },
        {
          path: accessPath,
          result: await concurrently(port, accessPath, headers, settings.apiConcurrency, settings.requests),
        },
      ];
    }

    say();
    say(`b. Through the API (${settings.requests} sequential rounds after ${settings.warmup} warm-up; ms)`);
    const row = (name: string, stat: Stats) => [name, ms(stat.p50), ms(stat.p95), ms(stat.p99)];
    table(
      ['request', 'p50', 'p95', 'p99'],
      [
        row('GET /cases/{id}: decision + access-log event + case', s.case),
        row('GET /cases/{id}/access: the same decision, no event', s.access),
        [
          'difference (percentile minus percentile)',
          ms(s.case.p50 - s.access.p50),
          ms(s.case.p95 - s.access.p95),
          ms(s.case.p99 - s.access.p99),
        ],
        row('  floor: AuditLog.write as the read path calls it', s.write),
        row('  floor: the case load of CasesService.get', s.load),
        row('GET /auth/me (the fixed cost of a signed-in request)', s.me),
      ],
    );
    for (const { path, result } of rounds) {
      const stat = result.samples.length > 0 ? stats(result.samples) : null;
      say(
        `${settings.apiConcurrency} at once, GET ${path.replace(target.id, '{id}')}: ${statusLine(result.statuses)}; ` +
          (stat ? `200s p50 ${ms(stat.p50)}, p95 ${ms(stat.p95)} ms, ${result.perSecond.toFixed(0)}/s` : 'no 200s') +
          (result.example ? `; e.g. ${result.example}` : ''),
      );
    }
    const verification = await new app.AuditChainVerifier(dataSource, new app.Clock()).verify();
    say(
      `Chain after b: ${verification.valid ? 'valid' : `BROKEN at sequence ${verification.firstBrokenSequence}`}, ` +
        `${verification.checkedEvents.toLocaleString('en-US')} events checked.`,
    );
    const failures = api.output.filter((line) => /audit|duplicate key|pk_audit_event/i.test(line));
    if (failures.length > 0) {
      say(`API log (${failures.length} lines on the access log; the first):`);
      say(`  ${failures[0].slice(0, 400)}`);
    }
  } finally {
    await stopApi(api);
    await removeRedisKeys(`bench-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!settings.skipApi) checkBuild(API_MAIN);
  const benchUrl = databaseUrl(settings.database);
  const admin = new Client({ connectionString: settings.postgresUrl });
  await admin.connect();
  say(`Creating database ${settings.database} (dropping any old one) ...`);
  await admin.query(`DROP DATABASE IF EXISTS "${settings.database}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${settings.database}"`);
  const server = (await admin.query<{ version: string }>(`SELECT current_setting('server_version') AS version`))
    .rows[0];
  await admin.end();

  const app = await loadApp();
  // The app's own options: its entities, its migrations (run here), its pool of 10, synchronous commit.
  const dataSource = new app.DataSource(app.dataSourceOptions(benchUrl));
  await dataSource.initialize();
  try {
    const migrations = await dataSource.query<Array<{ name: string }>>(`SELECT name FROM migrations ORDER BY id`);
    say(`Migrated with the app's migrations: ${migrations.map((migration) => migration.name).join(', ')}.`);
    const audit = new app.AuditLog(new app.Clock());
    const entry = entryMaker();

    say(
      `a. AuditLog.write, ${settings.writes} writes per way and concurrency ${settings.concurrency.join('/')} ` +
        `(after ${settings.warmup} warm-up writes per way) ...`,
    );
    const outcomes: WriteOutcome[] = [];
    for (const way of ['read', 'change'] as const) {
      await measureWrites(dataSource, audit, way, 1, settings.warmup, entry);
      for (const concurrency of settings.concurrency) {
        outcomes.push(await measureWrites(dataSource, audit, way, concurrency, settings.writes, entry));
      }
    }
    const verification = await new app.AuditChainVerifier(dataSource, new app.Clock()).verify();

    say();
    say(`Access-log write benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    say(
      `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB; ` +
        `Node ${process.version}; PostgreSQL ${server.version}` +
        (settings.skipApi
          ? ''
          : `; API built ${new Date(statSync(API_MAIN).mtimeMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`),
    );
    say();
    say(
      `a. AuditLog.write on the app's DataSource (ms per write; "read": on dataSource.manager, as CaseAccessPolicy.read; ` +
        `"change": last in the caller's transaction, COMMIT included, as CaseAccessPolicy.change)`,
    );
    table(
      ['way', 'concurrency', 'writes', 'errors', 'p50', 'p95', 'p99', 'writes/s'],
      outcomes.map((outcome) => [
        outcome.way,
        String(outcome.concurrency),
        String(outcome.writes),
        String(outcome.errors),
        ms(outcome.latency.p50),
        ms(outcome.latency.p95),
        ms(outcome.latency.p99),
        outcome.perSecond.toFixed(0),
      ]),
    );
    for (const outcome of outcomes.filter((candidate) => candidate.firstError)) {
      say(`  ${outcome.way} × ${outcome.concurrency}: ${outcome.errors} failed, e.g. "${outcome.firstError}"`);
    }
    say(
      `Chain after a: ${verification.valid ? 'valid' : `BROKEN at sequence ${verification.firstBrokenSequence}`}, ` +
        `${verification.checkedEvents.toLocaleString('en-US')} events checked.`,
    );

    if (!settings.skipApi) await throughTheApi(app, dataSource, audit, benchUrl);
  } finally {
    await dataSource.destroy();
    agent.destroy();
    say();
    say(`The database ${settings.database} is left for inspection: psql ${benchUrl}`);
    say(`Drop it with: psql ${settings.postgresUrl} -c 'DROP DATABASE ${settings.database} WITH (FORCE)'`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
