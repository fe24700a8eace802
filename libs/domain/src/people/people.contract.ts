import type { Role } from './role';
import type { Sector } from './sector';

export interface MunicipalityResponse {
  id: string;
  name: string;
}

export interface RegionResponse {
  id: string;
  name: string;
  municipalities: MunicipalityResponse[];
}

export interface OrganisationResponse {
  id: string;
  name: string;
  sector: Sector;
  regionId: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateOrganisationRequest {
  name: string;
  sector: Sector;
  regionId: string;
}

/** `version` is the version the editor saw; a stale one is answered 409. */
export interface UpdateOrganisationRequest {
  version: number;
  name?: string;
  sector?: Sector;
  active?: boolean;
}

export interface UserResponse {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  roles: Role[];
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  organisationId: string;
  roles: Role[];
  password: string;
}

export interface UpdateUserRequest {
  version: number;
  name?: string;
  roles?: Role[];
  organisationId?: string;
  active?: boolean;
}
