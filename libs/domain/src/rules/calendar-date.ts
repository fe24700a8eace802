/**
 * Calendar dates as 'YYYY-MM-DD' strings, with arithmetic done on the numbers themselves.
 * Going through `Date` would drag in the machine's time zone and its quirks (years below 100
 * are read as 19xx), and a calendar date has no time of day to begin with.
 */

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Year 0 is valid ISO 8601 but PostgreSQL's date type refuses it; refusing here keeps it a 400, not a 500.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(value: string): CalendarDate {
  const date = parse(value);
  if (!date) throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(value)}`);
  return date;
}

function format({ year, month, day }: CalendarDate): string {
  if (year < 1 || year > 9999) throw new RangeError(`Year ${year} is outside 0001-9999`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Strict: exactly YYYY-MM-DD and a day that exists, so '2025-02-29' and '2025-04-31' are refused. */
export function isIsoDate(value: unknown): value is string {
  return parse(value) !== null;
}

// Creating a DateTimeFormat is costly; one instance serves every call.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The day it is for the people using Sluitend, whatever zone the server or browser runs in:
 * deadlines and birthdays change at midnight in the Netherlands, not at midnight UTC.
 */
export function todayInAmsterdam(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayInAmsterdam needs a valid Date');
  const parts = AMSTERDAM_DAY.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  return format({ year: part('year'), month: part('month'), day: part('day') });
}

/**
 * Months ahead (or back, when negative), clamped to the end of a shorter month:
 * 2026-08-31 + 6 months is 2027-02-28, so a "within 6 months" limit never overshoots into March.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs a whole number of months, got ${months}`);
  const { year, month, day } = parseOrThrow(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `dayNumber` (Howard Hinnant's civil_from_days). */
function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days ahead (or back, when negative): '2026-02-28' + 1 is '2026-03-01'. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return format(fromDayNumber(dayNumber(parseOrThrow(date)) + days));
}

/** 0 for Sunday up to 6 for Saturday, as `Date.prototype.getDay`; 1970-01-01 was a Thursday. */
export function dayOfWeek(date: string): number {
  return (((dayNumber(parseOrThrow(date)) + 4) % 7) + 7) % 7;
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(parseOrThrow(to)) - dayNumber(parseOrThrow(from));
}

/** -1, 0 or 1, usable directly as an Array.prototype.sort comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  parseOrThrow(a);
  parseOrThrow(b);
  // Zero-padded ISO dates order the same as text, so no arithmetic is needed once both are valid.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
