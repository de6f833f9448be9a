/**
 * Planned presence from fixed contracts, as the demo generator and its summary read it: which
 * children a group expects on a date, with their age and contracted times. Flex contracts plan
 * nothing (their days come from requests), and neither do requests, which the demo has none of.
 */
import type { ChildRow, PlacementRow } from '../model/rows';
import { contractedIntervalsOn } from '../domain/plan/plannedPresence';
import { ageInYears, type LocalDate } from '../domain/time/localDate';
import type { Attendance } from './staffing';

/** Whether a placement runs on `date` (its end date is the last day of care, inclusive). */
export function isActiveOn(p: { startDate: LocalDate; endDate: LocalDate | null }, date: LocalDate): boolean {
  return p.startDate <= date && (p.endDate === null || date <= p.endDate);
}

/**
 * Returns a reader of the planned attendances of a group on a date: every contracted span
 * (`contractedIntervalsOn`, the desk's own reading of a contract) with the child's age that day.
 */
export function plannedAttendances(
  children: readonly ChildRow[],
  placements: readonly PlacementRow[],
): (groupId: string, date: LocalDate) => Attendance[] {
  const dobById = new Map(children.map((c) => [c.id, c.dateOfBirth]));
  const byGroup = new Map<string, { placement: PlacementRow; dateOfBirth: LocalDate }[]>();
  for (const p of placements) {
    if (p.kind !== 'fixed' || p.days.length === 0) continue;
    const dateOfBirth = dobById.get(p.childId);
    if (dateOfBirth === undefined) continue;
    const list = byGroup.get(p.groupId) ?? [];
    list.push({ placement: p, dateOfBirth });
    byGroup.set(p.groupId, list);
  }
  return (groupId, date) => {
    const out: Attendance[] = [];
    for (const { placement, dateOfBirth } of byGroup.get(groupId) ?? []) {
      const spans = contractedIntervalsOn(placement, date);
      if (spans.length === 0) continue;
      const ageYears = ageInYears(dateOfBirth, date);
      for (const span of spans) out.push({ ageYears, start: span.start, end: span.end });
    }
    return out;
  };
}
