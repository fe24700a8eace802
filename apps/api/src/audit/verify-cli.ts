import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { dataSourceOptions } from '../database/data-source-options';
import { AuditChainVerifier } from './audit-chain-verifier';

/**
 * `npm run audit:verify`: recomputes the access log's hash chain straight from the database, outside the
 * running application, and exits 1 when it is broken. Like the TypeORM CLI it reads DATABASE_URL itself.
 */
async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/sluitend';
  const dataSource = await new DataSource({ ...dataSourceOptions(url), migrationsRun: false }).initialize();
  try {
    const result = await new AuditChainVerifier(dataSource, new Clock()).verify();
    process.stdout.write(
      result.valid
        ? `Access log intact: ${result.checkedEvents} events verified.\n`
        : `Access log BROKEN at event ${result.firstBrokenSequence} (${result.checkedEvents} events before it verified).\n`,
    );
    process.exitCode = result.valid ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`audit:verify failed: ${error.message}\n`);
  process.exitCode = 2;
});
