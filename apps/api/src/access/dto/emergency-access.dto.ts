import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateEmergencyAccessRequest, EmergencyAccessResponse } from '@sluitend/domain';
import { IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsBsn, IsCalendarDate } from '../../common/validation/domain-validators';

export class CreateEmergencyAccessDto implements CreateEmergencyAccessRequest {
  @ApiPropertyOptional({ description: 'The BSN; or give lastName and dateOfBirth.', example: '111222333' })
  @IsOptional()
  @IsBsn()
  bsn?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;

  @ApiProperty({ minLength: 20, maxLength: 1000, description: 'Why this cannot wait: shown to the casusregisseur.' })
  @IsString()
  @MinLength(20)
  @MaxLength(1000)
  reason!: string;
}

export class EmergencyAccessUserDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisationName!: string;
}

export class EmergencyAccessResponseDto implements EmergencyAccessResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: EmergencyAccessUserDto })
  user!: EmergencyAccessUserDto;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  grantedAt!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;

  @ApiProperty({ description: 'Whether the access still holds.' })
  active!: boolean;
}
