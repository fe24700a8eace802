import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { MunicipalityEntity } from '../regions/entities/municipality.entity';
import { RegionEntity } from '../regions/entities/region.entity';
import { UserEntity } from '../users/entities/user.entity';

/** Listed, not globbed: the API is bundled by webpack, where globs find nothing. */
export const ENTITIES = [RegionEntity, MunicipalityEntity, OrganisationEntity, UserEntity];
