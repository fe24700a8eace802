import { ApiProperty } from '@nestjs/swagger';
import {
  ESCALATION_OUTCOMES,
  ESCALATION_STATES,
  ESCALATION_TRANSITIONS,
  ESCALATION_URGENCIES,
  LADDER_LEVELS,
  SECTORS,
  type AttachedPlanVersion,
  type EscalationOutcome,
  type EscalationPage,
  type EscalationResponse,
  type EscalationState,
  type EscalationSummary,
  type EscalationTransition,
  type EscalationTransitionRecord,
  type EscalationUrgency,
  type LadderLevel,
  type LadderStep,
  type Sector,
} from '@sluitend/domain';
import { PersonRefDto } from '../../../cases/dto/case-response.dto';
import { AgreementResponseDto, DecisionResponseDto } from '../../agreements/dto/agreement.dto';
import { EscalationRequestContentDto } from './escalation-request.dto';
import { EscalationSubjectDto } from './escalation-subject.dto';

export class EscalationTransitionRecordDto implements EscalationTransitionRecord {
  @ApiProperty({ enum: ESCALATION_TRANSITIONS })
  transition!: EscalationTransition;

  @ApiProperty({ enum: ESCALATION_STATES })
  from!: EscalationState;

  @ApiProperty({ enum: ESCALATION_STATES })
  to!: EscalationState;

  @ApiProperty({ type: PersonRefDto })
  by!: PersonRefDto;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The question (return), answer (resubmit), reason (reject, escalate-further), or the note.',
  })
  why!: string | null;
}

export class LadderStepDto implements LadderStep {
  @ApiProperty({ enum: LADDER_LEVELS })
  level!: LadderLevel;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ format: 'date', description: 'The day by which this level must have acted.' })
  deadline!: string;

  @ApiProperty({ type: PersonRefDto })
  by!: PersonRefDto;

  @ApiProperty({ format: 'date-time' })
  at!: string;
}

export class AttachedPlanVersionDto implements AttachedPlanVersion {
  @ApiProperty({ minimum: 1 })
  number!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class EscalationResponseDto implements EscalationResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: EscalationSubjectDto })
  subject!: EscalationSubjectDto;

  @ApiProperty({ enum: ESCALATION_STATES })
  state!: EscalationState;

  @ApiProperty({ description: 'Send it back with a draft save or a transition; a stale one is answered 409.' })
  version!: number;

  @ApiProperty({ type: EscalationRequestContentDto })
  request!: EscalationRequestContentDto;

  @ApiProperty({ enum: LADDER_LEVELS, description: 'The level it is handled at now.' })
  ladderLevel!: LadderLevel;

  @ApiProperty({ type: LadderStepDto, isArray: true })
  ladder!: LadderStepDto[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  sessionId!: string | null;

  @ApiProperty({
    type: AttachedPlanVersionDto,
    nullable: true,
    description: 'The toekomstplan version attached when it was (re)submitted.',
  })
  attachedPlan!: AttachedPlanVersionDto | null;

  @ApiProperty({ type: AgreementResponseDto, isArray: true })
  agreements!: AgreementResponseDto[];

  @ApiProperty({ type: DecisionResponseDto, isArray: true })
  decisions!: DecisionResponseDto[];

  @ApiProperty({ enum: ESCALATION_OUTCOMES, nullable: true })
  outcome!: EscalationOutcome | null;

  @ApiProperty({ type: String, nullable: true })
  evaluation!: string | null;

  @ApiProperty({ type: EscalationTransitionRecordDto, isArray: true, description: 'Oldest first.' })
  history!: EscalationTransitionRecordDto[];

  @ApiProperty({
    enum: ESCALATION_TRANSITIONS,
    isArray: true,
    description: 'What you may do now: the actions to offer.',
  })
  availableTransitions!: EscalationTransition[];

  @ApiProperty({ type: PersonRefDto })
  createdBy!: PersonRefDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;
}

export class EscalationSummaryDto implements EscalationSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: EscalationSubjectDto })
  subject!: EscalationSubjectDto;

  @ApiProperty({ enum: ESCALATION_STATES })
  state!: EscalationState;

  @ApiProperty({ type: String, nullable: true })
  reasonCode!: string | null;

  @ApiProperty({ enum: ESCALATION_URGENCIES })
  urgency!: EscalationUrgency;

  @ApiProperty({ enum: SECTORS, isArray: true })
  sectorsNeeded!: Sector[];

  @ApiProperty({ enum: LADDER_LEVELS })
  ladderLevel!: LadderLevel;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  sessionId!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ format: 'date-time', description: 'Since when it is in its current state.' })
  stateSince!: string;

  @ApiProperty({ minimum: 0 })
  openAgreements!: number;

  @ApiProperty({ minimum: 0 })
  overdueAgreements!: number;
}

export class EscalationPageDto implements EscalationPage {
  @ApiProperty({ type: EscalationSummaryDto, isArray: true })
  items!: EscalationSummaryDto[];

  @ApiProperty({ description: 'Number of matching escalations over all pages.' })
  total!: number;

  @ApiProperty({ minimum: 1 })
  page!: number;

  @ApiProperty({ minimum: 1, maximum: 100 })
  pageSize!: number;
}

/** The problem+json of a refused transition: RFC 9457 with what the state allows and what to fix. */
export class EscalationRefusalProblemDto {
  @ApiProperty({ format: 'uri', example: 'https://sluitend.nl/problems/transition-not-allowed' })
  type!: string;

  @ApiProperty({ example: 'Conflict' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 409 })
  status!: number;

  @ApiProperty({ example: 'Cannot close an escalation that is submitted; allowed: accept, return, reject' })
  detail!: string;

  @ApiProperty({ required: false, example: '/api/v1/escalations/0b0c6c36-5d9a-4d53-9b43-5d1b0c1f3e4a/transitions' })
  instance?: string;

  @ApiProperty({ enum: ESCALATION_STATES, required: false, description: 'The state the escalation is in.' })
  state?: EscalationState;

  @ApiProperty({ enum: ESCALATION_TRANSITIONS, required: false, description: 'The transition that was refused.' })
  transition?: EscalationTransition;

  @ApiProperty({
    enum: ESCALATION_TRANSITIONS,
    isArray: true,
    description: 'The transitions the current state allows, whoever asks. Absent on a version conflict.',
    required: false,
  })
  allowedTransitions?: EscalationTransition[];

  @ApiProperty({
    type: 'array',
    items: { $ref: '#/components/schemas/FieldError' },
    required: false,
    description: 'Every unmet condition, on the field to fix (open agreements, the top of the ladder).',
  })
  errors?: Array<{ field: string; message: string }>;
}
