import { addDays, compareDates, dayOfWeek } from '../rules/calendar-date';
import {
  addWorkingDays,
  dutchPublicHolidayName,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

/**
 * Easter Sunday 1900-2100, month-day, one row per decade (the row's year, then +1, +2, ...). Written out from
 * J.-M. Oudin's method (1940), as printed in the Explanatory Supplement to the Astronomical Almanac (1992,
 * ch. 12) and published by the U.S. Naval Observatory, which shares no arithmetic with the
 * Meeus/Jones/Butcher computation under test; it agrees with the USNO's printed list for 1980-2024 and
 * with Meeus' examples (1943: 25 April, 1954: 18 April, 1991: 31 March, 1992: 19 April).
 */
const EASTER_SUNDAYS_1900_2100 = `
  1900: 04-15 04-07 03-30 04-12 04-03 04-23 04-15 03-31 04-19 04-11
  1910: 03-27 04-16 04-07 03-23 04-12 04-04 04-23 04-08 03-31 04-20
  1920: 04-04 03-27 04-16 04-01 04-20 04-12 04-04 04-17 04-08 03-31
  1930: 04-20 04-05 03-27 04-16 04-01 04-21 04-12 03-28 04-17 04-09
  1940: 03-24 04-13 04-05 04-25 04-09 04-01 04-21 04-06 03-28 04-17
  1950: 04-09 03-25 04-13 04-05 04-18 04-10 04-01 04-21 04-06 03-29
  1960: 04-17 04-02 04-22 04-14 03-29 04-18 04-10 03-26 04-14 04-06
  1970: 03-29 04-11 04-02 04-22 04-14 03-30 04-18 04-10 03-26 04-15
  1980: 04-06 04-19 04-11 04-03 04-22 04-07 03-30 04-19 04-03 03-26
  1990: 04-15 03-31 04-19 04-11 04-03 04-16 04-07 03-30 04-12 04-04
  2000: 04-23 04-15 03-31 04-20 04-11 03-27 04-16 04-08 03-23 04-12
  2010: 04-04 04-24 04-08 03-31 04-20 04-05 03-27 04-16 04-01 04-21
  2020: 04-12 04-04 04-17 04-09 03-31 04-20 04-05 03-28 04-16 04-01
  2030: 04-21 04-13 03-28 04-17 04-09 03-25 04-13 04-05 04-25 04-10
  2040: 04-01 04-21 04-06 03-29 04-17 04-09 03-25 04-14 04-05 04-18
  2050: 04-10 04-02 04-21 04-06 03-29 04-18 04-02 04-22 04-14 03-30
  2060: 04-18 04-10 03-26 04-15 04-06 03-29 04-11 04-03 04-22 04-14
  2070: 03-30 04-19 04-10 03-26 04-15 04-07 04-19 04-11 04-03 04-23
  2080: 04-07 03-30 04-19 04-04 03-26 04-15 03-31 04-20 04-11 04-03
  2090: 04-16 04-08 03-30 04-12 04-04 04-24 04-15 03-31 04-20 04-12
  2100: 03-28
`;

function publishedEasterSundays(): [number, string][] {
  return EASTER_SUNDAYS_1900_2100.trim()
    .split('\n')
    .flatMap((row) => {
      const [decade, dates] = row.trim().split(': ');
      return dates.split(' ').map((monthDay, index): [number, string] => {
        const year = Number(decade) + index;
        return [year, `${year}-${monthDay}`];
      });
    });
}

describe('easterSunday', () => {
  it('agrees with the published table for every year from 1900 to 2100', () => {
    const table = publishedEasterSundays();
    expect(table).toHaveLength(201);
    for (const [year, date] of table) expect([year, easterSunday(year)]).toEqual([year, date]);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    const offenders: string[] = [];
    for (let year = 1583; year <= 9999; year += 1) {
      const easter = easterSunday(year);
      if (dayOfWeek(easter) !== 0 || easter.slice(5) < '03-22' || easter.slice(5) > '04-25') offenders.push(easter);
    }
    expect(offenders).toEqual([]);
  });

  it('accepts exactly the Gregorian years 1583 to 9999', () => {
    // 1583 is the first whole Gregorian year; 9999 the last a YYYY date can hold.
    expect(easterSunday(1583)).toBe('1583-04-10');
    expect(easterSunday(9999)).toBe('9999-03-28');
    expect(() => easterSunday(10000)).toThrow('easterSunday needs a Gregorian year 1583-9999, got 10000');
    expect(() => easterSunday(1582)).toThrow('easterSunday needs a Gregorian year 1583-9999, got 1582');
    expect(() => easterSunday(Number.NaN)).toThrow(RangeError);
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('reaches the earliest (22 March) and the latest (25 April) possible dates', () => {
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('refuses a year before the Gregorian calendar or a fractional year', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('dutchPublicHolidays', () => {
  it('lists 2026 in date order, with the Easter-derived days, Koningsdag on Monday 27 April and no 5 May', () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nieuwjaarsdag' },
      { date: '2026-04-05', name: 'Eerste Paasdag' },
      { date: '2026-04-06', name: 'Tweede Paasdag' },
      { date: '2026-04-27', name: 'Koningsdag' },
      { date: '2026-05-14', name: 'Hemelvaartsdag' },
      { date: '2026-05-24', name: 'Eerste Pinksterdag' },
      { date: '2026-05-25', name: 'Tweede Pinksterdag' },
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('lists 2027 with an early Easter: Tweede Paasdag 29 March, Hemelvaart 6 May, Tweede Pinksterdag 17 May', () => {
    const days = dutchPublicHolidays(2027).map((holiday) => holiday.date);
    expect(days).toEqual([
      '2027-01-01',
      '2027-03-28',
      '2027-03-29',
      '2027-04-27',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday (2025, 2014, 2031)', () => {
    expect(dutchPublicHolidayName('2025-04-26')).toBe('Koningsdag');
    expect(dutchPublicHolidayName('2025-04-27')).toBeNull();
    expect(dutchPublicHolidayName('2014-04-26')).toBe('Koningsdag');
    expect(dutchPublicHolidayName('2031-04-26')).toBe('Koningsdag');
  });

  it('has Koninginnedag on 30 April before 2014, or on the 29th when the 30th was a Sunday', () => {
    expect(dutchPublicHolidayName('2013-04-30')).toBe('Koninginnedag');
    expect(dutchPublicHolidayName('2006-04-29')).toBe('Koninginnedag');
    expect(dutchPublicHolidayName('2006-04-30')).toBeNull();
  });

  it('has Bevrijdingsdag only in lustrum years', () => {
    expect(dutchPublicHolidayName('2025-05-05')).toBe('Bevrijdingsdag');
    expect(dutchPublicHolidayName('2030-05-05')).toBe('Bevrijdingsdag');
    expect(dutchPublicHolidayName('2026-05-05')).toBeNull();
    expect(dutchPublicHolidayName('2029-05-05')).toBeNull();
  });

  it('lists 2035, a lustrum year with an early Easter, in date order: Hemelvaart (3 May) before Bevrijdingsdag', () => {
    expect(dutchPublicHolidays(2035)).toEqual([
      { date: '2035-01-01', name: 'Nieuwjaarsdag' },
      { date: '2035-03-25', name: 'Eerste Paasdag' },
      { date: '2035-03-26', name: 'Tweede Paasdag' },
      { date: '2035-04-27', name: 'Koningsdag' },
      { date: '2035-05-03', name: 'Hemelvaartsdag' },
      { date: '2035-05-05', name: 'Bevrijdingsdag' },
      { date: '2035-05-13', name: 'Eerste Pinksterdag' },
      { date: '2035-05-14', name: 'Tweede Pinksterdag' },
      { date: '2035-12-25', name: 'Eerste Kerstdag' },
      { date: '2035-12-26', name: 'Tweede Kerstdag' },
    ]);
  });

  it('lists every year from 1900 to 2100, lustrum years included, in strictly ascending date order', () => {
    for (let year = 1900; year <= 2100; year += 1) {
      const dates = dutchPublicHolidays(year).map((holiday) => holiday.date);
      const sorted = [...dates].sort(compareDates);
      expect([year, dates]).toEqual([year, sorted]);
      expect(new Set(dates).size).toBe(dates.length);
    }
  });

  it('does not have Goede Vrijdag', () => {
    expect(dutchPublicHolidayName('2026-04-03')).toBeNull();
    expect(dutchPublicHolidayName('2027-03-26')).toBeNull();
  });

  it('hands out copies, so a caller cannot change the calendar', () => {
    dutchPublicHolidays(2026)[0].date = '2026-01-02';
    expect(dutchPublicHolidayName('2026-01-01')).toBe('Nieuwjaarsdag');
    expect(dutchPublicHolidayName('2026-01-02')).toBeNull();
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => dutchPublicHolidayName('2026-02-30')).toThrow('Not a calendar date as YYYY-MM-DD: "2026-02-30"');
  });
});

describe('isWorkingDay', () => {
  it('is Monday to Friday', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true);
    expect(isWorkingDay('2026-03-06')).toBe(true);
    expect(isWorkingDay('2026-03-07')).toBe(false);
    expect(isWorkingDay('2026-03-08')).toBe(false);
  });

  it.each([
    '2026-01-01',
    '2026-04-06',
    '2026-04-27',
    '2026-05-14',
    '2026-05-25',
    '2026-12-25',
    '2027-03-29',
    '2027-04-27',
    '2027-05-06',
    '2027-05-17',
    '2025-05-05',
  ])('is not a working day on the weekday holiday %s', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it('is a working day on Goede Vrijdag and on 5 May outside a lustrum year', () => {
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-05-05')).toBe(true);
  });

  it('refuses an invalid date', () => {
    expect(() => isWorkingDay('2026-13-01')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend: Friday + 1 is Monday, and so is Saturday + 1 and Sunday + 1', () => {
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-08', 1)).toBe('2026-03-09');
  });

  it('counts a whole week as 5', () => {
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
  });

  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-21', 6)).toBe('2026-12-30');
  });

  it('skips Tweede Paasdag but not Goede Vrijdag (2026)', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-03');
    expect(addWorkingDays('2026-04-03', 1)).toBe('2026-04-07');
  });

  it('skips Koningsdag, Hemelvaartsdag and Tweede Pinksterdag', () => {
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(addWorkingDays('2027-05-14', 1)).toBe('2027-05-18');
  });

  it('goes back with a negative number, skipping the weekend and Easter Monday', () => {
    expect(addWorkingDays('2026-03-09', -1)).toBe('2026-03-06');
    expect(addWorkingDays('2026-03-08', -1)).toBe('2026-03-06');
    expect(addWorkingDays('2026-04-07', -1)).toBe('2026-04-03');
  });

  it('leaves the date as it is with 0, even on a Sunday', () => {
    expect(addWorkingDays('2026-03-08', 0)).toBe('2026-03-08');
  });

  it('always lands on a working day for n other than 0', () => {
    for (let offset = 0; offset < 400; offset += 1) {
      const from = addDays('2026-01-01', offset);
      expect(isWorkingDay(addWorkingDays(from, 3))).toBe(true);
      expect(isWorkingDay(addWorkingDays(from, -2))).toBe(true);
    }
  });

  it('refuses a fractional number and an invalid date', () => {
    expect(() => addWorkingDays('2026-03-02', 1.5)).toThrow('addWorkingDays needs a whole number of days, got 1.5');
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 0)).toThrow('Not a calendar date as YYYY-MM-DD: "2026-02-30"');
  });
});

describe('workingDaysBetween', () => {
  it('is 0 on the same day and counts the days after `from` up to and including `to`', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(workingDaysBetween('2026-03-02', '2026-03-09')).toBe(5);
  });

  it('counts nothing over a bare weekend', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-08')).toBe(0);
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
  });

  it('counts 5 working days from Christmas Eve 2026 to the first Monday of 2027', () => {
    expect(workingDaysBetween('2026-12-24', '2027-01-04')).toBe(5);
  });

  it('is negative when `to` is earlier', () => {
    expect(workingDaysBetween('2026-03-09', '2026-03-06')).toBe(-1);
    expect(workingDaysBetween('2026-03-09', '2026-03-02')).toBe(-5);
  });

  it('is the inverse of addWorkingDays, forward and back, over a year of start days', () => {
    for (let offset = 0; offset < 366; offset += 1) {
      const from = addDays('2026-01-01', offset);
      for (const n of [-7, -1, 1, 2, 5, 6, 10]) {
        expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
      }
    }
  });

  it('refuses an invalid date', () => {
    expect(() => workingDaysBetween('2026-03-02', '2026-3-9')).toThrow(RangeError);
  });
});
