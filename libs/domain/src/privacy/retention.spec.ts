import { RETENTION_KINDS } from './privacy.contract';
import { DEFAULT_RETENTION_YEARS, isPastRetention, retentionCutoff } from './retention';

describe('DEFAULT_RETENTION_YEARS', () => {
  it('keeps the dossier twenty years (Jeugdwet art. 7.3.8) and the access log as long', () => {
    expect(DEFAULT_RETENTION_YEARS).toEqual({ 'case-file': 20, 'access-log': 20 });
  });

  it('has a term for every kind of record', () => {
    expect(Object.keys(DEFAULT_RETENTION_YEARS).sort()).toEqual([...RETENTION_KINDS].sort());
  });
});

describe('retentionCutoff', () => {
  it('is the same day and month the given number of years back', () => {
    expect(retentionCutoff('2046-03-05', 20)).toBe('2026-03-05');
    expect(retentionCutoff('2026-03-05', 1)).toBe('2025-03-05');
  });

  it('goes back from 29 February to 28 February in a year without it', () => {
    expect(retentionCutoff('2044-02-29', 21)).toBe('2023-02-28');
  });

  it('keeps 29 February when the year back has it', () => {
    expect(retentionCutoff('2044-02-29', 20)).toBe('2024-02-29');
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a term of %p years', (years) => {
    expect(() => retentionCutoff('2026-03-05', years)).toThrow(
      new RangeError('A retention term is a whole number of years >= 1'),
    );
  });

  it('refuses a day that is no date', () => {
    expect(() => retentionCutoff('2026-02-30', 20)).toThrow(RangeError);
  });
});

describe('isPastRetention', () => {
  const closedOn = '2026-03-05';

  it('keeps a closed case up to and including the day its term is reached', () => {
    expect(isPastRetention(closedOn, '2046-03-04', 20)).toBe(false);
    expect(isPastRetention(closedOn, '2046-03-05', 20)).toBe(false);
  });

  it('lets a closed case go from the day after its term is reached', () => {
    expect(isPastRetention(closedOn, '2046-03-06', 20)).toBe(true);
    expect(isPastRetention(closedOn, '2060-01-01', 20)).toBe(true);
  });

  it('never lets a case go the day it was closed, even with the shortest term', () => {
    expect(isPastRetention(closedOn, closedOn, 1)).toBe(false);
    expect(isPastRetention(closedOn, '2027-03-05', 1)).toBe(false);
    expect(isPastRetention(closedOn, '2027-03-06', 1)).toBe(true);
  });

  it('never lets an open case go by retention, however long it has been open', () => {
    expect(isPastRetention(null, '2099-12-31', 1)).toBe(false);
    expect(isPastRetention(null, '2099-12-31', DEFAULT_RETENTION_YEARS['case-file'])).toBe(false);
  });

  it('keeps a case closed on 29 February through 29 February twenty years on, a leap day again', () => {
    expect(isPastRetention('2024-02-29', '2044-02-29', 20)).toBe(false);
    expect(isPastRetention('2024-02-29', '2044-03-01', 20)).toBe(true);
  });

  it('keeps a case closed on 29 February through 28 February when the term ends in a year without it', () => {
    expect(isPastRetention('2024-02-29', '2025-02-28', 1)).toBe(false);
    expect(isPastRetention('2024-02-29', '2025-03-01', 1)).toBe(true);
  });

  it('refuses a term below one year, for a closed and an open case alike', () => {
    expect(() => isPastRetention(closedOn, '2046-03-06', 0)).toThrow(RangeError);
    expect(() => isPastRetention(null, '2046-03-06', 0)).toThrow(RangeError);
  });
});
