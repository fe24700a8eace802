import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNING_KEY_FILE = 'audit-signing-key.pem';

export class SigningKeyError extends Error {}

/** Env values often carry a PEM on one line with literal `\n`s. */
function parsePem(pem: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.replace(/\\n/g, '\n'));
  } catch {
    throw new SigningKeyError(`${source} is not a private key in PEM`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`${source} must be an Ed25519 key`);
  return key;
}

export function parseSigningKey(pem: string): KeyObject {
  return parsePem(pem, 'AUDIT_SIGNING_KEY');
}

/**
 * The key that signs checkpoints, never stored in the database: AUDIT_SIGNING_KEY when set (production, from
 * a secret store), else DATA_DIR/audit-signing-key.pem. With `create` a missing file is generated (0600,
 * exclusively, so two starting instances keep one key); without it a missing key is null, for verifiers.
 */
export function loadSigningKey(
  config: { AUDIT_SIGNING_KEY?: string; DATA_DIR: string },
  options: { create: boolean },
): KeyObject | null {
  if (config.AUDIT_SIGNING_KEY) return parseSigningKey(config.AUDIT_SIGNING_KEY);
  const path = join(config.DATA_DIR, SIGNING_KEY_FILE);
  const read = (): KeyObject | null => {
    try {
      return parsePem(readFileSync(path, 'utf8'), path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  const existing = read();
  if (existing || !options.create) return existing;
  mkdirSync(config.DATA_DIR, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return read();
}
