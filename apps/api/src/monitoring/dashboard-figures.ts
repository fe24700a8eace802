import {
  addMonths,
  DEFAULT_ESCALATION_REASON_LABELS,
  ESCALATION_OUTCOMES,
  ESCALATION_STATES,
  LEAD_TIME_STAGES,
  SECTORS,
  type EscalationOutcome,
  type EscalationStateFigure,
  type LeadTimeFigure,
  type LeadTimeStage,
  type MonthFigure,
  type OrganisationFigure,
  type ReasonCodeFigure,
  type SectorFigure,
  type SignalFigures,
} from '@sluitend/domain';
import type {
  BySectorRow,
  EscalationsByStateRow,
  LeadTimesRow,
  OverdueByOrganisationRow,
  ReasonCodeRow,
  SignalsRow,
  ThroughputRow,
} from './queries';

/*
 * From the rows of the aggregate queries to the figures of the contract: every state, month, stage, sector
 * and outcome present with its zeros, so a chart never has to guess what a missing bar means.
 */

export const NO_REASON_LABEL = 'Geen reden opgegeven';

export function stateFigures(rows: EscalationsByStateRow[]): EscalationStateFigure[] {
  return ESCALATION_STATES.filter((state) => state !== 'draft').map((state) => {
    const row = rows.find((candidate) => candidate.state === state);
    return {
      state,
      count: row?.count ?? 0,
      pastNorm: row?.past_norm ?? 0,
      longestDaysInState: row ? row.longest_days : null,
    };
  });
}

/** Every month (YYYY-MM) from the one of `from` up to the one of `to`. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let day = `${from.slice(0, 7)}-01`; day.slice(0, 7) <= to.slice(0, 7); day = addMonths(day, 1))
    months.push(day.slice(0, 7));
  return months;
}

export function throughputFigures(rows: ThroughputRow[], from: string, to: string): MonthFigure[] {
  return monthsOf(from, to).map((month) => {
    const ofMonth = rows.filter((row) => row.month === month);
    const closed = ofMonth.filter((row) => row.kind === 'closed');
    const outcomes = Object.fromEntries(
      ESCALATION_OUTCOMES.map((outcome) => [
        outcome,
        closed.filter((row) => row.outcome === outcome).reduce((sum, row) => sum + row.count, 0),
      ]),
    ) as Record<EscalationOutcome, number>;
    return {
      month,
      submitted: ofMonth.filter((row) => row.kind === 'submitted').reduce((sum, row) => sum + row.count, 0),
      closed: closed.reduce((sum, row) => sum + row.count, 0),
      outcomes,
    };
  });
}

const STAGE_COLUMNS: Record<LeadTimeStage, 'triage' | 'first_session' | 'close'> = {
  'submission-to-triage': 'triage',
  'submission-to-first-session': 'first_session',
  'submission-to-close': 'close',
};

export function leadTimeFigures(row: LeadTimesRow | undefined): LeadTimeFigure[] {
  return LEAD_TIME_STAGES.map((stage: LeadTimeStage) => {
    const column = STAGE_COLUMNS[stage];
    return {
      stage,
      count: row?.[`${column}_count`] ?? 0,
      medianDays: row?.[`${column}_median`] ?? null,
      p90Days: row?.[`${column}_p90`] ?? null,
    };
  });
}

export function sectorFigures(rows: BySectorRow[]): SectorFigure[] {
  return SECTORS.map((sector) => ({ sector, count: rows.find((row) => row.sector === sector)?.count ?? 0 }));
}

/** The region's label of a reason code; a code outside the default list is shown as it is stored. */
export function reasonCodeLabel(code: string | null): string {
  if (code === null) return NO_REASON_LABEL;
  return (DEFAULT_ESCALATION_REASON_LABELS as Record<string, string>)[code] ?? code;
}

export function reasonCodeFigures(rows: ReasonCodeRow[]): ReasonCodeFigure[] {
  return rows
    .map((row) => ({ code: row.reason_code, label: reasonCodeLabel(row.reason_code), count: row.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
}

export function organisationFigures(rows: OverdueByOrganisationRow[]): OrganisationFigure[] {
  return rows.map((row) => ({ organisationId: row.id, name: row.name, overdueAgreements: row.overdue }));
}

export function signalFigures(row: SignalsRow | undefined): SignalFigures {
  return {
    'sixteen-plus-without-plan': row?.sixteen_plus_without_plan ?? 0,
    'turning-eighteen-open-checklist': row?.turning_eighteen_open_checklist ?? 0,
    stagnating: row?.stagnating ?? 0,
  };
}
