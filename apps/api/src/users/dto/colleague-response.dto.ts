import { ApiProperty } from '@nestjs/swagger';
import { SECTORS, type ColleagueResponse, type Sector } from '@sluitend/domain';

export class ColleagueResponseDto implements ColleagueResponse {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisationName!: string;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;
}
