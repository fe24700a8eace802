import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ESCALATION_OUTCOMES,
  ESCALATION_STATES,
  ESCALATION_URGENCIES,
  SECTORS,
  type EscalationListQuery,
  type EscalationNorm,
  type EscalationOutcome,
  type EscalationState,
  type EscalationUrgency,
  type Sector,
} from '@sluitend/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsCalendarDate, IsInt4 } from '../../../common/validation/domain-validators';

export const ESCALATION_SORTS = ['triage', '-submittedAt'] as const;

/** `state=submitted,returned`: one parameter, comma-separated. */
const commaSeparated = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((part) => part.trim()) : value;

/** `municipalityId=a&municipalityId=b`: one value arrives as a string, several as an array. */
const repeatable = ({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value);

export const ESCALATION_NORMS: readonly EscalationNorm[] = ['triage-waiting', 'accepted-unscheduled'];

/**
 * Besides the table's own filters, the ones behind the monitoring dashboard's numbers (issue 7), with the
 * dashboard's meaning: periods are Amsterdam days, both ends included.
 */
export class EscalationListQueryDto implements Omit<EscalationListQuery, 'municipalityId'> {
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

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'The municipality of the escalated case; repeat the parameter for several.',
  })
  @IsOptional()
  @Transform(repeatable)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID(undefined, { each: true })
  municipalityId?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'Submitted on or after this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsCalendarDate()
  submittedFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Submitted on or before this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsCalendarDate()
  submittedTo?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Closed on or after this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsCalendarDate()
  closedFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Closed on or before this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsCalendarDate()
  closedTo?: string;

  @ApiPropertyOptional({ enum: SECTORS, description: 'Needs this sector at the table.' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ enum: ESCALATION_OUTCOMES, description: 'Closed with this outcome.' })
  @IsOptional()
  @IsIn(ESCALATION_OUTCOMES)
  outcome?: EscalationOutcome;

  @ApiPropertyOptional({
    enum: ESCALATION_NORMS,
    description:
      'Past a norm today: waiting for triage longer than 5 working days, or accepted and not scheduled for more than 4 weeks.',
  })
  @IsOptional()
  @IsIn(ESCALATION_NORMS)
  pastNorm?: EscalationNorm;

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
