import { describe, expect, test } from 'vitest';
import {
  bsoDayKind,
  closureOn,
  isInSchoolHoliday,
  isOpenDay,
  isStudyDay,
  openDaysBetween,
  publicHolidayOn,
  publicHolidays,
  schoolHolidayOn,
} from './calendar';
import { calendarSettingsSchema, defaultCalendarSettings } from './calendarSettings';
import type { CalendarSettings } from './calendarSettings';
import { calendarMessages } from './messages';

const everyYear: CalendarSettings = defaultCalendarSettings;
const lustrum: CalendarSettings = { ...defaultCalendarSettings, liberationDayClosure: 'lustrum' };
const dates = (year: number, settings: CalendarSettings, includeNonOpeningDays = false) =>
  publicHolidays(year, settings, { includeNonOpeningDays }).map((h) => h.date);

describe('public holidays', () => {
  test('public holidays: 2026 matches the organisation’s published list exactly', () => {
    expect(dates(2026, everyYear)).toEqual([
      '2026-01-01', // Thu, Nieuwjaarsdag
      '2026-04-06', // Mon, Tweede paasdag
      '2026-04-27', // Mon, Koningsdag
      '2026-05-05', // Tue, Bevrijdingsdag
      '2026-05-14', // Thu, Hemelvaartsdag
      '2026-05-25', // Mon, Tweede pinksterdag
      '2026-12-25', // Fri, Eerste kerstdag
    ]);
    expect(publicHolidays(2026, everyYear).map((h) => h.key)).toEqual([
      'new_years_day',
      'easter_monday',
      'kings_day',
      'liberation_day',
      'ascension_day',
      'whit_monday',
      'christmas_day',
    ]);
  });

  test('public holidays: 2027 opens with Fri 1 Jan', () => {
    expect(dates(2027, everyYear)[0]).toBe('2027-01-01');
    expect(closureOn('2027-01-01', everyYear)).toEqual({
      reason: 'public_holiday',
      name: 'Nieuwjaarsdag',
      key: 'calendar.holiday.new_years_day',
    });
  });

  test('public holidays: Boxing Day on a Saturday (26 Dec 2026) changes nothing', () => {
    expect(dates(2026, everyYear)).not.toContain('2026-12-26');
    expect(dates(2026, everyYear, true)).toContain('2026-12-26');
    expect(publicHolidayOn('2026-12-26', everyYear)?.key).toBe('boxing_day');
    expect(closureOn('2026-12-26', everyYear)?.reason).toBe('weekend');
  });

  test('public holidays: Boxing Day on a weekday closes (Tue 26 Dec 2028)', () => {
    expect(closureOn('2028-12-26', everyYear)).toMatchObject({ reason: 'public_holiday', name: 'Tweede kerstdag' });
  });

  test('King’s Day: 27 April on a Sunday moves to Saturday 26 April (2025), which closes nothing', () => {
    const kingsDay2025 = publicHolidays(2025, everyYear, { includeNonOpeningDays: true }).find((h) => h.key === 'kings_day');
    expect(kingsDay2025?.date).toBe('2025-04-26');
    expect(publicHolidayOn('2025-04-27', everyYear)).toBeNull();
    expect(dates(2025, everyYear)).not.toContain('2025-04-26');
    expect(closureOn('2025-04-26', everyYear)?.reason).toBe('weekend');
    expect(isOpenDay('2025-04-28', everyYear)).toBe(true);
  });

  test('King’s Day: 27 April on a weekday stays on the 27th (Mon 2026, Thu 2028)', () => {
    expect(publicHolidayOn('2026-04-27', everyYear)?.key).toBe('kings_day');
    expect(publicHolidayOn('2028-04-27', everyYear)?.key).toBe('kings_day');
    expect(publicHolidayOn('2028-04-26', everyYear)).toBeNull();
  });

  test('Easter-based holidays come from the library (Easter 2027 is 28 March)', () => {
    const keys = Object.fromEntries(publicHolidays(2027, everyYear).map((h) => [h.key, h.date]));
    expect(keys).toMatchObject({
      easter_monday: '2027-03-29',
      ascension_day: '2027-05-06',
      whit_monday: '2027-05-17',
    });
  });

  test('Good Friday, Easter Sunday and Remembrance Day are not closures', () => {
    expect(isOpenDay('2026-04-03', everyYear)).toBe(true);
    expect(isOpenDay('2026-05-04', everyYear)).toBe(true);
    expect(publicHolidayOn('2026-04-05', everyYear)).toBeNull();
  });

  test('public holidays are memoised per year: the same (frozen) holidays twice', () => {
    const first = publicHolidays(2031, everyYear);
    const second = publicHolidays(2031, lustrum, { includeNonOpeningDays: true });
    expect(second[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});

describe('Liberation Day setting', () => {
  test('Liberation Day every_year: closed 2025 (Mon) and 2026 (Tue); 2030 is a Sunday', () => {
    expect(closureOn('2025-05-05', everyYear)?.reason).toBe('public_holiday');
    expect(closureOn('2026-05-05', everyYear)).toMatchObject({ reason: 'public_holiday', name: 'Bevrijdingsdag' });
    expect(publicHolidayOn('2030-05-05', everyYear)?.key).toBe('liberation_day');
    expect(closureOn('2030-05-05', everyYear)?.reason).toBe('weekend');
  });

  test('Liberation Day lustrum: closed 2025, open 2026, holiday in 2030 (on a Sunday)', () => {
    expect(closureOn('2025-05-05', lustrum)?.reason).toBe('public_holiday');
    expect(closureOn('2026-05-05', lustrum)).toBeNull();
    expect(dates(2026, lustrum)).not.toContain('2026-05-05');
    expect(dates(2026, lustrum)).toHaveLength(6);
    expect(publicHolidayOn('2026-05-05', lustrum)).toBeNull();
    expect(publicHolidayOn('2030-05-05', lustrum)?.key).toBe('liberation_day');
    expect(dates(2030, lustrum, true)).toContain('2030-05-05');
    expect(closureOn('2030-05-05', lustrum)?.reason).toBe('weekend');
  });

  test('Liberation Day lustrum: 2035 (Saturday) is a holiday on a weekend, 2044 open, 2045 (Friday) closes', () => {
    expect(publicHolidayOn('2035-05-05', lustrum)?.key).toBe('liberation_day');
    expect(closureOn('2045-05-05', lustrum)?.reason).toBe('public_holiday');
    expect(closureOn('2044-05-05', lustrum)).toBeNull();
  });
});

describe('study day', () => {
  test('study day: Tue 27 October 2026 is closed; the days around it are open', () => {
    expect(closureOn('2026-10-27', everyYear)).toEqual({
      reason: 'study_day',
      name: 'Studiedag',
      key: 'calendar.closed.study_day',
    });
    expect(isStudyDay('2026-10-27', everyYear)).toBe(true);
    expect(isOpenDay('2026-10-26', everyYear)).toBe(true);
    expect(isOpenDay('2026-10-28', everyYear)).toBe(true);
  });

  test('study day: set per organisation; without one the day is open', () => {
    expect(isOpenDay('2026-10-27', { ...everyYear, studyDays: [] })).toBe(true);
  });
});

describe('opening days', () => {
  test('opening days: Monday to Friday by default; Saturday and Sunday are weekend', () => {
    expect(isOpenDay('2026-11-20', everyYear)).toBe(true);
    expect(closureOn('2026-11-21', everyYear)).toEqual({ reason: 'weekend', name: 'Weekend', key: 'calendar.closed.weekend' });
    expect(closureOn('2026-11-22', everyYear)?.reason).toBe('weekend');
  });

  test('opening days: a location open on Saturday closes on a Saturday holiday (Boxing Day 2026)', () => {
    const saturdays = { ...everyYear, openingWeekdays: [1, 2, 3, 4, 5, 6] };
    expect(closureOn('2026-12-26', saturdays)?.reason).toBe('public_holiday');
    expect(dates(2026, saturdays)).toContain('2026-12-26');
  });

  test('opening days between: the week of Ascension Day 2026 has four', () => {
    expect(openDaysBetween('2026-05-11', '2026-05-17', everyYear)).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-15']);
    expect(openDaysBetween('2026-05-17', '2026-05-11', everyYear)).toEqual([]);
  });

  test('opening days: 2026 has 261 weekdays, 7 holidays and 1 study day closed: 253 open', () => {
    expect(openDaysBetween('2026-01-01', '2026-12-31', everyYear)).toHaveLength(253);
  });
});

describe('school holidays (BSO)', () => {
  const holidays = everyYear.schoolHolidays;

  test('school holidays: autumn holiday edges (day before, first day, last day, day after)', () => {
    expect(bsoDayKind('2026-10-16', holidays)).toBe('school'); // Friday before
    expect(bsoDayKind('2026-10-19', holidays)).toBe('holiday'); // first day
    expect(schoolHolidayOn('2026-10-19', holidays)?.name).toBe('Herfstvakantie');
    expect(isInSchoolHoliday('2026-10-25', holidays)).toBe(true); // last day (Sunday)
    expect(bsoDayKind('2026-10-26', holidays)).toBe('school'); // day after
  });

  test('school holidays: summer holiday edges', () => {
    expect(bsoDayKind('2026-07-19', holidays)).toBe('school');
    expect(bsoDayKind('2026-07-20', holidays)).toBe('holiday');
    expect(bsoDayKind('2026-08-30', holidays)).toBe('holiday');
    expect(bsoDayKind('2026-08-31', holidays)).toBe('school');
  });

  test('school holidays: Christmas holiday runs into the next year', () => {
    expect(bsoDayKind('2026-12-18', holidays)).toBe('school');
    expect(bsoDayKind('2026-12-21', holidays)).toBe('holiday');
    expect(schoolHolidayOn('2027-01-01', holidays)?.name).toBe('Kerstvakantie');
    expect(bsoDayKind('2027-01-04', holidays)).toBe('school');
  });

  test('school holidays: a weekday in the May holiday is a holiday day, and King’s Day in it is still closed', () => {
    expect(bsoDayKind('2026-04-28', holidays)).toBe('holiday');
    expect(closureOn('2026-04-27', everyYear)?.reason).toBe('public_holiday');
    expect(bsoDayKind('2026-04-17', holidays)).toBe('school');
    expect(bsoDayKind('2026-05-04', holidays)).toBe('school');
  });

  test('school holidays: per location; a location without any has only school days', () => {
    expect(bsoDayKind('2026-07-22', [])).toBe('school');
  });
});

describe('calendar settings', () => {
  test('calendar settings: empty input takes the defaults of the spec', () => {
    const s = calendarSettingsSchema.parse({});
    expect(s.liberationDayClosure).toBe('every_year');
    expect(s.openingWeekdays).toEqual([1, 2, 3, 4, 5]);
    expect(s.studyDays).toEqual(['2026-10-27']);
    expect(s.schoolHolidays).toHaveLength(5);
    expect(s.schoolHolidays[1]).toEqual({ name: 'Meivakantie', from: '2026-04-20', to: '2026-05-03' });
  });

  test('calendar settings: defaults are fresh copies, not shared arrays', () => {
    const a = calendarSettingsSchema.parse({});
    const b = calendarSettingsSchema.parse({});
    expect(a.studyDays).not.toBe(b.studyDays);
  });

  test('calendar settings: rejects an unknown Liberation Day mode, a bad date and a reversed holiday', () => {
    expect(calendarSettingsSchema.safeParse({ liberationDayClosure: 'never' }).success).toBe(false);
    expect(calendarSettingsSchema.safeParse({ studyDays: ['2026-02-30'] }).success).toBe(false);
    expect(calendarSettingsSchema.safeParse({ schoolHolidays: [{ name: 'x', from: '2026-10-25', to: '2026-10-19' }] }).success).toBe(false);
    expect(calendarSettingsSchema.safeParse({ openingWeekdays: [1, 1] }).success).toBe(false);
    expect(calendarSettingsSchema.safeParse({ openingWeekdays: [0] }).success).toBe(false);
  });

  test('calendar messages: every Dutch name has an English one', () => {
    expect(Object.keys(calendarMessages.en).sort()).toEqual(Object.keys(calendarMessages.nl).sort());
  });
});
