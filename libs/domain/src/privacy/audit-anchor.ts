/**
 * How the access log's chain compares with the newest signed checkpoint kept outside the database.
 * - anchored: the chain holds the event the checkpoint signed, and reaches at least that far;
 * - not-anchored-yet: no checkpoint was ever written, nor recorded by the database;
 * - missing-tail: the chain ends before the checkpoint's event, or holds another event there;
 * - invalid-signature: the newest checkpoint was altered, or signed by another key;
 * - other-database: the checkpoints are of another database's chain;
 * - checkpoints-missing: the file holds fewer checkpoints than the database recorded as written, or is gone;
 * - checkpoints-damaged: a torn or unreadable line, a gap, a broken link, or a recorded checkpoint replaced;
 * - key-unavailable: there is no key to check the signature with.
 */
export const AUDIT_ANCHOR_STATUSES = [
  'anchored',
  'not-anchored-yet',
  'missing-tail',
  'invalid-signature',
  'other-database',
  'checkpoints-missing',
  'checkpoints-damaged',
  'key-unavailable',
] as const;
export type AuditAnchorStatus = (typeof AUDIT_ANCHOR_STATUSES)[number];

/** Only these leave the access log intact; every other status is a finding for the privacy officer. */
export function isAnchorIntact(status: AuditAnchorStatus): boolean {
  return status === 'anchored' || status === 'not-anchored-yet';
}
