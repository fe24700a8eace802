import { ApiProperty } from '@nestjs/swagger';
import { SECTORS, type CreateOrganisationRequest, type Sector } from '@sluitend/domain';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

export class CreateOrganisationDto implements CreateOrganisationRequest {
  @ApiProperty({ example: 'Jongerenwerk Tiel', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: SECTORS })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  regionId!: string;
}
