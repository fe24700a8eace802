import { ApiProperty } from '@nestjs/swagger';
import { ROLES, SECTORS, type MeResponse, type Role, type Sector } from '@sluitend/domain';

export class MeOrganisationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;
}

export class MeResponseDto implements MeResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ type: MeOrganisationDto })
  organisation!: MeOrganisationDto;
}
