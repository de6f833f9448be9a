/**
 * The staff roster of a location-week (issue 5): loading it from the store and building the grid
 * view (staff by day, the ratio of every unit on every day, the conflicts), on a real SQLite store
 * holding a synthetic location larger than the demo's: 40 staff, 150 children, 8 groups, a full
 * week of shifts with breaks and a few absences. Baseline in the same run: raw SELECTs of the
 * same rows with better-sqlite3 (no decoding, no rules). Also the what-if of one cell
 * (`roster.preview`) and the size of what the bridge carries.
 * Target (issue 5): a location-week loaded in under 50 ms.
 */
import { buildPreview, buildStaffRosterWeek, loadStaffWeek } from '../../electron/core/services/staffRosterService';
import type { StaffRosterWeek } from '../../shared/contract/views';
import { addDays } from '../../shared/domain/time/localDate';
import type { ChildRow, GroupRow, PlacementRow, ShiftRow, StaffAbsenceRow, StaffRow } from '../../shared/model/rows';
import type { CoreOptions } from '../../electron/core/core';
import { openTempCore } from '../fixtures/tempCore';
import { consume, measure, type Bench, type BenchRow } from './harness';

const MONDAY = '2026-11-23';
const LOCATION = 'loc-bench';
const STAFF = 40;
const CHILDREN = 150;

/** A small deterministic generator (LCG), so every run measures the same location. */
function random(seed: number): (min: number, max: number) => number {
  let s = seed >>> 0;
  return (min, max) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return min + (s % (max - min + 1));
  };
}

type Location = {
  groups: GroupRow[];
  children: ChildRow[];
  placements: PlacementRow[];
  staff: StaffRow[];
  shifts: ShiftRow[];
  absences: StaffAbsenceRow[];
};

function syntheticLocation(): Location {
  const int = random(20261123);
  const kinds: { name: string; care: 'KDV' | 'BSO'; min: number; max: number; capacity: number; children: number }[] = [
    { name: 'Rupsjes', care: 'KDV', min: 0, max: 18, capacity: 12, children: 16 },
    { name: 'Muisjes', care: 'KDV', min: 0, max: 24, capacity: 12, children: 16 },
    { name: 'Beertjes', care: 'KDV', min: 12, max: 48, capacity: 16, children: 20 },
    { name: 'Egeltjes', care: 'KDV', min: 12, max: 48, capacity: 16, children: 20 },
    { name: 'Regenboog', care: 'KDV', min: 0, max: 48, capacity: 16, children: 20 },
    { name: 'Vlinders', care: 'KDV', min: 24, max: 48, capacity: 16, children: 18 },
    { name: 'Boomhut', care: 'BSO', min: 48, max: 84, capacity: 30, children: 20 },
    { name: 'Avonturiers', care: 'BSO', min: 84, max: 156, capacity: 30, children: 20 },
  ];
  const groups: GroupRow[] = kinds.map((k, i) => ({
    id: `grp-${i}`,
    locationId: LOCATION,
    name: k.name,
    careType: k.care,
    ageMinMonths: k.min,
    ageMaxMonths: k.max,
    capacity: k.capacity,
    externalId: null,
    closedFrom: null,
    room: '',
    days: [1, 2, 3, 4, 5],
  }));
  const children: ChildRow[] = [];
  const placements: PlacementRow[] = [];
  kinds.forEach((k, g) => {
    for (let n = 0; n < k.children; n++) {
      const months = int(k.min, Math.max(k.min, k.max - 1));
      const born = addDays(MONDAY, -Math.round(months * 30.44) - int(0, 20));
      const id = `child-${children.length}`;
      children.push({
        id,
        locationId: LOCATION,
        firstName: `Kind${children.length}`,
        lastName: 'Bench',
        dateOfBirth: born,
        familyId: `fam-${children.length}`,
        externalId: null,
      });
      const days = [1, 2, 3, 4, 5].filter(() => int(0, 9) < 7);
      const kdv = k.care === 'KDV';
      placements.push({
        id: `plc-${placements.length}`,
        locationId: LOCATION,
        childId: id,
        groupId: `grp-${g}`,
        careType: k.care,
        kind: 'fixed',
        startDate: '2026-01-05',
        endDate: null,
        days: (days.length ? days : [2]).map((weekday) => ({
          weekday,
          start: kdv ? 450 + int(0, 6) * 15 : 900 + int(0, 2) * 15,
          end: kdv ? 1020 + int(0, 4) * 15 : 1080,
        })),
      });
    }
  });
  const staff: StaffRow[] = Array.from({ length: STAFF }, (_, i) => ({
    id: `staff-${String(i).padStart(2, '0')}`,
    locationId: LOCATION,
    firstName: `Medewerker${i}`,
    lastName: 'Bench',
    counts: i < 34 ? 'full' : i < 38 ? 'trainee' : 'none',
    contractMinutesPerWeek: (24 + int(0, 3) * 4) * 60,
    jobTitle: '',
    activeFrom: null,
    activeTo: null,
    prkRegisteredOn: null,
    ehboValidUntil: null,
    externalId: null,
  }));
  // Per day: four staggered shifts per KDV group, two afternoon shifts per BSO group; each
  // colleague at most one shift a day, turning through the staff so everyone works some days.
  const shifts: ShiftRow[] = [];
  for (let d = 0; d < 5; d++) {
    const date = addDays(MONDAY, d);
    let next = d * 7;
    groups.forEach((g) => {
      const pattern =
        g.careType === 'KDV'
          ? [
              [420, 930, 750],
              [480, 1020, 780],
              [600, 1125, 840],
              [540, 780, null],
            ]
          : [
              [825, 1125, null],
              [840, 1110, null],
            ];
      for (const [start, end, pause] of pattern) {
        const person = staff[next++ % STAFF] as StaffRow;
        shifts.push({
          id: `shift-${shifts.length}`,
          locationId: LOCATION,
          staffId: person.id,
          groupId: g.id,
          date,
          start: start as number,
          end: end as number,
          breaks: pause === null ? [] : [{ start: pause as number, end: (pause as number) + 30 }],
        });
      }
    });
  }
  const absences: StaffAbsenceRow[] = [1, 2, 3].map((d) => {
    const shift = shifts.find((s) => s.date === addDays(MONDAY, d)) as ShiftRow;
    return {
      id: `absence-${d}`,
      locationId: LOCATION,
      staffId: shift.staffId,
      date: shift.date,
      kind: 'sick',
      note: '',
      registeredBy: { userId: 'bench', role: 'manager', name: 'Bench' },
      registeredAt: '2026-11-23T07:00:00.000Z',
    };
  });
  return { groups, children, placements, staff, shifts, absences };
}

/** Milliseconds per call of an async `fn` (median of 15 after 3 warm-up calls). */
async function measureAsync(fn: () => Promise<void>): Promise<{ median: number; min: number }> {
  for (let i = 0; i < 3; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0 };
}

/** The figures the encryption benchmark compares between an encrypted and an unencrypted store. */
export type RosterFigures = { storeRead: number; endToEnd: number; endToEndCold: number; previewCall: number };

/** The roster benchmark on a store with the given key (default: the desk's own, encrypted). */
export async function rosterBench(storeKey?: CoreOptions['storeKey']): Promise<{ rows: BenchRow[]; figures: RosterFigures }> {
  const { core, cleanup } = await openTempCore({ demo: false, ...(storeKey ? { storeKey } : {}) });
  try {
    const { db, store } = core.context;
    const loc = syntheticLocation();
    db.transaction(() => {
      store.put('organisations', { id: 'org-bench', name: 'Bench', settings: {} });
      store.put('locations', {
        id: LOCATION,
        organisationId: 'org-bench',
        name: 'Synthetisch',
        opensAt: 420,
        closesAt: 1140,
        code: 'SYN',
        lrkNumber: null,
        address: null,
        openDays: [1, 2, 3, 4, 5],
      });
      for (const g of loc.groups) store.put('groups', g);
      for (const c of loc.children) store.put('children', c);
      for (const p of loc.placements) store.put('placements', p);
      for (const s of loc.staff) store.put('staff', s);
      for (const s of loc.shifts) store.put('shifts', s);
      for (const a of loc.absences) store.put('staffAbsences', a);
    })();
    db.exec('ANALYZE');

    // Baseline: the same rows, raw.
    const sunday = addDays(MONDAY, 6);
    const raw = [
      db.prepare('SELECT id, name, code, opens_at, closes_at FROM locations WHERE id = ?'),
      db.prepare('SELECT * FROM groups WHERE location_id = ?'),
      db.prepare(
        'SELECT p.*, c.* FROM placements p JOIN children c ON c.id = p.child_id WHERE p.location_id = ? AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)',
      ),
      db.prepare('SELECT s.*, st.* FROM shifts s JOIN staff st ON st.id = s.staff_id WHERE s.location_id = ? AND s.date BETWEEN ? AND ?'),
      db.prepare('SELECT * FROM staffAbsences WHERE location_id = ? AND date BETWEEN ? AND ?'),
      db.prepare('SELECT * FROM staff WHERE location_id = ?'),
      db.prepare('SELECT * FROM rosterWeeks WHERE id = ?'),
      db.prepare('SELECT count(*) FROM rosterAudit WHERE location_id = ? AND week_start = ?'),
    ] as const;
    const baseline = measure(
      () => {
        consume(raw[0].all(LOCATION).length);
        consume(raw[1].all(LOCATION).length);
        consume(raw[2].all(LOCATION, sunday, MONDAY).length);
        consume(raw[3].all(LOCATION, MONDAY, sunday).length);
        consume(raw[4].all(LOCATION, MONDAY, sunday).length);
        consume(raw[5].all(LOCATION).length);
        consume(raw[6].all(`${LOCATION}/${MONDAY}`).length);
        consume(raw[7].all(LOCATION, MONDAY).length);
      },
      { samples: 15, repeat: 20, warmup: 20 },
    );

    const read = measure(() => consume(loadStaffWeek(core.context, LOCATION, MONDAY)?.rows.shifts.length ?? 0), {
      samples: 15,
      repeat: 10,
      warmup: 10,
    });
    const data = loadStaffWeek(core.context, LOCATION, MONDAY);
    if (!data) throw new Error('bench location missing');
    const build = measure(() => consume(buildStaffRosterWeek(data).staff.length), { samples: 15, repeat: 5, warmup: 5 });
    let view: StaffRosterWeek | null = null;
    const endToEnd = await measureAsync(async () => {
      const result = await core.call('roster.staffWeek', { locationId: LOCATION, weekStart: MONDAY });
      if (!result.ok) throw new Error(result.error.message);
      view = result.value as StaffRosterWeek;
    });
    // The same call with SQLite's page cache emptied first: every page read from the file again
    // (and decrypted, on an encrypted store); the warm figure above reads decrypted cached pages.
    const endToEndCold = await measureAsync(async () => {
      db.pragma('shrink_memory');
      const result = await core.call('roster.staffWeek', { locationId: LOCATION, weekStart: MONDAY });
      if (!result.ok) throw new Error(result.error.message);
    });
    const json = JSON.stringify(view);
    const serialise = measure(() => consume(JSON.stringify(view).length), { samples: 15, repeat: 10 });

    const cell = {
      staffId: 'staff-05',
      date: '2026-11-24',
      shifts: [{ groupId: 'grp-2', start: 420, end: 1140, breaks: [{ start: 750, end: 780 }] }],
    };
    const preview = measure(() => consume(buildPreview(data, cell).impact.length), { samples: 15, repeat: 20, warmup: 10 });
    const previewCall = await measureAsync(async () => {
      const result = await core.call('roster.preview', { locationId: LOCATION, ...cell });
      if (!result.ok) throw new Error(result.error.message);
    });

    const v = view as StaffRosterWeek | null;
    const figures = {
      storeRead: read.median,
      endToEnd: endToEnd.median,
      endToEndCold: endToEndCold.median,
      previewCall: previewCall.median,
    };
    const rows: BenchRow[] = [
      {
        measure: 'synthetic location: staff / children / shifts in the week',
        value: STAFF,
        unit: 'count',
        note: `${CHILDREN} children, ${loc.shifts.length} shifts, ${loc.groups.length} groups, ${loc.absences.length} absences`,
      },
      { measure: 'baseline: raw SELECTs of the same rows (better-sqlite3)', value: baseline.median, unit: 'ms' },
      { measure: 'store read: loadStaffWeek (queries + row decoding)', value: read.median, unit: 'ms' },
      { measure: 'store read / baseline', value: read.median / baseline.median, unit: 'x' },
      { measure: 'build: ratio of 5 days x every unit, conflicts, view', value: build.median, unit: 'ms' },
      {
        measure: 'location-week loaded: roster.staffWeek end to end',
        value: endToEnd.median,
        unit: 'ms',
        target: '< 50 ms',
        note: `${endToEnd.median < 50 ? 'met' : 'NOT met'}; min ${endToEnd.min.toFixed(1)} ms; ${v?.conflicts.length ?? 0} conflicts`,
      },
      { measure: 'end to end / baseline', value: endToEnd.median / baseline.median, unit: 'x' },
      { measure: 'view size (JSON over the bridge)', value: json.length, unit: 'count', note: 'bytes' },
      { measure: 'JSON.stringify of the view', value: serialise.median, unit: 'ms' },
      { measure: 'what-if of one cell: buildPreview', value: preview.median, unit: 'ms' },
      { measure: 'what-if of one cell: roster.preview end to end', value: previewCall.median, unit: 'ms', target: '< 50 ms' },
    ];
    return { rows, figures };
  } finally {
    await cleanup();
  }
}

export const bench: Bench = {
  name: 'roster',
  run: async () => (await rosterBench()).rows,
};
