import { addMonths, compareDates, daysBetween, isIsoDate, isLeapYear } from './calendar-date';

/** Sluitend serves jongeren and jongvolwassenen up to and including 27 (DOMAIN.md). */
export const MAX_JONGERE_AGE = 27;

export type DateOfBirthProblem = 'invalid' | 'in-future' | 'too-old';

/**
 * The first day on which someone born on `dateOfBirth` is `years` old.
 *
 * Born on 29 February: in a year without that day, the birthday is 1 March. Dutch law counts the
 * day of birth as a whole day, so a year of life is completed at the end of the day before the
 * birthday; without a 29th that is the end of 28 February, so the new age starts on 1 March. This
 * is also the later of the two candidate days, which keeps the rights tied to an age (deciding on
 * consent alone at 16, leaving youth care at 18) from starting a day too early. A transition
 * deadline at 18 therefore falls on 1 March; reminders before it still fire in February.
 */
export function birthdayAt(dateOfBirth: string, years: number): string {
  if (!Number.isInteger(years) || years < 0) throw new RangeError(`birthdayAt needs a whole age >= 0, got ${years}`);
  if (!isIsoDate(dateOfBirth))
    throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(dateOfBirth)}`);
  const year = Number(dateOfBirth.slice(0, 4)) + years;
  if (dateOfBirth.slice(5) === '02-29' && !isLeapYear(year)) return `${String(year).padStart(4, '0')}-03-01`;
  return addMonths(dateOfBirth, years * 12);
}

/**
 * Completed years on `today`. Before the date of birth it counts backwards (a day before birth is -1)
 * rather than throwing, so a form can show a mistyped date as a problem instead of crashing.
 */
export function ageInYears(dateOfBirth: string, today: string): number {
  if (compareDates(today, dateOfBirth) < 0) {
    const yearsBefore = ageInYears(today, dateOfBirth);
    return birthdayAt(today, yearsBefore) === dateOfBirth ? -yearsBefore : -yearsBefore - 1;
  }
  const candidate = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return compareDates(today, birthdayAt(dateOfBirth, candidate)) < 0 ? candidate - 1 : candidate;
}

export function eighteenthBirthday(dateOfBirth: string): string {
  return birthdayAt(dateOfBirth, 18);
}

/** From 16½ the 18-/18+ checklist applies (DOMAIN.md): half a year counted from the 16th birthday. */
export function isTransitionAge(dateOfBirth: string, today: string): boolean {
  return compareDates(today, addMonths(birthdayAt(dateOfBirth, 16), 6)) >= 0;
}

/** 0 on the 18th birthday itself, negative once it has passed. */
export function daysUntilEighteenth(dateOfBirth: string, today: string): number {
  return daysBetween(today, eighteenthBirthday(dateOfBirth));
}

/** Why a date of birth cannot be a jongere's, or null when it can: aged 0 up to and including 27. */
export function dateOfBirthProblem(dateOfBirth: string, today: string): DateOfBirthProblem | null {
  if (!isIsoDate(dateOfBirth)) return 'invalid';
  if (compareDates(dateOfBirth, today) > 0) return 'in-future';
  if (ageInYears(dateOfBirth, today) > MAX_JONGERE_AGE) return 'too-old';
  return null;
}
