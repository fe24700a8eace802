import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, type UserResponse } from '@sluitend/domain';

export class UserResponseDto implements UserResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty({ example: 'Sanne de Vries' })
  name!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ description: 'Send this back when changing the user; a stale version is answered 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
