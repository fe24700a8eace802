import { ApiProperty } from '@nestjs/swagger';
import {
  ESCALATION_OUTCOMES,
  ESCALATION_STATES,
  LEAD_TIME_STAGES,
  MONITORING_SIGNALS,
  SECTORS,
  type EscalationOutcome,
  type EscalationState,
  type LeadTimeStage,
  type MonitoringReportResponse,
  type MonitoringSignal,
  type ReportedCount,
  type Sector,
} from '@sluitend/domain';

const REPORTED_STATES = ESCALATION_STATES.filter((state) => state !== 'draft');
const SUPPRESSED = 'Null when the count is from 1 to 4 (suppressed).';

/** A count as reported: an integer, or null when suppressed. */
const count = (description = SUPPRESSED) => ApiProperty({ type: 'integer', nullable: true, minimum: 0, description });

export class ReportFilterDto {
  @ApiProperty({ format: 'date', example: '2026-01-01', description: 'First day of the period.' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Last day of the period (included).' })
  to!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'The chosen municipalities; empty for all.',
  })
  municipalityIds!: string[];

  @ApiProperty({ type: String, isArray: true, description: 'Names of the municipalities the figures cover.' })
  municipalityNames!: string[];
}

export class ReportStateFigureDto {
  @ApiProperty({ enum: REPORTED_STATES })
  state!: Exclude<EscalationState, 'draft'>;

  @count()
  count!: ReportedCount;

  @count('How many are past the norm of their state; null when suppressed.')
  pastNorm!: ReportedCount;
}

export class ReportMonthFigureDto {
  @ApiProperty({ example: '2026-03', description: 'YYYY-MM; every month of the period.' })
  month!: string;

  @count()
  submitted!: ReportedCount;

  @count()
  closed!: ReportedCount;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', nullable: true, minimum: 0 },
    description: `Of those closed in the month, per outcome; every outcome is a key (${ESCALATION_OUTCOMES.join(', ')}). ${SUPPRESSED}`,
  })
  outcomes!: Record<EscalationOutcome, ReportedCount>;
}

export class ReportLeadTimeDto {
  @ApiProperty({ enum: LEAD_TIME_STAGES })
  stage!: LeadTimeStage;

  @count()
  count!: ReportedCount;

  @ApiProperty({ type: Number, nullable: true, description: 'Days; null when the count is suppressed or 0.' })
  medianDays!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Days; null when the count is suppressed or 0.' })
  p90Days!: number | null;
}

export class ReportMunicipalityDto {
  @ApiProperty()
  name!: string;

  @count()
  submitted!: ReportedCount;
}

export class ReportSectorDto {
  @ApiProperty({ enum: SECTORS })
  sector!: Sector;

  @count()
  count!: ReportedCount;
}

export class ReportReasonDto {
  @ApiProperty({ description: "The region's Dutch label of the reason code." })
  label!: string;

  @count()
  count!: ReportedCount;
}

export class ReportOrganisationDto {
  @ApiProperty()
  name!: string;

  @count()
  overdueAgreements!: ReportedCount;
}

export class MonitoringReportDto implements MonitoringReportResponse {
  @ApiProperty({ example: 'Monitoring sluitende aanpak — Regio Rivierenland' })
  title!: string;

  @ApiProperty({ type: ReportFilterDto })
  filter!: ReportFilterDto;

  @ApiProperty({ format: 'date-time', description: 'When the figures were computed.' })
  generatedAt!: string;

  @ApiProperty({ type: 'integer', example: 5, description: 'Counts below this (except 0) are null.' })
  suppressionThreshold!: number;

  @ApiProperty({ type: ReportStateFigureDto, isArray: true })
  escalationsByState!: ReportStateFigureDto[];

  @ApiProperty({ type: ReportMonthFigureDto, isArray: true })
  throughput!: ReportMonthFigureDto[];

  @ApiProperty({ type: ReportLeadTimeDto, isArray: true })
  leadTimes!: ReportLeadTimeDto[];

  @ApiProperty({ type: ReportMunicipalityDto, isArray: true })
  byMunicipality!: ReportMunicipalityDto[];

  @ApiProperty({ type: ReportSectorDto, isArray: true })
  bySector!: ReportSectorDto[];

  @ApiProperty({ type: ReportReasonDto, isArray: true, description: 'Most frequent first.' })
  reasonCodes!: ReportReasonDto[];

  @ApiProperty({ type: ReportOrganisationDto, isArray: true, description: 'Most overdue first.' })
  overdueByOrganisation!: ReportOrganisationDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', nullable: true, minimum: 0 },
    description: `Per signal (${MONITORING_SIGNALS.join(', ')}): open cases today, in the municipalities. ${SUPPRESSED}`,
  })
  signals!: Record<MonitoringSignal, ReportedCount>;
}
