/**
 * The demo's mentors (spec/master-data.md "A mentor"), chosen without randomness so the rest of
 * the demo stays the same: every child with a contract today gets, in turn, one of the
 * professionals most often rostered in its group. Per location the child whose contract started
 * last has none yet (a new child, mentor still to be chosen), so the check has something to show.
 */
import type { ChildMentorRow } from '../model/masterDataRows';
import type { PlacementRow, ShiftRow, StaffRow } from '../model/rows';

export function demoMentors(input: {
  today: string;
  placements: readonly PlacementRow[];
  staff: readonly StaffRow[];
  shifts: readonly ShiftRow[];
}): ChildMentorRow[] {
  const professional = new Set(input.staff.filter((s) => s.counts !== 'none').map((s) => s.id));
  const shiftsPerGroup = new Map<string, Map<string, number>>();
  for (const s of input.shifts) {
    if (!professional.has(s.staffId)) continue;
    const counts = shiftsPerGroup.get(s.groupId) ?? new Map<string, number>();
    counts.set(s.staffId, (counts.get(s.staffId) ?? 0) + 1);
    shiftsPerGroup.set(s.groupId, counts);
  }
  /** A group's mentors: its three most rostered professionals (ties by id, for a stable demo). */
  const mentorsOf = (groupId: string): string[] =>
    [...(shiftsPerGroup.get(groupId) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([id]) => id);

  const current = input.placements
    .filter((p) => p.startDate <= input.today && (p.endDate === null || p.endDate >= input.today))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.childId.localeCompare(b.childId));
  const newest = new Map<string, string>();
  for (const p of current) newest.set(p.locationId, p.childId);
  const newcomers = new Set(newest.values());

  const rows: ChildMentorRow[] = [];
  const seen = new Set<string>();
  const turn = new Map<string, number>();
  for (const p of current) {
    if (seen.has(p.childId) || newcomers.has(p.childId)) continue;
    const candidates = mentorsOf(p.groupId);
    if (candidates.length === 0) continue;
    const n = turn.get(p.groupId) ?? 0;
    turn.set(p.groupId, n + 1);
    seen.add(p.childId);
    rows.push({ id: p.childId, locationId: p.locationId, staffId: candidates[n % candidates.length] as string });
  }
  return rows;
}
