import {
  addDays,
  addMonths,
  compareDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  isLeapYear,
  todayInAmsterdam,
} from './calendar-date';

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30', '0001-01-01', '9999-12-31'])(
    'accepts %s, a real calendar day as YYYY-MM-DD',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
    },
  );

  it.each(['2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'])(
    'refuses %s, a day that does not exist',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it.each([
    '2026-1-05',
    '26-01-05',
    '20260105',
    ' 2026-01-05',
    '2026-01-05 ',
    '2026-01-05T00:00:00Z',
    '+02026-01-05',
    '',
  ])('refuses %p, which is not strictly YYYY-MM-DD', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('refuses year 0000, which PostgreSQL cannot store', () => {
    expect(isIsoDate('0000-01-01')).toBe(false);
  });

  it.each([null, undefined, 20260105, new Date('2026-01-05'), ['2026-01-05']])('refuses the non-string %p', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('isLeapYear', () => {
  it('follows the Gregorian rule: every 4th year, except centuries, except every 4th century', () => {
    expect([2024, 2025, 1900, 2000, 2100].map(isLeapYear)).toEqual([true, false, false, true, false]);
  });
});

describe('todayInAmsterdam', () => {
  const utcDay = (now: Date): string => now.toISOString().slice(0, 10);

  it('is already the next day in Amsterdam at 23:30 UTC in winter (UTC+1)', () => {
    const now = new Date('2026-03-28T23:30:00Z');
    expect(utcDay(now)).toBe('2026-03-28');
    expect(todayInAmsterdam(now)).toBe('2026-03-29');
  });

  it('turns the day at 23:00 UTC in winter and not a moment before', () => {
    expect(todayInAmsterdam(new Date('2026-12-31T22:59:59.999Z'))).toBe('2026-12-31');
    expect(todayInAmsterdam(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('turns the day at 22:00 UTC in summer (UTC+2) and not a moment before', () => {
    expect(todayInAmsterdam(new Date('2026-06-30T21:59:59.999Z'))).toBe('2026-06-30');
    expect(todayInAmsterdam(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('agrees with UTC during the Amsterdam day', () => {
    const now = new Date('2026-03-28T12:00:00Z');
    expect(todayInAmsterdam(now)).toBe(utcDay(now));
  });

  it('handles the night the clocks go forward (29 March 2026, 02:00 becomes 03:00)', () => {
    expect(todayInAmsterdam(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(todayInAmsterdam(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29');
    expect(todayInAmsterdam(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(todayInAmsterdam(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
  });

  it('handles the night the clocks go back (25 October 2026, 03:00 becomes 02:00)', () => {
    expect(todayInAmsterdam(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(todayInAmsterdam(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(todayInAmsterdam(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(todayInAmsterdam(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  describe('whatever zone the machine runs in', () => {
    const originalZone = process.env['TZ'];
    afterEach(() => {
      if (originalZone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = originalZone;
    });

    it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Amsterdam'])(
      'gives the Amsterdam day with the machine in %s',
      (zone) => {
        process.env['TZ'] = zone;
        expect(todayInAmsterdam(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
        expect(todayInAmsterdam(new Date('2026-03-28T10:00:00Z'))).toBe('2026-03-28');
      },
    );
  });

  it('refuses an invalid Date instead of returning garbage', () => {
    expect(() => todayInAmsterdam(new Date('not a date'))).toThrow('todayInAmsterdam needs a valid Date');
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
  });

  it('clamps to the end of a shorter month: 2026-08-31 + 6 months is 2027-02-28', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('clamps to 29 February in a leap year', () => {
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('clamps the 31st to the 30th of a 30-day month', () => {
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('moves 29 February a year on to 28 February', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('crosses year ends in both directions', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonths('2026-03-15', -15)).toBe('2024-12-15');
  });

  it('returns the same date for 0 months', () => {
    expect(addMonths('2026-05-31', 0)).toBe('2026-05-31');
  });

  it('refuses an invalid date or a fractional number of months', () => {
    expect(() => addMonths('2025-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 0.5)).toThrow('addMonths needs a whole number of months, got 0.5');
  });
});

describe('daysBetween', () => {
  it('is 0 for the same day, positive forwards and negative backwards', () => {
    expect(daysBetween('2026-03-05', '2026-03-05')).toBe(0);
    expect(daysBetween('2026-03-05', '2026-03-08')).toBe(3);
    expect(daysBetween('2026-03-08', '2026-03-05')).toBe(-3);
  });

  it('counts 29 February in a leap year and not in others', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
  });

  it('counts whole years of 365 and 366 days', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('is not thrown off by daylight saving time, having no time of day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('agrees with UTC millisecond arithmetic across centuries', () => {
    const utc = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    expect(daysBetween('1899-12-31', '2100-03-01')).toBe(utc('2100-03-01') - utc('1899-12-31'));
    expect(daysBetween('1970-01-01', '2000-02-29')).toBe(utc('2000-02-29'));
  });

  it('refuses an invalid date', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it('orders earlier before later and equal as 0', () => {
    expect(compareDates('2026-03-05', '2026-03-06')).toBe(-1);
    expect(compareDates('2026-03-06', '2026-03-05')).toBe(1);
    expect(compareDates('2026-03-05', '2026-03-05')).toBe(0);
  });

  it('sorts a list of dates chronologically across years', () => {
    expect(['2027-01-01', '2026-12-31', '2026-02-01'].sort(compareDates)).toEqual([
      '2026-02-01',
      '2026-12-31',
      '2027-01-01',
    ]);
  });

  it('refuses an invalid date rather than ordering it as text', () => {
    expect(() => compareDates('2026-3-5', '2026-03-05')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('moves across the end of a month, a year and February', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
  });

  it('moves back with a negative number and stays put with 0', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', -14)).toBe('2025-12-18');
    expect(addDays('2026-03-05', 0)).toBe('2026-03-05');
  });

  it('agrees with daysBetween over centuries, including 1900 and 2000', () => {
    for (const [from, days] of [
      ['1899-12-31', 36_600],
      ['2000-02-28', 1],
      ['1900-02-28', 1],
      ['2026-03-05', -20_000],
    ] as const) {
      expect(daysBetween(from, addDays(from, days))).toBe(days);
    }
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });

  it('refuses a fractional number of days, an invalid date and leaving years 0001-9999', () => {
    expect(() => addDays('2026-03-05', 0.5)).toThrow('addDays needs a whole number of days, got 0.5');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('the ends of the calendar, year 0001 and year 9999', () => {
  it('reaches 0001-01-01 and 9999-12-31 exactly, by days and by months', () => {
    expect(addDays('0001-01-02', -1)).toBe('0001-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDays('0001-01-01', 0)).toBe('0001-01-01');
    expect(addDays('9999-12-31', 0)).toBe('9999-12-31');
    expect(addMonths('0001-02-28', -1)).toBe('0001-01-28');
    expect(addMonths('9999-11-30', 1)).toBe('9999-12-30');
    expect(addMonths('0002-01-01', -12)).toBe('0001-01-01');
    expect(addMonths('9998-12-31', 12)).toBe('9999-12-31');
  });

  it('refuses a result a day or a month outside them, naming the year', () => {
    expect(() => addDays('0001-01-01', -1)).toThrow('Year 0 is outside 0001-9999');
    expect(() => addDays('9999-12-31', 1)).toThrow('Year 10000 is outside 0001-9999');
    expect(() => addMonths('0001-01-31', -1)).toThrow('Year 0 is outside 0001-9999');
    expect(() => addMonths('9999-12-01', 1)).toThrow('Year 10000 is outside 0001-9999');
  });

  it('counts the 3,652,058 days from 0001-01-01 to 9999-12-31, a Monday and a Friday in the proleptic Gregorian calendar', () => {
    expect(daysBetween('0001-01-01', '9999-12-31')).toBe(3_652_058);
    expect(daysBetween('0001-01-01', '1970-01-01')).toBe(719_162);
    expect(dayOfWeek('0001-01-01')).toBe(1);
    expect(dayOfWeek('9999-12-31')).toBe(5);
    expect(addDays('0001-01-01', 3_652_058)).toBe('9999-12-31');
  });

  it('orders the first day before the last and refuses year 0000 in a comparison', () => {
    expect(compareDates('0001-01-01', '9999-12-31')).toBe(-1);
    expect(compareDates('9999-12-31', '0001-01-01')).toBe(1);
    expect(() => compareDates('0000-12-31', '0001-01-01')).toThrow('Not a calendar date as YYYY-MM-DD: "0000-12-31"');
  });
});

describe('dayOfWeek', () => {
  it('numbers the days as Date.getDay does: 0 is Sunday, 6 is Saturday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-03-01')).toBe(0);
    expect(dayOfWeek('2026-03-02')).toBe(1);
    expect(dayOfWeek('2026-03-07')).toBe(6);
  });

  it('is right before 1970 as well', () => {
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(dayOfWeek('1900-01-01')).toBe(1);
  });
});
