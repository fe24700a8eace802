import {
  ESCALATION_OUTCOMES,
  MONITORING_SIGNALS,
  plainDate,
  todayInAmsterdam,
  type MonitoringReportResponse,
  type ReportedCount,
} from '@sluitend/domain';
import { LEAD_TIME_LABELS, OUTCOME_LABELS, SECTOR_LABELS, SIGNAL_LABELS, STATE_LABELS } from './report-labels';

/**
 * One figure of the report in a file: a number, a suppressed value (shown as SUPPRESSED), or `empty` when
 * there is nothing to report (a lead time over no escalations at all).
 */
export type ReportValue =
  { kind: 'count'; value: number } | { kind: 'days'; value: number } | { kind: 'suppressed' } | { kind: 'empty' };

/** How a suppressed value reads in the XLSX and the CSV; the Overzicht sheet explains it. */
export const SUPPRESSED = '<5';

export interface ReportTable {
  /** The sheet's name in the XLSX and the `sectie` in the CSV. */
  title: string;
  /** The header of the first column (what a row is about). */
  keyHeader: string;
  /** The headers of the figures' columns. */
  valueHeaders: string[];
  rows: Array<{
    /** A month (YYYY-MM) in `Doorstroom per maand`, a label everywhere else. */
    key: { kind: 'label'; label: string } | { kind: 'month'; month: string };
    values: ReportValue[];
  }>;
}

const count = (reported: ReportedCount): ReportValue =>
  reported === null ? { kind: 'suppressed' } : { kind: 'count', value: reported };

/** A lead time: suppressed with a suppressed count, empty when no escalation reached the stage. */
const days = (reportedCount: ReportedCount, figure: number | null): ReportValue => {
  if (reportedCount === null) return { kind: 'suppressed' };
  return figure === null ? { kind: 'empty' } : { kind: 'days', value: figure };
};

const label = (text: string) => ({ kind: 'label' as const, label: text });

/** The report's figures as the tables of the XLSX's sheets (after Overzicht) and the CSV's sections, in order. */
export function reportTables(report: MonitoringReportResponse): ReportTable[] {
  return [
    {
      title: 'Aanmeldingen per status',
      keyHeader: 'Status',
      valueHeaders: ['Aantal', 'Over de norm'],
      rows: report.escalationsByState.map((figure) => ({
        key: label(STATE_LABELS[figure.state]),
        values: [count(figure.count), count(figure.pastNorm)],
      })),
    },
    {
      title: 'Doorstroom per maand',
      keyHeader: 'Maand',
      valueHeaders: [
        'Ingediend',
        'Afgesloten',
        ...ESCALATION_OUTCOMES.map((outcome) => `Uitkomst: ${OUTCOME_LABELS[outcome].toLowerCase()}`),
      ],
      rows: report.throughput.map((figure) => ({
        key: { kind: 'month', month: figure.month },
        values: [
          count(figure.submitted),
          count(figure.closed),
          ...ESCALATION_OUTCOMES.map((outcome) => count(figure.outcomes[outcome])),
        ],
      })),
    },
    {
      title: 'Doorlooptijden',
      keyHeader: 'Doorlooptijd',
      valueHeaders: ['Aantal escalaties', 'Mediaan (dagen)', '90e percentiel (dagen)'],
      rows: report.leadTimes.map((figure) => ({
        key: label(LEAD_TIME_LABELS[figure.stage]),
        values: [count(figure.count), days(figure.count, figure.medianDays), days(figure.count, figure.p90Days)],
      })),
    },
    {
      title: 'Per gemeente',
      keyHeader: 'Gemeente',
      valueHeaders: ['Ingediend'],
      rows: report.byMunicipality.map((figure) => ({ key: label(figure.name), values: [count(figure.submitted)] })),
    },
    {
      title: 'Per sector',
      keyHeader: 'Sector nodig aan tafel',
      valueHeaders: ['Aantal escalaties'],
      rows: report.bySector.map((figure) => ({
        key: label(SECTOR_LABELS[figure.sector]),
        values: [count(figure.count)],
      })),
    },
    {
      title: 'Redenen',
      keyHeader: 'Reden',
      valueHeaders: ['Aantal escalaties'],
      rows: report.reasonCodes.map((figure) => ({ key: label(figure.label), values: [count(figure.count)] })),
    },
    {
      title: 'Afspraken over de deadline',
      keyHeader: 'Organisatie',
      valueHeaders: ['Afspraken over de deadline'],
      rows: report.overdueByOrganisation.map((figure) => ({
        key: label(figure.name),
        values: [count(figure.overdueAgreements)],
      })),
    },
    {
      title: 'Signalen',
      keyHeader: 'Signaal',
      valueHeaders: ['Aantal casussen'],
      rows: MONITORING_SIGNALS.map((signal) => ({
        key: label(SIGNAL_LABELS[signal]),
        values: [count(report.signals[signal])],
      })),
    },
  ];
}

const AMSTERDAM_TIME = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Amsterdam',
});

/** "2 maart 2026 om 10:15" (Europe/Amsterdam). */
function generatedAtText(iso: string): string {
  const at = new Date(iso);
  return `${plainDate(todayInAmsterdam(at))} om ${AMSTERDAM_TIME.format(at)}`;
}

/** The header block: what the report covers, when it was made, and how to read it. Label and text. */
export function overviewRows(report: MonitoringReportResponse): Array<[string, string]> {
  const threshold = report.suppressionThreshold;
  return [
    ['Titel', report.title],
    ['Periode', `${plainDate(report.filter.from)} t/m ${plainDate(report.filter.to)}`],
    [
      'Gemeenten',
      `${report.filter.municipalityIds.length === 0 ? 'Alle gemeenten van de regio: ' : ''}${report.filter.municipalityNames.join(', ')}`,
    ],
    ['Gemaakt op', generatedAtText(report.generatedAt)],
    ['Drempel kleine aantallen', String(threshold)],
    [
      'Kleine aantallen',
      `Aantallen van 1 tot en met ${threshold - 1} staan er als "<${threshold}": zo weinig kan naar één jongere of gezin wijzen. ` +
        `0 staat er wel. Een doorlooptijd (mediaan en 90e percentiel) over minder dan ${threshold} escalaties staat er ook als "<${threshold}": ` +
        `dan is het aantal escalaties te klein, niet de doorlooptijd. Een lege cel bij een doorlooptijd: geen escalatie kwam zo ver.`,
    ],
    [
      'Welke escalaties',
      'Aanmeldingen per status, per gemeente, per sector, de redenen en de doorlooptijden gaan over de escalaties die in de periode zijn ingediend, met hun status van nu. ' +
        'Doorstroom per maand telt het indienen en het afsluiten in de maand waarin het gebeurde.',
    ],
    [
      'Over de norm',
      'Ingediend en na 5 werkdagen nog niet beoordeeld, of geaccepteerd en na 4 weken nog niet geagendeerd. De andere statussen hebben geen norm.',
    ],
    [
      'Afspraken over de deadline',
      'Afspraken die in de periode zijn gemaakt, nu nog open zijn en over hun deadline. Organisaties zonder zulke afspraken staan er niet in.',
    ],
    ['Signalen', 'Over de open casussen van vandaag, in de gekozen gemeenten; de periode geldt hier niet.'],
    ['Persoonsgegevens', 'Dit rapport bevat alleen aantallen en doorlooptijden, geen gegevens over personen.'],
  ];
}
