import {
  isAgreementOverdue,
  type AgreementStatus,
  type AttachedPlanVersion,
  type EscalationRequestContent,
  type EscalationResponse,
  type EscalationSummary,
  type EscalationTransition,
} from '@sluitend/domain';
import { toAgreementResponse, toDecisionResponse } from '../agreements/agreement.mapper';
import type { AgreementEntity } from '../entities/agreement.entity';
import type { DecisionEntity } from '../entities/decision.entity';
import type { EscalationTransitionEntity } from '../entities/escalation-transition.entity';
import type { EscalationEntity } from '../entities/escalation.entity';
import type { LadderStepEntity } from '../entities/ladder-step.entity';
import { toEscalationSubject } from './escalation-subject';

/** Relations of EscalationEntity that the mappers read. */
export const ESCALATION_RELATIONS = { case: { municipality: true }, creator: true, planVersion: true } as const;

/** What belongs to an escalation besides its own row, each loaded with the relations its mapper reads. */
export interface EscalationParts {
  /** With `by`, oldest first. */
  history: EscalationTransitionEntity[];
  /** With `by`, oldest first. */
  ladder: LadderStepEntity[];
  decisions: DecisionEntity[];
  /** With AGREEMENT_RELATIONS. */
  agreements: AgreementEntity[];
}

/** The request as the case team saved it. */
export function toEscalationRequestContent(entity: EscalationEntity): EscalationRequestContent {
  return {
    reasonCode: entity.reasonCode,
    reasonText: entity.reasonText,
    whatWasTried: entity.whatWasTried,
    question: entity.question,
    urgency: entity.urgency,
    sectorsNeeded: entity.sectorsNeeded,
  };
}

/** Expects `planVersion` to be loaded. */
export function toAttachedPlan(entity: EscalationEntity): AttachedPlanVersion | null {
  return entity.planVersion
    ? { number: entity.planVersion.number, createdAt: entity.planVersion.createdAt.toISOString() }
    : null;
}

const person = (userId: string, user: { name: string } | null | undefined) => ({ userId, name: user?.name ?? '' });

/** The whole escalation without what the reader may do with it (the subject-access report leaves that out). */
export function toEscalationRecord(
  entity: EscalationEntity,
  parts: EscalationParts,
  today: string,
): Omit<EscalationResponse, 'availableTransitions'> {
  return {
    id: entity.id,
    caseId: entity.caseId,
    subject: toEscalationSubject(entity.case),
    state: entity.state,
    version: entity.version,
    request: toEscalationRequestContent(entity),
    ladderLevel: entity.ladderLevel,
    ladder: parts.ladder.map((step) => ({
      level: step.level,
      reason: step.reason,
      deadline: step.deadline,
      by: person(step.byUserId, step.by),
      at: step.at.toISOString(),
    })),
    sessionId: entity.sessionId,
    attachedPlan: toAttachedPlan(entity),
    agreements: parts.agreements.map((agreement) => toAgreementResponse(agreement, today)),
    decisions: parts.decisions.map(toDecisionResponse),
    outcome: entity.outcome,
    evaluation: entity.evaluation,
    history: parts.history.map((record) => ({
      transition: record.transition,
      from: record.fromState,
      to: record.toState,
      by: person(record.byUserId, record.by),
      at: record.at.toISOString(),
      why: record.why,
    })),
    createdBy: person(entity.createdBy, entity.creator),
    createdAt: entity.createdAt.toISOString(),
    submittedAt: entity.submittedAt?.toISOString() ?? null,
    closedAt: entity.closedAt?.toISOString() ?? null,
  };
}

/** Expects ESCALATION_RELATIONS to be loaded. */
export function toEscalationResponse(
  entity: EscalationEntity,
  parts: EscalationParts,
  today: string,
  availableTransitions: EscalationTransition[],
): EscalationResponse {
  return { ...toEscalationRecord(entity, parts, today), availableTransitions };
}

/** Open and overdue agreements of one escalation, derived for `today`. */
export function agreementCounts(
  agreements: ReadonlyArray<{ deadline: string; status: AgreementStatus }>,
  today: string,
): { openAgreements: number; overdueAgreements: number } {
  return {
    openAgreements: agreements.filter((agreement) => agreement.status === 'open').length,
    overdueAgreements: agreements.filter((agreement) => isAgreementOverdue(agreement.deadline, agreement.status, today))
      .length,
  };
}

/** Expects `case.municipality` to be loaded. */
export function toEscalationSummary(
  entity: EscalationEntity,
  agreements: ReadonlyArray<{ deadline: string; status: AgreementStatus }>,
  today: string,
): EscalationSummary {
  return {
    id: entity.id,
    caseId: entity.caseId,
    subject: toEscalationSubject(entity.case),
    state: entity.state,
    reasonCode: entity.reasonCode,
    urgency: entity.urgency,
    sectorsNeeded: entity.sectorsNeeded,
    ladderLevel: entity.ladderLevel,
    sessionId: entity.sessionId,
    createdAt: entity.createdAt.toISOString(),
    submittedAt: entity.submittedAt?.toISOString() ?? null,
    stateSince: entity.stateSince.toISOString(),
    ...agreementCounts(agreements, today),
  };
}
