import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ESCALATION_STATES,
  ESCALATION_URGENCIES,
  type EscalationListQuery,
  type EscalationState,
  type EscalationUrgency,
} from '@sluitend/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export const ESCALATION_SORTS = ['triage', '-submittedAt'] as const;

/** `state=submitted,returned`: one parameter, comma-separated. */
const commaSeparated = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value;

export class EscalationListQueryDto implements EscalationListQuery {
  @ApiPropertyOptional({
    type: String,
    description: `One or more states, comma-separated (${ESCALATION_STATES.filter((state) => state !== 'draft').join(', ')}).`,
    example: 'submitted,returned',
  })
  @IsOptional()
  @Transform(commaSeparated)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ESCALATION_STATES.length)
  @ArrayUnique()
  @IsIn(ESCALATION_STATES, { each: true })
  state?: EscalationState[];

  @ApiPropertyOptional({ enum: ESCALATION_URGENCIES })
  @IsOptional()
  @IsIn(ESCALATION_URGENCIES)
  urgency?: EscalationUrgency;

  @ApiPropertyOptional({ maxLength: 60 })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  reasonCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The municipality of the escalated case.' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({
    enum: ESCALATION_SORTS,
    default: '-submittedAt',
    description: 'triage: urgent first, then the longest waiting; -submittedAt: newest first.',
  })
  @IsOptional()
  @IsIn(ESCALATION_SORTS)
  sort?: (typeof ESCALATION_SORTS)[number];

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
