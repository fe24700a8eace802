import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { E2E_PASSWORD } from './environment';
import { API_LOG_FILE } from './personal-data';

const ROOT = resolve(__dirname, '../../..');
const SERVER_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function serverAnswers(): Promise<boolean> {
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited while starting:\n${output()}`);
    const ok = await fetch(`${url}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the API did not become healthy within 60 s:\n${output()}`);
}

/**
 * The database the worker is to use, as `npm start` finds it (tools/scripts/start.mjs): DATABASE_URL, or the
 * URL the API's embedded Postgres publishes in DATA_DIR/database-url once it listens.
 */
function workerDatabaseUrl(env: Record<string, string>): string {
  if (env['DATABASE_URL']) return env['DATABASE_URL'];
  const published = join(env['DATA_DIR'], 'database-url');
  if (!existsSync(published)) throw new Error(`the API runs an embedded Postgres but published no ${published}`);
  return readFileSync(published, 'utf8').trim();
}

/** The worker logs "… worker running" once its loops run; before that, a reminder may wait for the first relay. */
async function waitForWorker(child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`the reminder worker exited while starting:\n${output()}`);
    if (output().includes('worker running')) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the reminder worker did not start within 60 s:\n${output()}`);
}

/**
 * Starts the production build exactly as `npm start` does, on a database of its own:
 * the machine's Postgres when it answers, otherwise the embedded default; once the API answers, the
 * reminder worker beside it with the same environment. The stdout and stderr of both go to one file in
 * the run's directory, which the global teardown checks for personal data.
 */
export default async function globalSetup(): Promise<void> {
  const main = join(ROOT, 'dist/apps/api/main.js');
  const workerMain = join(ROOT, 'dist/apps/api/worker.js');
  if (!existsSync(main) || !existsSync(workerMain) || !existsSync(join(ROOT, 'dist/apps/web/browser/index.html'))) {
    throw new Error('Build api and web first (nx run e2e:e2e does so).');
  }
  const runDir = mkdtempSync(join(tmpdir(), 'sluitend-e2e-'));
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    PORT: String(await freePort()),
    DEMO_PASSWORD: E2E_PASSWORD,
    // Production seeds no demo unless asked; the e2e run signs in as the demo users.
    SEED_DEMO: 'true',
    REDIS_KEY_PREFIX: `e2e-${process.pid}`,
    SESSION_SECRET: 'e2e-session-secret-of-sufficient-length-1234',
    // Production's level, so the privacy check of the log sees a line for every request.
    LOG_LEVEL: process.env['E2E_LOG_LEVEL'] ?? 'info',
    DATA_DIR: runDir,
  };
  let databaseName: string | undefined;
  if (await serverAnswers()) {
    databaseName = `sluitend_e2e_${process.pid}`;
    const admin = new Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    await admin.end();
    const url = new URL(SERVER_URL);
    url.pathname = `/${databaseName}`;
    env['DATABASE_URL'] = url.toString();
  } else {
    delete env['DATABASE_URL'];
  }
  // The server writes straight into the file, so nothing is lost when it stops.
  const logFile = join(runDir, API_LOG_FILE);
  const logFd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [main], { cwd: ROOT, env, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const log = () => readFileSync(logFile, 'utf8');
  const baseUrl = `http://localhost:${env['PORT']}`;
  Object.assign(globalThis, {
    e2eServer: child,
    e2eDatabase: databaseName,
    e2eDatabaseUrl: env['DATABASE_URL'],
    e2eRunDir: runDir,
    e2eLog: log,
  });
  try {
    await waitForHealth(baseUrl, child, log);
    const workerFd = openSync(logFile, 'a');
    const worker = spawn(process.execPath, [workerMain], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: workerDatabaseUrl(env) },
      stdio: ['ignore', workerFd, workerFd],
    });
    closeSync(workerFd);
    Object.assign(globalThis, { e2eWorker: worker });
    await waitForWorker(worker, log);
  } catch (error) {
    // Jest skips the teardown when the set-up fails: do not leave the server or the worker running.
    child.kill('SIGKILL');
    (globalThis as { e2eWorker?: ChildProcess }).e2eWorker?.kill('SIGKILL');
    throw error;
  }
  process.env['E2E_BASE_URL'] = baseUrl;
  // For the test workers: newJongere writes down every jongere it makes up in this directory.
  process.env['E2E_RUN_DIR'] = runDir;
}
