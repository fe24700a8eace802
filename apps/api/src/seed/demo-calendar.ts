/** Dates of the demo data: everything is relative to the day the demo is seeded, in Dutch time. */

const ZONE = 'Europe/Amsterdam';
const WALL_CLOCK = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Adds days to a YYYY-MM-DD date; demo deadlines are relative to the day the demo is seeded. */
export function plusDays(date: string, days: number): string {
  const value = new Date(`${date}T12:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The date `count` working days (Monday to Friday) after a date, or before it when negative; 0 is the date. */
export function plusWorkingDays(date: string, count: number): string {
  const step = count < 0 ? -1 : 1;
  let result = date;
  for (let left = Math.abs(count); left > 0;) {
    result = plusDays(result, step);
    if (!isWeekend(result)) left--;
  }
  return result;
}

/** The date itself on a working day, otherwise the nearest working day in the given direction. */
export function onWorkingDay(date: string, direction: 1 | -1): string {
  let result = date;
  while (isWeekend(result)) result = plusDays(result, direction);
  return result;
}

/** A wall-clock time ("14:30") on a date in the Netherlands, summer time or not. */
export function atDutchTime(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(guess).map((part) => [part.type, part.value]));
  const wall = Date.UTC(+parts['year'], +parts['month'] - 1, +parts['day'], +parts['hour'], +parts['minute']);
  return new Date(guess.getTime() - (wall - guess.getTime()));
}
