import type { EscalationOutcome, EscalationState } from '../actietafel/escalation.contract';
import type { Sector } from '../people/sector';
import type { ReportedCount } from './small-counts';

/**
 * The coordinator's dashboard and the region's monitoring report (issue 7). Aggregates only: no figure
 * carries a name, a BSN, a date of birth or any other personal data, and the report suppresses small
 * counts (`suppressSmallCount`).
 *
 * One filter applies to everything: a period of calendar days (Europe/Amsterdam, both ends included) and
 * optionally municipalities (of the case). How the period applies per figure:
 * - escalations (states, norms, per municipality/sector/reason code, lead times): those SUBMITTED in the
 *   period; their state is the state now;
 * - throughput: submitted per month of submission, closed per month of closing, both inside the period;
 * - overdue agreements: agreements made (created) in the period that are open and past their deadline now;
 * - signals about jongeren (16+ without a toekomstplan, turning 18 within a year with an open checklist,
 *   stagnating cases): about open cases as of today; the period does not apply to them, the municipality
 *   filter does. The web app says so next to them.
 *
 * The municipality an escalation counts for is its case's municipality when the escalation was submitted (the
 * municipality responsible then): a case that moves later leaves its escalations where they were. An
 * agreement counts for its escalation's municipality. The drill-down lists filter by the same, so a list is
 * as long as its figure.
 */

/** Query parameters of every monitoring endpoint: `from`, `to` (YYYY-MM-DD) and `municipalityId` (repeatable). */
export interface MonitoringFilter {
  from: string;
  to: string;
  /** Empty: every municipality of the viewer's region. */
  municipalityIds: string[];
}

/** The longest period one request may cover, so no query scans the whole history by accident. */
export const MONITORING_MAX_PERIOD_DAYS = 3 * 366;

/** The dashboard's default period: the last 12 full months up to today. */
export const MONITORING_DEFAULT_MONTHS = 12;

export interface EscalationStateFigure {
  state: Exclude<EscalationState, 'draft'>;
  count: number;
  /** How many of them are past the norm of their state (`escalationPastNorm`); 0 for states without one. */
  pastNorm: number;
  /** The longest time one of them has been in this state, in whole days; null when count is 0. */
  longestDaysInState: number | null;
}

export interface MonthFigure {
  /** YYYY-MM. Every month of the period is present, also the ones with zeros. */
  month: string;
  submitted: number;
  closed: number;
  /** Of those closed in this month, per outcome; every outcome is present. */
  outcomes: Record<EscalationOutcome, number>;
}

export const LEAD_TIME_STAGES = ['submission-to-triage', 'submission-to-first-session', 'submission-to-close'] as const;
export type LeadTimeStage = (typeof LEAD_TIME_STAGES)[number];

/**
 * A lead time over the escalations submitted in the period that reached the stage: triage is the first
 * accept/return/reject (`triaged_at`), the first session is the start of the first session the escalation was
 * scheduled on and discussed in, close is `closed_at`. In days (fractional: seconds / 86,400), median and 90th
 * percentile interpolated like Postgres' `percentile_cont` (`percentileCont`).
 */
export interface LeadTimeFigure {
  stage: LeadTimeStage;
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface MunicipalityFigure {
  municipalityId: string;
  name: string;
  /** Escalations submitted in the period that count for this municipality (see above). */
  submitted: number;
}

export interface SectorFigure {
  sector: Sector;
  /** Escalations submitted in the period that need this sector at the table (one escalation can need several). */
  count: number;
}

export interface ReasonCodeFigure {
  /** The stored key; null for escalations without one. */
  code: string | null;
  /** The region's Dutch label of the code. */
  label: string;
  count: number;
}

export interface OrganisationFigure {
  organisationId: string;
  name: string;
  /** Open agreements past their deadline owned by the organisation or by one of its people. */
  overdueAgreements: number;
}

export const MONITORING_SIGNALS = [
  'sixteen-plus-without-plan',
  'turning-eighteen-open-checklist',
  'stagnating',
] as const;
export type MonitoringSignal = (typeof MONITORING_SIGNALS)[number];

/**
 * - sixteen-plus-without-plan: open cases of jongeren aged 16 or older today with no saved toekomstplan;
 * - turning-eighteen-open-checklist: open cases of jongeren who turn 18 within a year from today (not yet 18)
 *   whose current toekomstplan has an 18-/18+ checklist item not done (or no checklist at all);
 * - stagnating: open cases whose plan, actions and team have not changed for 6 weeks (STAGNATION_DAYS,
 *   `case_file.last_activity_at`).
 */
export type SignalFigures = Record<MonitoringSignal, number>;

/** GET /monitoring/dashboard: for the coordinator and the chair of the region. */
export interface DashboardResponse {
  filter: MonitoringFilter;
  /** When the figures were computed (ISO 8601). */
  generatedAt: string;
  escalationsByState: EscalationStateFigure[];
  norms: { triageWaiting: number; acceptedUnscheduled: number; overdueAgreements: number };
  throughput: MonthFigure[];
  leadTimes: LeadTimeFigure[];
  byMunicipality: MunicipalityFigure[];
  bySector: SectorFigure[];
  /** Most frequent first. */
  reasonCodes: ReasonCodeFigure[];
  /** Most overdue first; organisations with none are left out. */
  overdueByOrganisation: OrganisationFigure[];
  signals: SignalFigures;
}

/**
 * GET /monitoring/signals/{signal}/cases: the list behind a signal's number, as far as the viewer may open
 * it. Cases the viewer may open under the access policy (case team, consent) are listed; the rest are only
 * counted, never named.
 */
export interface SignalCasesResponse {
  signal: MonitoringSignal;
  total: number;
  cases: Array<{ id: string; displayName: string; municipalityName: string }>;
  /** Cases behind the number the viewer may not open. */
  notAccessible: number;
}

/**
 * GET /monitoring/report (application/json; the same figures as `.xlsx` via `/monitoring/report/xlsx` and as
 * CSV via `/monitoring/report/csv`): for funders and municipalities. Every count below SMALL_COUNT_THRESHOLD
 * (except 0) is null, and a lead time over fewer escalations is null too.
 */
export interface MonitoringReportResponse {
  title: string;
  filter: MonitoringFilter & { municipalityNames: string[] };
  generatedAt: string;
  suppressionThreshold: number;
  escalationsByState: Array<{
    state: Exclude<EscalationState, 'draft'>;
    count: ReportedCount;
    pastNorm: ReportedCount;
  }>;
  throughput: Array<{
    month: string;
    submitted: ReportedCount;
    closed: ReportedCount;
    outcomes: Record<EscalationOutcome, ReportedCount>;
  }>;
  leadTimes: Array<{ stage: LeadTimeStage; count: ReportedCount; medianDays: number | null; p90Days: number | null }>;
  byMunicipality: Array<{ name: string; submitted: ReportedCount }>;
  bySector: Array<{ sector: Sector; count: ReportedCount }>;
  reasonCodes: Array<{ label: string; count: ReportedCount }>;
  overdueByOrganisation: Array<{ name: string; overdueAgreements: ReportedCount }>;
  signals: Record<MonitoringSignal, ReportedCount>;
}
