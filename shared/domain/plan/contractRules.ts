/**
 * The rules of a child's contracts (placements) in the children's plan (issue 5):
 *
 * - Effective dates: a contract starts, changes group or ends only on an effective date, the 1st
 *   or the 16th of a month (`PlanSettings.effectiveDays`). A contract's last day is the day before
 *   one. Two exceptions follow the law, not the organisation: day care (KDV) is for children up to
 *   4, so a KDV contract may end on the day before the 4th birthday, and out-of-school care (BSO)
 *   may start on the 4th birthday (the day a child may start school).
 * - The end of day care at 4: a KDV contract running past the day before the 4th birthday is
 *   flagged `kdvEndWarningWeeks` ahead, with that day proposed as its end date.
 * - The shape of a contract: end not before start, each day's end after its start, no two spans
 *   of one weekday overlapping (BSO before and after school are two spans), a fixed contract has
 *   days; one child's contracts never overlap.
 *
 * Pure functions over rows; the mutators (shared/mutators/placement.ts) and the core use them.
 */
import type { CareType, PlacementDay, PlacementRow } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { addDays, addMonths, daysBetween, monthOf, yearOf, type LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import { planFailure, showDate } from './planMessages';
import type { PlanSettings } from './planSettings';

function dayOfMonth(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when a contract change may take effect on `date` (the 1st or the 16th, as set). */
export function isEffectiveDate(date: LocalDate, settings: PlanSettings): boolean {
  return (settings.effectiveDays as readonly number[]).includes(dayOfMonth(date));
}

/** The first effective date on or after `from`. */
export function nextEffectiveDate(from: LocalDate, settings: PlanSettings): LocalDate {
  return nextEffectiveDates(from, settings, 1)[0] as LocalDate;
}

/** The first `count` effective dates on or after `from`, in order. */
export function nextEffectiveDates(from: LocalDate, settings: PlanSettings, count: number): LocalDate[] {
  const out: LocalDate[] = [];
  let month = `${from.slice(0, 7)}-01`;
  while (out.length < count) {
    for (const day of settings.effectiveDays) {
      const date = `${month.slice(0, 8)}${String(day).padStart(2, '0')}`;
      if (date >= from && out.length < count) out.push(date);
    }
    month = addMonths(month, 1);
  }
  return out;
}

const dayList = (settings: PlanSettings): string => settings.effectiveDays.join('/');

/** A change (start, transfer) takes effect on an effective date. */
export function checkEffectiveDate(date: LocalDate, settings: PlanSettings): RuleResult<LocalDate> {
  if (isEffectiveDate(date, settings)) return ok(date);
  return planFailure('placement.effective_date', {
    date: showDate(date),
    dayList: dayList(settings),
    next: showDate(nextEffectiveDate(date, settings)),
  });
}

/**
 * The 4th birthday: on it the child is 4 (spec/ratio.md: on the birthday the child is already the
 * new age). A child born on 29 February has its birthday on 28 February in a non-leap year, the
 * reading `ageInYears` uses.
 */
export function fourthBirthday(dateOfBirth: LocalDate): LocalDate {
  const year = yearOf(dateOfBirth) + 4;
  const month = monthOf(dateOfBirth);
  let day = dayOfMonth(dateOfBirth);
  if (month === 2 && day === 29 && !isLeapYear(year)) day = 28;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of day care (KDV): the day before the 4th birthday. */
export function lastKdvDay(dateOfBirth: LocalDate): LocalDate {
  return addDays(fourthBirthday(dateOfBirth), -1);
}

/** Whether `date` may be a contract's start: an effective date, or a BSO start on the 4th birthday. */
export function checkStartDate(
  placement: Pick<PlacementRow, 'startDate' | 'careType'>,
  dateOfBirth: LocalDate,
  settings: PlanSettings,
): RuleResult<LocalDate> {
  if (placement.careType === 'BSO' && placement.startDate === fourthBirthday(dateOfBirth)) return ok(placement.startDate);
  return checkEffectiveDate(placement.startDate, settings);
}

/** Whether `endDate` may be a contract's last day: the day before an effective date, or (KDV) the last day before the 4th birthday. */
export function checkEndDate(
  endDate: LocalDate,
  careType: CareType,
  dateOfBirth: LocalDate,
  settings: PlanSettings,
): RuleResult<LocalDate> {
  if (isEffectiveDate(addDays(endDate, 1), settings)) return ok(endDate);
  const kdvEnd = lastKdvDay(dateOfBirth);
  if (careType === 'KDV' && endDate === kdvEnd) return ok(endDate);
  const suggestion = showDate(addDays(nextEffectiveDate(addDays(endDate, 1), settings), -1));
  const params = { date: showDate(endDate), dayList: dayList(settings), suggestion };
  return careType === 'KDV'
    ? planFailure('placement.end_date_kdv', { ...params, lastKdvDay: showDate(kdvEnd) })
    : planFailure('placement.end_date', params);
}

/** The shape of a contract on its own: dates in order, day spans valid and not overlapping. */
export function checkPlacementShape(placement: Pick<PlacementRow, 'startDate' | 'endDate' | 'kind' | 'days'>): RuleResult<true> {
  if (placement.endDate !== null && placement.endDate < placement.startDate) {
    return planFailure('placement.end_after_start', { endDate: showDate(placement.endDate), startDate: showDate(placement.startDate) });
  }
  if (placement.kind === 'fixed' && placement.days.length === 0) return planFailure('placement.fixed_needs_days');
  for (const day of placement.days) {
    if (day.end <= day.start)
      return planFailure('placement.day_end_after_start', { start: formatTime(day.start), end: formatTime(day.end) });
  }
  const clash = overlappingSpans(placement.days);
  if (clash) {
    const [a, b] = clash;
    return planFailure('placement.days_overlap', {
      first: `${formatTime(a.start)}–${formatTime(a.end)}`,
      second: `${formatTime(b.start)}–${formatTime(b.end)}`,
    });
  }
  return ok(true);
}

function overlappingSpans(days: readonly PlacementDay[]): [PlacementDay, PlacementDay] | null {
  for (let i = 0; i < days.length; i++) {
    for (let j = i + 1; j < days.length; j++) {
      const a = days[i] as PlacementDay;
      const b = days[j] as PlacementDay;
      if (a.weekday === b.weekday && a.start < b.end && b.start < a.end) return [a, b];
    }
  }
  return null;
}

/** Whether two contracts' date ranges share a day (end dates inclusive; null is open-ended). */
export function periodsOverlap(a: Pick<PlacementRow, 'startDate' | 'endDate'>, b: Pick<PlacementRow, 'startDate' | 'endDate'>): boolean {
  return (a.endDate === null || a.endDate >= b.startDate) && (b.endDate === null || b.endDate >= a.startDate);
}

/** The first of `others` (another contract of the same child) whose period overlaps `placement`'s. */
export function overlappingPlacement<P extends Pick<PlacementRow, 'id' | 'startDate' | 'endDate'>>(
  placement: Pick<PlacementRow, 'id' | 'startDate' | 'endDate'>,
  others: readonly P[],
): P | null {
  return others.find((p) => p.id !== placement.id && periodsOverlap(p, placement)) ?? null;
}

/** A KDV contract that runs past the last day of day care, flagged ahead with the end date proposed. */
export type KdvEndFlag = {
  placementId: string;
  /** The day before the 4th birthday: the proposed end date. */
  proposedEnd: LocalDate;
  fourthBirthday: LocalDate;
  /** Days from `today` to the proposed end; negative when it has passed (the child is 4 and still in day care). */
  daysLeft: number;
};

/**
 * The flag of a KDV contract that continues past the day before the 4th birthday, from
 * `kdvEndWarningWeeks` before that day on; null when the contract ends in time, is not KDV, or
 * has ended before `today`.
 */
export function kdvEndFlag(
  placement: Pick<PlacementRow, 'id' | 'careType' | 'startDate' | 'endDate'>,
  dateOfBirth: LocalDate,
  today: LocalDate,
  settings: PlanSettings,
): KdvEndFlag | null {
  if (placement.careType !== 'KDV') return null;
  const proposedEnd = lastKdvDay(dateOfBirth);
  if (placement.endDate !== null && placement.endDate <= proposedEnd) return null;
  if (placement.endDate !== null && placement.endDate < today) return null;
  const daysLeft = daysBetween(today, proposedEnd);
  if (daysLeft > settings.kdvEndWarningWeeks * 7) return null;
  return { placementId: placement.id, proposedEnd, fourthBirthday: fourthBirthday(dateOfBirth), daysLeft };
}

/** A KDV contract may not start when the child is already 4. */
export function checkKdvAge(
  placement: Pick<PlacementRow, 'careType' | 'startDate'>,
  child: { firstName: string; dateOfBirth: LocalDate },
): RuleResult<true> {
  if (placement.careType !== 'KDV') return ok(true);
  if (placement.startDate < fourthBirthday(child.dateOfBirth)) return ok(true);
  return planFailure('placement.kdv_from_four', {
    child: child.firstName,
    date: showDate(placement.startDate),
    lastKdvDay: showDate(lastKdvDay(child.dateOfBirth)),
  });
}
