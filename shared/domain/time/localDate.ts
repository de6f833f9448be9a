/**
 * Local wall-clock dates of a location (Europe/Amsterdam) as `YYYY-MM-DD` strings.
 *
 * Domain dates never carry a time zone: a contracted day stays the same day whatever the
 * daylight-saving state. Arithmetic goes through date-fns on UTC-based dates, so no local
 * offset or DST change can shift a day.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays as addDaysFns, addMonths as addMonthsFns, formatISO, getISOWeek, startOfISOWeek } from 'date-fns';

export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = toUtc(value);
  return formatLocalDate(d) === value;
}

function toUtc(date: LocalDate): UTCDate {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new Error(`not a local date: ${date}`);
  return new UTCDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function formatLocalDate(d: Date): LocalDate {
  return formatISO(d, { representation: 'date' });
}

/** Milliseconds of midnight UTC of a local date: plain arithmetic, for the hot paths below. */
function utcMs(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new Error(`not a local date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const MS_PER_DAY = 86_400_000;

export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(utcMs(date) + days * MS_PER_DAY);
  // toISOString has four-digit years only from 0 to 9999; beyond that ask date-fns.
  return moved.getUTCFullYear() >= 0 && moved.getUTCFullYear() <= 9999
    ? moved.toISOString().slice(0, 10)
    : formatLocalDate(addDaysFns(toUtc(date), days));
}

/**
 * `date` moved by whole months; the end of a month clamps to the last day of the target month
 * (31 March - 1 month = 28 February, or 29 February in a leap year).
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return formatLocalDate(addMonthsFns(toUtc(date), months));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  // Both at midnight UTC: the difference is a whole number of days, no DST in between.
  return Math.round((utcMs(to) - utcMs(from)) / MS_PER_DAY);
}

/** Month offsets of Sakamoto's weekday method. */
const WEEKDAY_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/**
 * ISO weekday: 1 = Monday ... 7 = Sunday. Plain arithmetic (Sakamoto's method), no Date: the
 * planned presence asks it for every contract on every day evaluated.
 */
export function isoWeekday(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new Error(`not a local date: ${date}`);
  const month = Number(m[2]);
  const y = Number(m[1]) - (month < 3 ? 1 : 0);
  const sundayFirst =
    (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (WEEKDAY_OFFSETS[month - 1] ?? 0) + Number(m[3])) % 7;
  return sundayFirst === 0 ? 7 : sundayFirst;
}

/** The Monday of the ISO week that holds `date`. */
export function weekStart(date: LocalDate): LocalDate {
  return formatLocalDate(startOfISOWeek(toUtc(date)));
}

/** ISO week number (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekNumber(date: LocalDate): number {
  return getISOWeek(toUtc(date));
}

/** The dates of the week starting at `monday`, Monday to Sunday. */
export function weekDates(monday: LocalDate, days = 7): LocalDate[] {
  return Array.from({ length: days }, (_, i) => addDays(monday, i));
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: LocalDate): number {
  return Number(date.slice(5, 7));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/**
 * Completed years of age on `on`. On the birthday the child is already the new age. A child
 * born on 29 February has its birthday on 28 February in non-leap years (the reading of the
 * Dutch civil code, art. 1:2 BW does not say; the inspectorate's calculator and most registries
 * use 28 February, and it never makes a child younger than it is).
 */
export function ageInYears(dateOfBirth: LocalDate, on: LocalDate): number {
  const by = yearOf(dateOfBirth);
  const bm = monthOf(dateOfBirth);
  const bd = Number(dateOfBirth.slice(8, 10));
  const y = yearOf(on);
  const m = monthOf(on);
  const d = Number(on.slice(8, 10));
  let age = y - by;
  const birthdayDay = bm === 2 && bd === 29 && !isLeapYear(y) ? 28 : bd;
  if (m < bm || (m === bm && d < birthdayDay)) age -= 1;
  return age;
}

/**
 * Completed months of age on `on`: a month is complete on the same day of the month as the birth
 * (born 15 January: 1 month old on 15 February), or on the last day of a month that lacks that day
 * (born 31 January: 1 month old on 28 February), the same reading as `ageInYears` for 29 February
 * and as `addMonths`. Group age ranges are in months; the ratio itself counts completed years.
 */
export function ageInMonths(dateOfBirth: LocalDate, on: LocalDate): number {
  const y = yearOf(on);
  const m = monthOf(on);
  const months = (y - yearOf(dateOfBirth)) * 12 + (m - monthOf(dateOfBirth));
  const dayOfMonth = Math.min(Number(dateOfBirth.slice(8, 10)), daysInMonth(y, m));
  return Number(on.slice(8, 10)) < dayOfMonth ? months - 1 : months;
}

/** Making an Intl formatter costs far more than using one: one per kind and time zone, made once. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: 'date' | 'time', timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(`${key}|${timeZone}`);
  if (!f) {
    f =
      key === 'date'
        ? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        : new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(`${key}|${timeZone}`, f);
  }
  return f;
}

/** Today's local date at the location, from a UTC instant (Europe/Amsterdam). */
export function localDateAt(instant: Date, timeZone = 'Europe/Amsterdam'): LocalDate {
  // en-CA formats as YYYY-MM-DD; Intl is part of the language, not a runtime API.
  return formatter('date', timeZone).format(instant);
}

/** Minutes since midnight of the local wall clock at `instant`. */
export function localMinutesAt(instant: Date, timeZone = 'Europe/Amsterdam'): number {
  const parts = formatter('time', timeZone).formatToParts(instant);
  const h = Number(parts.find((p) => p.type === 'hour')?.value);
  const m = Number(parts.find((p) => p.type === 'minute')?.value);
  return h * 60 + m;
}
