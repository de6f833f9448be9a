/**
 * A child's state on a group's day, from its plan and its registered stays (the day view and the
 * presence list), and the late-pickup shortcut: a check-out after the contracted end.
 */
import type { LocalDate } from '../time/localDate';
import type { Interval, Minutes } from '../time/timeOfDay';
import type { Stay } from './attendanceRules';

export type ChildDayState = 'expected' | 'present' | 'left' | 'absent';

/**
 * `present` while a stay is open, `left` when every stay is closed; without a stay `absent` once
 * the planned day is over (a past date, or today after the last planned end), else `expected`.
 */
export function childDayState(
  planned: readonly Interval[],
  stays: readonly Stay[],
  date: LocalDate,
  now: { today: LocalDate; time: Minutes },
): ChildDayState {
  if (stays.some((s) => s.checkOut === null)) return 'present';
  if (stays.length > 0) return 'left';
  if (date < now.today) return 'absent';
  if (date === now.today && planned.length > 0 && now.time >= Math.max(...planned.map((p) => p.end))) return 'absent';
  return 'expected';
}

/**
 * The last check-out of the day when it is after the contracted end plus the grace minutes
 * (spec/late-pickup.md: late means after the contracted end; the grace period is a setting);
 * null otherwise, or when the child has no contracted end that day.
 */
export function lateCheckOut(
  stays: readonly Stay[],
  contractedEnd: Minutes | null,
  graceMinutes: number,
): { contractedEnd: Minutes; pickupTime: Minutes; minutesLate: number } | null {
  if (contractedEnd === null) return null;
  const outs = stays.map((s) => s.checkOut).filter((t): t is Minutes => t !== null);
  if (outs.length === 0 || stays.some((s) => s.checkOut === null)) return null;
  const last = Math.max(...outs);
  if (last <= contractedEnd + graceMinutes) return null;
  return { contractedEnd, pickupTime: last, minutesLate: last - contractedEnd };
}

/**
 * A child still present (a stay not checked out) after the contracted end plus the grace minutes
 * at `now`, the desk's minute on today's date (null on any other date): the late-pickup shortcut
 * while the parent arrives, with now as the pickup time. Null otherwise, as for `lateCheckOut`.
 */
export function stillPresentLate(
  stays: readonly Stay[],
  contractedEnd: Minutes | null,
  graceMinutes: number,
  now: Minutes | null,
): { contractedEnd: Minutes; pickupTime: Minutes; minutesLate: number } | null {
  if (contractedEnd === null || now === null) return null;
  if (!stays.some((s) => s.checkOut === null)) return null;
  if (now <= contractedEnd + graceMinutes) return null;
  return { contractedEnd, pickupTime: now, minutesLate: now - contractedEnd };
}
