import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGREEMENT_STATUSES,
  type AgreementListItem,
  type AgreementListQuery,
  type AgreementOwner,
  type AgreementResponse,
  type AgreementStatus,
  type DecisionResponse,
  type UpdateAgreementRequest,
} from '@sluitend/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { PersonRefDto } from '../../../cases/dto/case-response.dto';
import { IsCalendarDate, IsInt4 } from '../../../common/validation/domain-validators';
import { EscalationSubjectDto } from '../../escalations/dto/escalation-subject.dto';

export class AgreementOwnerDto implements AgreementOwner {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set when a person owns it.' })
  userId!: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The owning organisation, or the organisation of the owning person.',
  })
  organisationId!: string | null;

  @ApiProperty({ description: "The person's or the organisation's name." })
  name!: string;

  @ApiProperty({ description: "The person's organisation, or the organisation itself." })
  organisationName!: string;
}

export class AgreementResponseDto implements AgreementResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  escalationId!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ format: 'uuid' })
  agendaItemId!: string;

  @ApiProperty({ maxLength: 2000 })
  what!: string;

  @ApiProperty({ type: AgreementOwnerDto })
  owner!: AgreementOwnerDto;

  @ApiProperty({ format: 'date' })
  deadline!: string;

  @ApiProperty({ enum: AGREEMENT_STATUSES })
  status!: AgreementStatus;

  @ApiProperty({ description: 'Derived: still open and the deadline day is over (Europe/Amsterdam).' })
  overdue!: boolean;

  @ApiProperty({ type: String, nullable: true })
  doneNote!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Always set when dropped.' })
  dropReason!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  settledAt!: string | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  settledBy!: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ description: 'Send it back with a change; a stale one is answered 409.' })
  version!: number;
}

export class AgreementListItemDto extends AgreementResponseDto implements AgreementListItem {
  @ApiProperty({ type: EscalationSubjectDto })
  subject!: EscalationSubjectDto;

  @ApiProperty({ format: 'date-time', description: 'When the session it was made at started.' })
  sessionStartsAt!: string;
}

export class DecisionResponseDto implements DecisionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  escalationId!: string;

  @ApiProperty({ format: 'uuid' })
  agendaItemId!: string;

  @ApiProperty({ maxLength: 4000 })
  text!: string;

  @ApiProperty({ description: 'Taken with doorzettingsmacht; at most one per agenda item.' })
  doorzettingsmacht!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the chair broke through; set with doorzettingsmacht.',
  })
  justification!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class AgreementListQueryDto implements AgreementListQuery {
  @ApiPropertyOptional({
    enum: ['mine'],
    description:
      'mine: owned by you, or by your organisation without a named person. Left out: the coordinator’s list of the own region.',
  })
  @IsOptional()
  @IsIn(['mine'])
  owner?: 'mine';

  @ApiPropertyOptional({ enum: AGREEMENT_STATUSES })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only overdue ones; false: only those not overdue.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  // The monitoring dashboard's drill-down (issue 7), with its meaning: overdue agreements per organisation.
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Owned by this organisation, or by one of its people (their organisation when it was made).',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Made on or after this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsCalendarDate()
  createdFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Made on or before this day (Europe/Amsterdam).' })
  @IsOptional()
  @IsCalendarDate()
  createdTo?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'The municipality of the case; repeat the parameter for several.',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID(undefined, { each: true })
  municipalityId?: string[];
}

export class UpdateAgreementDto implements UpdateAgreementRequest {
  @ApiProperty({ minimum: 1, description: 'The version you saw; a stale one is answered 409.' })
  @IsInt4()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({
    enum: AGREEMENT_STATUSES,
    description: 'The owner: done (with doneNote) or open. The coordinator: also dropped (with dropReason).',
  })
  @IsOptional()
  @IsIn(AGREEMENT_STATUSES)
  status?: AgreementStatus;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to mark it done.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  doneNote?: string;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to drop it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  dropReason?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Coordinator only: a new deadline, today or later.' })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string;
}
