import type { OrganisationResponseDto } from './dto/organisation-response.dto';
import type { OrganisationEntity } from './entities/organisation.entity';

export function toOrganisationResponse(entity: OrganisationEntity): OrganisationResponseDto {
  return {
    id: entity.id,
    name: entity.name,
    sector: entity.sector,
    regionId: entity.regionId,
    active: entity.active,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
