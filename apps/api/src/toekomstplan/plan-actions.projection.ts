import { planActions, type ToekomstplanContent } from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import { PlanActionEntity } from './entities/plan-action.entity';

/** Rewrites the case's rows in plan_action from a newly saved version, in the same transaction. */
export async function projectPlanActions(
  manager: EntityManager,
  caseId: string,
  version: number,
  content: ToekomstplanContent,
): Promise<void> {
  await manager.delete(PlanActionEntity, { caseId });
  const rows = planActions(content).map(({ goal, domain, action }) => ({
    caseId,
    actionId: action.id,
    domain,
    goalDescription: goal.description,
    description: action.description,
    ownerUserId: action.owner.userId,
    ownerOrganisationId: action.owner.organisationId,
    deadline: action.deadline,
    status: action.status,
    planVersion: version,
  }));
  if (rows.length > 0) await manager.insert(PlanActionEntity, rows);
}
