import { ApiProperty } from '@nestjs/swagger';
import {
  RETENTION_KINDS,
  type ErasureRecordResponse,
  type ErasureRequest,
  type RestrictionRequest,
  type RetentionKind,
  type RetentionRunRequest,
  type RetentionRunResponse,
} from '@sluitend/domain';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PersonRefDto } from '../../cases/dto/case-response.dto';

export class RestrictionRequestDto implements RestrictionRequest {
  @ApiProperty({ maxLength: 1000, description: 'Why processing is restricted (AVG art. 18).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ErasureRequestDto implements ErasureRequest {
  @ApiProperty({ maxLength: 1000, description: 'Whose request, and why (AVG art. 17, Jeugdwet art. 7.3.9).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ErasureRecordDto implements ErasureRecordResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ enum: ['request', 'retention'] })
  kind!: 'request' | 'retention';

  @ApiProperty({ type: PersonRefDto, nullable: true })
  erasedBy!: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  erasedAt!: string;
}

export class RetentionRunRequestDto implements RetentionRunRequest {
  @ApiProperty({ description: 'true: report what would go, remove nothing.' })
  @IsBoolean()
  dryRun!: boolean;
}

export class RetentionKindResultDto {
  @ApiProperty({ enum: RETENTION_KINDS })
  kind!: RetentionKind;

  @ApiProperty()
  retentionYears!: number;

  @ApiProperty({ format: 'date', description: 'Records from before this day have passed their term.' })
  cutoff!: string;

  @ApiProperty()
  count!: number;

  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  caseIds!: string[];
}

export class RetentionRunResponseDto implements RetentionRunResponse {
  @ApiProperty()
  dryRun!: boolean;

  @ApiProperty({ format: 'date-time' })
  ranAt!: string;

  @ApiProperty({ type: RetentionKindResultDto, isArray: true })
  kinds!: RetentionKindResultDto[];
}
