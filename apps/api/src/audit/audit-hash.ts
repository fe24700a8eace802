import { createHash } from 'node:crypto';
import type { AuditRecord } from './audit-entry';

export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 over a fixed-order JSON array of every stored value and the previous event's hash. An array, not an
 * object, so the digest cannot depend on key order; the writer and the verifier share this one function.
 */
export function auditHash(record: AuditRecord): string {
  const canonical = JSON.stringify([
    record.sequence,
    record.at.toISOString(),
    record.userId,
    record.organisationId,
    [...record.roles],
    record.onBehalfOf,
    [...record.caseIds],
    record.action,
    record.resource,
    [...record.fields],
    record.ground,
    record.groundReference,
    record.reason,
    record.ip,
    record.sessionDigest,
    record.previousHash,
    // Appended only when set, so the events written before the column existed keep their hashes.
    ...(record.subjectId === null ? [] : [record.subjectId]),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
