import {
  ageInYears,
  birthdayAt,
  dateOfBirthProblem,
  daysUntilEighteenth,
  eighteenthBirthday,
  isTransitionAge,
} from './age';
import { todayInAmsterdam } from './calendar-date';

describe('birthdayAt', () => {
  it('is the same day and month N years on', () => {
    expect(birthdayAt('2009-05-10', 18)).toBe('2027-05-10');
    expect(birthdayAt('2009-12-31', 1)).toBe('2010-12-31');
  });

  it('is the date of birth itself for age 0', () => {
    expect(birthdayAt('2009-05-10', 0)).toBe('2009-05-10');
  });

  it('puts a 29 February birthday on 1 March in a year without 29 February', () => {
    expect(birthdayAt('2008-02-29', 17)).toBe('2025-03-01');
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
  });

  it('keeps a 29 February birthday on 29 February in a leap year', () => {
    expect(birthdayAt('2008-02-29', 16)).toBe('2024-02-29');
  });

  it('leaves 28 February and 1 March birthdays alone', () => {
    expect(birthdayAt('2008-02-28', 18)).toBe('2026-02-28');
    expect(birthdayAt('2008-03-01', 16)).toBe('2024-03-01');
  });

  it('refuses a negative or fractional age and an invalid date of birth', () => {
    expect(() => birthdayAt('2009-05-10', -1)).toThrow(RangeError);
    expect(() => birthdayAt('2009-05-10', 1.5)).toThrow(RangeError);
    expect(() => birthdayAt('2009-02-29', 18)).toThrow(RangeError);
  });
});

describe('ageInYears', () => {
  it('counts a year only from the birthday itself', () => {
    expect(ageInYears('2009-05-10', '2027-05-09')).toBe(17);
    expect(ageInYears('2009-05-10', '2027-05-10')).toBe(18);
    expect(ageInYears('2009-05-10', '2027-12-31')).toBe(18);
  });

  it('is 0 on the day of birth', () => {
    expect(ageInYears('2026-03-05', '2026-03-05')).toBe(0);
  });

  it('makes someone born on 29 February a year older on 1 March in a non-leap year, not on 28 February', () => {
    expect(ageInYears('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageInYears('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('makes someone born on 29 February a year older on 29 February in a leap year', () => {
    expect(ageInYears('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageInYears('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('counts backwards before the date of birth, so a mistyped date is visible rather than an error', () => {
    expect(ageInYears('2026-03-06', '2026-03-05')).toBe(-1);
    expect(ageInYears('2030-03-05', '2026-03-05')).toBe(-4);
    expect(ageInYears('2030-03-06', '2026-03-05')).toBe(-5);
  });
});

describe('eighteenthBirthday', () => {
  it('is the day the jongere turns 18, 1 March for a 29 February birth in a non-leap year', () => {
    expect(eighteenthBirthday('2009-05-10')).toBe('2027-05-10');
    expect(eighteenthBirthday('2008-02-29')).toBe('2026-03-01');
    expect(eighteenthBirthday('2010-02-28')).toBe('2028-02-28');
  });
});

describe('isTransitionAge (16½ or older)', () => {
  it('starts exactly on the day the jongere is 16½ and not the day before', () => {
    expect(isTransitionAge('2009-05-10', '2025-11-09')).toBe(false);
    expect(isTransitionAge('2009-05-10', '2025-11-10')).toBe(true);
  });

  it('stays true after 18: the checklist is for a jongere of 16½ or older', () => {
    expect(isTransitionAge('2009-05-10', '2027-05-10')).toBe(true);
    expect(isTransitionAge('2001-05-10', '2026-05-10')).toBe(true);
  });

  it('clamps half a year from a 31 August 16th birthday to 28 February', () => {
    expect(isTransitionAge('2009-08-31', '2026-02-27')).toBe(false);
    expect(isTransitionAge('2009-08-31', '2026-02-28')).toBe(true);
  });

  it('counts half a year from 29 February for a jongere born on 29 February who turns 16 in a leap year', () => {
    expect(isTransitionAge('2008-02-29', '2024-08-28')).toBe(false);
    expect(isTransitionAge('2008-02-29', '2024-08-29')).toBe(true);
  });

  it('counts half a year from 1 March 2100 for a jongere born on 29 February 2084, as 2100 is no leap year', () => {
    expect(isTransitionAge('2084-02-29', '2100-08-31')).toBe(false);
    expect(isTransitionAge('2084-02-29', '2100-09-01')).toBe(true);
  });

  it('uses the Amsterdam day: at 2026-03-28T23:30Z a jongere born 2009-09-29 is already 16½', () => {
    const dateOfBirth = '2009-09-29';
    const now = new Date('2026-03-28T23:30:00Z');
    expect(isTransitionAge(dateOfBirth, now.toISOString().slice(0, 10))).toBe(false);
    expect(isTransitionAge(dateOfBirth, todayInAmsterdam(now))).toBe(true);
  });
});

describe('daysUntilEighteenth', () => {
  it('counts down to the 18th birthday, 0 on the day and negative after', () => {
    expect(daysUntilEighteenth('2009-05-10', '2027-05-07')).toBe(3);
    expect(daysUntilEighteenth('2009-05-10', '2027-05-10')).toBe(0);
    expect(daysUntilEighteenth('2009-05-10', '2027-05-12')).toBe(-2);
  });

  it('counts to 1 March for a jongere born on 29 February turning 18 in a non-leap year', () => {
    expect(daysUntilEighteenth('2008-02-29', '2026-02-28')).toBe(1);
    expect(daysUntilEighteenth('2008-02-29', '2026-03-01')).toBe(0);
  });

  it('depends on the Amsterdam day, which can be a day ahead of UTC', () => {
    const now = new Date('2027-05-09T22:30:00Z');
    expect(daysUntilEighteenth('2009-05-10', now.toISOString().slice(0, 10))).toBe(1);
    expect(daysUntilEighteenth('2009-05-10', todayInAmsterdam(now))).toBe(0);
  });
});

describe('dateOfBirthProblem', () => {
  const today = '2026-03-05';

  it('accepts a jongere of any age from 0 up to and including 27', () => {
    expect(dateOfBirthProblem('2026-03-05', today)).toBeNull();
    expect(dateOfBirthProblem('2010-01-01', today)).toBeNull();
    expect(dateOfBirthProblem('1998-03-06', today)).toBeNull();
  });

  it('accepts someone on the last day they are 27 and refuses them on their 28th birthday', () => {
    expect(dateOfBirthProblem('1998-03-06', '2026-03-05')).toBeNull();
    expect(dateOfBirthProblem('1998-03-05', '2026-03-05')).toBe('too-old');
  });

  it('refuses a date of birth after today, even tomorrow', () => {
    expect(dateOfBirthProblem('2026-03-06', today)).toBe('in-future');
  });

  it.each(['2026-02-30', '05-03-2010', '', '2010-3-5'])('calls %p invalid', (dateOfBirth) => {
    expect(dateOfBirthProblem(dateOfBirth, today)).toBe('invalid');
  });

  it('refuses someone born on 29 February from their 28th birthday, a leap day like their birth', () => {
    expect(dateOfBirthProblem('1996-02-29', '2024-02-28')).toBeNull();
    expect(dateOfBirthProblem('1996-02-29', '2024-02-29')).toBe('too-old');
  });

  it('treats a date of birth of today in Amsterdam as valid even when UTC is still on the day before', () => {
    const now = new Date('2026-03-04T23:30:00Z');
    expect(dateOfBirthProblem('2026-03-05', now.toISOString().slice(0, 10))).toBe('in-future');
    expect(dateOfBirthProblem('2026-03-05', todayInAmsterdam(now))).toBeNull();
  });
});
