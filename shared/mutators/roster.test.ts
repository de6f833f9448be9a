/**
 * The roster mutators over an in-memory transaction: the same code the desk runs on SQLite and
 * the hub on PostgreSQL. The core tests run them again on a real store.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { ShiftRow } from '../model/rows';
import { mutators } from './index';
import { MemoryTx } from './memoryTx';
import type { MutationContext } from './types';

const manager: MutationContext = {
  actor: { userId: 'u-man', role: 'manager', name: 'Mirjam Manager' },
  createdAt: '2026-11-23T08:00:00.000Z',
};
const later = (minutes: number): MutationContext => ({
  ...manager,
  createdAt: new Date(Date.parse(manager.createdAt) + minutes * 60_000).toISOString(),
});

const MONDAY = '2026-11-23';
const TUESDAY = '2026-11-24';
let tx: MemoryTx;

beforeEach(async () => {
  tx = new MemoryTx(manager);
  await tx.put('organisations', { id: 'org', name: 'Org', settings: {} });
  await tx.put('locations', {
    id: 'loc',
    organisationId: 'org',
    name: 'Rhoon',
    opensAt: 420,
    closesAt: 1140,
    code: 'RHO',
    lrkNumber: null,
    address: null,
    openDays: [1, 2, 3, 4, 5],
  });
  await tx.put('locations', {
    id: 'loc2',
    organisationId: 'org',
    name: 'Elders',
    opensAt: 420,
    closesAt: 1140,
    code: 'ELD',
    lrkNumber: null,
    address: null,
    openDays: [1, 2, 3, 4, 5],
  });
  await tx.put('groups', {
    id: 'g1',
    locationId: 'loc',
    name: 'Rupsjes',
    careType: 'KDV',
    ageMinMonths: 0,
    ageMaxMonths: 24,
    capacity: 12,
    externalId: null,
    closedFrom: null,
    room: '',
    days: [1, 2, 3, 4, 5],
  });
  await tx.put('groups', {
    id: 'g2',
    locationId: 'loc',
    name: 'Beertjes',
    careType: 'KDV',
    ageMinMonths: 0,
    ageMaxMonths: 48,
    capacity: 16,
    externalId: null,
    closedFrom: null,
    room: '',
    days: [1, 2, 3, 4, 5],
  });
  await tx.put('staff', {
    id: 'anna',
    locationId: 'loc',
    firstName: 'Anna',
    lastName: 'de Vries',
    counts: 'full',
    contractMinutesPerWeek: 1920,
    jobTitle: '',
    activeFrom: null,
    activeTo: null,
    prkRegisteredOn: null,
    ehboValidUntil: null,
    externalId: null,
  });
  await tx.put('staff', {
    id: 'bram',
    locationId: 'loc2',
    firstName: 'Bram',
    lastName: 'Elders',
    counts: 'full',
    contractMinutesPerWeek: 1920,
    jobTitle: '',
    activeFrom: null,
    activeTo: null,
    prkRegisteredOn: null,
    ehboValidUntil: null,
    externalId: null,
  });
});

const shift = (patch: Partial<ShiftRow> = {}): ShiftRow => ({
  id: 's1',
  locationId: 'loc',
  staffId: 'anna',
  groupId: 'g1',
  date: TUESDAY,
  start: 450,
  end: 960,
  breaks: [{ start: 720, end: 750 }],
  ...patch,
});

describe('shift.assign: validation changes nothing on bad input', () => {
  test.each([
    ['end before start', { start: 960, end: 450 }, 'shift.end_after_start'],
    ['a break outside the shift', { breaks: [{ start: 950, end: 1000 }] }, 'shift.break_within_shift'],
    ['entirely before opening', { start: 360, end: 420, breaks: [] }, 'shift.outside_opening_hours'],
    ['entirely after closing', { start: 1140, end: 1200, breaks: [] }, 'shift.outside_opening_hours'],
    ['an unknown group', { groupId: 'nope' }, 'shift.unknown_group'],
    ['a staff member of another location', { staffId: 'bram' }, 'shift.staff_elsewhere'],
    ['an unknown location', { locationId: 'nowhere' }, 'shift.unknown_location'],
  ])('%s is refused', async (_, patch, rule) => {
    const outcome = await tx.run('shift.assign', shift(patch as Partial<ShiftRow>));
    expect(outcome).toMatchObject({ ok: false, rule });
    expect(tx.all('shifts')).toEqual([]);
  });

  test('exactly 07:00 to 19:00 is accepted; a start before opening too (a warning, not a refusal)', async () => {
    expect(await tx.run('shift.assign', shift({ start: 420, end: 1140, breaks: [] }))).toEqual({ ok: true });
    expect(await tx.run('shift.assign', shift({ id: 's2', date: MONDAY, start: 405, end: 900, breaks: [] }))).toEqual({ ok: true });
  });

  test('double booking is refused with the times of the other shift', async () => {
    await tx.run('shift.assign', shift());
    const outcome = await tx.run('shift.assign', shift({ id: 's2', start: 900, end: 1000, breaks: [] }));
    expect(outcome).toMatchObject({
      ok: false,
      rule: 'shift.double_booked',
      message: 'Anna de Vries werkt op die dag al van 07:30 tot 16:00.',
    });
  });
});

describe('shift.setDay: a cell saved at once', () => {
  test('keeps, edits, adds and removes the shifts of the day in one mutation', async () => {
    await tx.run('shift.assign', shift({ id: 'early', start: 420, end: 600, breaks: [] }));
    await tx.run('shift.assign', shift({ id: 'late', start: 840, end: 1000, breaks: [] }));
    const outcome = await tx.run('shift.setDay', {
      locationId: 'loc',
      staffId: 'anna',
      date: TUESDAY,
      shifts: [
        { id: 'early', groupId: 'g2', start: 420, end: 660, breaks: [] },
        { id: 'new', groupId: 'g1', start: 700, end: 900, breaks: [] },
      ],
    });
    expect(outcome).toEqual({ ok: true });
    expect(tx.all('shifts').map((s) => [s.id, s.groupId, s.start, s.end])).toEqual([
      ['early', 'g2', 420, 660],
      ['new', 'g1', 700, 900],
    ]);
  });

  test('overlapping shifts in the cell are refused and nothing changes', async () => {
    await tx.run('shift.assign', shift());
    const outcome = await tx.run('shift.setDay', {
      locationId: 'loc',
      staffId: 'anna',
      date: TUESDAY,
      shifts: [
        { id: 'a', groupId: 'g1', start: 420, end: 700, breaks: [] },
        { id: 'b', groupId: 'g1', start: 660, end: 900, breaks: [] },
      ],
    });
    expect(outcome).toMatchObject({ ok: false, rule: 'shift.double_booked' });
    expect(tx.all('shifts').map((s) => s.id)).toEqual(['s1']);
  });

  test('an empty list clears the day', async () => {
    await tx.run('shift.assign', shift());
    expect(await tx.run('shift.setDay', { locationId: 'loc', staffId: 'anna', date: TUESDAY, shifts: [] })).toEqual({ ok: true });
    expect(tx.all('shifts')).toEqual([]);
  });
});

describe('shift.copy: all or nothing', () => {
  test('copies group, times and breaks to another date under new ids', async () => {
    await tx.run('shift.assign', shift());
    expect(
      await tx.run('shift.copy', { locationId: 'loc', copies: [{ sourceId: 's1', id: 'c1', staffId: 'anna', date: '2026-12-01' }] }),
    ).toEqual({ ok: true });
    expect(await tx.get('shifts', 'c1')).toEqual(shift({ id: 'c1', date: '2026-12-01' }));
  });

  test('one copy that clashes refuses the whole copy, naming the person and date, with the cause and its values', async () => {
    await tx.run('shift.assign', shift());
    await tx.run('shift.assign', shift({ id: 'busy', date: '2026-12-02' }));
    const outcome = await tx.run('shift.copy', {
      locationId: 'loc',
      copies: [
        { sourceId: 's1', id: 'c1', staffId: 'anna', date: '2026-12-01' },
        { sourceId: 's1', id: 'c2', staffId: 'anna', date: '2026-12-02' },
      ],
    });
    expect(outcome).toMatchObject({
      ok: false,
      rule: 'shift.copy_failed',
      params: { cause: 'shift.double_booked', staff: 'Anna de Vries', date: '2026-12-02', start: '07:30', end: '16:00' },
    });
    expect(await tx.get('shifts', 'c1')).toBeNull();
  });
});

describe('staff absence', () => {
  const absence = { id: 'a1', locationId: 'loc', staffId: 'anna', date: TUESDAY, kind: 'sick' };

  test('registered with who and when from the context; the same id edits it', async () => {
    expect(await tx.run('staffAbsence.register', absence)).toEqual({ ok: true });
    expect(await tx.get('staffAbsences', 'a1')).toEqual({
      ...absence,
      note: '',
      registeredBy: manager.actor,
      registeredAt: manager.createdAt,
    });
    expect(await tx.run('staffAbsence.register', { ...absence, kind: 'leave', note: 'bruiloft' }, later(5))).toEqual({ ok: true });
    expect(await tx.get('staffAbsences', 'a1')).toMatchObject({ kind: 'leave', note: 'bruiloft', registeredAt: manager.createdAt });
  });

  test('a second absence of the same person and day is refused; another location refused; removing works once', async () => {
    await tx.run('staffAbsence.register', absence);
    expect(await tx.run('staffAbsence.register', { ...absence, id: 'a2' })).toMatchObject({
      ok: false,
      rule: 'staff_absence.already_registered',
      message: 'Anna de Vries is op di 24 nov al afwezig gemeld (ziek).',
    });
    expect(await tx.run('staffAbsence.register', { ...absence, id: 'a3', staffId: 'bram' })).toMatchObject({
      rule: 'staff_absence.unknown_staff',
    });
    expect(await tx.run('staffAbsence.remove', { id: 'a1' })).toEqual({ ok: true });
    expect(await tx.run('staffAbsence.remove', { id: 'a1' })).toMatchObject({ ok: false, rule: 'staff_absence.unknown' });
  });

  test('the assistant may register an absence but not plan a shift', () => {
    expect(mutators['staffAbsence.register'].roles).toContain('assistant');
    expect(mutators['shift.assign'].roles).toEqual(['manager']);
    expect(mutators['shift.setDay'].roles).toEqual(['manager']);
    expect(mutators['rosterWeek.publish'].roles).toEqual(['manager']);
  });
});

describe('publish and audit', () => {
  test('a draft week keeps no audit trail', async () => {
    await tx.run('shift.assign', shift());
    await tx.run('shift.assign', shift({ end: 1000 }));
    expect(tx.all('rosterAudit')).toEqual([]);
  });

  test('publishing records who and when; publishing again raises the revision', async () => {
    expect(await tx.run('rosterWeek.publish', { locationId: 'loc', weekStart: MONDAY })).toEqual({ ok: true });
    expect(await tx.get('rosterWeeks', `loc/${MONDAY}`)).toEqual({
      id: `loc/${MONDAY}`,
      locationId: 'loc',
      weekStart: MONDAY,
      status: 'published',
      publishedBy: manager.actor,
      publishedAt: manager.createdAt,
      revision: 1,
    });
    await tx.run('rosterWeek.publish', { locationId: 'loc', weekStart: MONDAY }, later(60));
    expect(await tx.get('rosterWeeks', `loc/${MONDAY}`)).toMatchObject({ revision: 2, publishedAt: later(60).createdAt });
  });

  test('a week starts on Monday; an unknown location is refused', async () => {
    expect(await tx.run('rosterWeek.publish', { locationId: 'loc', weekStart: TUESDAY })).toMatchObject({ rule: 'roster_week.not_monday' });
    expect(await tx.run('rosterWeek.publish', { locationId: 'x', weekStart: MONDAY })).toMatchObject({
      rule: 'roster_week.unknown_location',
    });
  });

  test('after publishing, every shift change records who, when, before and after', async () => {
    await tx.run('shift.assign', shift());
    await tx.run('rosterWeek.publish', { locationId: 'loc', weekStart: MONDAY });
    await tx.run('shift.assign', shift({ end: 1000 }), later(10));
    await tx.run('shift.assign', shift({ id: 's2', date: '2026-11-26', start: 480, end: 720, breaks: [] }), later(20));
    await tx.run('shift.remove', { id: 's2' }, later(30));
    // an unchanged save records nothing
    await tx.run('shift.assign', shift({ end: 1000 }), later(40));
    const trail = tx.all('rosterAudit').sort((a, b) => a.at.localeCompare(b.at));
    expect(trail.map((a) => [a.id, a.action, a.before?.end ?? null, a.after?.end ?? null, a.at])).toEqual([
      ['s1@1', 'changed', 960, 1000, later(10).createdAt],
      ['s2@1', 'added', null, 720, later(20).createdAt],
      ['s2@2', 'removed', 720, null, later(30).createdAt],
    ]);
    expect(trail[0]).toMatchObject({ locationId: 'loc', weekStart: MONDAY, shiftId: 's1', by: manager.actor });
  });

  test('a move out of a published week into a draft week is recorded in the published week only; a refused change records nothing', async () => {
    await tx.run('shift.assign', shift());
    await tx.run('rosterWeek.publish', { locationId: 'loc', weekStart: MONDAY });
    await tx.run('shift.assign', shift({ date: '2026-12-01' }), later(10));
    expect(tx.all('rosterAudit').map((a) => [a.weekStart, a.action, a.before?.date, a.after?.date])).toEqual([
      [MONDAY, 'changed', TUESDAY, '2026-12-01'],
    ]);
    await tx.run('shift.assign', shift({ id: 'in', date: TUESDAY, start: 480, end: 600, breaks: [] }), later(20));
    await tx.run('shift.assign', shift({ id: 'clash', date: TUESDAY, start: 500, end: 700, breaks: [] }), later(30));
    expect(tx.all('rosterAudit')).toHaveLength(2);
  });

  test('shift.setDay and shift.copy into a published week are audited per shift', async () => {
    await tx.run('rosterWeek.publish', { locationId: 'loc', weekStart: MONDAY });
    await tx.run('shift.setDay', {
      locationId: 'loc',
      staffId: 'anna',
      date: TUESDAY,
      shifts: [{ id: 'x', groupId: 'g1', start: 450, end: 960, breaks: [] }],
    });
    await tx.run('shift.copy', { locationId: 'loc', copies: [{ sourceId: 'x', id: 'y', staffId: 'anna', date: '2026-11-25' }] }, later(1));
    expect(tx.all('rosterAudit').map((a) => [a.shiftId, a.action])).toEqual([
      ['x', 'added'],
      ['y', 'added'],
    ]);
  });
});
