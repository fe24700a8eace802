import { ApiProperty } from '@nestjs/swagger';
import {
  AGENDA_ITEM_KINDS,
  AGENDA_ITEM_PHASES,
  ATTENDANCES,
  ESCALATION_STATES,
  ESCALATION_URGENCIES,
  LADDER_LEVELS,
  SECTORS,
  SESSION_PARTS,
  SESSION_STATES,
  SESSION_TRANSITIONS,
  type AgendaEscalation,
  type AgendaItemKind,
  type AgendaItemPhase,
  type AgendaItemResponse,
  type Attendance,
  type EscalationState,
  type EscalationUrgency,
  type InviteeResponse,
  type LadderLevel,
  type MinutesResponse,
  type Sector,
  type SessionContentAccess,
  type SessionPart,
  type SessionResponse,
  type SessionState,
  type SessionSummary,
  type SessionTransition,
} from '@sluitend/domain';
import { PersonRefDto } from '../../../cases/dto/case-response.dto';
import { AgreementResponseDto, DecisionResponseDto } from '../../agreements/dto/agreement.dto';
import { EscalationRequestContentDto } from '../../escalations/dto/escalation-request.dto';
import { AttachedPlanVersionDto } from '../../escalations/dto/escalation-response.dto';
import { EscalationSubjectDto } from '../../escalations/dto/escalation-subject.dto';

export class InviteeResponseDto implements InviteeResponse {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ enum: SECTORS, description: 'The sector the member represents at the table.' })
  sector!: Sector;

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  organisationName!: string;

  @ApiProperty({ enum: ATTENDANCES, nullable: true, description: 'Null until noted.' })
  attendance!: Attendance | null;

  @ApiProperty({ type: String, nullable: true, description: 'Who came instead, when attendance is substitute.' })
  substituteName!: string | null;
}

export class AgendaEscalationDto implements AgendaEscalation {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: ESCALATION_STATES })
  state!: EscalationState;

  @ApiProperty({ type: EscalationSubjectDto })
  subject!: EscalationSubjectDto;

  @ApiProperty({ type: EscalationRequestContentDto })
  request!: EscalationRequestContentDto;

  @ApiProperty({ enum: LADDER_LEVELS })
  ladderLevel!: LadderLevel;

  @ApiProperty({ type: AttachedPlanVersionDto, nullable: true })
  attachedPlan!: AttachedPlanVersionDto | null;

  @ApiProperty({
    type: AgreementResponseDto,
    isArray: true,
    description: 'For a follow-up: the agreements of earlier sessions that are still open.',
  })
  earlierAgreements!: AgreementResponseDto[];
}

export class AgendaItemResponseDto implements AgendaItemResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ minimum: 1, description: 'Agenda positions run 1..n without gaps.' })
  position!: number;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  kind!: AgendaItemKind;

  @ApiProperty({ format: 'uuid' })
  escalationId!: string;

  @ApiProperty({ minimum: 5, maximum: 120 })
  minutesPlanned!: number;

  @ApiProperty({ enum: AGENDA_ITEM_PHASES })
  phase!: AgendaItemPhase;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt!: string | null;

  @ApiProperty({ description: 'The reason label, without personal data.' })
  label!: string;

  @ApiProperty({ enum: ESCALATION_URGENCIES })
  urgency!: EscalationUrgency;

  @ApiProperty({ type: AgendaEscalationDto, nullable: true, description: 'Null in the outline view.' })
  escalation!: AgendaEscalationDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'The discussion summary; null in the outline view.' })
  summary!: string | null;

  @ApiProperty({ type: DecisionResponseDto, isArray: true, description: 'Empty in the outline view.' })
  decisions!: DecisionResponseDto[];

  @ApiProperty({ type: AgreementResponseDto, isArray: true, description: 'Empty in the outline view.' })
  agreements!: AgreementResponseDto[];

  @ApiProperty({ minimum: 1 })
  version!: number;
}

export class ViewWindowDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null until the agenda is sent.' })
  from!: string | null;

  @ApiProperty({ format: 'date-time' })
  until!: string;
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  regionId!: string;

  @ApiProperty({ enum: SESSION_STATES })
  state!: SessionState;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ type: String, nullable: true })
  location!: string | null;

  @ApiProperty({ type: String, format: 'uri', nullable: true })
  onlineUrl!: string | null;

  @ApiProperty({ type: PersonRefDto })
  chair!: PersonRefDto;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  minuteTaker!: PersonRefDto | null;

  @ApiProperty({ type: InviteeResponseDto, isArray: true })
  invitees!: InviteeResponseDto[];

  @ApiProperty({ type: AgendaItemResponseDto, isArray: true })
  agenda!: AgendaItemResponseDto[];

  @ApiProperty({ enum: SESSION_PARTS, nullable: true })
  myPart!: SessionPart | null;

  @ApiProperty({
    enum: ['full', 'outline'],
    description: 'full: the escalations on the agenda; outline: the agenda without personal data.',
  })
  contentAccess!: SessionContentAccess;

  @ApiProperty({ type: ViewWindowDto })
  viewWindow!: ViewWindowDto;

  @ApiProperty({ enum: SESSION_TRANSITIONS, isArray: true, description: 'What you may do now.' })
  availableTransitions!: SessionTransition[];

  @ApiProperty({ description: 'Whether you record the meeting now (attendance, summaries, decisions, agreements).' })
  canRecord!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  agendaSentAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  endedAt!: string | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  endedBy!: PersonRefDto | null;

  @ApiProperty()
  hasMinutes!: boolean;

  @ApiProperty({ minimum: 1 })
  version!: number;
}

export class SessionSummaryDto implements SessionSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: SESSION_STATES })
  state!: SessionState;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ type: String, nullable: true })
  location!: string | null;

  @ApiProperty({ type: String, format: 'uri', nullable: true })
  onlineUrl!: string | null;

  @ApiProperty({ type: PersonRefDto })
  chair!: PersonRefDto;

  @ApiProperty({ minimum: 0 })
  agendaItemCount!: number;

  @ApiProperty({ enum: SESSION_PARTS, nullable: true })
  myPart!: SessionPart | null;

  @ApiProperty()
  hasMinutes!: boolean;
}

type MinutesAttendance = MinutesResponse['attendance'][number];
type MinutesItem = MinutesResponse['items'][number];

export class MinutesAttendanceDto implements MinutesAttendance {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisationName!: string;

  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiProperty({ enum: ATTENDANCES, nullable: true, description: 'Null: not noted.' })
  attendance!: Attendance | null;

  @ApiProperty({ type: String, nullable: true })
  substituteName!: string | null;
}

export class MinutesItemDto implements MinutesItem {
  @ApiProperty({ minimum: 1 })
  position!: number;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  kind!: AgendaItemKind;

  @ApiProperty({ format: 'uuid' })
  escalationId!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: EscalationSubjectDto })
  subject!: EscalationSubjectDto;

  @ApiProperty({ description: 'The question to the table.' })
  question!: string;

  @ApiProperty({ minimum: 5, maximum: 120 })
  minutesPlanned!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'From the start to the end of the discussion.' })
  minutesSpent!: number | null;

  @ApiProperty({ type: String, nullable: true })
  summary!: string | null;

  @ApiProperty({ type: DecisionResponseDto, isArray: true })
  decisions!: DecisionResponseDto[];

  @ApiProperty({ type: AgreementResponseDto, isArray: true })
  agreements!: AgreementResponseDto[];
}

export class MinutesResponseDto implements MinutesResponse {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  endsAt!: string;

  @ApiProperty({ type: String, nullable: true })
  location!: string | null;

  @ApiProperty({ type: String, format: 'uri', nullable: true })
  onlineUrl!: string | null;

  @ApiProperty({ type: PersonRefDto })
  chair!: PersonRefDto;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  minuteTaker!: PersonRefDto | null;

  @ApiProperty({ type: MinutesAttendanceDto, isArray: true })
  attendance!: MinutesAttendanceDto[];

  @ApiProperty({ type: MinutesItemDto, isArray: true })
  items!: MinutesItemDto[];

  @ApiProperty({ format: 'date-time', description: 'When the session ended; the minutes never change afterwards.' })
  generatedAt!: string;

  @ApiProperty({ type: PersonRefDto })
  endedBy!: PersonRefDto;
}

/** The problem+json of a refused session transition: RFC 9457 with what the state allows. */
export class SessionTransitionProblemDto {
  @ApiProperty({ format: 'uri', example: 'https://sluitend.nl/problems/transition-not-allowed' })
  type!: string;

  @ApiProperty({ example: 'Conflict' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 409 })
  status!: number;

  @ApiProperty({ example: 'Cannot end a session that is planned; allowed: send-agenda, cancel' })
  detail!: string;

  @ApiProperty({
    required: false,
    example: '/api/v1/actietafel-sessions/0b0c6c36-5d9a-4d53-9b43-5d1b0c1f3e4a/transitions',
  })
  instance?: string;

  @ApiProperty({ enum: SESSION_TRANSITIONS, required: false, description: 'The transition that was refused.' })
  transition?: SessionTransition;

  @ApiProperty({
    enum: SESSION_TRANSITIONS,
    isArray: true,
    required: false,
    description: 'The transitions the current state allows, whoever asks. Absent on a version conflict.',
  })
  allowedTransitions?: SessionTransition[];

  @ApiProperty({ type: 'integer', required: false, description: 'On a version conflict: the version now.' })
  currentVersion?: number;

  @ApiProperty({
    type: 'array',
    items: { $ref: '#/components/schemas/FieldError' },
    required: false,
    description: 'The fields to fix, when there are any.',
  })
  errors?: Array<{ field: string; message: string }>;
}
