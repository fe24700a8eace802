import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** The header of draft-ietf-httpapi-idempotency-key-header. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Long enough for any UUID, ULID or hash a client may use; short enough to refuse junk. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/** How long a key and its first response are kept (the draft leaves it to the server; a day covers any retry). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export type ParsedKey = { key: string } | { problem: string };

/**
 * The draft makes the value a Structured Field string (`"8e03978e-…"`); many clients send it bare. Both are taken:
 * a quoted string of printable ASCII (with `\"` and `\\` escapes) or a bare run of visible ASCII. Anything else —
 * empty, too long, control characters, non-ASCII, two values — is refused, never guessed at.
 */
export function parseIdempotencyKey(raw: string | string[]): ParsedKey {
  if (Array.isArray(raw)) return { problem: 'Idempotency-Key must be sent once' };
  const value = raw.trim();
  let key: string;
  if (value.startsWith('"')) {
    const match = /^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$/.exec(value);
    if (!match) return { problem: 'Idempotency-Key must be a quoted string of printable ASCII characters' };
    key = match[1].replace(/\\(["\\])/g, '$1');
  } else {
    if (!/^[\x21-\x7e]*$/.test(value)) {
      return { problem: 'Idempotency-Key must consist of printable ASCII characters without spaces' };
    }
    key = value;
  }
  if (key.length === 0) return { problem: 'Idempotency-Key must not be empty' };
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    return { problem: `Idempotency-Key must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters` };
  }
  return { key };
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The key as stored: a digest, so the table alone cannot open the responses it keeps (see `sealResponse`). */
export const keyDigest = (key: string): string => sha256(`idempotency-key\n${key}`);

/** Objects with their keys sorted, so a client that serialises the same body in another order still matches. */
function canonicalJson(body: unknown): string {
  return (
    JSON.stringify(body ?? null, (_name, value: unknown) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
    ) ?? 'null'
  );
}

/** What makes two requests "the same request": method, path with query, and body. */
export function requestFingerprint(method: string, url: string, body: unknown): string {
  return sha256(`${method.toUpperCase()} ${url}\n${canonicalJson(body)}`);
}

/**
 * A stored response holds what the request created — a jongere's name, a BSN — for a day. It is encrypted
 * (AES-256-GCM) under a key derived from the Idempotency-Key, which the table keeps only as a digest: a copy of
 * the database does not show these copies, and only the client that sent the key can have the response replayed.
 */
function cipherKey(key: string, userId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, userId, 'sluitend idempotency response', 32));
}

export function sealResponse(body: string, key: string, userId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cipherKey(key, userId), iv);
  const sealed = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

export function openResponse(sealed: string, key: string, userId: string): string {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', cipherKey(key, userId), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
