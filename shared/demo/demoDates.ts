/**
 * Month and year arithmetic on local dates for the demo: group age ranges are in months, the
 * ratio counts completed years (`ageInYears`, which handles 29 February).
 */
import { UTCDate } from '@date-fns/utc';
import { addMonths as addMonthsFns, addYears as addYearsFns, formatISO } from 'date-fns';
import { addDays, ageInYears, type LocalDate } from '../domain/time/localDate';

function toUtc(date: LocalDate): UTCDate {
  return new UTCDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(d: Date): LocalDate {
  return formatISO(d, { representation: 'date' });
}

/** `date` moved by whole months (the end of a month clamps: 31 March - 1 month = 28/29 February). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  return fromUtc(addMonthsFns(toUtc(date), months));
}

/** Completed months of age on `on` (a month is complete on the same day of the month). */
export function ageInMonths(dateOfBirth: LocalDate, on: LocalDate): number {
  const months =
    (Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))) * 12 + (Number(on.slice(5, 7)) - Number(dateOfBirth.slice(5, 7)));
  return Number(on.slice(8, 10)) < Number(dateOfBirth.slice(8, 10)) ? months - 1 : months;
}

/** The first date on which the child is `months` old. */
export function dateAtMonths(dateOfBirth: LocalDate, months: number): LocalDate {
  let d = addMonths(dateOfBirth, months);
  while (ageInMonths(dateOfBirth, addDays(d, -1)) >= months) d = addDays(d, -1);
  while (ageInMonths(dateOfBirth, d) < months) d = addDays(d, 1);
  return d;
}

/** The first date on which the child is `years` old (born 29 February: 28 February in common years). */
export function dateAtYears(dateOfBirth: LocalDate, years: number): LocalDate {
  let d = fromUtc(addYearsFns(toUtc(dateOfBirth), years));
  while (ageInYears(dateOfBirth, addDays(d, -1)) >= years) d = addDays(d, -1);
  while (ageInYears(dateOfBirth, d) < years) d = addDays(d, 1);
  return d;
}

/** A date of birth that makes the child `years` old on `today + inDays`. */
export function bornYearsBefore(today: LocalDate, inDays: number, years: number): LocalDate {
  return fromUtc(addYearsFns(toUtc(addDays(today, inDays)), -years));
}
