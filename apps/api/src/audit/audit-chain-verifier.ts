import { Injectable } from '@nestjs/common';
import type { AccessGround, AuditAction, AuditChainVerification, Role } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { auditHash } from './audit-hash';

interface StoredEvent {
  sequence: string;
  at: Date;
  user_id: string | null;
  organisation_id: string | null;
  roles: Role[];
  on_behalf_of: string | null;
  case_ids: string[];
  action: AuditAction;
  resource: string;
  fields: string[];
  ground: AccessGround;
  ground_reference: string | null;
  reason: string | null;
  ip: string | null;
  session_digest: string | null;
  subject_id: string | null;
  previous_hash: string;
  hash: string;
}

const BATCH = 2000;

/**
 * Recomputes the chain from the oldest kept event to the head. An edited row breaks its own hash; a removed
 * or inserted row breaks the link or the numbering; a removed tail no longer reaches the head.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async verify(): Promise<AuditChainVerification> {
    const [head]: Array<{ sequence: string; hash: string; pruned_through: string; pruned_hash: string }> =
      await this.dataSource.query(`SELECT sequence, hash, pruned_through, pruned_hash FROM audit_chain_head`);
    let expectedSequence = Number(head.pruned_through) + 1;
    let previousHash = head.pruned_hash;
    let checked = 0;
    const result = (brokenAt: number | null): AuditChainVerification => ({
      valid: brokenAt === null,
      checkedEvents: checked,
      firstBrokenSequence: brokenAt,
      verifiedAt: this.clock.now().toISOString(),
    });
    for (;;) {
      const rows: StoredEvent[] = await this.dataSource.query(
        `SELECT * FROM audit_event WHERE sequence >= $1 ORDER BY sequence LIMIT $2`,
        [expectedSequence, BATCH],
      );
      for (const row of rows) {
        const sequence = Number(row.sequence);
        if (sequence !== expectedSequence || row.previous_hash !== previousHash) return result(expectedSequence);
        const recomputed = auditHash({
          sequence,
          at: row.at,
          userId: row.user_id,
          organisationId: row.organisation_id,
          roles: row.roles,
          onBehalfOf: row.on_behalf_of,
          caseIds: row.case_ids,
          action: row.action,
          resource: row.resource,
          fields: row.fields,
          ground: row.ground,
          groundReference: row.ground_reference,
          reason: row.reason,
          ip: row.ip,
          sessionDigest: row.session_digest,
          subjectId: row.subject_id,
          previousHash: row.previous_hash,
        });
        if (recomputed !== row.hash) return result(sequence);
        checked += 1;
        previousHash = row.hash;
        expectedSequence += 1;
      }
      if (rows.length < BATCH) break;
    }
    const headSequence = Number(head.sequence);
    if (expectedSequence - 1 !== headSequence || previousHash !== head.hash) {
      return result(Math.min(expectedSequence, headSequence));
    }
    return result(null);
  }
}
