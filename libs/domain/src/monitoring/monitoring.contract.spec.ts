import { daysBetween } from '../rules/calendar-date';
import { MONITORING_MAX_PERIOD_DAYS } from './monitoring.contract';

describe('MONITORING_MAX_PERIOD_DAYS', () => {
  it('lets one request cover three years of 366 days, so any three calendar years fit and a fourth does not', () => {
    expect(MONITORING_MAX_PERIOD_DAYS).toBe(1098);
    // Both ends are included: 2024-01-01 up to 2026-12-31 (with 29 February 2024) spans 1096 days.
    expect(daysBetween('2024-01-01', '2026-12-31') + 1).toBeLessThanOrEqual(MONITORING_MAX_PERIOD_DAYS);
    expect(daysBetween('2024-01-01', '2027-12-31') + 1).toBeGreaterThan(MONITORING_MAX_PERIOD_DAYS);
  });
});
