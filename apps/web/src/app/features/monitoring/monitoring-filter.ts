import { Params } from '@angular/router';
import {
  MONITORING_DEFAULT_MONTHS,
  MONITORING_MAX_PERIOD_DAYS,
  MonitoringFilter,
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  isIsoDate,
} from '@sluitend/domain';

export const PERIOD_PRESETS = ['last-12-months', 'this-year', 'last-year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** The period a preset stands for on `today` (both ends included). */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'last-12-months':
      // The current month and the 11 before it, so the throughput chart shows 12 whole bars' worth of months.
      return { from: addMonths(`${today.slice(0, 7)}-01`, 1 - MONITORING_DEFAULT_MONTHS), to: today };
    case 'this-year':
      return { from: `${year}-01-01`, to: today };
    case 'last-year':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** The preset a period matches on `today`, if any, so the filter bar can show which one is active. */
export function matchingPreset(filter: Pick<MonitoringFilter, 'from' | 'to'>, today: string): PeriodPreset | null {
  return (
    PERIOD_PRESETS.find((preset) => {
      const period = presetPeriod(preset, today);
      return period.from === filter.from && period.to === filter.to;
    }) ?? null
  );
}

/** Why a period cannot be asked for, or null when it can: the api refuses the same periods. */
export function periodProblem(from: string, to: string): 'invalid' | 'order' | 'tooLong' | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'invalid';
  if (compareDates(from, to) > 0) return 'order';
  if (daysBetween(from, to) + 1 > MONITORING_MAX_PERIOD_DAYS) return 'tooLong';
  return null;
}

/**
 * The filter from the address bar, so a view can be bookmarked and shared and back/forward work; a missing
 * or unusable period falls back to the last 12 months.
 */
export function filterFromParams(params: Params, today: string): MonitoringFilter {
  const from = typeof params['from'] === 'string' ? params['from'] : '';
  const to = typeof params['to'] === 'string' ? params['to'] : '';
  const period = periodProblem(from, to) === null ? { from, to } : presetPeriod('last-12-months', today);
  return { ...period, municipalityIds: municipalityIdsFromParams(params) };
}

/** `municipalityId` appears once per municipality; the router gives one value as a string. */
export function municipalityIdsFromParams(params: Params): string[] {
  const raw: unknown = params['municipalityId'];
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))];
}

export function filterToParams(filter: MonitoringFilter): Params {
  return {
    from: filter.from,
    to: filter.to,
    municipalityId: filter.municipalityIds.length > 0 ? filter.municipalityIds : null,
  };
}

/** The last day of the month YYYY-MM. */
export function monthEnd(month: string): string {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

/** A month of the throughput, clipped to the period: the list behind it has the same bounds as the figure. */
export function monthWithinPeriod(
  month: string,
  filter: Pick<MonitoringFilter, 'from' | 'to'>,
): { from: string; to: string } {
  const start = `${month}-01`;
  const end = monthEnd(month);
  return {
    from: compareDates(start, filter.from) < 0 ? filter.from : start,
    to: compareDates(end, filter.to) > 0 ? filter.to : end,
  };
}
