import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { CheckpointSink, CheckpointStore } from './checkpoint-sink';
import { FileCheckpointStore } from './file-checkpoint-store';
import { loadSigningKey } from './signing-key';
import { SyslogCheckpointSink } from './syslog-checkpoint-sink';

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

/** Serialises checkpoint writers (exclusive) against verifiers reading the record and the file (shared). */
export const ANCHOR_LOCK_SQL = `hashtext('sluitend:audit-checkpoint')`;

export interface AnchorConfig {
  DATA_DIR: string;
  AUDIT_SIGNING_KEY?: string;
  AUDIT_CHECKPOINT_FILE?: string;
  AUDIT_CHECKPOINT_SYSLOG?: string;
}

/**
 * Where the access log is anchored outside the database: the key that signs checkpoints, the store they are
 * read back from, and further sinks that receive a copy (a syslog server).
 */
export class CheckpointAnchor {
  constructor(
    readonly store: CheckpointStore,
    readonly key: KeyObject | null,
    readonly copies: readonly CheckpointSink[] = [],
  ) {}

  /** `create`: the API generates a missing key file; a verifier from outside never does. */
  static fromConfig(config: AnchorConfig, options: { create: boolean }): CheckpointAnchor {
    const store = new FileCheckpointStore(config.AUDIT_CHECKPOINT_FILE ?? join(config.DATA_DIR, CHECKPOINT_FILE));
    const copies = config.AUDIT_CHECKPOINT_SYSLOG ? [new SyslogCheckpointSink(config.AUDIT_CHECKPOINT_SYSLOG)] : [];
    return new CheckpointAnchor(store, loadSigningKey(config, options), copies);
  }
}
