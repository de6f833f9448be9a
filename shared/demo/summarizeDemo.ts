/**
 * A summary of a generated demo, for tests and for a quick look at what a seed produced: counts,
 * and the ratio verdict of its rosters by the ratio engine itself (`evaluateLocationDay`: every KDV
 * group, the BSO per location, on exact intervals, with the day's deviation budget), the same
 * evaluation the desk's ratio screen shows.
 */
import type { LocalDate } from '../domain/time/localDate';
import { plannedPresenceOn } from '../domain/plan/plannedPresence';
import { defaultRatioSettings, evaluateLocationDay } from '../domain/ratio/ratio';
import type { BsoDayKind, LocationDayChild, LocationDayShift } from '../domain/ratio/ratio';
import { isActiveOn } from './demoPresence';
import type { DemoData } from './generateDemo';

/** A stretch with a violation (below the minimum, beyond the budget, over the maximum) in one group (KDV) or one location's BSO. */
export type UnderstaffedMoment = { date: LocalDate; locationId: string; groupId: string | null; start: number; end: number };

/** 15-minute slots with children present, by their worst moment. */
export type RatioSlotCounts = {
  ok: number;
  /** Below the requirement, within the day's budget and the minimum. */
  deviation: number;
  /** Below the minimum, or beyond the day's budget. */
  understaffed: number;
  overMax: number;
};

export type DemoSummary = {
  organisation: string;
  locations: number;
  groups: { KDV: number; BSO: number };
  children: number;
  families: number;
  siblingFamilies: number;
  placements: { fixed: number; flex: number; activeOnToday: number; ending: number; future: number };
  consentsWithSomeNo: number;
  staff: { full: number; trainee: number; none: number };
  shifts: number;
  shiftDates: number;
  /** Slots with children, by status, over all shift dates. */
  ratio: RatioSlotCounts;
  understaffedMoments: UnderstaffedMoment[];
};

export type SummarizeOptions = {
  /** BSO school day or full day per date (the demo plans school days: the default). */
  bsoDayOf?: (date: LocalDate) => BsoDayKind;
};

/** Summarises a demo; `today` is the date the demo was generated for. */
export function summarizeDemo(demo: DemoData, today: LocalDate, options: SummarizeOptions = {}): DemoSummary {
  const families = new Map<string, number>();
  for (const c of demo.children) families.set(c.familyId, (families.get(c.familyId) ?? 0) + 1);
  const dates = [...new Set(demo.shifts.map((s) => s.date))].sort();
  const ratio: RatioSlotCounts = { ok: 0, deviation: 0, understaffed: 0, overMax: 0 };
  const understaffedMoments: UnderstaffedMoment[] = [];
  const dobOf = new Map(demo.children.map((c) => [c.id, c.dateOfBirth]));
  const countsOf = new Map(demo.staff.map((s) => [s.id, s.counts]));

  for (const location of demo.locations) {
    const groups = demo.groups.filter((g) => g.locationId === location.id);
    const placements = demo.placements.filter((p) => p.locationId === location.id);
    for (const date of dates) {
      const children: LocationDayChild[] = plannedPresenceOn(placements, date).map((stay) => ({
        childId: stay.childId,
        groupId: stay.groupId,
        dateOfBirth: dobOf.get(stay.childId) ?? date,
        start: stay.start,
        end: stay.end,
      }));
      const shifts: LocationDayShift[] = demo.shifts
        .filter((s) => s.locationId === location.id && s.date === date)
        .map((s) => ({
          staffId: s.staffId,
          groupId: s.groupId,
          counts: countsOf.get(s.staffId) ?? 'none',
          start: s.start,
          end: s.end,
          breaks: s.breaks,
        }));
      const day = evaluateLocationDay(
        {
          date,
          locationId: location.id,
          opening: { start: location.opensAt, end: location.closesAt },
          groups,
          children,
          shifts,
          bsoDay: options.bsoDayOf?.(date) ?? 'school',
          backupRegistered: true,
        },
        defaultRatioSettings,
      );
      for (const unit of day.units) {
        for (const slot of unit.timeline.slots) {
          const w = slot.worst;
          if (w.children === 0) continue;
          if (w.status === 'over_max') ratio.overMax++;
          else if (w.status === 'understaffed' || w.beyondBudget) ratio.understaffed++;
          else if (w.status === 'deviation') ratio.deviation++;
          else ratio.ok++;
        }
        const groupId = unit.kind === 'group' ? unit.unitId : null;
        for (const i of unit.timeline.intervals) {
          if (i.violation === null) continue;
          const last = understaffedMoments[understaffedMoments.length - 1];
          if (last && last.date === date && last.locationId === location.id && last.groupId === groupId && last.end === i.start)
            last.end = i.end;
          else understaffedMoments.push({ date, locationId: location.id, groupId, start: i.start, end: i.end });
        }
      }
    }
  }

  return {
    organisation: demo.organisation[0]?.name ?? '',
    locations: demo.locations.length,
    groups: {
      KDV: demo.groups.filter((g) => g.careType === 'KDV').length,
      BSO: demo.groups.filter((g) => g.careType === 'BSO').length,
    },
    children: demo.children.length,
    families: families.size,
    siblingFamilies: [...families.values()].filter((n) => n > 1).length,
    placements: {
      fixed: demo.placements.filter((p) => p.kind === 'fixed').length,
      flex: demo.placements.filter((p) => p.kind === 'flex').length,
      activeOnToday: demo.placements.filter((p) => isActiveOn(p, today)).length,
      ending: demo.placements.filter((p) => p.endDate !== null && p.endDate >= today).length,
      future: demo.placements.filter((p) => p.startDate > today).length,
    },
    consentsWithSomeNo: demo.consents.filter((c) => !c.photos || !c.trips || !c.otherGroup).length,
    staff: {
      full: demo.staff.filter((s) => s.counts === 'full').length,
      trainee: demo.staff.filter((s) => s.counts === 'trainee').length,
      none: demo.staff.filter((s) => s.counts === 'none').length,
    },
    shifts: demo.shifts.length,
    shiftDates: dates.length,
    ratio,
    understaffedMoments,
  };
}
