import type { EntityManager } from 'typeorm';
import { ErasureRecordEntity } from './entities/erasure-record.entity';

const COUNTED = {
  toekomstplanVersions: 'toekomstplan_version',
  planActions: 'plan_action',
  teamMembers: 'case_team_member',
  networkMembers: 'case_network_member',
  timelineEvents: 'case_event',
  consents: 'consent',
  emergencyAccesses: 'emergency_access',
} as const;

/**
 * Removes a case with everything that hangs from it (foreign keys cascade) and leaves an erasure record with
 * row counts only. Shared by erasure on request and by the retention term, so both account the same way.
 */
export async function eraseCase(
  manager: EntityManager,
  erasure: { caseId: string; kind: 'request' | 'retention'; reason: string; erasedBy: string | null; at: Date },
): Promise<ErasureRecordEntity> {
  const removed: Record<string, number> = {};
  for (const [label, table] of Object.entries(COUNTED)) {
    const [row] = await manager.query(`SELECT COUNT(*) AS n FROM "${table}" WHERE case_id = $1`, [erasure.caseId]);
    removed[label] = Number(row.n);
  }
  await manager.query(`DELETE FROM case_file WHERE id = $1`, [erasure.caseId]);
  return manager.save(
    manager.create(ErasureRecordEntity, {
      caseId: erasure.caseId,
      kind: erasure.kind,
      reason: erasure.reason,
      erasedBy: erasure.erasedBy,
      erasedAt: erasure.at,
      removed,
    }),
  );
}
