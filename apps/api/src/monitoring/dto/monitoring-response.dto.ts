import { ApiProperty } from '@nestjs/swagger';
import {
  ESCALATION_OUTCOMES,
  ESCALATION_STATES,
  LEAD_TIME_STAGES,
  MONITORING_SIGNALS,
  SECTORS,
  type DashboardResponse,
  type EscalationOutcome,
  type EscalationState,
  type EscalationStateFigure,
  type LeadTimeFigure,
  type LeadTimeStage,
  type MonitoringFilter,
  type MonitoringSignal,
  type MonthFigure,
  type MunicipalityFigure,
  type OrganisationFigure,
  type ReasonCodeFigure,
  type Sector,
  type SectorFigure,
  type SignalCasesResponse,
  type SignalFigures,
} from '@sluitend/domain';

const REPORTED_STATES = ESCALATION_STATES.filter((state) => state !== 'draft');

export class MonitoringFilterDto implements MonitoringFilter {
  @ApiProperty({ format: 'date', description: 'First day of the period (Europe/Amsterdam), included.' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period, included.' })
  to!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'The municipalities filtered on; empty: the whole region.',
  })
  municipalityIds!: string[];
}

export class EscalationStateFigureDto implements EscalationStateFigure {
  @ApiProperty({ enum: REPORTED_STATES })
  state!: Exclude<EscalationState, 'draft'>;

  @ApiProperty({ type: 'integer', description: 'Escalations submitted in the period that are in this state now.' })
  count!: number;

  @ApiProperty({ type: 'integer', description: 'How many of them are past the norm of the state; 0 without one.' })
  pastNorm!: number;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The longest time one of them has been in the state, in whole days; null when none is.',
  })
  longestDaysInState!: number | null;
}

export class NormFiguresDto {
  @ApiProperty({ type: 'integer', description: 'Waiting for triage longer than 5 working days.' })
  triageWaiting!: number;

  @ApiProperty({ type: 'integer', description: 'Accepted and not on an agenda for more than 4 weeks.' })
  acceptedUnscheduled!: number;

  @ApiProperty({ type: 'integer', description: 'Agreements made in the period, open and past their deadline.' })
  overdueAgreements!: number;
}

export class MonthFigureDto implements MonthFigure {
  @ApiProperty({ description: 'YYYY-MM; every month of the period is present.', example: '2026-03' })
  month!: string;

  @ApiProperty({ type: 'integer', description: 'Submitted in this month.' })
  submitted!: number;

  @ApiProperty({ type: 'integer', description: 'Closed in this month.' })
  closed!: number;

  // A map keyed by outcome: the keys are the stored outcome codes, not property names of our own.
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: `Of those closed in this month, per outcome; every outcome is a key (${ESCALATION_OUTCOMES.join(', ')}).`,
  })
  outcomes!: Record<EscalationOutcome, number>;
}

export class LeadTimeFigureDto implements LeadTimeFigure {
  @ApiProperty({ enum: LEAD_TIME_STAGES })
  stage!: LeadTimeStage;

  @ApiProperty({ type: 'integer', description: 'Escalations submitted in the period that reached the stage.' })
  count!: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'Median in days (fractional); null without any.' })
  medianDays!: number | null;

  @ApiProperty({ type: 'number', nullable: true, description: '90th percentile in days; null without any.' })
  p90Days!: number | null;
}

export class MunicipalityFigureDto implements MunicipalityFigure {
  @ApiProperty({ format: 'uuid' })
  municipalityId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'integer', description: 'Escalations submitted in the period for cases of it.' })
  submitted!: number;
}

export class SectorFigureDto implements SectorFigure {
  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @ApiProperty({ type: 'integer', description: 'Escalations submitted in the period that need this sector.' })
  count!: number;
}

export class ReasonCodeFigureDto implements ReasonCodeFigure {
  @ApiProperty({ type: String, nullable: true, description: 'The stored key; null: no reason code given.' })
  code!: string | null;

  @ApiProperty({ description: 'The Dutch label.' })
  label!: string;

  @ApiProperty({ type: 'integer' })
  count!: number;
}

export class OrganisationFigureDto implements OrganisationFigure {
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'integer', description: 'Open agreements past their deadline it (or one of its people) owns.' })
  overdueAgreements!: number;
}

export class DashboardResponseDto implements DashboardResponse {
  @ApiProperty({ type: MonitoringFilterDto, description: 'The filter as applied.' })
  filter!: MonitoringFilterDto;

  @ApiProperty({ format: 'date-time', description: 'When the figures were computed.' })
  generatedAt!: string;

  @ApiProperty({ type: EscalationStateFigureDto, isArray: true, description: 'Every state but draft.' })
  escalationsByState!: EscalationStateFigureDto[];

  @ApiProperty({ type: NormFiguresDto })
  norms!: NormFiguresDto;

  @ApiProperty({ type: MonthFigureDto, isArray: true })
  throughput!: MonthFigureDto[];

  @ApiProperty({ type: LeadTimeFigureDto, isArray: true })
  leadTimes!: LeadTimeFigureDto[];

  @ApiProperty({ type: MunicipalityFigureDto, isArray: true, description: 'Every municipality in scope, by name.' })
  byMunicipality!: MunicipalityFigureDto[];

  @ApiProperty({ type: SectorFigureDto, isArray: true })
  bySector!: SectorFigureDto[];

  @ApiProperty({ type: ReasonCodeFigureDto, isArray: true, description: 'Most frequent first.' })
  reasonCodes!: ReasonCodeFigureDto[];

  @ApiProperty({ type: OrganisationFigureDto, isArray: true, description: 'Most overdue first.' })
  overdueByOrganisation!: OrganisationFigureDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: `Per signal (${MONITORING_SIGNALS.join(', ')}): open cases today, in the municipalities; the period does not apply.`,
  })
  signals!: SignalFigures;
}

export class SignalCaseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The jongere’s name.' })
  displayName!: string;

  @ApiProperty()
  municipalityName!: string;
}

export class SignalCasesResponseDto implements SignalCasesResponse {
  @ApiProperty({ enum: MONITORING_SIGNALS })
  signal!: MonitoringSignal;

  @ApiProperty({ type: 'integer', description: 'All cases behind the number.' })
  total!: number;

  @ApiProperty({ type: SignalCaseDto, isArray: true, description: 'Those you may open under the access policy.' })
  cases!: SignalCaseDto[];

  @ApiProperty({ type: 'integer', description: 'Those you may not open: counted, never named.' })
  notAccessible!: number;
}
