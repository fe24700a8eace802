import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGENDA_ITEM_PHASES,
  ATTENDANCES,
  SECTORS,
  SESSION_TRANSITIONS,
  type AgendaItemPhase,
  type Attendance,
  type CreateAgreementRequest,
  type CreateDecisionRequest,
  type InviteeRequest,
  type PlanSessionRequest,
  type Sector,
  type SessionListQuery,
  type SessionTransition,
  type SessionTransitionRequest,
  type UpdateAgendaItemRequest,
  type UpdateAttendanceRequest,
  type UpdateSessionRequest,
} from '@sluitend/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsInt4 } from '../../../common/validation/domain-validators';

/** A date-time with a time and a zone (ADR: no local date-times), e.g. 2026-12-03T09:00:00+01:00. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE_TIME_MESSAGE = (property: string) => `${property} must be a date-time with a time zone`;
const HTTPS_URL = { protocols: ['https'], require_protocol: true, require_valid_protocol: true };

export const MAX_INVITEES = 60;
export const AGENDA_ITEM_MINUTES = { min: 5, max: 120 } as const;

export class InviteeRequestDto implements InviteeRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: SECTORS, description: 'The sector the member represents at the table.' })
  @IsIn(SECTORS)
  sector!: Sector;
}

export class PlanSessionDto implements PlanSessionRequest {
  @ApiProperty({ format: 'date-time', example: '2026-12-03T09:00:00+01:00' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE_TIME, { message: ({ property }) => DATE_TIME_MESSAGE(property) })
  startsAt!: string;

  @ApiProperty({ format: 'date-time', description: 'After startsAt.', example: '2026-12-03T11:00:00+01:00' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE_TIME, { message: ({ property }) => DATE_TIME_MESSAGE(property) })
  endsAt!: string;

  @ApiPropertyOptional({ maxLength: 300, description: 'A place, or an online link, or both.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string;

  @ApiPropertyOptional({ maxLength: 500, format: 'uri', description: 'An https link to the online meeting.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(HTTPS_URL, { message: 'onlineUrl must be an https URL' })
  onlineUrl?: string;

  @ApiProperty({ format: 'uuid', description: 'An active user with role actietafel-chair in your region.' })
  @IsUUID()
  chairUserId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An active user of your region.' })
  @IsOptional()
  @IsUUID()
  minuteTakerUserId?: string;

  @ApiProperty({ type: InviteeRequestDto, isArray: true, maxItems: MAX_INVITEES })
  @IsArray()
  @ArrayMaxSize(MAX_INVITEES)
  @ArrayUnique((invitee: InviteeRequestDto) => invitee?.userId, { message: 'invitees must name each user once' })
  @ValidateNested({ each: true })
  @Type(() => InviteeRequestDto)
  invitees!: InviteeRequestDto[];
}

export class UpdateSessionDto implements UpdateSessionRequest {
  @ApiProperty({ minimum: 1, description: 'The version you saw; a stale one is answered 409.' })
  @IsInt4()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE_TIME, { message: ({ property }) => DATE_TIME_MESSAGE(property) })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(DATE_TIME, { message: ({ property }) => DATE_TIME_MESSAGE(property) })
  endsAt?: string;

  @ApiPropertyOptional({ type: String, maxLength: 300, nullable: true, description: 'Null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 500, format: 'uri', nullable: true, description: 'Null clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(HTTPS_URL, { message: 'onlineUrl must be an https URL' })
  onlineUrl?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  chairUserId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Null: no minute-taker.' })
  @IsOptional()
  @IsUUID()
  minuteTakerUserId?: string | null;

  @ApiPropertyOptional({
    type: InviteeRequestDto,
    isArray: true,
    maxItems: MAX_INVITEES,
    description: 'The whole list; attendance already noted stays with who remains invited.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INVITEES)
  @ArrayUnique((invitee: InviteeRequestDto) => invitee?.userId, { message: 'invitees must name each user once' })
  @ValidateNested({ each: true })
  @Type(() => InviteeRequestDto)
  invitees?: InviteeRequestDto[];
}

export class SessionTransitionDto implements SessionTransitionRequest {
  @ApiProperty({ enum: SESSION_TRANSITIONS })
  @IsIn(SESSION_TRANSITIONS)
  transition!: SessionTransition;

  @ApiProperty({ minimum: 1, description: 'The version you saw; a stale one is answered 409.' })
  @IsInt4()
  @Min(1)
  version!: number;
}

export class UpdateAttendanceDto implements UpdateAttendanceRequest {
  @ApiProperty({ enum: ATTENDANCES })
  @IsIn(ATTENDANCES)
  attendance!: Attendance;

  @ApiPropertyOptional({ maxLength: 200, description: 'Required when attendance is substitute: who came instead.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  substituteName?: string;
}

export class UpdateAgendaItemDto implements UpdateAgendaItemRequest {
  @ApiProperty({ minimum: 1, description: 'The version of the agenda item you saw.' })
  @IsInt4()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ minimum: 1, description: 'The new place on the agenda; the others move up or down.' })
  @IsOptional()
  @IsInt4()
  @Min(1)
  position?: number;

  @ApiPropertyOptional({ minimum: AGENDA_ITEM_MINUTES.min, maximum: AGENDA_ITEM_MINUTES.max })
  @IsOptional()
  @IsInt4()
  @Min(AGENDA_ITEM_MINUTES.min)
  @Max(AGENDA_ITEM_MINUTES.max)
  minutesPlanned?: number;

  @ApiPropertyOptional({ enum: AGENDA_ITEM_PHASES, description: 'running starts the timer; discussed stops it.' })
  @IsOptional()
  @IsIn(AGENDA_ITEM_PHASES)
  phase?: AgendaItemPhase;

  @ApiPropertyOptional({ maxLength: 8000, description: 'The discussion summary.' })
  @IsOptional()
  @IsString()
  @MaxLength(8000)
  summary?: string;
}

export class CreateDecisionDto implements CreateDecisionRequest {
  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  text!: string;

  @ApiPropertyOptional({ default: false, description: 'At most one decision per agenda item.' })
  @IsOptional()
  @IsBoolean()
  doorzettingsmacht?: boolean;

  @ApiPropertyOptional({
    maxLength: 4000,
    description: 'Required with doorzettingsmacht: why the chair broke through.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  justification?: string;
}

export class CreateAgreementDto implements CreateAgreementRequest {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  what!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A person (an active user); or name an organisation.' })
  @IsOptional()
  @IsUUID()
  ownerUserId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An organisation that decides who does the work.' })
  @IsOptional()
  @IsUUID()
  ownerOrganisationId?: string;

  @ApiProperty({ format: 'date', description: 'Today or later.' })
  @IsCalendarDate()
  deadline!: string;
}

export class SessionListQueryDto implements SessionListQuery {
  @ApiPropertyOptional({
    enum: ['upcoming', 'past', 'all'],
    default: 'upcoming',
    description: 'upcoming: not ended nor cancelled.',
  })
  @IsOptional()
  @IsIn(['upcoming', 'past', 'all'])
  when?: 'upcoming' | 'past' | 'all';
}
