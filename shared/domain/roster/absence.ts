/**
 * Staff absence (ziekmelding, verlof): an absent staff member's shifts that day stay in the
 * roster but no longer count. This is the one place that decides it; the ratio (the plan and
 * every what-if) and the roster build their staffing through `onDuty`.
 */
import type { LocalDate } from '../time/localDate';

export type AbsenceLike = { staffId: string; date: LocalDate };

/** A set of `staffId|date` keys, for quick look-ups over a week. */
export function absenceKeys(absences: readonly AbsenceLike[]): ReadonlySet<string> {
  return new Set(absences.map((a) => absenceKey(a.staffId, a.date)));
}

export function absenceKey(staffId: string, date: LocalDate): string {
  return `${staffId}|${date}`;
}

/** The shifts that count: those of staff not registered absent on the shift's date. */
export function onDuty<S extends { staffId: string; date: LocalDate }>(shifts: readonly S[], absences: readonly AbsenceLike[]): S[] {
  if (absences.length === 0) return [...shifts];
  const away = absenceKeys(absences);
  return shifts.filter((s) => !away.has(absenceKey(s.staffId, s.date)));
}
