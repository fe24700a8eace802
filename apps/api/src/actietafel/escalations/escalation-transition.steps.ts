import {
  DEFAULT_AGENDA_ITEM_MINUTES,
  hasActietafelGround,
  type EscalationTransition,
  type EscalationTransitionContext,
  type EscalationTransitionInput,
  type LadderLevel,
} from '@sluitend/domain';
import type { EntityManager } from 'typeorm';
import { ConsentEntity } from '../../consents/entities/consent.entity';
import { ToekomstplanVersionEntity } from '../../toekomstplan/entities/toekomstplan-version.entity';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { AgreementEntity } from '../entities/agreement.entity';
import type { EscalationEntity } from '../entities/escalation.entity';
import { LadderStepEntity } from '../entities/ladder-step.entity';
import { toEscalationRequestContent } from './escalation.mapper';

/*
 * The steps of a transition around recordEscalationTransition, in the caller's transaction. Shared by
 * EscalationTransitions (the api) and the demo seed, which plays the Actietafel's history with them.
 */

const text = (value: string | undefined): string | null => value?.trim() || null;

/** Consent to work on the case is not consent to discuss it at a regional table: purpose actietafel. */
async function hasActietafelConsent(manager: EntityManager, caseId: string, today: string): Promise<boolean> {
  const consents = await manager.find(ConsentEntity, { where: { caseId } });
  return hasActietafelGround(
    consents.map((consent) => ({
      purpose: consent.purpose,
      givenOn: consent.givenOn,
      validUntil: consent.validUntil,
      withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
    })),
    today,
  );
}

/**
 * What canTransition needs to know of the stored escalation besides the request: for submit and resubmit
 * the consent for the table and the request as saved, for close the escalation's agreements.
 */
export async function storedTransitionFacts(
  manager: EntityManager,
  escalation: EscalationEntity,
  transition: EscalationTransition,
  today: string,
): Promise<Pick<EscalationTransitionContext, 'hasActietafelConsent' | 'request' | 'agreements'>> {
  if (transition === 'submit' || transition === 'resubmit')
    return {
      hasActietafelConsent: await hasActietafelConsent(manager, escalation.caseId, today),
      request: toEscalationRequestContent(escalation),
    };
  if (transition === 'close')
    return {
      agreements: await manager.find(AgreementEntity, {
        where: { escalationId: escalation.id },
        select: { id: true, status: true, dropReason: true },
        order: { createdAt: 'ASC' },
      }),
    };
  return {};
}

/** The toekomstplan as it is now: its latest version, attached as it was at this moment. */
async function currentPlanVersionId(manager: EntityManager, caseId: string): Promise<string | null> {
  const latest = await manager.findOne(ToekomstplanVersionEntity, {
    where: { caseId },
    select: { id: true },
    order: { number: 'DESC' },
  });
  return latest?.id ?? null;
}

/**
 * What an allowed transition changes besides the state, and the why recorded with it. For schedule the
 * caller has checked `input.sessionId` (a session of the region whose agenda is open); `ladderLevel` is the
 * level canTransition decided on.
 */
export async function transitionChanges(
  manager: EntityManager,
  escalation: EscalationEntity,
  transition: EscalationTransition,
  input: EscalationTransitionInput,
  at: Date,
  ladderLevel: LadderLevel,
): Promise<{ changes: Partial<EscalationEntity>; why: string | null }> {
  const changes: Partial<EscalationEntity> = {};
  let why = text(input.note);
  switch (transition) {
    case 'submit':
    case 'resubmit':
      changes.planVersionId = await currentPlanVersionId(manager, escalation.caseId);
      if (!escalation.submittedAt) changes.submittedAt = at;
      if (transition === 'resubmit') why = text(input.answer);
      break;
    case 'accept':
      changes.triagedAt = at;
      break;
    case 'return':
      why = text(input.question);
      break;
    case 'reject':
      changes.triagedAt = at;
      why = text(input.reason);
      break;
    case 'schedule':
      changes.sessionId = input.sessionId;
      break;
    case 'close':
      changes.outcome = input.outcome ?? null;
      changes.evaluation = text(input.evaluation);
      changes.closedAt = at;
      break;
    case 'escalate-further':
      changes.ladderLevel = ladderLevel;
      why = text(input.reason);
      break;
    case 'discuss':
      break;
  }
  return { changes, why };
}

/** schedule: the escalation goes last on the session's agenda, with the default time box. */
export async function putOnAgenda(manager: EntityManager, sessionId: string, escalationId: string): Promise<void> {
  const [{ last }]: Array<{ last: number | null }> = await manager.query(
    `SELECT MAX(position) AS last FROM agenda_item WHERE session_id = $1`,
    [sessionId],
  );
  await manager.insert(AgendaItemEntity, {
    sessionId,
    escalationId,
    position: (last ?? 0) + 1,
    kind: 'escalation',
    minutesPlanned: DEFAULT_AGENDA_ITEM_MINUTES.escalation,
  });
}

/** escalate-further: the step up the ladder, with its own deadline (today when none was given). */
export async function addLadderStep(
  manager: EntityManager,
  step: { escalationId: string; level: LadderLevel; reason: string | null; deadline?: string; today: string },
  by: { id: string },
  at: Date,
): Promise<void> {
  await manager.insert(LadderStepEntity, {
    escalationId: step.escalationId,
    level: step.level,
    reason: step.reason ?? '',
    deadline: step.deadline ?? step.today,
    byUserId: by.id,
    at,
  });
}
