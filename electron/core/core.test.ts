import { afterEach, describe, expect, test } from 'vitest';
import type { RosterWeek } from '../../shared/contract/views';
import type { ShiftRow } from '../../shared/model/rows';
import { openTempCore } from '../../test/fixtures/tempCore';
import type { Core } from './core';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function demoCore(): Promise<Core> {
  const { core, cleanup } = await openTempCore({ demo: true });
  cleanups.push(cleanup);
  return core;
}

function count(core: Core, sql: string): number {
  return (core.context.db.prepare(sql).get() as { n: number }).n;
}

async function firstLocation(core: Core) {
  const locations = await core.call('locations.list', {});
  if (!locations.ok) throw new Error('no locations');
  return (locations.value as { id: string; name: string }[])[0]!;
}

describe('core boundary: bad input gets a clear error code and changes nothing', () => {
  test('an unknown method is unknown_method', async () => {
    const core = await demoCore();
    const result = await core.call('drop.everything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  test('wrong argument types are validation_failed, naming every field', async () => {
    const core = await demoCore();
    const result = await core.call('roster.week', { locationId: 7, weekStart: '2026-02-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation_failed');
    expect(result.error.details?.map((d) => d.path)).toEqual(['locationId', 'weekStart']);
  });

  test('extra fields are refused (strict inputs)', async () => {
    const core = await demoCore();
    const result = await core.call('app.info', { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });

  test('a mutator with bad arguments writes nothing, not even an outbox row', async () => {
    const core = await demoCore();
    const shiftsBefore = count(core, 'SELECT count(*) n FROM shifts');
    const result = await core.call('mutate', { name: 'shift.assign', args: { id: 'x', start: 'early' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(count(core, 'SELECT count(*) n FROM shifts')).toBe(shiftsBefore);
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(0);
  });

  test('an unknown mutator name is validation_failed', async () => {
    const core = await demoCore();
    const result = await core.call('mutate', { name: 'shift.delete_all', args: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });
});

describe('mutations: one transaction with the outbox row', () => {
  async function shiftFor(core: Core, overrides: Partial<ShiftRow> = {}): Promise<ShiftRow> {
    const location = await firstLocation(core);
    const groupId = (core.context.db.prepare('SELECT id FROM groups WHERE location_id = ? LIMIT 1').get(location.id) as { id: string }).id;
    const staffId = (core.context.db.prepare('SELECT id FROM staff WHERE location_id = ? LIMIT 1').get(location.id) as { id: string }).id;
    core.context.db.prepare("DELETE FROM shifts WHERE staff_id = ? AND date = '2026-12-01'").run(staffId);
    return {
      id: 'shift-test-1',
      locationId: location.id,
      staffId,
      groupId,
      date: '2026-12-01',
      start: 450,
      end: 960,
      breaks: [{ start: 720, end: 750 }],
      ...overrides,
    };
  }

  test('shift.assign stores the shift and its outbox row together, and tells the screens', async () => {
    const core = await demoCore();
    const events: unknown[] = [];
    core.onEvent((e) => e.type === 'changed' && events.push(e));
    const shift = await shiftFor(core);
    const result = await core.call('mutate', { name: 'shift.assign', args: shift });
    expect(result).toEqual({ ok: true, value: { mutationId: 1 } });
    expect(core.context.store.get('shifts', shift.id)).toEqual(shift);
    const outbox = core.context.db.prepare('SELECT seq, name, args FROM outbox').all() as { seq: number; name: string; args: string }[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ seq: 1, name: 'shift.assign' });
    expect(JSON.parse(outbox[0]!.args)).toEqual(shift);
    expect(events).toEqual([{ type: 'changed', tables: ['shifts'] }]);
    // the pre-image (did not exist) is kept for a later rebase
    expect(core.context.db.prepare("SELECT row FROM pending_preimages WHERE table_name = 'shifts' AND row_id = ?").get(shift.id)).toEqual({
      row: null,
    });
  });

  test('shift.assign: a shift ending before it starts is refused by rule shift.end_after_start, nothing written', async () => {
    const core = await demoCore();
    const shift = await shiftFor(core, { start: 960, end: 450, breaks: [] });
    const result = await core.call('mutate', { name: 'shift.assign', args: shift });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule_violated', rule: 'shift.end_after_start' } });
    expect(core.context.store.get('shifts', shift.id)).toBeNull();
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(0);
    expect(count(core, 'SELECT count(*) n FROM pending_preimages')).toBe(0);
  });

  test('shift.assign: an unknown group is not_found', async () => {
    const core = await demoCore();
    const shift = await shiftFor(core, { groupId: 'no-such-group' });
    const result = await core.call('mutate', { name: 'shift.assign', args: shift });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', rule: 'shift.unknown_group' } });
  });

  test('shift.assign: the same staff member twice at once is refused (shift.double_booked)', async () => {
    const core = await demoCore();
    const first = await shiftFor(core);
    expect((await core.call('mutate', { name: 'shift.assign', args: first })).ok).toBe(true);
    const second = { ...first, id: 'shift-test-2', start: 900, end: 1080, breaks: [] };
    const result = await core.call('mutate', { name: 'shift.assign', args: second });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule_violated', rule: 'shift.double_booked' } });
    // back to back is fine: the first ends at 16:00, this one starts at 16:00
    const after = { ...second, start: 960 };
    expect((await core.call('mutate', { name: 'shift.assign', args: after })).ok).toBe(true);
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(2);
  });

  test('placement.create: overlapping contracts of one child are refused (placement.no_overlap)', async () => {
    const core = await demoCore();
    const existing = core.context.db.prepare('SELECT * FROM placements WHERE end_date IS NULL LIMIT 1').get() as Record<string, string>;
    const result = await core.call('mutate', {
      name: 'placement.create',
      args: {
        id: 'placement-test',
        locationId: existing.location_id,
        childId: existing.child_id,
        groupId: existing.group_id,
        careType: existing.care_type,
        kind: 'fixed',
        startDate: '2027-01-01',
        endDate: null,
        days: [{ weekday: 1, start: 480, end: 1020 }],
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'rule_violated', rule: 'placement.no_overlap' } });
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(0);
  });

  test('writes are serialised: 20 concurrent mutations all land, with consecutive ids', async () => {
    const core = await demoCore();
    const base = await shiftFor(core);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        core.call('mutate', {
          name: 'shift.assign',
          args: { ...base, id: `s-${i}`, date: `2027-01-${String(i + 5).padStart(2, '0')}`, breaks: [] },
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(
      core.context.db
        .prepare('SELECT seq FROM outbox ORDER BY seq')
        .all()
        .map((r) => (r as { seq: number }).seq),
    ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('demo data and the week roster', () => {
  test('an empty store reports dataset empty; demo.create fills it once', async () => {
    const { core, cleanup } = await openTempCore();
    cleanups.push(cleanup);
    expect(await core.call('app.info', {})).toMatchObject({ ok: true, value: { dataset: 'empty', today: '2026-11-23' } });
    expect(await core.call('demo.create', {})).toEqual({ ok: true, value: { created: true } });
    expect(await core.call('app.info', {})).toMatchObject({ ok: true, value: { dataset: 'demo' } });
    expect(await core.call('demo.create', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  test('three demo locations: Barendrecht, Oud-Beijerland, Rhoon', async () => {
    const core = await demoCore();
    const result = await core.call('locations.list', {});
    expect(result.ok && (result.value as { name: string }[]).map((l) => l.name)).toEqual(['Barendrecht', 'Oud-Beijerland', 'Rhoon']);
  });

  test('the week roster lists each group with expected children and staff per open day', async () => {
    const core = await demoCore();
    const location = await firstLocation(core);
    const result = await core.call('roster.week', { locationId: location.id, weekStart: '2026-11-25' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const week = result.value as RosterWeek;
    expect(week.weekStart).toBe('2026-11-23');
    expect(week.dates).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    expect(week.groups.length).toBe(5);
    const monday = week.groups.map((g) => g.days[0]!);
    expect(monday.some((d) => d.children.length > 0)).toBe(true);
    expect(monday.some((d) => d.shifts.length > 0)).toBe(true);
    for (const day of monday) for (const c of day.children) expect(c.end).toBeGreaterThan(c.start);
  });

  test('the roster marks a public holiday as closed with its name and calendar key (Christmas, Friday 25 December 2026)', async () => {
    const core = await demoCore();
    const location = await firstLocation(core);
    const result = await core.call('roster.week', { locationId: location.id, weekStart: '2026-12-21' });
    if (!result.ok) throw new Error('roster failed');
    const friday = (result.value as RosterWeek).groups[0]!.days[4]!;
    expect(friday.date).toBe('2026-12-25');
    expect(friday.closed).toEqual({ reason: 'public_holiday', name: 'Eerste kerstdag', key: 'calendar.holiday.christmas_day' });
    expect(friday.children).toEqual([]);
  });

  test('an unknown location is not_found', async () => {
    const core = await demoCore();
    expect(await core.call('roster.week', { locationId: 'nope', weekStart: '2026-11-23' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
