/**
 * The staff roster on a real SQLite store with the demo, at the tests' fixed clock (Monday
 * 23 November 2026): the week grid, cell edits through the mutators, absences in the ratio,
 * publishing with its audit trail, copying, and bad input that changes nothing.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ApiResult } from '../../../shared/contract/errors';
import type {
  LocationSummary,
  RatioDay,
  RosterAudit,
  RosterCopyPlan,
  RosterPreview,
  RosterWeek,
  StaffRosterRow,
  StaffRosterWeek,
} from '../../../shared/contract/views';
import { rosterRuleText } from '../../../shared/domain/roster/messages';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';

const MONDAY = '2026-11-23';
const TUESDAY = '2026-11-24';
const NEXT_MONDAY = '2026-11-30';

let core: Core;
let cleanup: () => Promise<void>;
let locationId: string;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore({ demo: true }));
  const locations = value(await core.call('locations.list', {})) as LocationSummary[];
  locationId = locations.find((l) => l.name === 'Rhoon')!.id;
});
afterEach(async () => cleanup());

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const staffWeek = async (weekStart = MONDAY) => value(await core.call('roster.staffWeek', { locationId, weekStart })) as StaffRosterWeek;
const mutate = (name: string, args: unknown) => core.call('mutate', { name, args });
const count = (sql: string, ...params: unknown[]) => (core.context.db.prepare(sql).get(...params) as { n: number }).n;

/** A KDV professional with exactly one shift on Tuesday, in a group, and that shift. */
async function tuesdayWorker(
  week: StaffRosterWeek,
): Promise<{ row: StaffRosterRow; shift: StaffRosterRow['cells'][number]['shifts'][number] }> {
  const kdv = new Set(week.groups.filter((g) => g.careType === 'KDV').map((g) => g.groupId));
  for (const row of week.staff) {
    const cell = row.cells.find((c) => c.date === TUESDAY)!;
    const only = cell.shifts[0];
    if (row.counts === 'full' && cell.shifts.length === 1 && only && kdv.has(only.groupId)) return { row, shift: only };
  }
  throw new Error('no KDV professional with one shift on Tuesday in the demo');
}

describe('roster.staffWeek: the grid of a location-week', () => {
  test('every staff member of the location is a row with a cell per open day; the week is a draft', async () => {
    const week = await staffWeek('2026-11-26');
    expect(week.weekStart).toBe(MONDAY);
    expect(week.dates).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    expect(week.staff).toHaveLength(count('SELECT count(*) n FROM staff WHERE location_id = ?', locationId));
    for (const row of week.staff) expect(row.cells.map((c) => c.date)).toEqual(week.dates);
    const shiftsInGrid = week.staff.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.shifts.length, 0), 0);
    expect(shiftsInGrid).toBe(
      count("SELECT count(*) n FROM shifts WHERE location_id = ? AND date BETWEEN '2026-11-23' AND '2026-11-27'", locationId),
    );
    expect(week.publication).toEqual({ status: 'draft', publishedAt: null, publishedBy: null, revision: 0, changes: 0 });
    expect(week.days.map((d) => d.units.length)).toEqual([4, 4, 4, 4, 4]);
  });

  test('a location that does not exist is not_found', async () => {
    expect(await core.call('roster.staffWeek', { locationId: 'nowhere', weekStart: MONDAY })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('editing a cell: preview, save, bad input', () => {
  test('the preview of removing a shift shows which slots of its group get worse, and changes nothing', async () => {
    const { row, shift } = await tuesdayWorker(await staffWeek());
    const before = count('SELECT count(*) n FROM shifts');
    const preview = value(
      await core.call('roster.preview', { locationId, staffId: row.staffId, date: TUESDAY, shifts: [] }),
    ) as RosterPreview;
    expect(preview.ok).toBe(true);
    const impact = preview.impact.find((u) => u.unitId === shift.groupId);
    expect(impact).toBeDefined();
    expect(impact!.worse).toBeGreaterThan(0);
    expect(count('SELECT count(*) n FROM shifts')).toBe(before);
  });

  test('the what-if of a move counts the moved shift once, and compares both days when it moves to another day', async () => {
    const week = await staffWeek();
    const { row, shift } = await tuesdayWorker(week);
    const moving = { id: shift.shiftId, groupId: shift.groupId, start: shift.start, end: shift.end, breaks: shift.breaks };
    // to another professional free that Tuesday: the same hours in the same group, so the ratio does not change
    const colleague = week.staff.find(
      (r) => r.staffId !== row.staffId && r.counts === 'full' && r.cells.find((c) => c.date === TUESDAY)!.shifts.length === 0,
    )!;
    const sameDay = value(
      await core.call('roster.preview', { locationId, staffId: colleague.staffId, date: TUESDAY, shifts: [moving] }),
    ) as RosterPreview;
    expect(sameDay.impact).toEqual([]);

    // to the same person's free day: Tuesday gets worse, the other day is in the what-if too
    const free = row.cells.find((c) => c.date !== TUESDAY && c.shifts.length === 0 && c.absence === null)!;
    const otherDay = value(
      await core.call('roster.preview', { locationId, staffId: row.staffId, date: free.date, shifts: [moving] }),
    ) as RosterPreview;
    expect(otherDay.impact.find((u) => u.date === TUESDAY && u.unitId === shift.groupId)!.worse).toBeGreaterThan(0);
    expect(otherDay.impact.every((u) => u.date === TUESDAY || u.date === free.date)).toBe(true);
    expect(otherDay.impact.filter((u) => u.date === TUESDAY).every((u) => u.better === 0)).toBe(true);
  });

  test('shift.setDay saves the cell; the grid and the ratio show it at once', async () => {
    const week = await staffWeek();
    const { row, shift } = await tuesdayWorker(week);
    const result = await mutate('shift.setDay', {
      locationId,
      staffId: row.staffId,
      date: TUESDAY,
      shifts: [{ id: shift.shiftId, groupId: shift.groupId, start: 420, end: 1140, breaks: [{ start: 780, end: 810 }] }],
    });
    expect(result.ok).toBe(true);
    const after = (await staffWeek()).staff.find((r) => r.staffId === row.staffId)!;
    expect(after.cells.find((c) => c.date === TUESDAY)!.shifts).toEqual([
      {
        shiftId: shift.shiftId,
        groupId: shift.groupId,
        groupName: shift.groupName,
        start: 420,
        end: 1140,
        breaks: [{ start: 780, end: 810 }],
      },
    ]);
    const day = value(await core.call('ratio.day', { locationId, date: TUESDAY })) as RatioDay;
    const unit = day.units.find((u) => u.unitId === shift.groupId)!;
    expect(unit.staff.find((s) => s.shiftId === shift.shiftId)).toMatchObject({ start: 420, end: 1140 });
  });

  test.each([
    ['end before start', { start: 960, end: 450, breaks: [] }, 'rule_violated', 'shift.end_after_start'],
    ['entirely after closing', { start: 1140, end: 1200, breaks: [] }, 'rule_violated', 'shift.outside_opening_hours'],
    ['an unknown group', { groupId: 'no-such-group', start: 450, end: 960, breaks: [] }, 'not_found', 'shift.unknown_group'],
  ])('%s: a clear Dutch message, nothing changed, no outbox row', async (_, patch, code, rule) => {
    const { row, shift } = await tuesdayWorker(await staffWeek());
    const before = count('SELECT count(*) n FROM shifts');
    const result = await mutate('shift.setDay', {
      locationId,
      staffId: row.staffId,
      date: TUESDAY,
      shifts: [{ id: 'new-shift', groupId: shift.groupId, ...patch }],
    });
    expect(result).toMatchObject({ ok: false, error: { code, rule } });
    if (!result.ok) expect(result.error.message).toMatch(/^De |^Deze /);
    expect(count('SELECT count(*) n FROM shifts')).toBe(before);
    expect(core.context.store.get('shifts', shift.shiftId)).not.toBeNull();
    expect(count('SELECT count(*) n FROM outbox')).toBe(0);
  });

  test('the preview flags an over-contract week and a shift before opening, and refuses one entirely outside the opening hours', async () => {
    const { row, shift } = await tuesdayWorker(await staffWeek());
    const long = value(
      await core.call('roster.preview', {
        locationId,
        staffId: row.staffId,
        date: TUESDAY,
        shifts: [{ groupId: shift.groupId, start: 400, end: 1140, breaks: [] }],
      }),
    ) as RosterPreview;
    expect(long.conflicts.map((c) => c.rule)).toContain('roster.before_opening');
    expect(long.ok).toBe(true);
    const outside = value(
      await core.call('roster.preview', {
        locationId,
        staffId: row.staffId,
        date: TUESDAY,
        shifts: [{ groupId: shift.groupId, start: 1140, end: 1200, breaks: [] }],
      }),
    ) as RosterPreview;
    expect(outside.ok).toBe(false);
    expect(outside.conflicts[0]).toMatchObject({ rule: 'shift.outside_opening_hours', severity: 'error' });
  });
});

describe('staff absence: the shifts no longer count', () => {
  test('a sick day takes the shift out of the ratio at once, and the week lists the groups that fall short', async () => {
    const week = await staffWeek();
    const { row, shift } = await tuesdayWorker(week);
    const working = shift.start + 30 === shift.breaks[0]?.start ? shift.start + 15 : shift.start + 30;
    const staffAt = async () => {
      const day = value(await core.call('ratio.day', { locationId, date: TUESDAY })) as RatioDay;
      const unit = day.units.find((u) => u.unitId === shift.groupId)!;
      const slot = unit.slots.find((s) => s.start <= working && working < s.end)!;
      return { counting: slot.countingStaff, listed: unit.staff.some((s) => s.shiftId === shift.shiftId) };
    };
    const before = await staffAt();
    expect(before.listed).toBe(true);

    const preview = value(
      await core.call('roster.preview', { locationId, staffId: row.staffId, date: TUESDAY, absence: 'sick' }),
    ) as RosterPreview;
    expect(preview.impact.find((u) => u.unitId === shift.groupId)?.worse ?? 0).toBeGreaterThan(0);

    const registered = await mutate('staffAbsence.register', {
      id: 'absence-1',
      locationId,
      staffId: row.staffId,
      date: TUESDAY,
      kind: 'sick',
    });
    expect(registered.ok).toBe(true);
    const after = await staffAt();
    expect(after.listed).toBe(false);
    expect(after.counting).toBeLessThan(before.counting);

    const weekAfter = await staffWeek();
    const cell = weekAfter.staff.find((r) => r.staffId === row.staffId)!.cells.find((c) => c.date === TUESDAY)!;
    expect(cell.absence).toEqual({ id: 'absence-1', kind: 'sick', note: '' });
    expect(cell.shifts).toHaveLength(1);
    expect(weekAfter.conflicts.find((c) => c.rule === 'roster.absent_with_shift' && c.staffId === row.staffId)).toBeDefined();
    // the shortfalls of the day are the preview's
    const tuesday = weekAfter.days.find((d) => d.date === TUESDAY)!;
    expect(tuesday.shortfalls.map((s) => s.unitId)).toEqual(preview.shortfalls.map((s) => s.unitId));
    // each shortfall carries its rule and raw params, so the English screen can say it too
    expect(tuesday.shortfalls.length).toBeGreaterThan(0);
    for (const s of tuesday.shortfalls) {
      expect(s).toMatchObject({ rule: 'roster.group_short', params: { group: s.name, date: TUESDAY } });
      expect(rosterRuleText('roster.group_short', s.params, 'nl')).toBe(s.message);
      expect(rosterRuleText('roster.group_short', s.params, 'en')).toMatch(/^.+ is short of professionals on Tue 24 Nov: \d\d:\d\d-/);
    }

    // the group view marks the absent shift and leaves it out of the count
    const groups = value(await core.call('roster.week', { locationId, weekStart: MONDAY })) as RosterWeek;
    const groupDay = groups.groups.find((g) => g.groupId === shift.groupId)!.days.find((d) => d.date === TUESDAY)!;
    expect(groupDay.shifts.find((s) => s.shiftId === shift.shiftId)?.absence).toBe('sick');

    // removing the absence brings the count back
    expect((await mutate('staffAbsence.remove', { id: 'absence-1' })).ok).toBe(true);
    expect(await staffAt()).toEqual(before);
  });
});

describe('draft, publish, audit', () => {
  test('a published week records every later shift change with who, when, before and after', async () => {
    const week = await staffWeek();
    const { row, shift } = await tuesdayWorker(week);
    await mutate('shift.setDay', {
      locationId,
      staffId: row.staffId,
      date: TUESDAY,
      shifts: [{ id: shift.shiftId, groupId: shift.groupId, start: shift.start, end: shift.end + 15, breaks: shift.breaks }],
    });
    expect(count('SELECT count(*) n FROM rosterAudit')).toBe(0);

    expect((await mutate('rosterWeek.publish', { locationId, weekStart: MONDAY })).ok).toBe(true);
    expect((await staffWeek()).publication).toMatchObject({ status: 'published', publishedBy: 'Locatiemanager', revision: 1, changes: 0 });

    await mutate('shift.setDay', {
      locationId,
      staffId: row.staffId,
      date: TUESDAY,
      shifts: [{ id: shift.shiftId, groupId: shift.groupId, start: shift.start, end: shift.end, breaks: shift.breaks }],
    });
    await mutate('shift.remove', { id: shift.shiftId });
    const audit = value(await core.call('roster.audit', { locationId, weekStart: MONDAY })) as RosterAudit;
    expect(audit.entries.map((e) => e.action)).toEqual(['removed', 'changed']);
    const changed = audit.entries[1]!;
    expect(changed.before).toMatchObject({ date: TUESDAY, staffName: row.name, groupName: shift.groupName, end: shift.end + 15 });
    expect(changed.after).toMatchObject({ end: shift.end });
    expect(changed.by).toBe('Locatiemanager');
    expect(changed.at).toBe('2026-11-23T08:00:00.000Z');
    expect(audit.publication.changes).toBe(2);
    // the trail and the week row are synced tables: they go out with the mutation in the outbox
    const touched = core.context.db.prepare("SELECT touched FROM outbox WHERE name = 'shift.remove'").get() as { touched: string };
    expect(JSON.parse(touched.touched).map((t: { table: string }) => t.table)).toEqual(['shifts', 'rosterAudit']);
  });
});

describe('copying a week forward', () => {
  test('the plan lists the copies and skips; copying twice copies nothing the second time', async () => {
    // next week has demo shifts already: clear them so the copy has room
    core.context.db.prepare("DELETE FROM shifts WHERE location_id = ? AND date >= '2026-11-30'").run(locationId);
    const plan = value(await core.call('roster.planCopy', { locationId, from: MONDAY, to: NEXT_MONDAY, span: 'week' })) as RosterCopyPlan;
    expect(plan.from).toBe(MONDAY);
    expect(plan.to).toBe(NEXT_MONDAY);
    expect(plan.copies.length).toBe(
      count("SELECT count(*) n FROM shifts WHERE location_id = ? AND date BETWEEN '2026-11-23' AND '2026-11-29'", locationId),
    );
    expect(plan.skipped).toEqual([]);
    const copies = plan.copies.map((c, i) => ({ sourceId: c.sourceId, id: `copy-${i}`, staffId: c.staffId, date: c.date }));
    expect((await mutate('shift.copy', { locationId, copies })).ok).toBe(true);
    const again = value(await core.call('roster.planCopy', { locationId, from: MONDAY, to: NEXT_MONDAY, span: 'week' })) as RosterCopyPlan;
    expect(again.copies).toEqual([]);
    expect(again.skipped.every((s) => s.rule === 'roster_copy.already_working')).toBe(true);
    expect(again.skipped.every((s) => s.params.date === s.date && typeof s.params.staff === 'string')).toBe(true);
  });

  test('copying a day onto itself is refused', async () => {
    expect(await core.call('roster.planCopy', { locationId, from: MONDAY, to: MONDAY, span: 'day' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
  });
});
