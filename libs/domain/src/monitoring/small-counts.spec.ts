import { suppressSmallCount, suppressWithCount } from './small-counts';

describe('suppressSmallCount', () => {
  it('hides the counts 1 to 4', () => {
    expect([1, 2, 3, 4].map((n) => suppressSmallCount(n))).toEqual([null, null, null, null]);
  });

  it('shows 0 and every count from 5', () => {
    expect([0, 5, 6, 1234].map((n) => suppressSmallCount(n))).toEqual([0, 5, 6, 1234]);
  });

  it('follows a stricter threshold when one is given', () => {
    expect(suppressSmallCount(9, 10)).toBeNull();
    expect(suppressSmallCount(10, 10)).toBe(10);
    expect(suppressWithCount(9, 12.5, 10)).toBeNull();
    expect(suppressWithCount(10, 12.5, 10)).toBe(12.5);
  });

  it('refuses a count that is not a whole number ≥ 0', () => {
    expect(() => suppressSmallCount(-1)).toThrow('A count is a whole number ≥ 0, got -1');
    expect(() => suppressSmallCount(2.5)).toThrow('A count is a whole number ≥ 0, got 2.5');
    expect(() => suppressWithCount(-1, 12.5)).toThrow(RangeError);
  });
});

describe('suppressWithCount', () => {
  it('hides a figure of a group too small to show, and keeps it otherwise', () => {
    expect(suppressWithCount(3, 12.5)).toBeNull();
    expect(suppressWithCount(5, 12.5)).toBe(12.5);
    expect(suppressWithCount(0, null)).toBeNull();
  });
});
