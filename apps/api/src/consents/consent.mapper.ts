import { consentStatus, type ConsentResponse } from '@sluitend/domain';
import type { ConsentEntity } from './entities/consent.entity';

/** Expects organisation, recorder and withdrawer to be loaded. The status is derived for `today`. */
export function toConsentResponse(entity: ConsentEntity, today: string): ConsentResponse {
  const withdrawnAt = entity.withdrawnAt?.toISOString() ?? null;
  return {
    id: entity.id,
    caseId: entity.caseId,
    scope: entity.scope,
    organisationId: entity.organisationId,
    organisationName: entity.organisation?.name ?? null,
    sector: entity.sector,
    purpose: entity.purpose,
    basis: entity.basis,
    givenBy: entity.givenBy,
    legalGround: entity.legalGround,
    note: entity.note,
    givenOn: entity.givenOn,
    validUntil: entity.validUntil,
    status: consentStatus({ givenOn: entity.givenOn, validUntil: entity.validUntil, withdrawnAt }, today),
    recordedBy: { userId: entity.recordedBy, name: entity.recorder.name },
    recordedAt: entity.recordedAt.toISOString(),
    withdrawnAt,
    withdrawnReason: entity.withdrawnReason,
    withdrawnBy: entity.withdrawer ? { userId: entity.withdrawer.id, name: entity.withdrawer.name } : null,
  };
}
