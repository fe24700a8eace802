import type { UserResponseDto } from './dto/user-response.dto';
import type { UserEntity } from './entities/user.entity';

/** Explicit, so the password hash (or any new column) can never leak into a response. */
export function toUserResponse(entity: UserEntity): UserResponseDto {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    organisationId: entity.organisationId,
    roles: entity.roles,
    active: entity.active,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
