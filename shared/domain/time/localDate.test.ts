import { getISODay } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { addDays, addMonths, ageInMonths, ageInYears, daysBetween, isLocalDate, isoWeekday, localDateAt, weekStart } from './localDate';

describe('local dates', () => {
  test('isLocalDate rejects impossible dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('26-01-01')).toBe(false);
  });

  test('arithmetic is not moved by daylight-saving changes (last Sunday of March and October)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });

  test('weeks start on Monday (ISO)', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
  });

  test('age: the day before, on and after the birthday', () => {
    expect(ageInYears('2022-06-15', '2026-06-14')).toBe(3);
    expect(ageInYears('2022-06-15', '2026-06-15')).toBe(4);
    expect(ageInYears('2022-06-15', '2026-06-16')).toBe(4);
  });

  test('age: a child born on 29 February has its birthday on 28 February in non-leap years', () => {
    expect(ageInYears('2024-02-29', '2025-02-27')).toBe(0);
    expect(ageInYears('2024-02-29', '2025-02-28')).toBe(1);
    expect(ageInYears('2024-02-29', '2028-02-28')).toBe(3);
    expect(ageInYears('2024-02-29', '2028-02-29')).toBe(4);
  });

  test('the local date of an instant is Amsterdam time, not UTC', () => {
    expect(localDateAt(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
    expect(localDateAt(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(localDateAt(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('weekdays', () => {
  test('isoWeekday agrees with date-fns on every day from 1999 to 2031 (leap years and century rules included)', () => {
    for (let date = '1999-01-01'; date <= '2031-12-31'; date = addDays(date, 1)) {
      expect(isoWeekday(date), date).toBe(getISODay(new Date(`${date}T12:00:00Z`)));
    }
    expect(isoWeekday('2000-02-29')).toBe(2);
    expect(isoWeekday('2100-03-01')).toBe(1);
    expect(() => isoWeekday('23-11-2026')).toThrow();
  });
});

describe('months', () => {
  test('addMonths: the end of a month clamps (31 March minus a month is 28 February, 29 in a leap year)', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2028-03-31', -1)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-23', 18)).toBe('2028-05-23');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  test('ageInMonths: a month is complete on the same day of the month (the day before, on, after)', () => {
    expect(ageInMonths('2025-05-23', '2026-11-22')).toBe(17);
    expect(ageInMonths('2025-05-23', '2026-11-23')).toBe(18);
    expect(ageInMonths('2025-05-23', '2026-11-24')).toBe(18);
    expect(ageInMonths('2026-11-23', '2026-11-23')).toBe(0);
  });

  test('ageInMonths: a month without the birth day completes on its last day (born 31 January: 1 month on 28 February)', () => {
    expect(ageInMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(ageInMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(ageInMonths('2026-01-31', '2026-03-30')).toBe(1);
    expect(ageInMonths('2026-01-31', '2026-03-31')).toBe(2);
    // Born 29 February: 12 months on 28 February of a common year, like ageInYears.
    expect(ageInMonths('2024-02-29', '2025-02-27')).toBe(11);
    expect(ageInMonths('2024-02-29', '2025-02-28')).toBe(12);
    expect(ageInYears('2024-02-29', '2025-02-28')).toBe(1);
  });
});
