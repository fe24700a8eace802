import { SetMetadata } from '@nestjs/common';
import type { Role } from '@sluitend/domain';

export const REQUIRED_ROLES = 'sluitend:required-roles';

/** The user needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
