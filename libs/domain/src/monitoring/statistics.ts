/**
 * The statistics of the monitoring report (issue 7), defined once so the api's SQL and the tests agree to
 * the exact number.
 *
 * Percentiles interpolate linearly between the two nearest ranks, as Postgres' `percentile_cont` does, so an
 * aggregate computed in the database equals the one computed here from the same durations: the p-th
 * percentile of n sorted values is at rank h = (n − 1)·p (0-based), between values ⌊h⌋ and ⌈h⌉.
 */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`A percentile fraction lies in [0, 1], got ${fraction}`);
  if (values.some((value) => !Number.isFinite(value))) throw new RangeError('Percentiles need finite numbers');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * fraction;
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const below = sorted[lower] as number;
  const above = sorted[upper] as number;
  return below + (above - below) * (rank - lower);
}

/** The median and the 90th percentile, the two lead-time figures the region reports. */
export function leadTimeSummary(values: readonly number[]): {
  count: number;
  median: number | null;
  p90: number | null;
} {
  return { count: values.length, median: percentileCont(values, 0.5), p90: percentileCont(values, 0.9) };
}
