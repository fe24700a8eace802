import { leadTimeSummary, percentileCont } from './statistics';

describe('percentileCont', () => {
  it('interpolates between the nearest ranks like Postgres percentile_cont', () => {
    // SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY v) FROM unnest('{1,2,3,4,10}'::int[]) v → 7.6
    expect(percentileCont([10, 1, 3, 2, 4], 0.9)).toBeCloseTo(7.6, 10);
    expect(percentileCont([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileCont([5, 1, 3], 0.5)).toBe(3);
  });

  it('is the minimum at 0 and the maximum at 1', () => {
    expect(percentileCont([4, 9, 2], 0)).toBe(2);
    expect(percentileCont([4, 9, 2], 1)).toBe(9);
  });

  it('is the single value for one value and null for none', () => {
    expect(percentileCont([7], 0.9)).toBe(7);
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('refuses a fraction outside [0, 1] and non-finite values', () => {
    expect(() => percentileCont([1], 1.5)).toThrow(RangeError);
    expect(() => percentileCont([1], Number.NaN)).toThrow(RangeError);
    expect(() => percentileCont([1, Number.POSITIVE_INFINITY], 0.5)).toThrow(RangeError);
  });

  it('accepts exactly 0 and 1 and refuses a negative fraction, however small, with the reason', () => {
    expect(percentileCont([4, 9, 2], -0)).toBe(2);
    expect(() => percentileCont([1], -0.1)).toThrow('A percentile fraction lies in [0, 1], got -0.1');
    expect(() => percentileCont([1], -Number.MIN_VALUE)).toThrow(RangeError);
    expect(() => percentileCont([1], 1 + Number.EPSILON)).toThrow(
      'A percentile fraction lies in [0, 1], got 1.0000000000000002',
    );
    expect(() => percentileCont([], -1)).toThrow(RangeError);
  });

  it('refuses a non-finite value anywhere in the list, and says why', () => {
    expect(() => percentileCont([Number.NaN, 1, 2], 0.5)).toThrow('Percentiles need finite numbers');
    expect(() => percentileCont([1, 2, Number.NEGATIVE_INFINITY], 0.5)).toThrow('Percentiles need finite numbers');
  });

  it('sorts numerically, not as text, and interpolates on the sorted values', () => {
    // As text, 10 would sort before 9; numerically the median of {9, 10, 100} is 10.
    expect(percentileCont([100, 9, 10], 0.5)).toBe(10);
    expect(percentileCont([100, 9, 10], 0.25)).toBe(9.5);
    expect(percentileCont([-5, 20, 0, 10], 0.75)).toBe(12.5);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentileCont(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('leadTimeSummary', () => {
  it('gives the count, the median and the 90th percentile', () => {
    expect(leadTimeSummary([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ count: 10, median: 5.5, p90: 9.1 });
  });

  it('has no median and no p90 for no values', () => {
    expect(leadTimeSummary([])).toEqual({ count: 0, median: null, p90: null });
  });
});
