import type { AccessGround, AuditAction, Role } from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
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

export interface ChainWalk {
  checked: number;
  /** The first event that breaks the chain (edited, missing, out of order), or null. */
  brokenAt: number | null;
  /** The last sequence and hash the walk reached intact. */
  lastSequence: number;
  lastHash: string;
}

/**
 * Recomputes the chain from the event after `from` onwards, every stored event, in batches. An edited row
 * breaks its own hash; a removed or inserted row breaks the link or the numbering. `until` bounds the walk
 * where later events may be committing meanwhile.
 */
export async function walkChain(
  manager: EntityManager,
  from: { sequence: number; hash: string },
  until: number | null = null,
): Promise<ChainWalk> {
  let expectedSequence = from.sequence + 1;
  let previousHash = from.hash;
  let checked = 0;
  const walk = (brokenAt: number | null): ChainWalk => ({
    checked,
    brokenAt,
    lastSequence: expectedSequence - 1,
    lastHash: previousHash,
  });
  for (;;) {
    const rows: StoredEvent[] = await manager.query(
      `SELECT * FROM audit_event WHERE sequence >= $1 AND ($3::bigint IS NULL OR sequence <= $3)
       ORDER BY sequence LIMIT $2`,
      [expectedSequence, BATCH, until],
    );
    for (const row of rows) {
      const sequence = Number(row.sequence);
      if (sequence !== expectedSequence || row.previous_hash !== previousHash) return walk(expectedSequence);
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
      if (recomputed !== row.hash) return walk(sequence);
      checked += 1;
      previousHash = row.hash;
      expectedSequence += 1;
    }
    if (rows.length < BATCH) break;
  }
  return walk(null);
}

export interface HeadRow {
  sequence: string;
  hash: string;
  pruned_through: string;
  pruned_hash: string;
  chain_id: string;
  checkpoint_number: string;
  checkpoint_digest: string | null;
}

export const HEAD_QUERY = `SELECT sequence, hash, pruned_through, pruned_hash, chain_id, checkpoint_number, checkpoint_digest FROM audit_chain_head WHERE id = 1`;

export function headState(row: HeadRow) {
  return {
    sequence: Number(row.sequence),
    hash: row.hash,
    prunedThrough: Number(row.pruned_through),
    prunedHash: row.pruned_hash,
    chainId: row.chain_id,
    checkpointNumber: Number(row.checkpoint_number),
    checkpointDigest: row.checkpoint_digest,
  };
}
