import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { GENESIS_HASH } from '../audit-hash';

/** Names the format inside every signed payload, so a signature over anything else never verifies as one. */
const FORMAT = 'sluitend-audit-checkpoint-v1';

/** What a checkpoint attests: the chain's head at a moment, and the checkpoint before it. */
export interface CheckpointBody {
  /** The database's chain (`audit_chain_head.chain_id`): checkpoints of another database never pass for its. */
  chainId: string;
  /** 1 for the first checkpoint, one more for each next. */
  number: number;
  /** The head's sequence and hash in audit_chain_head when it was signed. */
  sequence: number;
  hash: string;
  /** ISO 8601, UTC. */
  at: string;
  /** The digest of the previous checkpoint (GENESIS_HASH for the first): the checkpoint file is a chain too. */
  previous: string;
  /** Which key signed it: the first 16 hex digits of SHA-256 over the public key (SPKI, DER). */
  keyId: string;
}

export interface SignedCheckpoint extends CheckpointBody {
  /** Ed25519 over the payload, base64. */
  signature: string;
}

export const FIRST_PREVIOUS = GENESIS_HASH;

/** A fixed-order array, not an object, so the signed bytes cannot depend on key order. */
function payload(body: CheckpointBody): Buffer {
  return Buffer.from(
    JSON.stringify([FORMAT, body.chainId, body.number, body.sequence, body.hash, body.at, body.previous, body.keyId]),
    'utf8',
  );
}

export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

export function signCheckpoint(body: Omit<CheckpointBody, 'keyId'>, privateKey: KeyObject): SignedCheckpoint {
  const complete: CheckpointBody = { ...body, keyId: keyIdOf(privateKey) };
  // Ed25519 hashes internally: node:crypto takes no digest name for it.
  return { ...complete, signature: sign(null, payload(complete), privateKey).toString('base64') };
}

/** True only for a checkpoint signed by this very key over exactly these values. */
export function hasValidSignature(checkpoint: SignedCheckpoint, key: KeyObject): boolean {
  if (checkpoint.keyId !== keyIdOf(key)) return false;
  try {
    return verify(null, payload(checkpoint), key, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}

/** What the next checkpoint names as `previous`: it covers the signature, so the newest signature vouches for all. */
export function checkpointDigest(checkpoint: SignedCheckpoint): string {
  return createHash('sha256').update(payload(checkpoint)).update(checkpoint.signature, 'utf8').digest('hex');
}
