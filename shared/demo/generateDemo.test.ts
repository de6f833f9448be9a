import { describe, expect, test } from 'vitest';
import { addDays, ageInMonths, ageInYears, isoWeekday, weekStart } from '../domain/time/localDate';
import { overlaps } from '../domain/time/timeOfDay';
import type { PlacementRow, ShiftRow } from '../model/rows';
import { tableNames, tables } from '../model/tables';
import { isActiveOn } from './demoPresence';
import { DEFAULT_DEMO_SEED, demoTableRows, generateDemo, type DemoData } from './generateDemo';
import { summarizeDemo } from './summarizeDemo';
import { evaluateRatio } from '../domain/ratio/ratio';
import { requiredCurve, slotCounts } from './staffing';

const TODAY = '2026-11-23';
const demo = generateDemo({ today: TODAY });

/** Other "todays" (a Friday, a leap day, the summer, a Sunday) for the invariants. */
const OTHER_DAYS = ['2026-02-27', '2028-02-29', '2026-07-01', '2027-01-03'];

function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

function overlappingShifts(shifts: readonly ShiftRow[]): [ShiftRow, ShiftRow][] {
  const found: [ShiftRow, ShiftRow][] = [];
  for (const list of byKey(shifts, (s) => `${s.staffId}:${s.date}`).values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1];
      const b = sorted[i];
      if (a && b && overlaps(a, b)) found.push([a, b]);
    }
  }
  return found;
}

function overlappingPlacements(placements: readonly PlacementRow[]): [PlacementRow, PlacementRow][] {
  const found: [PlacementRow, PlacementRow][] = [];
  for (const list of byKey(placements, (p) => p.childId).values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b) continue;
        const aEnd = a.endDate ?? '9999-12-31';
        const bEnd = b.endDate ?? '9999-12-31';
        if (a.startDate <= bEnd && b.startDate <= aEnd) found.push([a, b]);
      }
    }
  }
  return found;
}

function ageMisfits(d: DemoData, today: string): string[] {
  const groups = new Map(d.groups.map((g) => [g.id, g]));
  const children = new Map(d.children.map((c) => [c.id, c]));
  const out: string[] = [];
  for (const p of d.placements) {
    const child = children.get(p.childId);
    const group = groups.get(p.groupId);
    if (!child || !group) {
      out.push(`${p.id}: unknown child or group`);
      continue;
    }
    // On today for running placements, on the first day for future ones.
    const on = isActiveOn(p, today) ? today : p.startDate > today ? p.startDate : null;
    if (on === null) continue;
    const months = ageInMonths(child.dateOfBirth, on);
    if (months < group.ageMinMonths || months >= group.ageMaxMonths) {
      out.push(
        `${child.firstName} (${child.dateOfBirth}) is ${months} months on ${on}, ${group.name} is ${group.ageMinMonths}-${group.ageMaxMonths}`,
      );
    }
  }
  return out;
}

describe('demo generator: determinism', () => {
  test('same seed and today give byte-identical output, ids included', () => {
    const again = generateDemo({ today: TODAY, seed: DEFAULT_DEMO_SEED });
    expect(JSON.stringify(again)).toBe(JSON.stringify(demo));
  });

  test('another seed gives another organisation', () => {
    const other = generateDemo({ today: TODAY, seed: 7 });
    expect(other.children.map((c) => c.id)).not.toEqual(demo.children.map((c) => c.id));
    expect(other.children.map((c) => c.firstName)).not.toEqual(demo.children.map((c) => c.firstName));
  });

  test('ids are UUIDv7-shaped and unique over all tables', () => {
    const rows = demoTableRows(demo);
    const ids = tableNames.filter((t) => t !== 'consents' && t !== 'childMentors').flatMap((t) => rows[t].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test("a day's shifts are the same whatever range of weeks is generated", () => {
    const long = generateDemo({ today: TODAY, shiftWeeks: { from: '2026-11-01', to: '2027-01-31' } });
    const window = new Set(demo.shifts.map((s) => s.date));
    expect(long.shifts.filter((s) => window.has(s.date))).toEqual(demo.shifts);
    expect(long.children).toEqual(demo.children);
    expect(long.staff).toEqual(demo.staff);
  });
});

describe('demo generator: rows', () => {
  test('every row parses with its table schema', () => {
    const rows = demoTableRows(demo);
    for (const name of tableNames) {
      const schema = tables[name].schema;
      for (const row of rows[name]) {
        const result = schema.safeParse(row);
        if (!result.success) throw new Error(`${name} ${JSON.stringify(row)}: ${result.error.message}`);
      }
    }
  });

  test('one organisation with three locations open 07:00-19:00', () => {
    expect(demo.organisation).toHaveLength(1);
    expect(demo.organisation[0]?.settings).toEqual({});
    expect(demo.locations.map((l) => l.name)).toEqual(['Rhoon', 'Oud-Beijerland', 'Barendrecht']);
    expect(new Set(demo.locations.map((l) => l.code)).size).toBe(3);
    for (const l of demo.locations) {
      expect(l.organisationId).toBe(demo.organisation[0]?.id);
      expect([l.opensAt, l.closesAt]).toEqual([420, 1140]);
    }
  });

  test('each location has babies, toddlers and vertical KDV groups and two BSO groups', () => {
    for (const l of demo.locations) {
      const groups = demo.groups.filter((g) => g.locationId === l.id);
      const ranges = groups.map((g) => `${g.careType} ${g.ageMinMonths}-${g.ageMaxMonths}`).sort();
      expect(ranges).toEqual(['BSO 48-84', 'BSO 84-156', 'KDV 0-18', 'KDV 0-48', 'KDV 18-48']);
      expect(new Set(groups.map((g) => g.name)).size).toBe(groups.length);
      for (const g of groups) {
        if (g.careType === 'KDV') expect(g.capacity).toBeGreaterThanOrEqual(12);
        if (g.careType === 'KDV') expect(g.capacity).toBeLessThanOrEqual(16);
        if (g.careType === 'BSO') expect(g.capacity).toBeGreaterThanOrEqual(20);
        if (g.careType === 'BSO') expect(g.capacity).toBeLessThanOrEqual(30);
      }
    }
    expect(demo.groups.filter((g) => g.name === 'Rupsjes')).toHaveLength(1);
  });

  test('140-160 children, one consent each, mostly yes and some no', () => {
    expect(demo.children.length).toBeGreaterThanOrEqual(140);
    expect(demo.children.length).toBeLessThanOrEqual(160);
    expect(demo.consents.map((c) => c.id).sort()).toEqual(demo.children.map((c) => c.id).sort());
    const photosNo = demo.consents.filter((c) => !c.photos).length;
    expect(photosNo).toBeGreaterThan(0);
    expect(photosNo).toBeLessThan(demo.consents.length / 4);
  });

  test('30-40 staff: mostly counting professionals with 16-36 contract hours, trainees and helpers', () => {
    expect(demo.staff.length).toBeGreaterThanOrEqual(30);
    expect(demo.staff.length).toBeLessThanOrEqual(40);
    const counts = (c: string) => demo.staff.filter((s) => s.counts === c).length;
    expect(counts('full')).toBeGreaterThan(demo.staff.length * 0.8);
    expect(counts('trainee')).toBeGreaterThanOrEqual(1);
    expect(counts('none')).toBeGreaterThanOrEqual(1);
    expect(counts('none')).toBeLessThanOrEqual(2);
    for (const s of demo.staff) {
      expect(s.contractMinutesPerWeek).toBeGreaterThanOrEqual(16 * 60);
      expect(s.contractMinutesPerWeek).toBeLessThanOrEqual(36 * 60);
    }
  });
});

describe('demo generator: children and placements', () => {
  test.each([TODAY, ...OTHER_DAYS])("children's ages fit their groups (today %s)", (today) => {
    const d = today === TODAY ? demo : generateDemo({ today });
    expect(ageMisfits(d, today)).toEqual([]);
  });

  test.each([TODAY, ...OTHER_DAYS])('a child has one running placement today, none overlapping (today %s)', (today) => {
    const d = today === TODAY ? demo : generateDemo({ today });
    expect(overlappingPlacements(d.placements)).toEqual([]);
    for (const c of d.children) {
      const running = d.placements.filter((p) => p.childId === c.id && isActiveOn(p, today));
      expect(running).toHaveLength(1);
      expect((running[0]?.startDate ?? today) < today).toBe(true);
      expect(running[0]?.locationId).toBe(c.locationId);
    }
  });

  test('fixed contracts have 2-4 weekdays; flex contracts are KDV and have no days', () => {
    const flex = demo.placements.filter((p) => p.kind === 'flex');
    expect(flex.length).toBeGreaterThanOrEqual(3);
    for (const p of flex) {
      expect(p.careType).toBe('KDV');
      expect(p.days).toEqual([]);
    }
    for (const p of demo.placements.filter((x) => x.kind === 'fixed')) {
      const weekdays = new Set(p.days.map((d) => d.weekday));
      expect(weekdays.size).toBeGreaterThanOrEqual(2);
      expect(weekdays.size).toBeLessThanOrEqual(4);
      for (const d of p.days) expect(d.weekday).toBeLessThanOrEqual(5);
    }
  });

  test('BSO contracts list school-day times: after school, or before school 07:30-08:30', () => {
    const bso = demo.placements.filter((p) => p.careType === 'BSO').flatMap((p) => p.days);
    for (const d of bso) expect(d.start >= 12 * 60 || (d.start === 450 && d.end === 510)).toBe(true);
    expect(bso.some((d) => d.start === 450)).toBe(true);
  });

  test('some placements end in the coming months; some children move on to a next group', () => {
    const ending = demo.placements.filter((p) => p.endDate !== null && p.endDate > TODAY && p.endDate <= addDays(TODAY, 183));
    expect(ending.length).toBeGreaterThanOrEqual(3);
    expect(demo.placements.filter((p) => p.startDate > TODAY).length).toBeGreaterThanOrEqual(3);
  });

  test('a KDV child turns 4 within 8 weeks, and its KDV contract ends the day before', () => {
    const kdv = demo.placements.filter((p) => p.careType === 'KDV' && isActiveOn(p, TODAY));
    const turning = kdv.filter((p) => {
      const child = demo.children.find((c) => c.id === p.childId);
      return child && ageInYears(child.dateOfBirth, TODAY) === 3 && ageInYears(child.dateOfBirth, addDays(TODAY, 56)) === 4;
    });
    expect(turning.length).toBeGreaterThanOrEqual(1);
    for (const p of turning) {
      const child = demo.children.find((c) => c.id === p.childId);
      expect(p.endDate).not.toBeNull();
      if (!child || !p.endDate) continue;
      expect(ageInYears(child.dateOfBirth, p.endDate)).toBe(3);
      expect(ageInYears(child.dateOfBirth, addDays(p.endDate, 1))).toBe(4);
    }
  });

  test('some children are close to a birthday that changes the ratio', () => {
    const soon = demo.children.filter((c) => ageInYears(c.dateOfBirth, addDays(TODAY, 42)) > ageInYears(c.dateOfBirth, TODAY));
    expect(soon.length).toBeGreaterThanOrEqual(10);
  });

  test('siblings share a family id, a last name and a location', () => {
    const families = [...byKey(demo.children, (c) => c.familyId).values()].filter((f) => f.length > 1);
    expect(families.length).toBeGreaterThanOrEqual(10);
    for (const f of families) {
      expect(new Set(f.map((c) => c.lastName)).size).toBe(1);
      expect(new Set(f.map((c) => c.locationId)).size).toBe(1);
    }
    expect(families.some((f) => f.length >= 3)).toBe(true);
  });
});

describe('demo generator: shifts', () => {
  test.each([TODAY, ...OTHER_DAYS])('no staff member has overlapping shifts (today %s)', (today) => {
    const d = today === TODAY ? demo : generateDemo({ today });
    expect(d.shifts.length).toBeGreaterThan(0);
    expect(overlappingShifts(d.shifts)).toEqual([]);
  });

  test('shifts cover the ISO week of today and the next, on open days only', () => {
    const monday = weekStart(TODAY);
    const dates = new Set(demo.shifts.map((s) => s.date));
    expect([...dates].sort()).toEqual([0, 1, 2, 3, 4, 7, 8, 9, 10, 11].map((n) => addDays(monday, n)));
  });

  test('isOpenDay closes days: no shifts on a closed day', () => {
    const closed = '2026-11-25';
    const d = generateDemo({ today: TODAY, isOpenDay: (x) => isoWeekday(x) <= 5 && x !== closed });
    expect(d.shifts.some((s) => s.date === closed)).toBe(false);
    expect(d.shifts.some((s) => s.date === '2026-11-24')).toBe(true);
    for (const s of d.shifts) expect(isoWeekday(s.date)).toBeLessThanOrEqual(5);
  });

  test("a shift belongs to its staff member's location and group, with breaks inside it", () => {
    const staff = new Map(demo.staff.map((s) => [s.id, s]));
    const groups = new Map(demo.groups.map((g) => [g.id, g]));
    for (const s of demo.shifts) {
      expect(staff.get(s.staffId)?.locationId).toBe(s.locationId);
      expect(groups.get(s.groupId)?.locationId).toBe(s.locationId);
      expect(s.start).toBeGreaterThanOrEqual(420);
      expect(s.end).toBeLessThanOrEqual(1140);
      for (const b of s.breaks) {
        expect(b.start).toBeGreaterThan(s.start);
        expect(b.end).toBeLessThan(s.end);
      }
      if (s.end - s.start > 330 && staff.get(s.staffId)?.counts === 'full') expect(s.breaks.length).toBeGreaterThan(0);
    }
  });

  test('BSO staff work the afternoon of school days, or a short before-school shift', () => {
    const bsoGroups = new Set(demo.groups.filter((g) => g.careType === 'BSO').map((g) => g.id));
    for (const s of demo.shifts.filter((x) => bsoGroups.has(x.groupId))) {
      expect(s.start >= 12 * 60 || s.end <= 9 * 60).toBe(true);
    }
  });

  test('every group with children planned on an open day has staff that day', () => {
    const summary = summarizeDemo(demo, TODAY);
    expect(summary.shiftDates).toBe(10);
    const staffed = new Set(demo.shifts.map((s) => `${s.date}:${s.groupId}`));
    const kdv = demo.groups.filter((g) => g.careType === 'KDV');
    for (const date of new Set(demo.shifts.map((s) => s.date))) {
      for (const g of kdv) expect(staffed.has(`${date}:${g.id}`)).toBe(true);
    }
  });

  test('the roster is mostly compliant, with deviations and a few understaffed moments', () => {
    const { ratio, understaffedMoments } = summarizeDemo(demo, TODAY);
    const slots = ratio.ok + ratio.deviation + ratio.understaffed + ratio.overMax;
    expect(ratio.ok / slots).toBeGreaterThan(0.9);
    expect(ratio.deviation).toBeGreaterThan(0);
    expect(ratio.overMax).toBe(0);
    expect(understaffedMoments.length).toBeGreaterThanOrEqual(1);
    expect(understaffedMoments.length).toBeLessThanOrEqual(6);
    // One of them falls in the week the demo opens on, on or after today.
    expect(understaffedMoments.some((m) => m.date >= TODAY && m.date < addDays(weekStart(TODAY), 7))).toBe(true);
  });

  test('a whole year of shifts: every open day, no overlaps', () => {
    const year = generateDemo({ today: TODAY, shiftWeeks: { from: '2026-01-01', to: '2026-12-31' } });
    const dates = new Set(year.shifts.map((s) => s.date));
    expect(dates.size).toBe(261);
    expect(overlappingShifts(year.shifts)).toEqual([]);
    expect([...dates].every((d) => d >= '2026-01-01' && d <= '2026-12-31')).toBe(true);
  });
});

describe('demo roster planner', () => {
  const at = (ages: number[]) => ages.map((ageYears) => ({ ageYears, start: 420, end: 435 }));
  const need = (care: 'KDV' | 'BSO', ages: number[]) => requiredCurve(care, slotCounts(care, at(ages), 420, 1))[0];

  test("the planner's need is the ratio engine's requirement: KDV table 1 with rules 1 and 2", () => {
    expect(need('KDV', [0, 0, 0])).toBe(1);
    expect(need('KDV', [0, 0, 0, 0])).toBe(2);
    expect(need('KDV', [0, 0, 1, 1])).toBe(1);
    expect(need('KDV', [2, 2, 2, 2, 2, 2, 2, 2, 2])).toBe(2);
    // Rule 2: six 1-year-olds need 2, so adding a 3-year-old (row 1..3 holds 7 with 1) cannot lower it.
    expect(need('KDV', [1, 1, 1, 1, 1, 1, 3])).toBe(2);
    for (const ages of [
      [0, 1, 2, 3],
      [1, 1, 1, 1, 1, 1],
      [0, 0, 1, 1, 2, 2, 3, 3, 3],
    ]) {
      expect(need('KDV', ages)).toBe(evaluateRatio({ care: 'KDV', date: TODAY, ages }).required);
    }
    expect(need('KDV', [])).toBe(0);
  });

  test("the planner's need is the ratio engine's requirement: BSO ceil(A/10 + B/12)", () => {
    expect(need('BSO', new Array<number>(10).fill(5))).toBe(1);
    expect(need('BSO', new Array<number>(11).fill(5))).toBe(2);
    expect(need('BSO', [...new Array<number>(5).fill(5), ...new Array<number>(6).fill(8)])).toBe(1);
    expect(need('BSO', [...new Array<number>(6).fill(5), ...new Array<number>(6).fill(8)])).toBe(2);
  });

  test('over the maximum group size the planner plans generously (the engine calls it over_max)', () => {
    const babies = new Array<number>(13).fill(0);
    expect(evaluateRatio({ care: 'KDV', date: TODAY, ages: babies }).required).toBeNull();
    expect(need('KDV', babies)).toBeGreaterThanOrEqual(4);
  });
});
