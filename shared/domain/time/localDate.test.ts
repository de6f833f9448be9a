import { describe, expect, test } from 'vitest';
import { addDays, ageInYears, daysBetween, isLocalDate, isoWeekday, localDateAt, weekStart } from './localDate';

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
