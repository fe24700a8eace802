import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/time/clock';
import type { AuditEntry, AuditRecord } from './audit-entry';
import { auditHash } from './audit-hash';

/**
 * Writes access-log events. Called inside the transaction of the change it records, so both commit or
 * neither does; for reads, before the response is sent. A failure propagates: no audit, no answer.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly clock: Clock) {}

  async write(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // Outside a transaction every statement commits on its own, so the head's row lock would end with the
    // SELECT and two concurrent writers would claim the same sequence (one of them answered 500).
    if (!manager.queryRunner?.isTransactionActive) {
      return manager.transaction((transactional) => this.append(transactional, entry));
    }
    return this.append(manager, entry);
  }

  /** Several events of one change, in the order given. */
  async writeAll(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    for (const entry of entries) await this.write(manager, entry);
  }

  private async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // The head row's lock puts concurrent writers in one order; it is held until the caller commits,
    // which is why services write their audit event last in a transaction.
    const [head]: Array<{ sequence: string; hash: string }> = await manager.query(
      `SELECT sequence, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE`,
    );
    const actor = entry.actor;
    const record: AuditRecord = {
      sequence: Number(head.sequence) + 1,
      at: this.clock.now(),
      userId: actor?.id ?? null,
      organisationId: actor?.organisation.id ?? null,
      roles: actor?.roles ?? [],
      onBehalfOf: actor?.organisation.name ?? null,
      caseIds: [...new Set(entry.caseIds)],
      action: entry.action,
      resource: entry.resource,
      fields: entry.fields ?? [],
      ground: entry.ground,
      groundReference: entry.groundReference ?? null,
      reason: entry.reason ?? null,
      ip: actor?.origin.ip ?? entry.origin?.ip ?? null,
      sessionDigest: actor?.origin.sessionDigest ?? entry.origin?.sessionDigest ?? null,
      subjectId: entry.subjectId ?? null,
      previousHash: head.hash,
    };
    const hash = auditHash(record);
    await manager.query(
      `WITH inserted AS (
         INSERT INTO audit_event (sequence, at, user_id, organisation_id, roles, on_behalf_of, case_ids, action,
                                  resource, fields, ground, ground_reference, reason, ip, session_digest,
                                  previous_hash, hash, subject_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
         RETURNING sequence, hash)
       UPDATE audit_chain_head SET sequence = inserted.sequence, hash = inserted.hash FROM inserted WHERE id = 1`,
      [
        record.sequence,
        record.at,
        record.userId,
        record.organisationId,
        record.roles,
        record.onBehalfOf,
        record.caseIds,
        record.action,
        record.resource,
        record.fields,
        record.ground,
        record.groundReference,
        record.reason,
        record.ip,
        record.sessionDigest,
        record.previousHash,
        hash,
        record.subjectId,
      ],
    );
  }
}
