import { addDays, addMonths, birthdayAt, compareDates, normPassedOn, STAGNATION_DAYS } from '@sluitend/domain';

/** No norm and no age boundary lies further than this from the day it is computed for. */
const SEARCH_DAYS = 400;

/**
 * The latest day `d` at or before `start` for which `holds(d)` is true, walking back; `holds` must be
 * monotonic (true up to some day, false after it), as every date rule below is.
 */
function latestDay(start: string, holds: (day: string) => boolean): string {
  let day = start;
  for (let step = 0; step < SEARCH_DAYS; step++) {
    if (holds(day)) return day;
    day = addDays(day, -1);
  }
  throw new RangeError(`No day within ${SEARCH_DAYS} days before ${start}`);
}

/**
 * The last Amsterdam day on which an escalation can have entered the state and be past its norm today:
 * entered on or before it means past the norm. Working days and holidays stay the domain's business
 * (`normPassedOn`); SQL only compares timestamps with the day this gives.
 */
export function lastDayPastNorm(state: 'submitted' | 'accepted', today: string): string {
  return latestDay(today, (since) => compareDates(normPassedOn(state, since) as string, today) <= 0);
}

/** The latest date of birth of someone who is at least `years` old on `day` (29 February as `birthdayAt`). */
export function latestBirthDateAged(years: number, day: string): string {
  return latestDay(
    addDays(addMonths(day, -12 * years), 2),
    (dateOfBirth) => compareDates(birthdayAt(dateOfBirth, years), day) <= 0,
  );
}

/** The Amsterdam day before which the last activity must lie for a case to stagnate today (its reminder is due). */
export function stagnationDay(today: string): string {
  // Stagnating on the day the reminder is due: the last change's day + STAGNATION_DAYS ≤ today.
  return addDays(today, -STAGNATION_DAYS + 1);
}

/** The day boundaries of the signals about jongeren, computed for `today`. */
export interface SignalCutoffs {
  /** Born on or before: 16 or older today. */
  sixteenBornOnOrBefore: string;
  /** Born after: not yet 18 today. */
  eighteenBornAfter: string;
  /** Born on or before: 18 within a year from today. */
  eighteenWithinYearBornOnOrBefore: string;
  /** Last activity before the start of this Amsterdam day: stagnating. */
  stagnantBefore: string;
}

export function signalCutoffs(today: string): SignalCutoffs {
  return {
    sixteenBornOnOrBefore: latestBirthDateAged(16, today),
    eighteenBornAfter: latestBirthDateAged(18, today),
    eighteenWithinYearBornOnOrBefore: latestBirthDateAged(18, addMonths(today, 12)),
    stagnantBefore: stagnationDay(today),
  };
}
