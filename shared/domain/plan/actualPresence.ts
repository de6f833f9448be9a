/**
 * Actual presence: which children were there on a date, and when, from the check-in/out
 * registrations (spec/ratio.md: "actual presence from check-in/out ... the day as it happened
 * (verification)"). The counterpart of `plannedPresenceOn` and, like it, the one place this view
 * is built: the ratio "as it happened", the presence list and the day view all read it.
 *
 * A voided registration counts for nothing. A stay without a check-out (the child is still there,
 * or the departure was never registered) runs until `openUntil`: the current time for today, the
 * closing time for a past day (the list then marks it as not checked out).
 */
import type { AttendanceRow } from '../../model/rows';
import type { LocalDate } from '../time/localDate';
import type { Minutes } from '../time/timeOfDay';

/** One actual stay of a child on a date: the unit of actual presence. */
export type ActualStay = {
  childId: string;
  groupId: string;
  start: Minutes;
  end: Minutes;
  source: 'attendance';
  attendanceId: string;
  /** No check-out registered: `end` is `openUntil`. */
  open: boolean;
};

export function actualPresenceOn(rows: readonly AttendanceRow[], date: LocalDate, openUntil: Minutes): ActualStay[] {
  const stays: ActualStay[] = [];
  for (const r of rows) {
    if (r.date !== date || r.voided) continue;
    const open = r.checkOut === null;
    stays.push({
      childId: r.childId,
      groupId: r.groupId,
      start: r.checkIn,
      end: open ? Math.max(r.checkIn, openUntil) : (r.checkOut as Minutes),
      source: 'attendance',
      attendanceId: r.id,
      open,
    });
  }
  return stays.sort((a, b) => a.start - b.start || a.childId.localeCompare(b.childId));
}
