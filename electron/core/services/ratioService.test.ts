import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiResult } from '../../../shared/contract/errors';
import type { LocationSummary, RatioDay, RatioLevel, RatioToday, RatioWeek } from '../../../shared/contract/views';
import { generateDemo } from '../../../shared/demo/generateDemo';
import { summarizeDemo } from '../../../shared/demo/summarizeDemo';
import { isOpenDay } from '../../../shared/domain/calendar/calendar';
import { defaultOrganisationSettings } from '../../../shared/domain/settings';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';

// The demo as the core loads it for the fixed clock: Monday 23 November 2026, 09:00.
const TODAY = '2026-11-23';
const PROBLEMS: readonly RatioLevel[] = ['over_budget', 'understaffed', 'over_max'];

let core: Core;
let cleanup: () => Promise<void>;
let locations: LocationSummary[];

beforeAll(async () => {
  ({ core, cleanup } = await openTempCore({ demo: true }));
  locations = value(await core.call('locations.list', {})) as LocationSummary[];
});
afterAll(async () => cleanup());

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const day = async (locationId: string, date: string) => value(await core.call('ratio.day', { locationId, date })) as RatioDay;
const week = async (locationId: string, weekStart: string) => value(await core.call('ratio.week', { locationId, weekStart })) as RatioWeek;
const rhoon = () => locations.find((l) => l.name === 'Rhoon')!;

describe('ratio service: the day of a location', () => {
  test('every KDV group is a unit with 15-minute slots; the BSO is one unit for the location', async () => {
    const result = await day(rhoon().id, TODAY);
    expect(result.closed).toBeNull();
    expect(result.units.map((u) => [u.kind, u.careType])).toEqual([
      ['group', 'KDV'],
      ['group', 'KDV'],
      ['group', 'KDV'],
      ['bso_location', 'BSO'],
    ]);
    const bso = result.units[3]!;
    expect(bso.unitId).toBe(`bso:${rhoon().id}`);
    expect(bso.groups).toHaveLength(2);
    expect(bso.regime).toBe('bso_location');
    for (const unit of result.units) {
      expect(unit.slots.length).toBeGreaterThan(0);
      for (const s of unit.slots) {
        expect(s.end - s.start).toBe(15);
        expect(s.start % 15).toBe(0);
      }
    }
  });

  test('who is there: a slot names the children and counting staff its numbers come from', async () => {
    const result = await day(rhoon().id, TODAY);
    const rupsjes = result.units.find((u) => u.name === 'Rupsjes')!;
    const slot = rupsjes.slots.find((s) => s.start === 10 * 60)!;
    expect(slot.children).toBeGreaterThan(0);
    expect(slot.present.children).toHaveLength(slot.children);
    const counting = slot.present.staff.map((i) => rupsjes.staff[i]!).filter((s) => s.counts !== 'none');
    expect(counting).toHaveLength(slot.countingStaff);
    expect(slot.present.staff.length).toBe(slot.adults);
    for (const i of slot.present.children) expect(rupsjes.children[i]?.name).toMatch(/\S+ \S+/);
    expect(slot.explanation.rule).toMatch(/^ratio\.kdv\./);
    expect(slot.explanation.message).toContain(`nodig ${slot.required}`);
  });

  test("the demo's deliberately understaffed moment in the week of today is found, with the rule that is broken", async () => {
    // The generator's own summary (made with the same rules) says where it is.
    const calendar = defaultOrganisationSettings().calendar;
    const demo = generateDemo({ today: TODAY, isOpenDay: (d) => isOpenDay(d, calendar) });
    const moments = summarizeDemo(demo, TODAY).understaffedMoments.filter((m) => m.date >= TODAY && m.date <= '2026-11-27');
    expect(moments.length).toBeGreaterThanOrEqual(1);
    const moment = moments[0]!;
    const result = await day(moment.locationId, moment.date);
    const unit = result.units.find((u) => u.unitId === moment.groupId || u.unitId === `bso:${moment.locationId}`)!;
    expect(unit.violations.length).toBeGreaterThan(0);
    expect(unit.violations.map((v) => v.rule).every((r) => r.startsWith('ratio.violation.'))).toBe(true);
    const bad = unit.slots.filter((s) => PROBLEMS.includes(s.level));
    expect(bad.some((s) => s.start < moment.end && moment.start < s.end)).toBe(true);
    expect(PROBLEMS).toContain(unit.worst);

    const overview = await week(moment.locationId, TODAY);
    const row = overview.units.find((u) => u.unitId === unit.unitId)!;
    expect(PROBLEMS).toContain(row.days.find((d) => d.date === moment.date)?.worst);
  });

  test('a public holiday (Christmas Day) is closed: every unit, no slots', async () => {
    const result = await day(rhoon().id, '2026-12-25');
    expect(result.closed).toMatchObject({ reason: 'public_holiday', name: 'Eerste kerstdag', key: 'calendar.holiday.christmas_day' });
    expect(result.units.length).toBe(4);
    for (const u of result.units) {
      expect(u.slots).toEqual([]);
      expect(u.worst).toBeNull();
    }
    expect(result.warnings).toEqual([]);
  });

  test('BSO on a school day: the half-hour budget (30 minutes)', async () => {
    const result = await day(rhoon().id, '2026-11-24');
    const bso = result.units.find((u) => u.kind === 'bso_location')!;
    expect(result.bsoDay).toBe('school');
    expect(bso.budget.minutes).toBe(30);
    expect(bso.budget.explanation.rule).toBe('ratio.deviation.bso_school_day');
  });

  test('BSO on an autumn-holiday day: a full day with the three-hour budget', async () => {
    const result = await day(rhoon().id, '2026-10-20');
    const bso = result.units.find((u) => u.kind === 'bso_location')!;
    expect(result.bsoDay).toBe('full');
    expect(bso.budget.minutes).toBe(180);
    expect(bso.budget.explanation.rule).toBe('ratio.deviation.kdv_budget');
  });

  test('KDV: the three-hour budget, the location being open 12 hours', async () => {
    const result = await day(rhoon().id, TODAY);
    const kdv = result.units.find((u) => u.careType === 'KDV')!;
    expect(kdv.budget).toMatchObject({ minutes: 180, explanation: { rule: 'ratio.deviation.kdv_budget', params: { openMinutes: 720 } } });
  });

  test('gaps are warnings: fixed faces are not recorded, and neither is the achterwacht when one is needed', async () => {
    const result = await day(rhoon().id, TODAY);
    const rules = result.warnings.map((w) => w.rule);
    expect(rules).toContain('ratio.gap.fixed_faces_not_registered');
    expect(rules.includes('ratio.gap.backup_not_registered')).toBe(result.safety.backupNeeded);
    if (result.safety.backupNeeded) expect(result.safety.failures.map((f) => f.rule)).toContain('safety.backup_required');
    for (const w of result.warnings) expect(w.message.length).toBeGreaterThan(10);
  });

  test('an unknown location is not_found; a bad date is validation_failed', async () => {
    expect(await core.call('ratio.day', { locationId: 'nope', date: TODAY })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await core.call('ratio.day', { locationId: rhoon().id, date: '2026-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed', details: [{ path: 'date' }] } });
  });
});

describe('ratio service: the week and today', () => {
  test('the week: per unit the open weekdays with the worst slot and deviation used', async () => {
    const result = await week(rhoon().id, '2026-11-25');
    expect(result.weekStart).toBe(TODAY);
    expect(result.dates).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    expect(result.units).toHaveLength(4);
    for (const u of result.units) {
      expect(u.days.map((d) => d.date)).toEqual(result.dates);
      for (const d of u.days) expect(d.worst).not.toBeNull();
    }
  });

  test('the Christmas week: closed days have no worst slot and say why', async () => {
    const result = await week(rhoon().id, '2026-12-21');
    const christmas = result.units[0]!.days.find((d) => d.date === '2026-12-25')!;
    expect(christmas).toMatchObject({ closed: { reason: 'public_holiday' }, worst: null, deviationMinutes: 0 });
  });

  test('today at 09:00: every location with every unit and its status now', async () => {
    const result = value(await core.call('ratio.today', {})) as RatioToday;
    expect(result).toMatchObject({ date: TODAY, time: 9 * 60 });
    expect(result.locations.map((l) => l.name)).toEqual(locations.map((l) => l.name));
    for (const l of result.locations) {
      expect(l.closed).toBeNull();
      expect(l.units).toHaveLength(4);
      for (const u of l.units.filter((x) => x.careType === 'KDV')) {
        expect(u.now).not.toBeNull();
        expect(u.now!.start).toBe(9 * 60);
        expect(u.now!.children).toBeGreaterThan(0);
      }
      for (const u of l.units) if (u.next) expect(u.next.start).toBeGreaterThanOrEqual(9 * 60 + 15);
    }
  });
});

// Last in this file: it adds a location helper to the demo (who does not count for the ratio).
describe('ratio service: kinder-EHBO per centre', () => {
  const TUESDAY = '2026-11-24';

  test("the demo's certificates cover the KDV; the BSO colleague with the expired one is alone before school; a closed day has no gaps", async () => {
    const result = await day(rhoon().id, TUESDAY);
    expect(result.firstAid.map((c) => c.careType)).toEqual(['BSO', 'KDV']);
    expect(result.firstAid.find((c) => c.careType === 'KDV')).toEqual({ careType: 'KDV', uncovered: [], slots: [] });
    const bso = result.firstAid.find((c) => c.careType === 'BSO')!;
    expect(bso.slots.length).toBeGreaterThan(0);
    for (const s of bso.slots) {
      expect(s.start).toBeGreaterThanOrEqual(result.opensAt);
      expect(s.end).toBeLessThanOrEqual(9 * 60);
    }
    const christmas = await day(rhoon().id, '2026-12-25');
    expect(christmas.firstAid.every((c) => c.uncovered.length === 0 && c.slots.length === 0)).toBe(true);
  });

  test('a location helper with a valid certificate on a BSO shift all day covers the BSO, and the KDV stays as it was', async () => {
    const before = await day(rhoon().id, TUESDAY);
    const bsoGroup = before.units.find((u) => u.careType === 'BSO')!.groups[0]!.groupId;
    const staffId = '01930000-0000-7000-8000-00000000e4b0';
    const mutate = (name: string, args: unknown) => core.call('mutate', { name, args });
    value(
      await mutate('staff.create', {
        id: staffId,
        locationId: rhoon().id,
        firstName: 'Eva',
        lastName: 'Hulp',
        jobTitle: 'locatiehulp',
        counts: 'none',
        contractMinutesPerWeek: 0,
        activeFrom: '2026-01-01',
        activeTo: null,
        prkRegisteredOn: '2026-01-01',
        ehboValidUntil: TUESDAY,
        externalId: null,
      }),
    );
    value(
      await mutate('shift.assign', {
        id: '01930000-0000-7000-8000-00000000e4b1',
        locationId: rhoon().id,
        staffId,
        groupId: bsoGroup,
        date: TUESDAY,
        start: before.opensAt,
        end: before.closesAt,
        breaks: [],
      }),
    );
    const after = await day(rhoon().id, TUESDAY);
    const centre = (r: RatioDay, care: 'KDV' | 'BSO') => r.firstAid.find((c) => c.careType === care)!;
    expect(centre(before, 'BSO').slots.length).toBeGreaterThan(0);
    expect(centre(after, 'BSO')).toEqual({ careType: 'BSO', uncovered: [], slots: [] });
    expect(centre(after, 'KDV')).toEqual(centre(before, 'KDV'));
  });
});
