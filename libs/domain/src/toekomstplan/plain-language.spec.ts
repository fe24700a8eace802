import { PLAIN_SCORE, plainDate } from './plain-language';

describe('plain language for the jongere', () => {
  it('spells out a date with the Dutch month name', () => {
    expect(plainDate('2026-03-05')).toBe('5 maart 2026');
    expect(plainDate('2027-12-31')).toBe('31 december 2027');
  });

  it('has a plain sentence for every self-sufficiency score', () => {
    expect(Object.keys(PLAIN_SCORE)).toEqual(['1', '2', '3', '4', '5']);
  });
});
