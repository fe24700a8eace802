/**
 * Small counts are suppressed in anything that leaves the region (the monitoring report): in a municipality
 * of a few thousand young people, "2 escalations for LVB in Buren in March" can point at one family. The
 * CBS and the Jeugdmonitor use the same rule of thumb: counts from 1 up to 4 are not shown; 0 is shown, as
 * it discloses nothing about a person.
 */
export const SMALL_COUNT_THRESHOLD = 5;

/** A count as it may be reported: the number, or null when it is suppressed. */
export type ReportedCount = number | null;

export function suppressSmallCount(count: number, threshold = SMALL_COUNT_THRESHOLD): ReportedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count is a whole number ≥ 0, got ${count}`);
  return count > 0 && count < threshold ? null : count;
}

/**
 * A figure derived from a group of cases (a median lead time) tells about the people in it as much as their
 * count does, so it is suppressed with the count.
 */
export function suppressWithCount<T>(count: number, figure: T, threshold = SMALL_COUNT_THRESHOLD): T | null {
  return suppressSmallCount(count, threshold) === null ? null : figure;
}
