import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../runtime/embedded-postgres';
import { DEFAULT_TEST_POSTGRES_URL, reachable } from './test-database';

/**
 * Runs once before the integration tests: uses the machine's Postgres when it answers,
 * otherwise starts an embedded one for the whole run (workers inherit the URL).
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env['TEST_POSTGRES_URL'] ?? DEFAULT_TEST_POSTGRES_URL;
  if (await reachable(serverUrl)) {
    process.env['TEST_POSTGRES_URL'] = serverUrl;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sluitend-pg-'));
  const embedded = await startEmbeddedPostgres(dir, (line) => process.stdout.write(`${line}\n`));
  process.env['TEST_POSTGRES_URL'] = embedded.url.replace(/\/sluitend$/, '/postgres');
  (globalThis as { stopEmbeddedPostgres?: () => Promise<void> }).stopEmbeddedPostgres = embedded.stop;
}
