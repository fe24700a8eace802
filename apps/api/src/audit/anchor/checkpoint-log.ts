import { checkpointDigest, FIRST_PREVIOUS, type SignedCheckpoint } from './checkpoint';

/** The checkpoints read back from a store, oldest first, and the first thing wrong with them, if any. */
export interface CheckpointLog {
  checkpoints: SignedCheckpoint[];
  /** Why the log cannot be trusted as a whole (a torn or unreadable line, a gap, a broken link), or null. */
  damage: string | null;
}

const HEX64 = /^[0-9a-f]{64}$/;

function isCheckpoint(value: unknown): value is SignedCheckpoint {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c['chainId'] === 'string' &&
    Number.isSafeInteger(c['number']) &&
    Number.isSafeInteger(c['sequence']) &&
    typeof c['hash'] === 'string' &&
    HEX64.test(c['hash']) &&
    typeof c['at'] === 'string' &&
    typeof c['previous'] === 'string' &&
    HEX64.test(c['previous']) &&
    typeof c['keyId'] === 'string' &&
    typeof c['signature'] === 'string'
  );
}

/** One JSON object per line, each ending in a newline; a last line without one is a torn write. */
export function formatCheckpointLine(checkpoint: SignedCheckpoint): string {
  const { chainId, number, sequence, hash, at, previous, keyId, signature } = checkpoint;
  return `${JSON.stringify({ chainId, number, sequence, hash, at, previous, keyId, signature })}\n`;
}

/**
 * Reads a JSON-lines checkpoint file and checks it is one chain: numbered 1, 2, 3, … and each naming the
 * digest of the one before. Signatures are not checked here: the newest one's covers all earlier ones.
 */
export function parseCheckpointLog(text: string): CheckpointLog {
  const checkpoints: SignedCheckpoint[] = [];
  if (text === '') return { checkpoints, damage: null };
  const lines = text.split('\n');
  const torn = lines.pop() !== '';
  for (const [index, line] of lines.entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    const lineNumber = index + 1;
    if (!isCheckpoint(parsed)) return { checkpoints, damage: `line ${lineNumber} is not a checkpoint` };
    const previous = checkpoints.at(-1);
    if (parsed.number !== checkpoints.length + 1) {
      return { checkpoints, damage: `line ${lineNumber} holds checkpoint ${parsed.number}, not ${lineNumber}` };
    }
    if (parsed.previous !== (previous ? checkpointDigest(previous) : FIRST_PREVIOUS)) {
      return { checkpoints, damage: `checkpoint ${parsed.number} does not follow from the one before` };
    }
    checkpoints.push(parsed);
  }
  if (torn) return { checkpoints, damage: `the last line after checkpoint ${checkpoints.length} is incomplete` };
  return { checkpoints, damage: null };
}
