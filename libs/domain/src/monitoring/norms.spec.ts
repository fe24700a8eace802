import { escalationPastNorm, normPassedOn } from './norms';

describe('normPassedOn', () => {
  it('passes the triage norm on the 6th working day after the day of submission', () => {
    // Monday 2 March 2026: 5 working days end on Monday 9 March; past the norm on Tuesday 10 March.
    expect(normPassedOn('submitted', '2026-03-02')).toBe('2026-03-10');
  });

  it('skips Dutch public holidays when counting working days', () => {
    // Thursday 23 April 2026; Koningsdag (Monday 27 April) does not count.
    expect(normPassedOn('submitted', '2026-04-23')).toBe('2026-05-04');
  });

  it('passes the scheduling norm more than 4 weeks after acceptance', () => {
    expect(normPassedOn('accepted', '2026-03-02')).toBe('2026-03-31');
  });

  it('has no norm for the other states', () => {
    expect(normPassedOn('draft', '2026-03-02')).toBeNull();
    expect(normPassedOn('scheduled', '2026-03-02')).toBeNull();
    expect(normPassedOn('closed', '2026-03-02')).toBeNull();
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() => normPassedOn('submitted', '2026-02-30')).toThrow('Not a calendar date as YYYY-MM-DD: "2026-02-30"');
    expect(() => normPassedOn('draft', '2026-02-30')).toThrow(RangeError);
    expect(() => escalationPastNorm('closed', '2026-02-30', '2026-03-02')).toThrow(RangeError);
  });
});

describe('escalationPastNorm', () => {
  it('is not past the norm on the last day within it, and past it the day after', () => {
    expect(escalationPastNorm('submitted', '2026-03-02', '2026-03-09')).toBeNull();
    expect(escalationPastNorm('submitted', '2026-03-02', '2026-03-10')).toBe('triage-waiting');
    expect(escalationPastNorm('accepted', '2026-03-02', '2026-03-30')).toBeNull();
    expect(escalationPastNorm('accepted', '2026-03-02', '2026-03-31')).toBe('accepted-unscheduled');
  });

  it('never flags a state without a norm', () => {
    expect(escalationPastNorm('agreements-running', '2020-01-01', '2026-03-31')).toBeNull();
  });
});
