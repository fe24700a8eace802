import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseStatus, type UpdateCaseRequest } from '@sluitend/domain';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsBsn, IsCalendarDate, IsInt4 } from '../../common/validation/domain-validators';
import { ContactInputDto } from './contact.dto';

export class UpdateCaseDto implements UpdateCaseRequest {
  @ApiProperty({ minimum: 1, description: 'The version you read; a stale version is answered 409.' })
  @IsInt4()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

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

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes the BSN.' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsBsn()
  bsn?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  @MaxLength(200)
  schoolOrWork?: string | null;

  @ApiPropertyOptional({ type: ContactInputDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInputDto)
  contact?: ContactInputDto;

  @ApiPropertyOptional({ enum: CASE_STATUSES, description: "'closed' needs a closedReason." })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ maxLength: 1000 })
  @ValidateIf((dto: UpdateCaseDto) => dto.status === 'closed' || dto.closedReason !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  closedReason?: string;
}
