import { ageInYears, escalationPastNorm } from '@sluitend/domain';
import { lastDayPastNorm, latestBirthDateAged, signalCutoffs } from './norm-cutoffs';

describe('lastDayPastNorm', () => {
  it('is the last day of entering the state that is past the norm today, and the next day is not', () => {
    for (const today of ['2026-06-15', '2026-04-28', '2026-12-28', '2027-01-02']) {
      for (const state of ['submitted', 'accepted'] as const) {
        const cutoff = lastDayPastNorm(state, today);
        expect(escalationPastNorm(state, cutoff, today)).not.toBeNull();
        const next = new Date(Date.parse(`${cutoff}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(escalationPastNorm(state, next, today)).toBeNull();
      }
    }
  });

  it('counts working days around Koningsdag for the triage norm', () => {
    // Tuesday 28 April 2026 is the 6th working day after Sunday 19 April, Koningsdag (27 April) not counted.
    expect(lastDayPastNorm('submitted', '2026-04-28')).toBe('2026-04-19');
    expect(lastDayPastNorm('accepted', '2026-04-28')).toBe('2026-03-30');
  });
});

describe('latestBirthDateAged', () => {
  it('is the last date of birth of someone that old on the day', () => {
    expect(latestBirthDateAged(16, '2026-06-15')).toBe('2010-06-15');
    expect(ageInYears('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageInYears('2010-06-16', '2026-06-15')).toBe(15);
  });

  it('follows the domain for someone born on 29 February', () => {
    // Born 29 February 2008: 18 on 1 March 2026, not on 28 February.
    expect(latestBirthDateAged(18, '2026-02-28')).toBe('2008-02-28');
    expect(latestBirthDateAged(18, '2026-03-01')).toBe('2008-03-01');
  });
});

describe('signalCutoffs', () => {
  it('puts turning 18 within a year between being 17 today and 18 a year from today, and stagnation at 6 weeks', () => {
    expect(signalCutoffs('2026-06-15')).toEqual({
      sixteenBornOnOrBefore: '2010-06-15',
      eighteenBornAfter: '2008-06-15',
      eighteenWithinYearBornOnOrBefore: '2009-06-15',
      // The last change on 4 May is due on 15 June (+42 days): stagnating when before the start of 5 May.
      stagnantBefore: '2026-05-05',
    });
  });
});
