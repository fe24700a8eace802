import { addDays, compareDates, dayOfWeek, isIsoDate } from '../rules/calendar-date';

/**
 * Dutch working days: Monday to Friday, minus the public holidays most people in youth care, the
 * municipalities and their partners have off.
 *
 * There is no law that makes a day a day off in the Netherlands; collective agreements (cao's) do. The
 * list below is the one nearly every cao shares:
 * - Nieuwjaarsdag (1 January), Tweede Paasdag, Koningsdag, Hemelvaartsdag, Tweede Pinksterdag, Eerste
 *   and Tweede Kerstdag; Eerste Paasdag and Eerste Pinksterdag are Sundays anyway and are listed for
 *   completeness;
 * - Koningsdag is 27 April, or Saturday 26 April when the 27th is a Sunday (Besluit van 2013 on the
 *   King's birthday, from 2014). Before 2014 it was Koninginnedag: 30 April, or the 29th when the 30th
 *   was a Sunday;
 * - Bevrijdingsdag (5 May) only in lustrum years (2025, 2030, …), as most cao's give it;
 * - Goede Vrijdag is NOT a day off: few cao's give it and offices are open.
 *
 * Deliberately not the Algemene termijnenwet: it does count Goede Vrijdag and 5 May every year, but it
 * governs when a statutory deadline ends, not whether people are at work, and its extra bridge days
 * are set by a royal decree every three years, so they cannot be computed. The working-day rule here
 * times a service level between colleagues (triage within 5 working days), so the cao calendar fits.
 *
 * No holiday library is in package.json, and Easter is one short, well-known algorithm; adding a
 * dependency (and its yearly data updates) to the pure domain library for it is not worth it.
 */

export interface PublicHoliday {
  date: string;
  name: string;
}

/** Bevrijdingsdag is a day off once every five years. */
export const LIBERATION_DAY_LUSTRUM = 5;

/**
 * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher),
 * valid for every year from 1583.
 */
export function easterSunday(year: number): string {
  if (!Number.isInteger(year) || year < 1583 || year > 9999)
    throw new RangeError(`easterSunday needs a Gregorian year 1583-9999, got ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  // Stryker disable next-line StringLiteral: a year of 1583-9999 has four digits, so padding it with '' or '0' is the same
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function kingsDay(year: number): PublicHoliday {
  // Stryker disable next-line StringLiteral: only reached for years easterSunday accepts (1583-9999), four digits already
  const yyyy = String(year).padStart(4, '0');
  const [usual, early, name] = year >= 2014 ? ['27', '26', 'Koningsdag'] : ['30', '29', 'Koninginnedag'];
  const date = `${yyyy}-04-${usual}`;
  return { date: dayOfWeek(date) === 0 ? `${yyyy}-04-${early}` : date, name };
}

// Every working-day step looks a day up; computing a year's holidays once keeps that a map look-up.
const holidaysByYear = new Map<number, ReadonlyMap<string, string>>();

function holidayNames(year: number): ReadonlyMap<string, string> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  // Stryker disable next-line StringLiteral: easterSunday below refuses any year without four digits before yyyy is used
  const yyyy = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: `${yyyy}-01-01`, name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    kingsDay(year),
    ...(year % LIBERATION_DAY_LUSTRUM === 0 ? [{ date: `${yyyy}-05-05`, name: 'Bevrijdingsdag' }] : []),
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: `${yyyy}-12-25`, name: 'Eerste Kerstdag' },
    { date: `${yyyy}-12-26`, name: 'Tweede Kerstdag' },
  ];
  const names = new Map(
    holidays.sort((a, b) => compareDates(a.date, b.date)).map((holiday) => [holiday.date, holiday.name] as const),
  );
  holidaysByYear.set(year, names);
  return names;
}

/** The public holidays of a year (see the top of this file for which and why), in date order. */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  return [...holidayNames(year)].map(([date, name]) => ({ date, name }));
}

/** The name of the public holiday on `date`, or null when it is none. */
export function dutchPublicHolidayName(date: string): string | null {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(date)}`);
  return holidayNames(Number(date.slice(0, 4))).get(date) ?? null;
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && dutchPublicHolidayName(date) === null;
}

/**
 * The `n`th working day after `date` (before it, when `n` is negative); `date` itself is never counted,
 * so a Friday + 1 is the Monday, and a Saturday + 1 is the Monday too. With 0 it is `date` unchanged,
 * working day or not.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  // Stryker disable next-line EqualityOperator: with n = 0 the loop never steps, so 0 may go either way
  const step = n < 0 ? -1 : 1;
  let day = date;
  // Stryker disable next-line ConditionalExpression: for n other than 0 addDays throws this same RangeError on an invalid date
  if (n === 0 && !isIsoDate(day)) throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(date)}`);
  for (let remaining = Math.abs(n); remaining > 0;) {
    day = addDays(day, step);
    if (isWorkingDay(day)) remaining -= 1;
  }
  return day;
}

/**
 * How many working days `to` lies after `from`, the inverse of `addWorkingDays`: when `to` is
 * `addWorkingDays(from, n)`, this is `n`, for a negative `n` too. Forward it counts the working days
 * after `from` up to and including `to`; backward, minus those from `to` up to but excluding `from`.
 * 0 on the same day.
 */
export function workingDaysBetween(from: string, to: string): number {
  const order = compareDates(from, to);
  if (order === 0) return 0;
  // Stryker disable next-line EqualityOperator: order 0 has returned above
  const [first, last] = order < 0 ? [addDays(from, 1), to] : [to, addDays(from, -1)];
  let count = 0;
  for (let day = first; compareDates(day, last) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  // Stryker disable next-line EqualityOperator: order 0 has returned above
  return order < 0 ? count : -count;
}
