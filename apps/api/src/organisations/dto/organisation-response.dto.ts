import { ApiProperty } from '@nestjs/swagger';
import { SECTORS, type OrganisationResponse, type Sector } from '@sluitend/domain';

export class OrganisationResponseDto implements OrganisationResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Jongerenwerk Tiel' })
  name!: string;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiProperty({ format: 'uuid' })
  regionId!: string;

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ description: 'Send this back when changing the organisation; a stale version is answered 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
