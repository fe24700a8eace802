import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { API_LOG_FILE, DEMO_JONGEREN, findPersonalData, recordedJongeren, type PersonalData } from './personal-data';

interface E2eGlobals {
  e2eServer?: ChildProcess;
  e2eWorker?: ChildProcess;
  e2eDatabase?: string;
  e2eDatabaseUrl?: string;
  e2eRunDir?: string;
}

const SERVER_URL = process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

async function stopProcess(server: ChildProcess, name: string): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<string>((done) => server.once('exit', (code, signal) => done(`${code}/${signal}`)));
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  server.kill('SIGTERM');
  const outcome = await exited;
  clearTimeout(timer);
  // A graceful shutdown ends by the re-raised SIGTERM (Nest's shutdown hooks) or with code 0.
  if (!['null/SIGTERM', '0/null'].includes(outcome)) {
    throw new Error(`${name} did not shut down gracefully on SIGTERM (exit ${outcome})`);
  }
}

/** Every jongere in the run's database, including those a test made and the demo seed. */
async function jongerenInDatabase(url: string): Promise<PersonalData[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{
      first_name: string;
      last_name: string;
      bsn: string | null;
      contact_phone: string | null;
      contact_email: string | null;
    }>('SELECT first_name, last_name, bsn, contact_phone, contact_email FROM case_file');
    return rows.map((row) => ({
      firstName: row.first_name,
      lastName: row.last_name,
      bsn: row.bsn,
      phone: row.contact_phone,
      email: row.contact_email,
      source: 'in the database',
    }));
  } finally {
    await client.end();
  }
}

/**
 * The run's database: the machine's, or the embedded one the API published in its data directory. Read while
 * the API still runs, as an embedded Postgres stops with it.
 */
function runDatabaseUrl(runDir: string | undefined, databaseUrl: string | undefined): string | undefined {
  if (databaseUrl) return databaseUrl;
  const published = runDir ? join(runDir, 'database-url') : undefined;
  return published && existsSync(published) ? readFileSync(published, 'utf8').trim() : undefined;
}

/** Logs must never hold personal data: the API's log of this run is checked once the server has stopped. */
async function checkApiLog(runDir: string, inDatabase: readonly PersonalData[]): Promise<void> {
  const found = [...DEMO_JONGEREN, ...recordedJongeren(runDir), ...inDatabase];
  // The database holds the demo jongeren and those the tests made as well: count each once.
  const people = [...new Map(found.map((p) => [`${p.firstName}|${p.lastName}|${p.bsn ?? ''}`, p])).values()];
  const logFile = join(runDir, API_LOG_FILE);
  const { lines, terms, findings } = findPersonalData(logFile, people);
  if (lines === 0) throw new Error(`the API's log ${logFile} is empty: the privacy check has nothing to check`);
  process.stdout.write(
    `\nPrivacy check of the API's log: ${lines} lines checked for ${terms} names, BSNs and contact details ` +
      `of ${people.length} jongeren: ${findings.length === 0 ? 'none found' : `${findings.length} lines hold some`}.\n`,
  );
  if (findings.length > 0) {
    throw new Error(
      `The API's log holds personal data of jongeren (log kept at ${logFile}):\n${findings.slice(0, 20).join('\n')}` +
        (findings.length > 20 ? `\n… and ${findings.length - 20} more lines` : ''),
    );
  }
}

/**
 * Stops the worker and the server, checks their log for personal data and drops the run's database. Each
 * step runs even when an earlier one failed; any failure fails the run (Jest exits non-zero).
 */
export default async function globalTeardown(): Promise<void> {
  const { e2eServer, e2eWorker, e2eDatabase, e2eDatabaseUrl, e2eRunDir } = globalThis as E2eGlobals;
  const failures: string[] = [];
  const attempt = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  };
  // Every jongere of the run, the demo's and the tests', from the database before anything stops.
  const inDatabase: PersonalData[] = [];
  const databaseUrl = runDatabaseUrl(e2eRunDir, e2eDatabaseUrl);
  if (databaseUrl) await attempt(async () => void inDatabase.push(...(await jongerenInDatabase(databaseUrl))));
  // The worker first: it uses the API's database, which is the embedded one when no Postgres answered.
  if (e2eWorker) await attempt(() => stopProcess(e2eWorker, 'the reminder worker'));
  if (e2eServer) await attempt(() => stopProcess(e2eServer, 'the API'));
  if (e2eRunDir) await attempt(() => checkApiLog(e2eRunDir, inDatabase));
  if (e2eDatabase) {
    await attempt(async () => {
      const client = new Client({ connectionString: SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${e2eDatabase}" WITH (FORCE)`);
      await client.end();
    });
  }
  if (failures.length > 0) throw new Error(failures.join('\n\n'));
  // Kept when anything failed (or when asked for), to look into; otherwise nothing of the run stays behind.
  if (!e2eRunDir) return;
  if (process.env['E2E_KEEP_RUN_DIR']) process.stdout.write(`The run's directory is kept at ${e2eRunDir}\n`);
  else rmSync(e2eRunDir, { recursive: true, force: true });
}
