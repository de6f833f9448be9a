/**
 * Birthday arithmetic for the demo: the dates on which a child reaches an age (group age ranges
 * are in months, the ratio counts completed years). The general month helpers (`addMonths`,
 * `ageInMonths`) live in `shared/domain/time/localDate`.
 */
import { UTCDate } from '@date-fns/utc';
import { addYears as addYearsFns, formatISO } from 'date-fns';
import { addDays, addMonths, ageInMonths, ageInYears, type LocalDate } from '../domain/time/localDate';

function toUtc(date: LocalDate): UTCDate {
  return new UTCDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(d: Date): LocalDate {
  return formatISO(d, { representation: 'date' });
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
