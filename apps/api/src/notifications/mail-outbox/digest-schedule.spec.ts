import { amsterdamTime } from '../../common/time/amsterdam-time';
import { latestDigest } from './digest-schedule';

describe('amsterdamTime', () => {
  it('is 07:30 UTC in winter and 06:30 UTC in summer for 08:30 Dutch time', () => {
    expect(amsterdamTime('2026-12-03', 8, 30).toISOString()).toBe('2026-12-03T07:30:00.000Z');
    expect(amsterdamTime('2026-07-01', 8, 30).toISOString()).toBe('2026-07-01T06:30:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    expect(amsterdamTime('2026-03-29', 8, 30).toISOString()).toBe('2026-03-29T06:30:00.000Z');
    expect(amsterdamTime('2026-10-25', 8, 30).toISOString()).toBe('2026-10-25T07:30:00.000Z');
  });
});

describe('latestDigest', () => {
  it("is today's from 08:30 Dutch time on", () => {
    expect(latestDigest(new Date('2026-12-03T07:30:00.000Z'))).toEqual({
      day: '2026-12-03',
      at: new Date('2026-12-03T07:30:00.000Z'),
    });
    expect(latestDigest(new Date('2026-12-03T22:59:59.999Z')).day).toBe('2026-12-03');
  });

  it("is yesterday's before 08:30, also just after midnight Dutch time and across a month", () => {
    expect(latestDigest(new Date('2026-12-03T07:29:59.999Z'))).toEqual({
      day: '2026-12-02',
      at: new Date('2026-12-02T07:30:00.000Z'),
    });
    // 00:30 on 1 December in Amsterdam is still 30 November in UTC.
    expect(latestDigest(new Date('2026-11-30T23:30:00.000Z')).day).toBe('2026-11-30');
    expect(latestDigest(new Date('2026-12-01T06:00:00.000Z')).day).toBe('2026-11-30');
  });
});
