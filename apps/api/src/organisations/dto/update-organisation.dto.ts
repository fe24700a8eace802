import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SECTORS, type Sector, type UpdateOrganisationRequest } from '@sluitend/domain';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsInt4 } from '../../common/validation/domain-validators';

export class UpdateOrganisationDto implements UpdateOrganisationRequest {
  @ApiProperty({ description: 'The version you read; a stale version is answered 409.', minimum: 1 })
  @IsInt4()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ description: 'false deactivates the organisation; its users can no longer sign in.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
