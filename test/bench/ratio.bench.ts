/**
 * The ratio engine over a whole year of the demo organisation (issue 3): every unit (each KDV
 * group, the BSO per location) on every open day of 2026, evaluated on exact intervals. Reports
 * the total, a location-year, the cost per interval and per unit-day against a bare loop over the
 * same inputs and intervals measured in the same run, and a what-if (one child added to one day).
 * Targets (issue 3): a location-year under 200 ms, a what-if under 1 ms.
 */
import { bsoDayKind, isOpenDay } from '../../shared/domain/calendar/calendar';
import { defaultCalendarSettings } from '../../shared/domain/calendar/calendarSettings';
import { plannedPresenceOn } from '../../shared/domain/plan/plannedPresence';
import { defaultRatioSettings, evaluateDay, evaluateLocationDay, regimeOn } from '../../shared/domain/ratio/ratio';
import type { DayInput, DayTimeline, LocationDayChild, LocationDayInput, LocationDayShift } from '../../shared/domain/ratio/ratio';
import { generateDemo } from '../../shared/demo/generateDemo';
import { consume, measure, type Bench, type BenchRow } from './harness';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const TODAY = '2026-11-23';

type Year = { locationDays: LocationDayInput[]; unitDays: DayInput[]; locations: number };

/** The demo with a year of shifts, as location-day inputs and the unit-day inputs the engine sees. */
function buildYear(): Year {
  const calendar = defaultCalendarSettings;
  const demo = generateDemo({ today: TODAY, shiftWeeks: YEAR, isOpenDay: (d) => isOpenDay(d, calendar) });
  const dobOf = new Map(demo.children.map((c) => [c.id, c.dateOfBirth]));
  const countsOf = new Map(demo.staff.map((s) => [s.id, s.counts]));
  const shiftsOf = new Map<string, LocationDayShift[]>();
  for (const s of demo.shifts) {
    const key = `${s.locationId}:${s.date}`;
    const list = shiftsOf.get(key) ?? [];
    list.push({
      staffId: s.staffId,
      groupId: s.groupId,
      counts: countsOf.get(s.staffId) ?? 'none',
      start: s.start,
      end: s.end,
      breaks: s.breaks,
    });
    shiftsOf.set(key, list);
  }
  const dates = [...new Set(demo.shifts.map((s) => s.date))].sort();
  const locationDays: LocationDayInput[] = [];
  const unitDays: DayInput[] = [];
  for (const location of demo.locations) {
    const groups = demo.groups.filter((g) => g.locationId === location.id);
    const placements = demo.placements.filter((p) => p.locationId === location.id);
    for (const date of dates) {
      const children: LocationDayChild[] = plannedPresenceOn(placements, date).map((s) => ({
        childId: s.childId,
        groupId: s.groupId,
        dateOfBirth: dobOf.get(s.childId) ?? date,
        start: s.start,
        end: s.end,
      }));
      const shifts = shiftsOf.get(`${location.id}:${date}`) ?? [];
      const opening = { start: location.opensAt, end: location.closesAt };
      const bsoDay = bsoDayKind(date, calendar.schoolHolidays) === 'holiday' ? 'full' : 'school';
      locationDays.push({ date, locationId: location.id, opening, groups, children, shifts, bsoDay, backupRegistered: false });
      // The same units evaluateLocationDay makes: each KDV group; the BSO per location (2026: after the switch).
      for (const g of groups.filter((x) => x.careType === 'KDV')) {
        const ids = new Set([g.id]);
        unitDays.push(unitDay(date, 'KDV', opening, bsoDay, children, shifts, ids));
      }
      if (regimeOn('BSO', date, defaultRatioSettings) !== 'bso_location') throw new Error('bench expects BSO per location');
      const bso = new Set(groups.filter((x) => x.careType === 'BSO').map((x) => x.id));
      unitDays.push(unitDay(date, 'BSO', opening, bsoDay, children, shifts, bso));
    }
  }
  return { locationDays, unitDays, locations: demo.locations.length };
}

function unitDay(
  date: string,
  care: 'KDV' | 'BSO',
  opening: DayInput['opening'],
  bsoDay: 'school' | 'full',
  children: readonly LocationDayChild[],
  shifts: readonly LocationDayShift[],
  groupIds: ReadonlySet<string>,
): DayInput {
  return {
    date,
    care,
    opening,
    bsoDay,
    children: children.filter((c) => groupIds.has(c.groupId)),
    staff: shifts.filter((s) => groupIds.has(s.groupId)),
  };
}

/** Trivial work over what the engine reads and writes: every input span and every output interval. */
function bareLoop(
  unitDays: readonly DayInput[],
  intervals: readonly (readonly { start: number; end: number; children: number }[])[],
): number {
  let sum = 0;
  for (let d = 0; d < unitDays.length; d++) {
    const input = unitDays[d]!;
    for (const c of input.children) sum += c.end - c.start;
    for (const s of input.staff) sum += s.end - s.start + (s.breaks?.length ?? 0);
    for (const i of intervals[d] ?? []) sum += i.end - i.start + i.children;
  }
  return sum;
}

export const bench: Bench = {
  name: 'ratio',
  run(): BenchRow[] {
    const setupStart = performance.now();
    const year = buildYear();
    const setupMs = performance.now() - setupStart;

    let timelines: DayTimeline[] = [];
    const engine = measure(() => {
      timelines = year.unitDays.map((input) => evaluateDay(input));
    });
    const intervals = timelines.reduce((n, t) => n + t.intervals.length, 0);
    const slots = timelines.reduce((n, t) => n + t.slots.length, 0);
    const withSlots = measure(() => {
      for (const input of year.unitDays) consume(evaluateDay(input).slots.length);
    });
    const pipeline = measure(() => {
      for (const input of year.locationDays) consume(evaluateLocationDay(input).units.length);
    });
    const outputs = timelines.map((t) => t.intervals);
    const baseline = measure(() => consume(bareLoop(year.unitDays, outputs)), { repeat: 20 });

    // What-if: one more 1-year-old from 08:00 to 17:00 in the first KDV group on a Tuesday in November.
    const target = year.unitDays.find((d) => d.care === 'KDV' && d.date === '2026-11-24')!;
    const withChild: DayInput = {
      ...target,
      children: [...target.children, { childId: 'what-if', dateOfBirth: '2025-06-01', start: 480, end: 1020 }],
    };
    const whatIf = measure(() => consume(evaluateDay(withChild).violationMinutes), { repeat: 2000 });
    const whatIfSlots = measure(() => consume(evaluateDay(withChild).slots.length), { repeat: 2000 });
    const whatIfIntervals = [evaluateDay(withChild).intervals];
    const whatIfBaseline = measure(() => consume(bareLoop([withChild], whatIfIntervals)), { repeat: 2000 });

    const perLocationYear = engine.median / year.locations;
    return [
      {
        measure: 'unit-days in 2026 (every KDV group, BSO per location)',
        value: year.unitDays.length,
        unit: 'count',
        note: `${year.locations} locations x ${year.locationDays.length / year.locations} open days`,
      },
      { measure: 'intervals evaluated', value: intervals, unit: 'count', note: `${slots.toLocaleString('en-GB')} display slots` },
      { measure: 'setup: demo year + inputs (not timed below)', value: setupMs, unit: 'ms' },
      {
        measure: 'organisation-year, evaluateDay per unit',
        value: engine.median,
        unit: 'ms',
        note: `min ${engine.min.toFixed(1)} ms of 7`,
      },
      { measure: 'location-year', value: perLocationYear, unit: 'ms', target: '< 200 ms', note: perLocationYear < 200 ? 'met' : 'NOT met' },
      { measure: 'per interval', value: (engine.median * 1000) / intervals, unit: 'µs' },
      { measure: 'per unit-day', value: (engine.median * 1000) / year.unitDays.length, unit: 'µs' },
      { measure: 'baseline: bare loop over the same spans and intervals', value: baseline.median, unit: 'ms' },
      { measure: 'engine / baseline', value: engine.median / baseline.median, unit: 'x' },
      { measure: 'organisation-year with display slots read', value: withSlots.median, unit: 'ms' },
      {
        measure: 'organisation-year, evaluateLocationDay (units + safety)',
        value: pipeline.median,
        unit: 'ms',
        note: `${(pipeline.median / year.locations).toFixed(1)} ms a location-year`,
      },
      {
        measure: 'what-if: one child added to one KDV day',
        value: whatIf.median,
        unit: 'ms',
        target: '< 1 ms',
        note: whatIf.median < 1 ? 'met' : 'NOT met',
      },
      { measure: 'what-if with display slots', value: whatIfSlots.median, unit: 'ms', target: '< 1 ms' },
      { measure: 'what-if / bare loop over that day', value: whatIf.median / whatIfBaseline.median, unit: 'x' },
    ];
  },
};
