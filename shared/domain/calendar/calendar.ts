/**
 * Opening days of a location: public holidays, study days, school holidays (spec/calendar.md).
 *
 * Public holidays come from the `date-holidays` library (country NL), never from a hand-written
 * Easter computation. The library is pure JavaScript (no Node or DOM API); its dates are read
 * from the `YYYY-MM-DD hh:mm:ss` string it returns for the Europe/Amsterdam zone, so no `Date`
 * object or host time zone is involved. Results are memoised per year.
 *
 * Closed (when on an opening weekday): New Year's Day, Easter Monday, King's Day (27 April;
 * 26 April when the 27th is a Sunday), Ascension Day, Whit Monday, Christmas Day, Boxing Day and,
 * per the setting, Liberation Day. A holiday on a day the location does not open anyway (the
 * weekend) changes nothing: it is not in the published list and closes nothing extra.
 */
import Holidays from 'date-holidays';
import { textOf } from '../../i18n/messages';
import { addDays, isoWeekday, yearOf } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { CalendarSettings, SchoolHoliday } from './calendarSettings';
import { calendarMessages } from './messages';

export type HolidayKey =
  'new_years_day' | 'easter_monday' | 'kings_day' | 'liberation_day' | 'ascension_day' | 'whit_monday' | 'christmas_day' | 'boxing_day';

export type PublicHoliday = {
  date: LocalDate;
  key: HolidayKey;
  /** Dutch name; `calendarMessages.en['calendar.holiday.<key>']` for English. */
  name: string;
};

export type ClosureReason = 'weekend' | 'public_holiday' | 'study_day';

export type Closure = {
  /** `weekend` also covers any other weekday the location does not open on. */
  reason: ClosureReason;
  /** Dutch name of the day or reason, for the screen. */
  name: string;
  /** Message id of `name` in `calendarMessages`. */
  key: string;
};

export type BsoDayKind = 'school' | 'holiday';

/** The first year King's Day (27 April) replaced Queen's Day in the library's data. */
const FIRST_KINGS_DAY_YEAR = 2014;
/** Liberation Day under the `lustrum` setting: years divisible by this (2025, 2030, ...). */
const LUSTRUM_YEARS = 5;

/**
 * How a library holiday is recognised: by its rule, the library's stable reference for a
 * holiday (names are translated text). King's Day's rule carries its Sunday shift, so it is
 * matched on the date part only.
 */
const RULES: readonly { key: HolidayKey; matches: (rule: string) => boolean }[] = [
  { key: 'new_years_day', matches: (r) => r === '01-01' },
  { key: 'easter_monday', matches: (r) => r === 'easter 1' },
  { key: 'kings_day', matches: (r) => r.startsWith('04-27') },
  { key: 'liberation_day', matches: (r) => r === '05-05' },
  { key: 'ascension_day', matches: (r) => r === 'easter 39' },
  { key: 'whit_monday', matches: (r) => r === 'easter 50' },
  { key: 'christmas_day', matches: (r) => r === '12-25' },
  { key: 'boxing_day', matches: (r) => r === '12-26' },
];

let library: Holidays | undefined;
function holidaysLibrary(): Holidays {
  library ??= new Holidays('NL', { languages: ['nl'], timezone: 'Europe/Amsterdam' });
  return library;
}

/** Every holiday the organisation could close for in `year`, whatever the weekday or setting. */
const byYear = new Map<number, readonly PublicHoliday[]>();
/** The same, indexed by date. */
const byDate = new Map<number, ReadonlyMap<LocalDate, PublicHoliday>>();

function nationalHolidays(year: number): readonly PublicHoliday[] {
  if (!Number.isInteger(year)) throw new Error(`not a year: ${year}`);
  const cached = byYear.get(year);
  if (cached) return cached;
  const found: PublicHoliday[] = [];
  for (const h of holidaysLibrary().getHolidays(year)) {
    const match = RULES.find((r) => r.matches(h.rule));
    if (!match) continue;
    found.push(
      Object.freeze({
        date: h.date.slice(0, 10),
        key: match.key,
        name: textOf(calendarMessages, `calendar.holiday.${match.key}`),
      }),
    );
  }
  // The library's data is a dependency: if an upgrade renamed a rule, fail loudly rather than
  // open the location on a holiday.
  for (const { key } of RULES) {
    if (key === 'kings_day' && year < FIRST_KINGS_DAY_YEAR) continue;
    if (!found.some((h) => h.key === key)) {
      throw new Error(`date-holidays (NL) has no ${key} in ${year}: check the library's rules`);
    }
  }
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const frozen = Object.freeze(found);
  byYear.set(year, frozen);
  byDate.set(year, new Map(frozen.map((h) => [h.date, h])));
  return frozen;
}

function observedBy(h: PublicHoliday, year: number, settings: CalendarSettings): boolean {
  if (h.key !== 'liberation_day') return true;
  return settings.liberationDayClosure === 'every_year' || year % LUSTRUM_YEARS === 0;
}

function opensOnWeekdayOf(date: LocalDate, settings: CalendarSettings): boolean {
  return settings.openingWeekdays.includes(isoWeekday(date));
}

export type PublicHolidaysOptions = {
  /** Also list holidays on days the location does not open (the weekend). Default false. */
  includeNonOpeningDays?: boolean;
};

/**
 * The public holidays that close the location in `year`, in date order: the list the
 * organisation publishes (2026: 1 Jan, 6 Apr, 27 Apr, 5 May, 14 May, 25 May, 25 Dec).
 * Liberation Day per `settings.liberationDayClosure`; holidays on non-opening days are left out
 * unless `includeNonOpeningDays`.
 */
export function publicHolidays(year: number, settings: CalendarSettings, options: PublicHolidaysOptions = {}): PublicHoliday[] {
  return nationalHolidays(year).filter(
    (h) => observedBy(h, year, settings) && (options.includeNonOpeningDays === true || opensOnWeekdayOf(h.date, settings)),
  );
}

/**
 * The public holiday the organisation observes on `date`, whatever the weekday (a holiday on a
 * Saturday is still a holiday, it just closes nothing); null when none.
 */
export function publicHolidayOn(date: LocalDate, settings: CalendarSettings): PublicHoliday | null {
  const year = yearOf(date);
  nationalHolidays(year);
  const h = byDate.get(year)?.get(date);
  return h && observedBy(h, year, settings) ? h : null;
}

/**
 * Why the location is closed on `date`, or null when it is open. In this order: not an opening
 * weekday (`weekend`), a public holiday, a study day. A public holiday or study day on a weekend
 * is reported as `weekend`: it changes nothing.
 */
export function closureOn(date: LocalDate, settings: CalendarSettings): Closure | null {
  if (!opensOnWeekdayOf(date, settings)) return closure('weekend', 'calendar.closed.weekend');
  const holiday = publicHolidayOn(date, settings);
  if (holiday) return closure('public_holiday', `calendar.holiday.${holiday.key}`);
  if (settings.studyDays.includes(date)) return closure('study_day', 'calendar.closed.study_day');
  return null;
}

function closure(reason: ClosureReason, key: string): Closure {
  return { reason, name: textOf(calendarMessages, key), key };
}

export function isOpenDay(date: LocalDate, settings: CalendarSettings): boolean {
  return closureOn(date, settings) === null;
}

/** True for a study day of the organisation that falls on an opening day. */
export function isStudyDay(date: LocalDate, settings: CalendarSettings): boolean {
  return closureOn(date, settings)?.reason === 'study_day';
}

/** The open days from `from` to `to`, both inclusive, in order; empty when `to` < `from`. */
export function openDaysBetween(from: LocalDate, to: LocalDate, settings: CalendarSettings): LocalDate[] {
  const days: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (isOpenDay(d, settings)) days.push(d);
  }
  return days;
}

/** The school holiday (both ends inclusive) that holds `date`, or null. */
export function schoolHolidayOn(date: LocalDate, schoolHolidays: readonly SchoolHoliday[]): SchoolHoliday | null {
  return schoolHolidays.find((h) => h.from <= date && date <= h.to) ?? null;
}

export function isInSchoolHoliday(date: LocalDate, schoolHolidays: readonly SchoolHoliday[]): boolean {
  return schoolHolidayOn(date, schoolHolidays) !== null;
}

/**
 * BSO care on `date`: a `holiday` day (full day) inside a school holiday of the location's
 * schools, otherwise a `school` day (before and after school). Whether the location is open at
 * all is `closureOn`'s question: ask this about open days.
 */
export function bsoDayKind(date: LocalDate, schoolHolidays: readonly SchoolHoliday[]): BsoDayKind {
  return isInSchoolHoliday(date, schoolHolidays) ? 'holiday' : 'school';
}
