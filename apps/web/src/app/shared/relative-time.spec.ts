import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = new Date('2026-03-12T15:00:00Z');

  it.each([
    ['2026-03-12T14:59:30Z', 'nu'],
    ['2026-03-12T14:55:00Z', '5 minuten geleden'],
    ['2026-03-12T12:00:00Z', '3 uur geleden'],
    ['2026-03-11T14:00:00Z', 'gisteren'],
    ['2026-03-08T15:00:00Z', '4 dagen geleden'],
  ])('says how long ago %s was in Dutch: %s', (timestamp, expected) => {
    expect(relativeTime(timestamp, now, 'nl')).toBe(expected);
  });

  it('follows the language of the user', () => {
    expect(relativeTime('2026-03-12T14:55:00Z', now, 'en')).toBe('5 minutes ago');
  });

  it('shows the moment itself, in Dutch time, from a week ago', () => {
    expect(relativeTime('2026-03-01T09:30:00Z', now, 'nl')).toBe('01-03-2026 10:30');
  });

  it('never speaks of the future when the server clock runs slightly ahead', () => {
    expect(relativeTime('2026-03-12T15:00:20Z', now, 'nl')).toBe('nu');
  });
});
