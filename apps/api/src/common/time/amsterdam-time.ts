/**
 * Dutch wall-clock times as instants, for everything scheduled "at 08:00" or "at 08:30" in Dutch time
 * (reminders, the daily digest) whatever the server's time zone, also on the days the clocks change.
 */
const AMSTERDAM_WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Amsterdam's wall clock is ahead of UTC at an instant (+1 h in winter, +2 h in summer), in ms. */
function amsterdamOffset(instant: number): number {
  const parts = Object.fromEntries(
    AMSTERDAM_WALL_CLOCK.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(
    parts['year'],
    parts['month'] - 1,
    parts['day'],
    parts['hour'],
    parts['minute'],
    parts['second'],
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * A wall-clock time of a calendar day in Europe/Amsterdam as an instant. Meant for daytime hours: the clocks
 * change at night (02:00/03:00), so such a time exists exactly once on every day.
 */
export function amsterdamTime(day: string, hour: number, minute: number): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, date, hour, minute);
  // Guessing twice settles on the right side of a clock change.
  const guess = asIfUtc - amsterdamOffset(asIfUtc);
  return new Date(asIfUtc - amsterdamOffset(guess));
}
