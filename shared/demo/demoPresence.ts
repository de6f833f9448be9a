/**
 * Planned presence from fixed contracts, as the demo generator and its summary read it: which
 * children a group expects on a date, with their age and contracted times. Flex contracts plan
 * nothing (their days come from requests), and neither do requests, which the demo has none of.
 */
import type { ChildRow, PlacementRow } from '../model/rows';
import { ageInYears, isoWeekday, type LocalDate } from '../domain/time/localDate';
import type { Attendance } from './staffing';

type Source = { dateOfBirth: LocalDate; startDate: LocalDate; endDate: LocalDate | null; days: PlacementRow['days'] };

/** Whether a placement runs on `date` (its end date is the last day of care, inclusive). */
export function isActiveOn(p: { startDate: LocalDate; endDate: LocalDate | null }, date: LocalDate): boolean {
  return p.startDate <= date && (p.endDate === null || date <= p.endDate);
}

/** Returns a reader of the planned attendances of a group on a date. */
export function plannedAttendances(
  children: readonly ChildRow[],
  placements: readonly PlacementRow[],
): (groupId: string, date: LocalDate) => Attendance[] {
  const dobById = new Map(children.map((c) => [c.id, c.dateOfBirth]));
  const byGroup = new Map<string, Source[]>();
  for (const p of placements) {
    if (p.kind !== 'fixed' || p.days.length === 0) continue;
    const dateOfBirth = dobById.get(p.childId);
    if (dateOfBirth === undefined) continue;
    const list = byGroup.get(p.groupId) ?? [];
    list.push({ dateOfBirth, startDate: p.startDate, endDate: p.endDate, days: p.days });
    byGroup.set(p.groupId, list);
  }
  return (groupId, date) => {
    const weekday = isoWeekday(date);
    const out: Attendance[] = [];
    for (const s of byGroup.get(groupId) ?? []) {
      if (!isActiveOn(s, date)) continue;
      let age: number | null = null;
      for (const d of s.days) {
        if (d.weekday !== weekday) continue;
        age ??= ageInYears(s.dateOfBirth, date);
        out.push({ ageYears: age, start: d.start, end: d.end });
      }
    }
    return out;
  };
}
