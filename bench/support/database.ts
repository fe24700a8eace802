import { Client } from 'pg';
import { say } from './api';

/**
 * The bench's own database: dropped and created fresh, or kept as it is with `reuse` (generating 100,000
 * cases takes minutes). Returns the server's version, which every bench prints beside its figures.
 */
export async function prepareDatabase(postgresUrl: string, database: string, reuse: boolean): Promise<string> {
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount === 1;
    if (!(reuse && exists)) {
      say(`Creating database ${database} (dropping any old one) ...`);
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${database}"`);
    } else {
      say(`Reusing database ${database}.`);
    }
    const { rows } = await admin.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
    return rows[0].version;
  } finally {
    await admin.end();
  }
}
