import { Injectable } from '@nestjs/common';
import type { AgreementStatus, EscalationResponse, EscalationSummary, EscalationTransition } from '@sluitend/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { AGREEMENT_RELATIONS } from '../agreements/agreement.mapper';
import { AgreementEntity } from '../entities/agreement.entity';
import { DecisionEntity } from '../entities/decision.entity';
import { EscalationTransitionEntity } from '../entities/escalation-transition.entity';
import { EscalationEntity } from '../entities/escalation.entity';
import { LadderStepEntity } from '../entities/ladder-step.entity';
import {
  ESCALATION_RELATIONS,
  toEscalationRecord,
  toEscalationResponse,
  toEscalationSummary,
  type EscalationParts,
} from './escalation.mapper';
import { escalationNotFound } from './escalations.errors';

/**
 * Loads escalations as the API shows them. It decides nothing and logs nothing: callers have been granted
 * access (and have written the access-log event) before they ask.
 */
@Injectable()
export class EscalationViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One escalation with its history, ladder, decisions and agreements. */
  async response(
    id: string,
    available: (entity: EscalationEntity) => EscalationTransition[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EscalationResponse> {
    const entity = await manager.findOne(EscalationEntity, { where: { id }, relations: ESCALATION_RELATIONS });
    if (!entity) throw escalationNotFound(id);
    const parts = (await this.parts(manager, [id])).get(id) ?? emptyParts();
    return toEscalationResponse(entity, parts, this.clock.today(), available(entity));
  }

  /** Every escalation of a case, whole, oldest first: for the subject-access report. */
  async recordsForCase(caseId: string): Promise<Array<Omit<EscalationResponse, 'availableTransitions'>>> {
    const manager = this.dataSource.manager;
    const entities = await manager.find(EscalationEntity, {
      where: { caseId },
      relations: ESCALATION_RELATIONS,
      order: { createdAt: 'ASC' },
    });
    const parts = await this.parts(
      manager,
      entities.map((entity) => entity.id),
    );
    const today = this.clock.today();
    return entities.map((entity) => toEscalationRecord(entity, parts.get(entity.id) ?? emptyParts(), today));
  }

  /** Summaries in the order of `ids`; entities are loaded with the case and its municipality. */
  async summaries(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EscalationSummary[]> {
    if (ids.length === 0) return [];
    const entities = await manager.find(EscalationEntity, {
      where: { id: In([...ids]) },
      relations: { case: { municipality: true } },
    });
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const agreements: Array<{ escalationId: string; deadline: string; status: AgreementStatus }> = await manager.find(
      AgreementEntity,
      { where: { escalationId: In([...ids]) }, select: { escalationId: true, deadline: true, status: true } },
    );
    const today = this.clock.today();
    return ids.flatMap((id) => {
      const entity = byId.get(id);
      if (!entity) return [];
      return [
        toEscalationSummary(
          entity,
          agreements.filter((agreement) => agreement.escalationId === id),
          today,
        ),
      ];
    });
  }

  private async parts(manager: EntityManager, ids: string[]): Promise<Map<string, EscalationParts>> {
    const result = new Map<string, EscalationParts>(ids.map((id) => [id, emptyParts()]));
    if (ids.length === 0) return result;
    const where = { escalationId: In(ids) };
    const [history, ladder, decisions, agreements] = await Promise.all([
      manager.find(EscalationTransitionEntity, { where, relations: { by: true }, order: { at: 'ASC' } }),
      manager.find(LadderStepEntity, { where, relations: { by: true }, order: { at: 'ASC' } }),
      manager.find(DecisionEntity, { where, order: { createdAt: 'ASC' } }),
      manager.find(AgreementEntity, {
        where,
        relations: AGREEMENT_RELATIONS,
        order: { createdAt: 'ASC', deadline: 'ASC' },
      }),
    ]);
    for (const record of history) result.get(record.escalationId)?.history.push(record);
    for (const step of ladder) result.get(step.escalationId)?.ladder.push(step);
    for (const decision of decisions) result.get(decision.escalationId)?.decisions.push(decision);
    for (const agreement of agreements) result.get(agreement.escalationId)?.agreements.push(agreement);
    return result;
  }
}

function emptyParts(): EscalationParts {
  return { history: [], ladder: [], decisions: [], agreements: [] };
}
