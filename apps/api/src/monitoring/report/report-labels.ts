import {
  dutchMonthName,
  type EscalationOutcome,
  type EscalationState,
  type LeadTimeStage,
  type MonitoringSignal,
  type Sector,
} from '@sluitend/domain';

/*
 * The report's Dutch wording. States, outcomes and sectors read as the web app shows them
 * (apps/web/public/i18n/nl.json: actietafel.states, actietafel.outcomes, sector), so a municipality reading the
 * spreadsheet recognises the words its professionals see on screen.
 */

export const STATE_LABELS: Record<Exclude<EscalationState, 'draft'>, string> = {
  submitted: 'Ingediend',
  accepted: 'Geaccepteerd',
  scheduled: 'Geagendeerd',
  'agreements-running': 'Afspraken lopen',
  closed: 'Afgesloten',
  returned: 'Teruggestuurd',
  rejected: 'Afgewezen',
};

export const OUTCOME_LABELS: Record<EscalationOutcome, string> = {
  resolved: 'Opgelost',
  'partly-resolved': 'Deels opgelost',
  'not-resolved': 'Niet opgelost',
};

export const SECTOR_LABELS: Record<Sector, string> = {
  welzijn: 'Welzijn',
  jeugdhulp: 'Jeugdhulp',
  'werk-en-inkomen': 'Werk en inkomen',
  onderwijs: 'Onderwijs',
  gemeente: 'Gemeente',
};

export const LEAD_TIME_LABELS: Record<LeadTimeStage, string> = {
  'submission-to-triage': 'Van indienen tot beoordeling',
  'submission-to-first-session': 'Van indienen tot eerste bespreking',
  'submission-to-close': 'Van indienen tot afsluiting',
};

export const SIGNAL_LABELS: Record<MonitoringSignal, string> = {
  'sixteen-plus-without-plan': 'Jongeren van 16 jaar of ouder zonder toekomstplan',
  'turning-eighteen-open-checklist': 'Jongeren die binnen een jaar 18 worden met een open 18-/18+-checklist',
  stagnating: 'Casussen zonder beweging in 6 weken',
};

/** 2026-03 → "maart 2026". */
export function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  const name = dutchMonthName(index ?? 0);
  if (!year || !name) throw new RangeError(`Not a month as YYYY-MM: ${JSON.stringify(month)}`);
  return `${name} ${year}`;
}
