/**
 * The rules of check-in and check-out (presentieregistratie), issue 5:
 *
 * - Nothing is registered ahead: not on a later date, not later than now today.
 * - A check-in needs a contract (placement) of the child at the location running that day. A child
 *   with a running contract who is not planned that day (not a contract weekday, a flex contract,
 *   an extra day the requests issue will bring) is checked in with a warning, not refused: the
 *   presence list must say who is really in the building, and refusing would hide a child who is
 *   there. A child without any running contract is refused: that is a mistake (the wrong child) or
 *   a contract still to record, and the manager fixes that first.
 * - One child is in one place at a time: a new stay may not overlap another stay of the child that
 *   day; an open stay (no check-out yet) runs on, so a second check-in waits for the check-out.
 * - The departure is never before the arrival.
 * - Retention: registrations are kept at least `attendanceRetentionWeeks` (never under six weeks);
 *   only older ones may be purged.
 */
import type { AttendanceRow, PlacementRow } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { addDays, type LocalDate } from '../time/localDate';
import { formatTime, type Minutes } from '../time/timeOfDay';
import { planFailure, showDate } from './planMessages';
import type { PlanSettings } from './planSettings';
import { contractedIntervalsOn } from './plannedPresence';

/** When the rule is checked: the local date and time of the mutation (never the clock). */
export type Now = { today: LocalDate; time: Minutes };

/** Refuses a date after today, or a time after now today. */
export function checkNotAhead(date: LocalDate, times: readonly Minutes[], now: Now): RuleResult<true> {
  if (date > now.today) return planFailure('attendance.date_in_future', { date: showDate(date) });
  if (date === now.today) {
    const latest = Math.max(...times);
    if (latest > now.time) return planFailure('attendance.time_in_future', { now: formatTime(now.time), time: formatTime(latest) });
  }
  return ok(true);
}

/** The contracts of the child running on `date` at the location (any kind, planned that weekday or not). */
export function runningPlacements<P extends Pick<PlacementRow, 'locationId' | 'startDate' | 'endDate'>>(
  placements: readonly P[],
  locationId: string,
  date: LocalDate,
): P[] {
  return placements.filter((p) => p.locationId === locationId && p.startDate <= date && (p.endDate === null || date <= p.endDate));
}

/** Whether the child is planned (a contracted span) on `date` by one of `placements`. */
export function isPlannedOn(placements: readonly PlacementRow[], date: LocalDate): boolean {
  return placements.some((p) => contractedIntervalsOn(p, date).length > 0);
}

/** A stay: arrival, and departure (null while present). */
export type Stay = { checkIn: Minutes; checkOut: Minutes | null };

function stayOverlaps(a: Stay, b: Stay): boolean {
  const aEnd = a.checkOut ?? Infinity;
  const bEnd = b.checkOut ?? Infinity;
  // A stay with equal arrival and departure still occupies its minute for the overlap check.
  return a.checkIn < Math.max(bEnd, b.checkIn + 1) && b.checkIn < Math.max(aEnd, a.checkIn + 1);
}

/**
 * A stay of `childName` on `date` against the child's other (not voided) stays that day: departure
 * not before arrival, no overlap, and an open stay blocks a new one.
 */
export function checkStay(
  stay: Stay,
  others: readonly Pick<AttendanceRow, 'checkIn' | 'checkOut'>[],
  childName: string,
  date: LocalDate,
): RuleResult<true> {
  if (stay.checkOut !== null && stay.checkOut < stay.checkIn) {
    return planFailure('attendance.out_before_in', { checkIn: formatTime(stay.checkIn), checkOut: formatTime(stay.checkOut) });
  }
  const open = others.find((o) => o.checkOut === null);
  if (open && stay.checkIn >= open.checkIn)
    return planFailure('attendance.already_present', { child: childName, checkIn: formatTime(open.checkIn) });
  const clash = others.find((o) => stayOverlaps(stay, o));
  if (clash) {
    return planFailure('attendance.overlaps', {
      child: childName,
      date: showDate(date),
      from: formatTime(clash.checkIn),
      to: clash.checkOut === null ? '…' : formatTime(clash.checkOut),
    });
  }
  return ok(true);
}

/** The first date whose registrations must be kept: today minus the retention weeks. */
export function retentionCutoff(today: LocalDate, settings: PlanSettings): LocalDate {
  return addDays(today, -settings.attendanceRetentionWeeks * 7);
}

/** Registrations dated before `before` may be removed only when all of them are past the retention window. */
export function checkPurge(before: LocalDate, today: LocalDate, settings: PlanSettings): RuleResult<true> {
  const cutoff = retentionCutoff(today, settings);
  if (before <= cutoff) return ok(true);
  return planFailure('attendance.retention', { weeks: settings.attendanceRetentionWeeks, cutoff: showDate(cutoff) });
}
