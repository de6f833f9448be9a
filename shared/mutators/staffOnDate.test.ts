/**
 * The shift mutators refuse a person on a date outside their active period or before their PRK
 * registration (shared/domain/roster/staffOnDate.ts): the day before, on and after each limit.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { rosterRuleText } from '../domain/roster/messages';
import type { ShiftRow, StaffRow } from '../model/rows';
import { MemoryTx } from './memoryTx';
import type { MutationContext } from './types';

const manager: MutationContext = {
  actor: { userId: 'u-man', role: 'manager', name: 'Mirjam Manager' },
  createdAt: '2026-11-23T08:00:00.000Z',
};
let tx: MemoryTx;

const anna = (patch: Partial<StaffRow> = {}): StaffRow => ({
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
  ...patch,
});

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
});

const shift = (date: string, id = `s-${date}`): ShiftRow => ({
  id,
  locationId: 'loc',
  staffId: 'anna',
  groupId: 'g1',
  date,
  start: 450,
  end: 960,
  breaks: [],
});

describe('shift.assign: PRK registration date', () => {
  beforeEach(async () => {
    await tx.put('staff', anna({ prkRegisteredOn: '2026-12-01' }));
  });

  test('refused the day before registration, with the dates in the sentence (nl and en)', async () => {
    const outcome = await tx.run('shift.assign', shift('2026-11-30'));
    expect(outcome).toMatchObject({
      ok: false,
      code: 'rule_violated',
      rule: 'shift.before_prk_registration',
      params: { staff: 'Anna de Vries', date: '2026-11-30', registeredDate: '2026-12-01' },
      message:
        'Anna de Vries staat pas vanaf di 1 dec ingeschreven in het Personenregister kinderopvang en mag op ma 30 nov nog niet werken.',
    });
    if (outcome.ok) throw new Error('expected a refusal');
    expect(rosterRuleText('shift.before_prk_registration', outcome.params, 'en')).toBe(
      'Anna de Vries is registered in the Personenregister kinderopvang only from Tue 1 Dec and may not work on Mon 30 Nov yet.',
    );
    expect(tx.all('shifts')).toEqual([]);
  });

  test.each(['2026-12-01', '2026-12-02'])('accepted on %s (on and after the registration date)', async (date) => {
    expect(await tx.run('shift.assign', shift(date))).toEqual({ ok: true });
  });

  test('no registration date recorded (null, rows from before) is not refused', async () => {
    await tx.put('staff', anna({ prkRegisteredOn: null }));
    expect(await tx.run('shift.assign', shift('2020-01-06'))).toEqual({ ok: true });
  });
});

describe('shift.assign: active period (both ends inclusive)', () => {
  beforeEach(async () => {
    await tx.put('staff', anna({ activeFrom: '2026-12-01', activeTo: '2026-12-31' }));
  });

  test.each([
    ['2026-11-30', { ok: false, rule: 'shift.staff_not_yet_active', params: { fromDate: '2026-12-01' } }],
    ['2026-12-01', { ok: true }],
    ['2026-12-02', { ok: true }],
    ['2026-12-30', { ok: true }],
    ['2026-12-31', { ok: true }],
    ['2027-01-01', { ok: false, rule: 'shift.staff_no_longer_active', params: { toDate: '2026-12-31' } }],
  ])('on %s', async (date, expected) => {
    expect(await tx.run('shift.assign', shift(date))).toMatchObject(expected);
  });

  test('an edit that moves an existing shift past the last day is refused and the shift stays', async () => {
    await tx.run('shift.assign', shift('2026-12-31', 's1'));
    expect(await tx.run('shift.assign', shift('2027-01-01', 's1'))).toMatchObject({ ok: false, rule: 'shift.staff_no_longer_active' });
    expect(tx.all('shifts').map((s) => s.date)).toEqual(['2026-12-31']);
  });

  test('outside the period is reported before a missing PRK registration', async () => {
    await tx.put('staff', anna({ activeFrom: '2026-12-01', prkRegisteredOn: '2026-12-15' }));
    expect(await tx.run('shift.assign', shift('2026-11-30'))).toMatchObject({ rule: 'shift.staff_not_yet_active' });
    expect(await tx.run('shift.assign', shift('2026-12-14'))).toMatchObject({ rule: 'shift.before_prk_registration' });
    expect(await tx.run('shift.assign', shift('2026-12-15'))).toEqual({ ok: true });
  });
});

describe('the other mutators that place a person on a date', () => {
  beforeEach(async () => {
    await tx.put('staff', anna({ prkRegisteredOn: '2026-12-01', activeTo: '2026-12-31' }));
  });

  test('shift.setDay refuses a day before registration and changes nothing', async () => {
    const outcome = await tx.run('shift.setDay', {
      locationId: 'loc',
      staffId: 'anna',
      date: '2026-11-30',
      shifts: [{ id: 'a', groupId: 'g1', start: 450, end: 960, breaks: [] }],
    });
    expect(outcome).toMatchObject({ ok: false, rule: 'shift.before_prk_registration' });
    expect(tx.all('shifts')).toEqual([]);
  });

  test('shift.copy (a day or week forward) is refused as a whole, naming the cause', async () => {
    await tx.run('shift.assign', shift('2026-12-24', 'src'));
    const outcome = await tx.run('shift.copy', {
      locationId: 'loc',
      copies: [
        { sourceId: 'src', id: 'c1', staffId: 'anna', date: '2026-12-31' },
        { sourceId: 'src', id: 'c2', staffId: 'anna', date: '2027-01-07' },
      ],
    });
    expect(outcome).toMatchObject({
      ok: false,
      rule: 'shift.copy_failed',
      params: { cause: 'shift.staff_no_longer_active', date: '2027-01-07', toDate: '2026-12-31' },
    });
    expect(tx.all('shifts').map((s) => s.id)).toEqual(['src']);
  });
});
