import { DUTCH_MONTH_NAMES, dutchMonthName } from './dutch-months';

describe('dutchMonthName', () => {
  it('names the twelve months in Dutch, lower case as in a date', () => {
    expect(DUTCH_MONTH_NAMES).toHaveLength(12);
    expect(dutchMonthName(1)).toBe('januari');
    expect(dutchMonthName(3)).toBe('maart');
    expect(dutchMonthName(12)).toBe('december');
  });

  it('has no name for a number outside 1–12', () => {
    expect(dutchMonthName(0)).toBeUndefined();
    expect(dutchMonthName(13)).toBeUndefined();
  });
});
