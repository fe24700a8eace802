import type { CheckpointLog } from './checkpoint-log';
import type { SignedCheckpoint } from './checkpoint';

/**
 * Somewhere a signed checkpoint is written so that whoever administers the database cannot rewrite it: an
 * append-only file on another volume, a syslog server, an object store with a retention lock. `append` must
 * not return before the checkpoint is durable there; a failure must throw, so no checkpoint is recorded as
 * written that is not.
 */
export interface CheckpointSink {
  /** Where it writes, for logs: never a secret. */
  readonly description: string;
  append(checkpoint: SignedCheckpoint): Promise<void>;
}

/** A sink that can also hand everything back for verification. Exactly one store is configured: the file. */
export interface CheckpointStore extends CheckpointSink {
  /** Null when the store does not exist at all (never written, or removed). */
  read(): Promise<CheckpointLog | null>;
}
