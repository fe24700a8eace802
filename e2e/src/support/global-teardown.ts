import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const { e2eServer, e2eDatabase } = globalThis as { e2eServer?: ChildProcess; e2eDatabase?: string };
  if (e2eServer && e2eServer.exitCode === null) {
    const exited = new Promise<string>((done) => e2eServer.once('exit', (code, signal) => done(`${code}/${signal}`)));
    const timer = setTimeout(() => e2eServer.kill('SIGKILL'), 10_000);
    e2eServer.kill('SIGTERM');
    const outcome = await exited;
    clearTimeout(timer);
    // A graceful shutdown ends by the re-raised SIGTERM (Nest's shutdown hooks) or with code 0.
    if (!['null/SIGTERM', '0/null'].includes(outcome)) {
      throw new Error(`the API did not shut down gracefully on SIGTERM (exit ${outcome})`);
    }
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
