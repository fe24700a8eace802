import type { UserEntity } from '../users/entities/user.entity';
import type { AuthenticatedUser, RequestOrigin } from './authenticated-user';

export function toAuthenticatedUser(
  user: UserEntity,
  origin: RequestOrigin = { ip: null, sessionDigest: null },
): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    organisation: {
      id: user.organisation.id,
      name: user.organisation.name,
      sector: user.organisation.sector,
      regionId: user.organisation.regionId,
    },
    origin,
  };
}
