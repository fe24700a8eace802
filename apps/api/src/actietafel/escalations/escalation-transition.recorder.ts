import type { EscalationState, EscalationTransition } from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { EscalationTransitionEntity } from '../entities/escalation-transition.entity';
import { EscalationEntity } from '../entities/escalation.entity';

export interface RecordedTransition {
  escalation: Pick<EscalationEntity, 'id' | 'state' | 'version'>;
  transition: EscalationTransition;
  to: EscalationState;
  by: AuthenticatedUser | { id: string };
  at: Date;
  why: string | null;
  /** Further columns that change with the state (submittedAt, triagedAt, sessionId, outcome, …). */
  changes?: Partial<EscalationEntity>;
}

/**
 * Applies a transition the domain state machine has allowed: the new state and the record of who, when and
 * why, in the caller's transaction. The update matches the version it was judged on, so of two concurrent
 * transitions exactly one wins; the other gets `false` and must answer 409.
 */
export async function recordEscalationTransition(manager: EntityManager, step: RecordedTransition): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(EscalationEntity)
    .set({
      ...step.changes,
      state: step.to,
      stateSince: step.at,
      version: () => 'version + 1',
    })
    .where('id = :id AND version = :version', { id: step.escalation.id, version: step.escalation.version })
    .execute();
  if (result.affected !== 1) return false;
  await manager.insert(EscalationTransitionEntity, {
    escalationId: step.escalation.id,
    transition: step.transition,
    fromState: step.escalation.state,
    toState: step.to,
    byUserId: step.by.id,
    at: step.at,
    why: step.why,
  });
  return true;
}
