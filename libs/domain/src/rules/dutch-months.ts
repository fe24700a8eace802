/**
 * The Dutch month names, for dates spelled out in titles, plans and reports the same on every machine
 * (no Intl locale data involved: a server's Node may be built without full ICU).
 */
export const DUTCH_MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** 1 → 'januari' … 12 → 'december'; undefined for anything else. */
export function dutchMonthName(month: number): string | undefined {
  return DUTCH_MONTH_NAMES[month - 1];
}
