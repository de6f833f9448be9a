/**
 * A summary of a generated demo, for tests and for a quick look at what a seed produced: counts,
 * and a slot-by-slot ratio verdict of the roster made with the demo's own heuristic (KDV per
 * group with the three-hour budget, BSO per location with the half-hour budget).
 */
import type { CareType } from '../model/rows';
import type { LocalDate } from '../domain/time/localDate';
import { isActiveOn, plannedAttendances } from './demoPresence';
import type { DemoData } from './generateDemo';
import {
  SLOT_MINUTES,
  coverageOf,
  judgeDay,
  overMaxCurve,
  requiredCurve,
  slotCount,
  slotCounts,
  type Attendance,
  type DayJudgement,
  type SlotShift,
} from './staffing';

/** A run of understaffed slots in one group (KDV) or one location's BSO. */
export type UnderstaffedMoment = { date: LocalDate; locationId: string; groupId: string | null; start: number; end: number };

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
  /** Slots (15 minutes with children present) by status, over all shift dates. */
  ratio: DayJudgement;
  understaffedMoments: UnderstaffedMoment[];
};

const KDV_BUDGET_SLOTS = 180 / SLOT_MINUTES;
const BSO_BUDGET_SLOTS = 30 / SLOT_MINUTES;

function toSlotShift(s: { start: number; end: number; breaks: { start: number; end: number }[] }, opensAt: number): SlotShift {
  const at = (m: number) => (m - opensAt) / SLOT_MINUTES;
  return {
    start: Math.ceil(at(s.start)),
    end: Math.floor(at(s.end)),
    breaks: s.breaks.map((b) => ({ start: Math.floor(at(b.start)), end: Math.ceil(at(b.end)) })),
  };
}

function runsOf(required: number[], cov: number[], budget: number): { start: number; end: number }[] {
  // Mirror judgeDay: deviations use the budget chronologically, the rest is understaffed.
  const runs: { start: number; end: number }[] = [];
  let left = budget;
  for (let t = 0; t < required.length; t++) {
    const r = required[t] ?? 0;
    const c = cov[t] ?? 0;
    if (r <= 0 || c >= r) continue;
    if (c >= Math.ceil(r / 2) && c > 0 && left > 0) {
      left--;
      continue;
    }
    const last = runs[runs.length - 1];
    if (last && last.end === t) last.end = t + 1;
    else runs.push({ start: t, end: t + 1 });
  }
  return runs;
}

/** Summarises a demo; `today` is the date the demo was generated for. */
export function summarizeDemo(demo: DemoData, today: LocalDate): DemoSummary {
  const families = new Map<string, number>();
  for (const c of demo.children) families.set(c.familyId, (families.get(c.familyId) ?? 0) + 1);
  const counting = new Set(demo.staff.filter((s) => s.counts === 'full').map((s) => s.id));
  const attendancesOf = plannedAttendances(demo.children, demo.placements);
  const dates = [...new Set(demo.shifts.map((s) => s.date))].sort();
  const ratio: DayJudgement = { ok: 0, deviation: 0, understaffed: 0, overMax: 0 };
  const understaffedMoments: UnderstaffedMoment[] = [];
  const shiftsByDayGroup = new Map<string, SlotShift[]>();

  for (const location of demo.locations) {
    const slots = slotCount(location.opensAt, location.closesAt);
    for (const s of demo.shifts) {
      if (s.locationId !== location.id || !counting.has(s.staffId)) continue;
      const key = `${s.date}:${s.groupId}`;
      shiftsByDayGroup.set(key, [...(shiftsByDayGroup.get(key) ?? []), toSlotShift(s, location.opensAt)]);
    }
    const add = (j: DayJudgement) => {
      ratio.ok += j.ok;
      ratio.deviation += j.deviation;
      ratio.understaffed += j.understaffed;
      ratio.overMax += j.overMax;
    };
    const minutes = (slot: number) => location.opensAt + slot * SLOT_MINUTES;
    for (const date of dates) {
      const bso: { attendances: Attendance[]; shifts: SlotShift[] } = { attendances: [], shifts: [] };
      for (const group of demo.groups) {
        if (group.locationId !== location.id) continue;
        const care: CareType = group.careType;
        const attendances = attendancesOf(group.id, date);
        const shifts = shiftsByDayGroup.get(`${date}:${group.id}`) ?? [];
        if (care === 'BSO') {
          bso.attendances.push(...attendances);
          bso.shifts.push(...shifts);
          continue;
        }
        const counts = slotCounts(care, attendances, location.opensAt, slots);
        const required = requiredCurve(care, counts);
        const cov = coverageOf(shifts, slots);
        add(judgeDay(required, cov, KDV_BUDGET_SLOTS, overMaxCurve(care, counts)));
        for (const run of runsOf(required, cov, KDV_BUDGET_SLOTS)) {
          understaffedMoments.push({ date, locationId: location.id, groupId: group.id, start: minutes(run.start), end: minutes(run.end) });
        }
      }
      const counts = slotCounts('BSO', bso.attendances, location.opensAt, slots);
      const required = requiredCurve('BSO', counts);
      const cov = coverageOf(bso.shifts, slots);
      add(judgeDay(required, cov, BSO_BUDGET_SLOTS));
      for (const run of runsOf(required, cov, BSO_BUDGET_SLOTS)) {
        understaffedMoments.push({ date, locationId: location.id, groupId: null, start: minutes(run.start), end: minutes(run.end) });
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
