import {
  isAgreementOverdue,
  type AgreementOwner,
  type AgreementResponse,
  type DecisionResponse,
} from '@sluitend/domain';
import type { FindOptionsRelations } from 'typeorm';
import type { AgreementEntity } from '../entities/agreement.entity';
import type { DecisionEntity } from '../entities/decision.entity';

/**
 * The relations toAgreementResponse needs: load them with `relations: AGREEMENT_RELATIONS` (TypeORM 1 takes
 * relations as an object, not as a list of names).
 */
export const AGREEMENT_RELATIONS = {
  ownerUser: true,
  ownerOrganisation: true,
  settler: true,
} as const satisfies FindOptionsRelations<AgreementEntity>;

/** For a person: their name and the organisation they owned it for; for an organisation: its name twice. */
function agreementOwner(entity: AgreementEntity): AgreementOwner {
  const organisationName = entity.ownerOrganisation?.name ?? '';
  if (entity.ownerUserId !== null) {
    return {
      userId: entity.ownerUserId,
      organisationId: entity.ownerOrganisationId,
      name: entity.ownerUser?.name ?? '',
      organisationName,
    };
  }
  return { userId: null, organisationId: entity.ownerOrganisationId, name: organisationName, organisationName };
}

/**
 * Expects ownerUser, ownerOrganisation and settler to be loaded (AGREEMENT_RELATIONS).
 * `overdue` is derived for `today` (Europe/Amsterdam, from the Clock).
 */
export function toAgreementResponse(entity: AgreementEntity, today: string): AgreementResponse {
  return {
    id: entity.id,
    escalationId: entity.escalationId,
    caseId: entity.caseId,
    sessionId: entity.sessionId,
    agendaItemId: entity.agendaItemId,
    what: entity.what,
    owner: agreementOwner(entity),
    deadline: entity.deadline,
    status: entity.status,
    overdue: isAgreementOverdue(entity.deadline, entity.status, today),
    doneNote: entity.doneNote,
    dropReason: entity.dropReason,
    settledAt: entity.settledAt?.toISOString() ?? null,
    settledBy: entity.settledBy !== null ? { userId: entity.settledBy, name: entity.settler?.name ?? '' } : null,
    createdAt: entity.createdAt.toISOString(),
    version: entity.version,
  };
}

export function toDecisionResponse(decision: DecisionEntity): DecisionResponse {
  return {
    id: decision.id,
    escalationId: decision.escalationId,
    agendaItemId: decision.agendaItemId,
    text: decision.text,
    doorzettingsmacht: decision.doorzettingsmacht,
    justification: decision.justification,
    createdAt: decision.createdAt.toISOString(),
  };
}
