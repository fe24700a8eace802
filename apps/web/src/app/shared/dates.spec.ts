import { formatDateTime, formatIsoDate } from './dates';

describe('dates', () => {
  it('shows a calendar day as day-month-year', () => {
    expect(formatIsoDate('2009-05-14')).toBe('14-05-2009');
    expect(formatIsoDate(null)).toBe('');
  });

  it('shows a moment in Dutch time, whatever the device zone', () => {
    expect(formatDateTime('2026-03-05T23:30:00Z')).toBe('06-03-2026 00:30');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});
