import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEFAULT_ESCALATION_REASON_CODES,
  ESCALATION_OUTCOMES,
  ESCALATION_TRANSITIONS,
  ESCALATION_URGENCIES,
  SECTORS,
  type CreateEscalationRequest,
  type EscalationOutcome,
  type EscalationRequestContent,
  type EscalationTransition,
  type EscalationTransitionRequest,
  type EscalationUrgency,
  type Sector,
  type UpdateEscalationDraftRequest,
} from '@sluitend/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsInt4 } from '../../../common/validation/domain-validators';

/** What the case team asks of the table. A draft may leave any of it empty; submitting needs all of it. */
export class EscalationRequestContentDto implements EscalationRequestContent {
  @ApiProperty({
    enum: DEFAULT_ESCALATION_REASON_CODES,
    nullable: true,
    description: "A key of the region's reason-code list; a draft may leave it null, submitting needs one.",
    example: 'waiting-list',
  })
  @ValidateIf((_object, value) => value !== null)
  @IsIn(DEFAULT_ESCALATION_REASON_CODES)
  reasonCode!: string | null;

  @ApiProperty({ maxLength: 4000, description: 'Why the regular route is stuck, in the team’s own words.' })
  @IsString()
  @MaxLength(4000)
  reasonText!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  whatWasTried!: string;

  @ApiProperty({ maxLength: 2000, description: 'The concrete question to the table.' })
  @IsString()
  @MaxLength(2000)
  question!: string;

  @ApiProperty({ enum: ESCALATION_URGENCIES })
  @IsIn(ESCALATION_URGENCIES)
  urgency!: EscalationUrgency;

  @ApiProperty({ enum: SECTORS, isArray: true, description: 'The sectors that must be at the table.' })
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectorsNeeded!: Sector[];
}

export class CreateEscalationDto implements CreateEscalationRequest {
  @ApiProperty({ type: EscalationRequestContentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EscalationRequestContentDto)
  request!: EscalationRequestContentDto;

  @ApiPropertyOptional({ description: 'Submit at once: stored and submitted together, or not at all.' })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}

export class UpdateEscalationDraftDto implements UpdateEscalationDraftRequest {
  @ApiProperty({ type: EscalationRequestContentDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => EscalationRequestContentDto)
  request!: EscalationRequestContentDto;

  @ApiProperty({ minimum: 1, description: 'The version you saw; a stale one is answered 409.' })
  @IsInt4()
  @Min(1)
  version!: number;
}

export class EscalationTransitionDto implements EscalationTransitionRequest {
  @ApiProperty({ enum: ESCALATION_TRANSITIONS })
  @IsIn(ESCALATION_TRANSITIONS)
  transition!: EscalationTransition;

  @ApiProperty({ minimum: 1, description: 'The version you saw; a stale one is answered 409.' })
  @IsInt4()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Why, for any transition.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'return: what the case team must answer.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  question?: string;

  @ApiPropertyOptional({ maxLength: 4000, description: 'resubmit: the answer to the question.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  answer?: string;

  @ApiPropertyOptional({
    maxLength: 4000,
    description: 'reject: why the table will not take it; escalate-further: why the table cannot break through.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  reason?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'schedule: a planned session of your region.' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ enum: ESCALATION_OUTCOMES, description: 'close' })
  @IsOptional()
  @IsIn(ESCALATION_OUTCOMES)
  outcome?: EscalationOutcome;

  @ApiPropertyOptional({ maxLength: 4000, description: 'close: a short evaluation.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  evaluation?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'escalate-further: the day by which the next level must have acted.',
  })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;
}
