import 'reflect-metadata';
import type { AuditChainVerification } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { CheckpointAnchor } from './anchor/checkpoint-anchor';
import { AuditChainVerifier } from './audit-chain-verifier';

/** One line per outcome; the anchor's part names the newest checkpoint the chain was compared with. */
export function describeVerification(result: AuditChainVerification): string {
  const { anchor } = result;
  const checkpoint =
    anchor.checkpointNumber === null
      ? 'no checkpoint'
      : `checkpoint ${anchor.checkpointNumber} (event ${anchor.checkpointSequence}, ${anchor.checkpointAt})`;
  const anchorLine = {
    anchored: `Anchored: the chain reaches ${checkpoint}.`,
    'not-anchored-yet': 'Not anchored yet: no checkpoint has been written.',
    'missing-tail': `MISSING TAIL: ${checkpoint} signed events the chain no longer holds (head ${anchor.headSequence}).`,
    'invalid-signature': `INVALID SIGNATURE on ${checkpoint}.`,
    'other-database': `OTHER DATABASE: ${checkpoint} belongs to another database's access log.`,
    'checkpoints-missing': `CHECKPOINTS MISSING: the database records ${anchor.recordedCheckpoints}, the file holds fewer (newest: ${checkpoint}).`,
    'checkpoints-damaged': `CHECKPOINT FILE DAMAGED after ${checkpoint}.`,
    'key-unavailable': `NO SIGNING KEY to check ${checkpoint} with (AUDIT_SIGNING_KEY or DATA_DIR).`,
  }[anchor.status];
  const chainLine =
    result.firstBrokenSequence === null
      ? `Hash chain unbroken: ${result.checkedEvents} events verified.`
      : `Access log BROKEN at event ${result.firstBrokenSequence} (${result.checkedEvents} events verified).`;
  return `${chainLine}\n${anchorLine}\n${result.valid ? 'Access log intact.' : 'Access log NOT intact.'}\n`;
}

/**
 * `npm run audit:verify`: recomputes the access log's hash chain straight from the database, outside the
 * running application, compares it with the newest signed checkpoint, and exits 1 when either fails. It reads
 * the environment as the API does (DATABASE_URL, DATA_DIR, AUDIT_SIGNING_KEY, AUDIT_CHECKPOINT_FILE), and
 * never creates a key.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const url = config.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sluitend';
  const anchor = CheckpointAnchor.fromConfig(config, { create: false });
  const dataSource = await new DataSource({ ...dataSourceOptions(url), migrationsRun: false }).initialize();
  try {
    const result = await new AuditChainVerifier(dataSource, new Clock(), anchor).verify();
    process.stdout.write(describeVerification(result));
    process.exitCode = result.valid ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`audit:verify failed: ${error.message}\n`);
    process.exitCode = 2;
  });
}
