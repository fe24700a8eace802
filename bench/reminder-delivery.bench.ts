/**
 * 10,000 reminders falling due in the same minute, delivered by the built worker process with its production
 * settings (relay every second, reconcile every minute, concurrency 16, the mail loop beside it).
 *
 *   npx nx build api
 *   npx ts-node -P bench/tsconfig.json bench/reminder-delivery.bench.ts [--reminders 10000]
 *
 * Two scenarios on a fresh database (migrated and demo-seeded by the built API, which is then stopped):
 *   a. through the queue: the reminders are in the outbox well before they fall due, all at one instant,
 *      as every morning at 08:00; the worker relays them into BullMQ as delayed jobs, which fire together.
 *   b. catching up: the same number already due when the worker starts (after an outage of the worker or a
 *      Redis that lost its jobs); its start-up reconcile and the relay deliver them together.
 * Per scenario it prints the total time from the due instant to the last delivery, the throughput, the
 * delivery lag (delivered_at − due_at) p50/p95/p99/max, and whether all were delivered within 60 s. Then
 * it checks that each reminder was told exactly once (one notification each).
 *
 * Options (each also as an environment variable):
 *   --reminders     BENCH_REMINDERS      reminders per scenario (default 10000)
 *   --lead          BENCH_LEAD_SECONDS   seconds between the insert and the due instant in a (default 30)
 *   --scenarios     BENCH_SCENARIOS      which to run (default a,b)
 *   --postgres-url  BENCH_POSTGRES_URL   any database on the server to administer from (default postgres://postgres@127.0.0.1:5432/test)
 *   --database      BENCH_DATABASE       the database to (re)create (default sluitend_reminder_bench)
 *   --api-main      BENCH_API_MAIN       the API bundle that migrates and seeds (default dist/apps/api/main.js)
 *   --worker-main   BENCH_WORKER_MAIN    the worker bundle to measure (default dist/apps/api/worker.js)
 *
 * Performance is printed, never asserted: the exit code only says whether the run itself worked (every
 * reminder delivered, each once).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { argument, numberArgument } from './generate/generate-cases';
import {
  DEFAULT_API_MAIN,
  DEFAULT_WORKER_MAIN,
  checkBuild,
  freePort,
  ms,
  removeRedisKeys,
  say,
  startApi,
  startWorker,
  stats,
  stopApi,
  waitForHealth,
  type RunningApi,
} from './support/api';

const argv = process.argv.slice(2);
const API_MAIN = resolve(argument(argv, 'api-main', 'BENCH_API_MAIN') ?? DEFAULT_API_MAIN);
const WORKER_MAIN = resolve(argument(argv, 'worker-main', 'BENCH_WORKER_MAIN') ?? DEFAULT_WORKER_MAIN);
const REDIS_KEY_PREFIX = `bench-reminders-${process.pid}`;
/** The bar: every reminder of the minute delivered within it. */
const WITHIN_MS = 60_000;

const settings = {
  reminders: Math.max(1, Math.floor(numberArgument(argv, 'reminders', 'BENCH_REMINDERS', 10_000))),
  leadSeconds: numberArgument(argv, 'lead', 'BENCH_LEAD_SECONDS', 30),
  scenarios: (argument(argv, 'scenarios', 'BENCH_SCENARIOS') ?? 'a,b').split(',').map((s) => s.trim()),
  postgresUrl: argument(argv, 'postgres-url', 'BENCH_POSTGRES_URL') ?? 'postgres://postgres@127.0.0.1:5432/test',
  database: argument(argv, 'database', 'BENCH_DATABASE') ?? 'sluitend_reminder_bench',
};

if (!/^[a-z_][a-z0-9_]{0,62}$/.test(settings.database))
  throw new Error(`--database must be a plain lowercase name (got "${settings.database}")`);

function databaseUrl(name: string): string {
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function recreateDatabase(): Promise<void> {
  const admin = new Client({ connectionString: settings.postgresUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${settings.database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${settings.database}"`);
  } finally {
    await admin.end();
  }
}

/** The built API migrates the fresh database and seeds the demo users, then steps aside. */
async function migrateAndSeed(url: string, dataDir: string): Promise<void> {
  const api = startApi(API_MAIN, await freePort(), url, dataDir);
  try {
    await waitForHealth(api);
  } finally {
    await stopApi(api);
  }
}

/** `count` reminders of one batch, all due at `dueAt`, spread over the recipients as the planner writes them. */
async function plan(db: Client, count: number, dueAt: Date, recipients: string[]): Promise<string> {
  const batch = randomUUID();
  const dueOn = dueAt.toISOString().slice(0, 10);
  const subjects = Array.from({ length: count }, (_, i) => `${batch}.${i}`);
  await db.query(
    `INSERT INTO reminder (key, kind, subject_id, case_id, recipient_user_id, due_on, due_at, title, link)
     SELECT 'action-deadline-soon_' || s || '_' || $3 || '_' || u, 'action-deadline-soon', s, NULL, u, $3::date,
            $4, 'Een actie moet binnenkort klaar zijn', '/home'
       FROM unnest($1::text[], $2::uuid[]) AS t(s, u)`,
    [subjects, subjects.map((_, i) => recipients[i % recipients.length]), dueOn, dueAt],
  );
  return batch;
}

async function counted(db: Client, sql: string, batch: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(sql, [`${batch}.%`]);
  return Number(rows[0].n);
}

const deliveredSql = `SELECT count(*) AS n FROM reminder WHERE subject_id LIKE $1 AND status = 'delivered'`;
const enqueuedSql = `SELECT count(*) AS n FROM reminder WHERE subject_id LIKE $1 AND enqueued_at IS NOT NULL`;

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs: number, worker: RunningApi) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (worker.child.exitCode !== null)
      throw new Error(`The worker exited with code ${worker.child.exitCode}:\n${worker.output.join('\n')}`);
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await sleep(100);
  }
}

async function waitForWorker(worker: RunningApi): Promise<void> {
  await waitFor(
    'the worker to start',
    async () => worker.output.some((line) => line.includes('worker running')),
    60_000,
    worker,
  );
}

interface Outcome {
  name: string;
  reminders: number;
  /** From the due instant to the last delivery. */
  totalMs: number;
  perSecond: number;
  lag: ReturnType<typeof stats>;
  notifications: number;
  toldTwice: number;
  /** E-mails of those notifications written by the end of the measurement (the mail loop runs beside). */
  mailed: number;
  /** Notifications of any scenario still waiting for their e-mail then (the mail loop takes the oldest first). */
  mailBacklog: number;
  workerStartMs?: number;
}

async function measure(db: Client, name: string, batch: string, count: number): Promise<Outcome> {
  const { rows } = await db.query<{ lag: number }>(
    `SELECT extract(epoch FROM delivered_at - due_at) * 1000 AS lag FROM reminder
      WHERE subject_id LIKE $1 AND status = 'delivered'`,
    [`${batch}.%`],
  );
  const lags = rows.map((row) => Number(row.lag));
  const told = await db.query<{ told: string; n: string }>(
    `SELECT told, count(*) AS n FROM (
       SELECT count(n.id) AS told FROM reminder r
         LEFT JOIN notification n ON n.kind = 'reminder' AND n.subject_id = r.id
        WHERE r.subject_id LIKE $1 GROUP BY r.id) per GROUP BY told`,
    [`${batch}.%`],
  );
  const byTold = new Map(told.rows.map((row) => [Number(row.told), Number(row.n)]));
  const mailed = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM reminder r JOIN notification n ON n.kind = 'reminder' AND n.subject_id = r.id
      WHERE r.subject_id LIKE $1 AND n.mail_status = 'sent'`,
    [`${batch}.%`],
  );
  const backlog = await db.query<{ n: string }>(`SELECT count(*) AS n FROM notification WHERE mail_status = 'pending'`);
  const lag = stats(lags);
  const totalMs = Math.max(0, lag.max);
  return {
    name,
    reminders: count,
    totalMs,
    perSecond: count / (Math.max(totalMs, 1) / 1000),
    lag,
    notifications: [...byTold].reduce((sum, [times, n]) => sum + times * n, 0),
    toldTwice: [...byTold].filter(([times]) => times > 1).reduce((sum, [, n]) => sum + n, 0),
    mailed: Number(mailed.rows[0].n),
    mailBacklog: Number(backlog.rows[0].n),
  };
}

/** a. In the outbox ahead of time, relayed as delayed jobs that all fire at one instant. */
async function throughTheQueue(db: Client, url: string, dataDir: string, recipients: string[]): Promise<Outcome> {
  const count = settings.reminders;
  const worker = startWorker(WORKER_MAIN, url, dataDir, REDIS_KEY_PREFIX);
  try {
    await waitForWorker(worker);
    const dueAt = new Date(Math.ceil((Date.now() + settings.leadSeconds * 1000) / 1000) * 1000);
    const batch = await plan(db, count, dueAt, recipients);
    say(`a. ${count} reminders due at ${dueAt.toISOString()}; the worker relays them ...`);
    await waitFor('the relay', async () => (await counted(db, enqueuedSql, batch)) === count, 60_000, worker);
    const early = await counted(db, deliveredSql, batch);
    say(
      `   all relayed ${((dueAt.getTime() - Date.now()) / 1000).toFixed(1)} s before they fall due (${early} delivered early)`,
    );
    await waitFor(
      'every reminder to be delivered',
      async () => (await counted(db, deliveredSql, batch)) === count,
      settings.leadSeconds * 1000 + 10 * WITHIN_MS,
      worker,
    );
    await sleep(2000);
    return await measure(db, 'a. through the queue, due at one instant', batch, count);
  } finally {
    await stopApi(worker, 'the worker');
  }
}

/** b. Already due when the worker starts: its start-up reconcile and the relay deliver them. */
async function catchingUp(db: Client, url: string, dataDir: string, recipients: string[]): Promise<Outcome> {
  const count = settings.reminders;
  const dueAt = new Date(Date.now() - 1000);
  const batch = await plan(db, count, dueAt, recipients);
  say(`b. ${count} reminders due at ${dueAt.toISOString()}; starting the worker ...`);
  const started = Date.now();
  const worker = startWorker(WORKER_MAIN, url, dataDir, REDIS_KEY_PREFIX);
  try {
    await waitForWorker(worker);
    const workerStartMs = Date.now() - started;
    await waitFor(
      'every reminder to be delivered',
      async () => (await counted(db, deliveredSql, batch)) === count,
      10 * WITHIN_MS,
      worker,
    );
    await sleep(2000);
    return { ...(await measure(db, 'b. catching up, due when the worker starts', batch, count)), workerStartMs };
  } finally {
    await stopApi(worker, 'the worker');
  }
}

function print(outcome: Outcome): void {
  say();
  say(outcome.name);
  say(`   reminders           ${outcome.reminders}`);
  if (outcome.workerStartMs !== undefined)
    say(`   worker start        ${(outcome.workerStartMs / 1000).toFixed(1)} s (included below)`);
  say(`   total time          ${(outcome.totalMs / 1000).toFixed(1)} s from the due instant to the last delivery`);
  say(`   throughput          ${Math.round(outcome.perSecond)} reminders/s`);
  say(
    `   delivery lag (ms)   p50 ${ms(outcome.lag.p50)}  p95 ${ms(outcome.lag.p95)}  p99 ${ms(outcome.lag.p99)}  max ${ms(outcome.lag.max)}`,
  );
  say(`   all within 60 s     ${outcome.totalMs <= WITHIN_MS ? 'yes' : 'NO'}`);
  say(`   notifications       ${outcome.notifications} (${outcome.toldTwice} reminders told more than once)`);
  say(
    `   e-mails by then     ${outcome.mailed} of these written; ${outcome.mailBacklog} of all still waiting (oldest go first)`,
  );
}

async function main(): Promise<void> {
  checkBuild(API_MAIN);
  checkBuild(WORKER_MAIN);
  const dataDir = mkdtempSync(join(os.tmpdir(), 'sluitend-reminder-bench-'));
  const url = databaseUrl(settings.database);
  say(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  say(`Creating ${settings.database} and letting the built API migrate and seed it ...`);
  await recreateDatabase();
  await migrateAndSeed(url, dataDir);
  const db = new Client({ connectionString: url });
  await db.connect();
  const outcomes: Outcome[] = [];
  try {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM app_user WHERE active ORDER BY email`);
    const recipients = rows.map((row) => row.id);
    const version = (await db.query<{ server_version: string }>(`SHOW server_version`)).rows[0].server_version;
    say(`PostgreSQL ${version}; ${recipients.length} recipients; mail to files under ${join(dataDir, 'mail')}`);
    if (settings.scenarios.includes('a')) outcomes.push(await throughTheQueue(db, url, dataDir, recipients));
    if (settings.scenarios.includes('b')) outcomes.push(await catchingUp(db, url, dataDir, recipients));
  } finally {
    await db.end();
    await removeRedisKeys(REDIS_KEY_PREFIX);
    rmSync(dataDir, { recursive: true, force: true });
  }
  for (const outcome of outcomes) print(outcome);
  const wrong = outcomes.filter((o) => o.notifications !== o.reminders || o.toldTwice > 0);
  if (wrong.length > 0) throw new Error(`Not told exactly once: ${wrong.map((o) => o.name).join(', ')}`);
  say();
  say(`The database ${settings.database} is left for inspection.`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
