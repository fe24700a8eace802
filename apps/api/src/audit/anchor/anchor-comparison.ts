import type { KeyObject } from 'node:crypto';
import type { AuditAnchorStatus, AuditAnchorVerification } from '@sluitend/domain';
import { checkpointDigest, hasValidSignature, type SignedCheckpoint } from './checkpoint';
import type { CheckpointLog } from './checkpoint-log';

/** What the database says about the chain's ends and the checkpoints it saw written. */
export interface ChainHeadState {
  sequence: number;
  hash: string;
  prunedThrough: number;
  prunedHash: string;
  /** This database's chain, which every checkpoint of it names. */
  chainId: string;
  checkpointNumber: number;
  checkpointDigest: string | null;
}

export interface AnchorComparison {
  verification: AuditAnchorVerification;
  /** The first event the checkpoint proves existed that the chain no longer holds as signed, or null. */
  firstMissingSequence: number | null;
}

/**
 * Whether the stored checkpoints can be trusted as a whole, before comparing the chain with the newest. The
 * database's record of the newest checkpoint written must be in the file: a file shortened or replaced by
 * whoever administers it shows there, as a chain wound back by the database's administrators shows against
 * the file. The record may lag the file by a checkpoint whose commit failed after it reached the file.
 */
export function checkpointLogProblem(
  head: Pick<ChainHeadState, 'checkpointNumber' | 'checkpointDigest'>,
  log: CheckpointLog | null,
): AuditAnchorStatus | null {
  const checkpoints = log?.checkpoints ?? [];
  if (log?.damage) return 'checkpoints-damaged';
  if (head.checkpointNumber > checkpoints.length) return 'checkpoints-missing';
  if (head.checkpointNumber > 0) {
    const recorded = checkpoints[head.checkpointNumber - 1];
    if (checkpointDigest(recorded) !== head.checkpointDigest) return 'checkpoints-damaged';
  }
  return null;
}

/**
 * Does the chain still reach the newest checkpoint? `eventHash` is the hash of the stored event at that
 * checkpoint's sequence (null if there is none). Events pruned by the retention term are gone legitimately:
 * a checkpoint at or below `prunedThrough` is compared with the pruned hash where it can be, else trusted.
 */
export function compareWithAnchor(input: {
  head: ChainHeadState;
  log: CheckpointLog | null;
  key: KeyObject | null;
  eventHash: string | null;
}): AnchorComparison {
  const { head, log, key, eventHash } = input;
  const newest: SignedCheckpoint | undefined = log?.checkpoints.at(-1);
  const result = (status: AuditAnchorStatus, firstMissingSequence: number | null = null): AnchorComparison => ({
    verification: {
      status,
      checkpointNumber: newest?.number ?? null,
      checkpointSequence: newest?.sequence ?? null,
      checkpointAt: newest?.at ?? null,
      recordedCheckpoints: head.checkpointNumber,
      headSequence: head.sequence,
    },
    firstMissingSequence,
  });
  // The newest signature first: a checkpoint altered or forged is named as such, not as a mere mismatch.
  if (newest && !log?.damage) {
    if (!key) return result('key-unavailable');
    if (!hasValidSignature(newest, key)) return result('invalid-signature');
    if (newest.chainId !== head.chainId) return result('other-database');
  }
  const problem = checkpointLogProblem(head, log);
  if (problem) return result(problem);
  if (!newest) return result('not-anchored-yet');
  if (head.sequence < newest.sequence) return result('missing-tail', head.sequence + 1);
  if (newest.sequence === 0) return result('anchored');
  const expected =
    newest.sequence > head.prunedThrough
      ? eventHash
      : head.prunedThrough === newest.sequence
        ? head.prunedHash
        : newest.hash;
  if (expected !== newest.hash) return result('missing-tail', newest.sequence);
  return result('anchored');
}
