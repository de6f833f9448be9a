/**
 * The checks when a contract is entered, moved or changed (spec/master-data.md "Contract"), not
 * later on the ratio screen:
 *
 * - Care type by age: out-of-school care (BSO) starts on the 4th birthday at the earliest, so a
 *   baby is never placed in BSO (day care from 4 is refused by `checkKdvAge`). No exception.
 * - The group's age range (months, from inclusive, to exclusive: a 0-18 months group takes a child
 *   up to the day before it turns 18 months) on the contract's first day. A child outside it is
 *   placed only with an explicit reason, which is recorded with the contract.
 * - The group's licensed places on every day the contract covers: per weekday of the contract, the
 *   most children of the group's fixed contracts present at once (their times on that weekday),
 *   with this one, on each date the group's contracts change, must not exceed the places. The first
 *   date over them is named ("Egeltjes donderdag 17/16 vanaf do 22 okt"). Flex contracts have no
 *   fixed days: their days are checked per request (request fit).
 * - A closed group takes no contract running on or after its closing date.
 *
 * Pure functions over rows; the placement mutators and the change preview use them.
 */
import type { GroupRow, PlacementDay, PlacementRow } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { masterDataFailure } from '../masterData/messages';
import { addDays, ageInMonths, isoWeekday, type LocalDate } from '../time/localDate';
import { fourthBirthday, periodsOverlap } from './contractRules';

type Child = { firstName: string; dateOfBirth: LocalDate };

/** BSO from the 4th birthday: a younger child is never placed in out-of-school care. */
export function checkBsoAge(placement: Pick<PlacementRow, 'careType' | 'startDate'>, child: Child): RuleResult<true> {
  if (placement.careType !== 'BSO') return ok(true);
  const birthday = fourthBirthday(child.dateOfBirth);
  if (placement.startDate >= birthday) return ok(true);
  return masterDataFailure('placement.bso_from_four', {
    child: child.firstName,
    startDate: placement.startDate,
    fourthBirthdayDate: birthday,
  });
}

/** Whether the child's age on `date` is within the group's range (months, from inclusive, to exclusive). */
export function isWithinAgeRange(group: Pick<GroupRow, 'ageMinMonths' | 'ageMaxMonths'>, dateOfBirth: LocalDate, date: LocalDate): boolean {
  const months = ageInMonths(dateOfBirth, date);
  return months >= group.ageMinMonths && months < group.ageMaxMonths;
}

/**
 * The group's age range on the contract's first day; outside it only with a reason (non-empty),
 * which the caller records.
 */
export function checkAgeRange(
  group: Pick<GroupRow, 'name' | 'ageMinMonths' | 'ageMaxMonths'>,
  child: Child,
  startDate: LocalDate,
  reason: string | null,
): RuleResult<true> {
  if (reason !== null || isWithinAgeRange(group, child.dateOfBirth, startDate)) return ok(true);
  return masterDataFailure('placement.age_range', {
    child: child.firstName,
    startDate,
    ageMonths: ageInMonths(child.dateOfBirth, startDate),
    group: group.name,
    minMonths: group.ageMinMonths,
    maxMonths: group.ageMaxMonths,
  });
}

/**
 * A closed group takes no contract that runs on or after its closing date, and a contract's days
 * are days the group runs (a flex contract has no fixed days to check).
 */
export function checkGroupOpen(
  group: Pick<GroupRow, 'name' | 'closedFrom' | 'days'>,
  placement: Pick<PlacementRow, 'endDate' | 'days'>,
): RuleResult<true> {
  if (group.closedFrom !== null && (placement.endDate === null || placement.endDate >= group.closedFrom)) {
    return masterDataFailure('placement.group_closed', { group: group.name, closedFromDate: group.closedFrom });
  }
  const notRunning = placement.days.find((d) => !group.days.includes(d.weekday));
  if (notRunning) return masterDataFailure('placement.group_not_running', { group: group.name, weekday: notRunning.weekday });
  return ok(true);
}

/** A contract as far as the group's places are concerned. */
export type Booking = Pick<PlacementRow, 'kind' | 'startDate' | 'endDate' | 'days'>;

/** The first date a weekday's children exceed the places: which weekday, how many, from when. */
export type Overbooking = { weekday: number; count: number; date: LocalDate };

/** The first date on or after `from` that falls on `weekday`. */
function firstOnWeekday(from: LocalDate, weekday: number): LocalDate {
  return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

const runsOn = (b: Booking, date: LocalDate): boolean => b.startDate <= date && (b.endDate === null || b.endDate >= date);

/** The most spans present at once (half-open [start, end)). */
function peak(spans: readonly PlacementDay[]): number {
  const events = spans.flatMap((s) => [
    { at: s.start, delta: 1 },
    { at: s.end, delta: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let now = 0;
  let most = 0;
  for (const e of events) {
    now += e.delta;
    most = Math.max(most, now);
  }
  return most;
}

/** How many children the group has at once on one weekday, from a date on (until the next date listed). */
export type WeekdayCount = { date: LocalDate; count: number };

/**
 * The most children of the fixed `bookings` present at once on `weekday`, on each date in `period`
 * their count can rise: the period's first such weekday and the first one from each contract's
 * start (a count only rises where a contract starts). Ascending by date.
 */
export function weekdayCounts(
  bookings: readonly Booking[],
  period: Pick<PlacementRow, 'startDate' | 'endDate'>,
  weekday: number,
): WeekdayCount[] {
  const fixed = bookings.filter((b) => b.kind === 'fixed' && periodsOverlap(b, period));
  const starts = [period.startDate, ...fixed.map((b) => b.startDate).filter((d) => d > period.startDate)];
  const dates = [...new Set(starts.map((d) => firstOnWeekday(d, weekday)))]
    .filter((d) => period.endDate === null || d <= period.endDate)
    .sort();
  return dates.map((date) => ({
    date,
    count: peak(fixed.filter((b) => runsOn(b, date)).flatMap((b) => b.days.filter((d) => d.weekday === weekday))),
  }));
}

/**
 * The earliest date in `period` on one of `weekdays` on which the fixed `bookings` (all of the
 * group's contracts to count, the new one included) have more children at once than `capacity`;
 * null when they never do.
 */
export function firstOverbooking(
  bookings: readonly Booking[],
  capacity: number,
  period: Pick<PlacementRow, 'startDate' | 'endDate'>,
  weekdays: readonly number[],
): Overbooking | null {
  let first: Overbooking | null = null;
  for (const weekday of new Set(weekdays)) {
    const over = weekdayCounts(bookings, period, weekday).find((c) => c.count > capacity);
    if (over && (!first || over.date < first.date)) first = { weekday, ...over };
  }
  return first;
}

/**
 * The group's licensed places on every day `placement` covers, with the group's other contracts
 * (`others`: not the contract itself, nor one it replaces).
 */
export function checkLicensedPlaces(
  group: Pick<GroupRow, 'name' | 'capacity'>,
  placement: Booking,
  others: readonly Booking[],
): RuleResult<true> {
  if (placement.kind !== 'fixed') return ok(true);
  const over = firstOverbooking(
    [...others, placement],
    group.capacity,
    placement,
    placement.days.map((d) => d.weekday),
  );
  if (!over) return ok(true);
  return masterDataFailure('placement.group_full', {
    group: group.name,
    weekday: over.weekday,
    count: over.count,
    capacity: group.capacity,
    fromDate: over.date,
  });
}
