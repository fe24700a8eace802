import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_SORTS, CASE_STATUSES, type CaseListQuery, type CaseSort, type CaseStatus } from '@sluitend/domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsInt4 } from '../../common/validation/domain-validators';

export class CaseListQueryDto implements CaseListQuery {
  @ApiPropertyOptional({ description: 'Part of the name, or a whole BSN.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CASE_SORTS, default: 'lastName', description: 'A leading "-" sorts descending.' })
  @IsOptional()
  @IsIn(CASE_SORTS)
  sort?: CaseSort;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt4()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt4()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
