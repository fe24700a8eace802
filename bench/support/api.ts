/**
 * What the benches share: statistics, the built API as a child process, and HTTP the way the web app
 * talks to it (one keep-alive connection, the XSRF-TOKEN cookie, a session cookie).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join, resolve } from 'node:path';
import Redis from 'ioredis';

export const ROOT = resolve(__dirname, '../..');
export const DEFAULT_API_MAIN = join(ROOT, 'dist/apps/api/main.js');
export const DEMO_PASSWORD = 'bench-demo-wachtwoord';
export const say = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Statistics

export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1],
  };
}

export const ms = (value: number) => value.toFixed(1);

// ---------------------------------------------------------------------------------------------
// The API process

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

export interface RunningApi {
  child: ChildProcess;
  port: number;
  output: string[];
  exited: Promise<number | null>;
}

export function startApi(apiMain: string, port: number, url: string, dataDir: string): RunningApi {
  const output: string[] = [];
  const child = spawn(process.execPath, [apiMain], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: url,
      SEED_DEMO: 'true',
      DEMO_PASSWORD,
      LOG_LEVEL: 'warn',
      REDIS_KEY_PREFIX: `bench-${process.pid}`,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      // Lets a bundle outside the repository (--api-main) find the repository's packages.
      NODE_PATH: join(ROOT, 'node_modules'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, port, output, exited };
}

export const DEFAULT_WORKER_MAIN = join(ROOT, 'dist/apps/api/worker.js');

/**
 * The built reminder worker with the production defaults (relay every second, reconcile every minute,
 * concurrency 16), on the API's database and Redis prefix, as `npm start` runs it beside the API.
 */
export function startWorker(workerMain: string, url: string, dataDir: string, redisKeyPrefix: string): RunningApi {
  const output: string[] = [];
  const child = spawn(process.execPath, [workerMain], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      REDIS_KEY_PREFIX: redisKeyPrefix,
      DATA_DIR: dataDir,
      NODE_PATH: join(ROOT, 'node_modules'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, port: 0, output, exited };
}

export async function stopApi(api: RunningApi, name = 'the API'): Promise<void> {
  if (api.child.exitCode !== null || api.child.pid === undefined) return;
  say(`Stopping ${name} (SIGTERM to PID ${api.child.pid}) ...`);
  api.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 15_000).unref());
  if ((await Promise.race([api.exited, timeout])) === 'timeout') {
    say(`${name[0].toUpperCase()}${name.slice(1)} did not stop within 15 s; SIGKILL to PID ${api.child.pid}.`);
    api.child.kill('SIGKILL');
    await api.exited;
  }
}

/** The API leaves queue metadata under its REDIS_KEY_PREFIX; this run's prefix is its own to remove. */
export async function removeRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // Redis gone already: nothing to clean.
  } finally {
    redis.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP: one keep-alive connection, like one browser tab

/** One browser tab. Concurrent callers pass their own agent to request(). */
export const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function request(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
  via: http.Agent = agent,
): Promise<Reply> {
  return new Promise((done, fail) => {
    const call = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: via,
        headers: body
          ? { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }
          : headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }),
        );
        response.on('error', fail);
      },
    );
    call.on('error', fail);
    if (body) call.write(body);
    call.end();
  });
}

export async function waitForHealth(api: RunningApi, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null)
      throw new Error(`The API exited with code ${api.child.exitCode}:\n${api.output.join('\n')}`);
    try {
      const reply = await request(api.port, 'GET', '/api/v1/health');
      if (reply.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The API did not answer /api/v1/health within ${timeoutMs / 1000} s:\n${api.output.join('\n')}`);
}

export function cookie(reply: Reply, name: string): string | undefined {
  const cookies = ([] as string[]).concat(reply.headers['set-cookie'] ?? []);
  return cookies.map((line) => new RegExp(`^${name.replace('.', '\\.')}=([^;]+)`).exec(line)?.[1]).find(Boolean);
}

/** As the web app does: a GET hands out the XSRF-TOKEN cookie, the login echoes it in a header. */
export async function signIn(port: number, email: string): Promise<Record<string, string>> {
  const first = await request(port, 'GET', '/api/v1/auth/me');
  const xsrf = cookie(first, 'XSRF-TOKEN');
  if (!xsrf) throw new Error('The API handed out no XSRF-TOKEN cookie.');
  const login = await request(
    port,
    'POST',
    '/api/v1/auth/login',
    { cookie: `XSRF-TOKEN=${xsrf}`, 'x-xsrf-token': xsrf },
    JSON.stringify({ email, password: DEMO_PASSWORD }),
  );
  const sid = cookie(login, 'sluitend.sid');
  if (login.status !== 200 || !sid) throw new Error(`Sign-in of ${email} failed: ${login.status} ${login.body}`);
  return { cookie: `sluitend.sid=${sid}; XSRF-TOKEN=${xsrf}`, accept: 'application/json' };
}

// ---------------------------------------------------------------------------------------------
// The build

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !/\.(spec|integration-spec)\.ts$/.test(entry.name))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['apps/api/src', 'libs/domain/src']) if (existsSync(join(ROOT, dir))) walk(join(ROOT, dir));
  return newest;
}

/** Refuses a missing bundle and notes a stale one: the bench measures what was built, not the source. */
export function checkBuild(apiMain: string): void {
  if (!existsSync(apiMain)) throw new Error(`${apiMain} is missing: run "npx nx build api" first.`);
  if (apiMain === DEFAULT_API_MAIN && newestSource() > statSync(apiMain).mtimeMs) {
    say(
      `Note: apps/api or libs/domain changed after ${apiMain} was built; run "npx nx build api" to measure the current code.`,
    );
  }
}
