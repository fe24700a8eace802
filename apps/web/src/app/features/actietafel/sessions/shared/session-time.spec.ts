import {
  amsterdamInstant,
  amsterdamParts,
  formatDuration,
  formatSessionDay,
  formatTime,
  plannedStarts,
} from './session-time';

describe('session time', () => {
  it('writes the meeting day in Dutch (or English) and the time on the Dutch clock', () => {
    expect(formatSessionDay('2026-03-12T13:00:00Z')).toBe('donderdag 12 maart 2026');
    expect(formatSessionDay('2026-03-12T13:00:00Z', 'en')).toBe('Thursday 12 March 2026');
    expect(formatTime('2026-03-12T13:00:00Z')).toBe('14:00');
    expect(formatTime('2026-07-02T13:00:00Z')).toBe('15:00');
    // Late in the evening UTC is already the next day in Amsterdam.
    expect(formatSessionDay('2026-03-12T23:30:00Z')).toBe('vrijdag 13 maart 2026');
  });

  it('turns a Dutch date and time into the instant, in winter and in summer', () => {
    expect(amsterdamInstant('2026-03-12', '14:00')).toBe('2026-03-12T13:00:00.000Z');
    expect(amsterdamInstant('2026-07-02', '09:30')).toBe('2026-07-02T07:30:00.000Z');
    // The day the clocks go forward (29 March 2026, 02:00 → 03:00).
    expect(amsterdamInstant('2026-03-29', '10:00')).toBe('2026-03-29T08:00:00.000Z');
    expect(amsterdamInstant('2026-03-29', '01:00')).toBe('2026-03-29T00:00:00.000Z');
    expect(amsterdamInstant('', '14:00')).toBeNull();
    expect(amsterdamInstant('2026-03-12', '')).toBeNull();
  });

  it('reads the Dutch date and time of an instant back', () => {
    expect(amsterdamParts(new Date('2026-03-12T13:00:00Z'))).toEqual({ date: '2026-03-12', time: '14:00' });
  });

  it('formats a timer', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(65_000)).toBe('01:05');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(-5_000)).toBe('00:00');
  });

  it('plans each item after the time boxes before it', () => {
    expect(
      plannedStarts('2026-03-12T13:00:00Z', [{ minutesPlanned: 20 }, { minutesPlanned: 10 }, { minutesPlanned: 5 }]),
    ).toEqual(['2026-03-12T13:00:00.000Z', '2026-03-12T13:20:00.000Z', '2026-03-12T13:30:00.000Z']);
  });
});
