import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { E2E_PASSWORD } from './environment';
import { API_LOG_FILE } from './personal-data';

/**
 * The processes of a reminder fault test, each of its own: a redis-server on a free port, a database, the
 * built API and reminder workers (dist/apps/api/{main,worker}.js), and what counts their work. The output of
 * the API and the workers joins the e2e run's log, so the privacy check of the teardown covers it.
 */

const ROOT = resolve(__dirname, '../../..');
const SERVER_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const QUEUE = 'reminders';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function until(what: string, condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** A redis-server as the deployment should run one: no persistence here, and never evicting. */
export class OwnRedis {
  private child?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(dir: string): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), dir);
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts the server (again) on the same port, empty. */
  async restart(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    args.push('--maxmemory-policy', 'noeviction', '--dir', this.dir);
    this.child = spawn('redis-server', args, { stdio: 'ignore' });
    await until('redis-server to answer PING', () => this.answers(), 15_000);
  }

  /** Everything in Redis is gone and the server with it: a FLUSHALL, then SHUTDOWN NOSAVE. */
  async flushAndShutdown(): Promise<void> {
    const client = new Redis(this.url, { maxRetriesPerRequest: 1, retryStrategy: () => null });
    client.on('error', () => undefined);
    await client.flushall();
    await client.call('SHUTDOWN', 'NOSAVE').catch(() => undefined);
    client.disconnect();
    if (this.child) await exited(this.child);
  }

  async stop(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  private async answers(): Promise<boolean> {
    if (this.child?.exitCode !== null) throw new Error(`redis-server on port ${this.port} exited`);
    const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  }
}

/** A database of its own on the machine's Postgres, dropped at the end. */
export class OwnDatabase {
  private constructor(readonly name: string) {}

  static async create(): Promise<OwnDatabase> {
    const name = `sluitend_faults_${process.pid}_${randomBytes(3).toString('hex')}`;
    await OwnDatabase.admin(`CREATE DATABASE "${name}"`);
    return new OwnDatabase(name);
  }

  get url(): string {
    const url = new URL(SERVER_URL);
    url.pathname = `/${this.name}`;
    return url.toString();
  }

  async drop(): Promise<void> {
    await OwnDatabase.admin(`DROP DATABASE IF EXISTS "${this.name}" WITH (FORCE)`);
  }

  private static async admin(sql: string): Promise<void> {
    const client = new Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

/** One process of the built app, its output appended to the run's log. */
export class AppProcess {
  private constructor(
    readonly child: ChildProcess,
    private readonly logFile: string,
    private readonly logStart: number,
  ) {}

  static start(file: 'main.js' | 'worker.js', env: Record<string, string>): AppProcess {
    const logFile = join(process.env['E2E_RUN_DIR'] ?? mkdtempSync(join(tmpdir(), 'sluitend-faults-')), API_LOG_FILE);
    const fd = openSync(logFile, 'a');
    const logStart = statSync(logFile).size;
    const child = spawn(process.execPath, [join(ROOT, 'dist/apps/api', file)], {
      cwd: ROOT,
      env: { ...(process.env as Record<string, string>), ...env },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    return new AppProcess(child, logFile, logStart);
  }

  /** What this process wrote (and what others wrote meanwhile: the log is shared). */
  output(): string {
    return readFileSync(this.logFile, 'utf8').slice(this.logStart);
  }

  async waitFor(line: string, timeoutMs = 60_000): Promise<void> {
    await until(
      `"${line}"`,
      async () => {
        if (this.child.exitCode !== null) throw new Error(`the process exited:\n${this.output().slice(-3000)}`);
        return this.output().includes(line);
      },
      timeoutMs,
    );
  }

  async waitForHealth(baseUrl: string, timeoutMs = 120_000): Promise<void> {
    await until(
      'the API to answer /api/v1/health',
      async () => {
        if (this.child.exitCode !== null) throw new Error(`the API exited:\n${this.output().slice(-3000)}`);
        return fetch(`${baseUrl}/api/v1/health`)
          .then((response) => response.ok)
          .catch(() => false);
      },
      timeoutMs,
    );
  }

  /** No shutdown hook runs: whatever was not committed is gone, whatever was in flight is left as it was. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await exited(this.child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    this.child.kill('SIGTERM');
    await exited(this.child);
    clearTimeout(timer);
  }
}

/** The environment the API and the worker share, as `npm start` hands it to both. */
export function appEnvironment(database: OwnDatabase, redis: OwnRedis, dataDir: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: `faults-${process.pid}`,
    SESSION_SECRET: 'e2e-faults-session-secret-of-sufficient-length',
    DEMO_PASSWORD: E2E_PASSWORD,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'info',
    DATA_DIR: dataDir,
  };
}

export interface ReminderCounts {
  due: number;
  delivered: number;
  /** Due reminders without a notification. */
  lost: number;
  /** Reminders told more than once. */
  duplicates: number;
  notifications: number;
  /** The most BullMQ jobs any one reminder had, in any state. */
  maxJobsPerReminder: number;
  jobs: number;
}

/** Counts of what the pipeline did, straight from Postgres and Redis. */
export class ReminderLedger {
  constructor(
    readonly db: Client,
    private readonly redisUrl: string,
    private readonly prefix: string,
  ) {}

  /**
   * Puts `count` reminders in the outbox as the planner would (a subject each, recipients taken in turn),
   * due `inMs` from now; answers the batch, which names their subjects.
   */
  async plan(count: number, inMs: number, recipients: readonly string[], title: string): Promise<string> {
    const batch = randomUUID();
    const dueAt = new Date(Date.now() + inMs);
    const dueOn = dueAt.toISOString().slice(0, 10);
    const subjects = Array.from({ length: count }, (_, i) => `${batch}.${i}`);
    const users = subjects.map((_, i) => recipients[i % recipients.length]);
    await this.db.query(
      `INSERT INTO reminder (key, kind, subject_id, case_id, recipient_user_id, due_on, due_at, title, link)
       SELECT 'action-deadline-soon_' || s || '_' || $3 || '_' || u, 'action-deadline-soon', s, NULL, u, $3::date,
              $4, $5, '/home'
         FROM unnest($1::text[], $2::uuid[]) AS t(s, u)`,
      [subjects, users, dueOn, dueAt, title],
    );
    return batch;
  }

  async delivered(where: string, values: unknown[]): Promise<number> {
    const { rows } = await this.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM reminder r WHERE ${where} AND r.status = 'delivered'`,
      values,
    );
    return Number(rows[0].n);
  }

  /** Every reminder matching `where` that is due by now, against its notifications and its jobs. */
  async count(where: string, values: unknown[]): Promise<ReminderCounts> {
    const { rows } = await this.db.query<{ id: string; status: string; told: string }>(
      `SELECT r.id, r.status, count(n.id) AS told
         FROM reminder r LEFT JOIN notification n ON n.kind = 'reminder' AND n.subject_id = r.id
        WHERE ${where} AND r.due_at <= now() AND r.status <> 'cancelled'
        GROUP BY r.id, r.status`,
      values,
    );
    const ids = new Set(rows.map((row) => row.id));
    const jobs = await this.jobsPerReminder();
    const mine = [...jobs].filter(([id]) => ids.has(id));
    return {
      due: rows.length,
      delivered: rows.filter((row) => row.status === 'delivered').length,
      lost: rows.filter((row) => Number(row.told) === 0).length,
      duplicates: rows.filter((row) => Number(row.told) > 1).length,
      notifications: rows.reduce((sum, row) => sum + Number(row.told), 0),
      maxJobsPerReminder: Math.max(0, ...mine.map(([, n]) => n)),
      jobs: mine.reduce((sum, [, n]) => sum + n, 0),
    };
  }

  /** The mail of the notifications of the reminders matching `where`, against the files in DATA_DIR/mail. */
  async mail(where: string, values: unknown[], dataDir: string): Promise<MailCounts> {
    const { rows } = await this.db.query<{ id: string; mail_status: string }>(
      `SELECT n.id, n.mail_status
         FROM reminder r JOIN notification n ON n.kind = 'reminder' AND n.subject_id = r.id
         JOIN app_user u ON u.id = n.user_id
        WHERE ${where} AND u.active AND u.mail_preference = 'immediate'`,
      values,
    );
    const files = mailFiles(dataDir);
    return {
      expected: rows.length,
      sent: rows.filter((row) => row.mail_status === 'sent').length,
      files: rows.filter((row) => files.has(`notification-${row.id}.eml`)).length,
    };
  }

  /** How many BullMQ jobs carry the reminders matching `where`, due or not. */
  async jobs(where: string, values: unknown[]): Promise<number> {
    const { rows } = await this.db.query<{ id: string }>(`SELECT r.id FROM reminder r WHERE ${where}`, values);
    const jobs = await this.jobsPerReminder();
    return rows.reduce((sum, row) => sum + (jobs.get(row.id) ?? 0), 0);
  }

  /** Per reminder id, how many BullMQ jobs carry it, in every state a job can be in. */
  async jobsPerReminder(): Promise<Map<string, number>> {
    const queue = new Queue<{ reminderId: string }>(QUEUE, {
      connection: { url: this.redisUrl, maxRetriesPerRequest: 1 },
      prefix: `${this.prefix}:bull`,
    });
    try {
      const jobs = await queue.getJobs(
        ['completed', 'failed', 'delayed', 'wait', 'active', 'prioritized', 'waiting-children'],
        0,
        -1,
      );
      const perReminder = new Map<string, number>();
      for (const job of jobs) {
        if (!job?.data?.reminderId) continue;
        perReminder.set(job.data.reminderId, (perReminder.get(job.data.reminderId) ?? 0) + 1);
      }
      return perReminder;
    } finally {
      await queue.close();
    }
  }
}

/** The e-mail files the worker wrote without SMTP (DATA_DIR/mail); a partial one is hidden until renamed. */
export function mailFiles(dataDir: string): Set<string> {
  const dir = join(dataDir, 'mail');
  if (!existsSync(dir)) return new Set();
  return new Set(readdirSync(dir).filter((name) => name.endsWith('.eml') && !name.startsWith('.')));
}

export interface MailCounts {
  /** Notifications of the reminders whose recipient wants each one mailed (the default preference). */
  expected: number;
  sent: number;
  /** Of those, how many have their file: `notification-<id>.eml`, one name per notification. */
  files: number;
}

export function report(scenario: string, counts: ReminderCounts, mail: MailCounts, extra = ''): void {
  process.stdout.write(
    `${scenario}${extra}: ${counts.due} due, ${counts.delivered} delivered, ${counts.notifications} notifications ` +
      `(${counts.lost} lost, ${counts.duplicates} told twice), ${counts.jobs} BullMQ jobs ` +
      `(at most ${counts.maxJobsPerReminder} per reminder), ${mail.sent} of ${mail.expected} e-mails sent, ` +
      `${mail.files} .eml files\n`,
  );
}
