/**
 * Calendar settings of an organisation (overridable per location where the spec says so):
 * which weekdays a location opens, whether Liberation Day (Bevrijdingsdag, 5 May) closes it every
 * year or only in lustrum years, the study day(s), and the school holidays (BSO) of the schools a
 * location is linked to. Opening and closing times live on the location itself (`LocationRow`).
 *
 * Missing keys take the defaults, so `calendarSettingsSchema.parse({})` is the default settings.
 * Defaults are the 2026 data of spec/calendar.md.
 */
import { z } from 'zod';
import { isLocalDate } from '../time/localDate';
import type { LocalDate } from '../time/localDate';

const localDate = z.string().refine(isLocalDate, { message: 'geen geldige datum (JJJJ-MM-DD)' });

/**
 * `every_year`: closed on 5 May every year (matches the organisation's 2026 list).
 * `lustrum`: closed only every fifth year (2025, 2030, ...: years divisible by 5), as the
 * national collective agreements usually have it.
 */
export const LiberationDayClosure = z.enum(['every_year', 'lustrum']);
export type LiberationDayClosure = z.infer<typeof LiberationDayClosure>;

/** One school holiday, both ends inclusive (`to` may be in the next year: Christmas). */
export const SchoolHolidaySchema = z
  .object({
    name: z.string().min(1).max(100),
    from: localDate,
    to: localDate,
  })
  .refine((h) => h.from <= h.to, { message: 'de vakantie eindigt voor ze begint', path: ['to'] });
export type SchoolHoliday = z.infer<typeof SchoolHolidaySchema>;

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
const IsoWeekday = z.number().int().min(1).max(7);

export const DEFAULT_OPENING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];
export const DEFAULT_STUDY_DAYS: readonly LocalDate[] = ['2026-10-27'];
export const DEFAULT_SCHOOL_HOLIDAYS: readonly SchoolHoliday[] = [
  { name: 'Voorjaarsvakantie', from: '2026-02-16', to: '2026-02-22' },
  { name: 'Meivakantie', from: '2026-04-20', to: '2026-05-03' },
  { name: 'Zomervakantie', from: '2026-07-20', to: '2026-08-30' },
  { name: 'Herfstvakantie', from: '2026-10-19', to: '2026-10-25' },
  { name: 'Kerstvakantie', from: '2026-12-21', to: '2027-01-03' },
];

export const calendarSettingsSchema = z.object({
  liberationDayClosure: LiberationDayClosure.default('every_year'),
  /** Days the location opens (ISO weekdays); a public holiday on any other day changes nothing. */
  openingWeekdays: z
    .array(IsoWeekday)
    .min(1)
    .refine((days) => new Set(days).size === days.length, { message: 'een weekdag staat er dubbel in' })
    .default(() => [...DEFAULT_OPENING_WEEKDAYS]),
  /** Closure days for training (studiedag), one a year, planned in October. */
  studyDays: z.array(localDate).default(() => [...DEFAULT_STUDY_DAYS]),
  /** School holidays of the schools the location is linked to (per location). */
  schoolHolidays: z.array(SchoolHolidaySchema).default(() => DEFAULT_SCHOOL_HOLIDAYS.map((h) => ({ ...h }))),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const defaultCalendarSettings: CalendarSettings = calendarSettingsSchema.parse({});
