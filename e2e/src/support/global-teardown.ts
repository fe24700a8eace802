import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const { e2eServer, e2eDatabase } = globalThis as { e2eServer?: ChildProcess; e2eDatabase?: string };
  if (e2eServer && e2eServer.exitCode === null) {
    const exited = new Promise((done) => e2eServer.once('exit', done));
    e2eServer.kill('SIGTERM');
    await exited;
  }
  if (e2eDatabase) {
    const client = new Client({
      connectionString: process.env['TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test',
    });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${e2eDatabase}" WITH (FORCE)`);
    await client.end();
  }
}
