import { Client } from 'pg';

/** The machine's Postgres, or what the global set-up put in TEST_POSTGRES_URL (an embedded one). */
export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  url: string;
  /** The administrative connection string of the server the database lives on. */
  serverUrl: string;
  name: string;
  drop: () => Promise<void>;
}

export async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh database per test file, dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_POSTGRES_URL'] ?? DEFAULT_TEST_POSTGRES_URL;
  const name = `sluitend_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    serverUrl,
    name,
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
