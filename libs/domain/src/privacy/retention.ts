import { addMonths, compareDates } from '../rules/calendar-date';
import type { RetentionKind } from './privacy.contract';

/**
 * Jeugdwet art. 7.3.8 lid 1: the dossier is kept twenty years from when the data were made, or longer where
 * good care requires it. Sluitend counts from the day a case was closed: no record of a case is younger than
 * that, so nothing goes before its legal term. The access log protects the dossier and is kept as long.
 */
export const DEFAULT_RETENTION_YEARS: Readonly<Record<RetentionKind, number>> = {
  'case-file': 20,
  'access-log': 20,
};

/** Records dated before the returned day (a calendar date) have passed their term on `today`. */
export function retentionCutoff(today: string, years: number): string {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`A retention term is a whole number of years >= 1`);
  return addMonths(today, -12 * years);
}

/** A closed case goes once the day it was closed lies before the cutoff. Open cases never go by retention. */
export function isPastRetention(closedOn: string | null, today: string, years: number): boolean {
  const cutoff = retentionCutoff(today, years);
  return closedOn !== null && compareDates(closedOn, cutoff) < 0;
}
