import type { LifeDomainDefinition } from '@sluitend/domain';
import type { ToekomstplanVersionResponseDto, ToekomstplanVersionSummaryDto } from './dto/toekomstplan-version.dto';
import type { ToekomstplanVersionEntity } from './entities/toekomstplan-version.entity';

/** Expects the creator to be loaded. */
export function toVersionResponse(
  entity: ToekomstplanVersionEntity,
  lifeDomains: LifeDomainDefinition[],
): ToekomstplanVersionResponseDto {
  return {
    caseId: entity.caseId,
    number: entity.number,
    basedOn: entity.basedOn,
    content: entity.content,
    createdAt: entity.createdAt.toISOString(),
    createdBy: { userId: entity.createdBy, name: entity.creator.name },
    lifeDomains,
  };
}

export function toVersionSummary(entity: ToekomstplanVersionEntity): ToekomstplanVersionSummaryDto {
  return {
    number: entity.number,
    basedOn: entity.basedOn,
    createdAt: entity.createdAt.toISOString(),
    createdBy: { userId: entity.createdBy, name: entity.creator.name },
    reason: entity.reason,
  };
}
