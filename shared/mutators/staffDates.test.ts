/**
 * staff.update and staff.end.v2 against the roster, over an in-memory transaction at the tests'
 * fixed "now": Monday 23 November 2026.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { ShiftRow } from '../model/rows';
import { MemoryTx } from './memoryTx';
import type { MutationContext } from './types';

const manager: MutationContext = { actor: { userId: 'u-man', role: 'manager', name: 'Mirjam' }, createdAt: '2026-11-23T08:00:00.000Z' };
const anna = {
  id: 'anna',
  locationId: 'loc',
  firstName: 'Anna',
  lastName: 'de Vries',
  jobTitle: 'Pedagogisch medewerker',
  counts: 'full',
  contractMinutesPerWeek: 1920,
  activeFrom: '2026-01-01',
  activeTo: null,
  prkRegisteredOn: null,
  ehboValidUntil: '2027-03-01',
  externalId: null,
};
const { id: staffId, locationId: _loc, activeTo: _to, ...fields } = anna;
const shift = (id: string, date: string): ShiftRow => ({
  id,
  locationId: 'loc',
  staffId: 'anna',
  groupId: 'egel',
  date,
  start: 450,
  end: 960,
  breaks: [],
});

let tx: MemoryTx;
beforeEach(async () => {
  tx = new MemoryTx(manager);
  await tx.put('locations', {
    id: 'loc',
    organisationId: 'org',
    name: 'Klimboom',
    code: 'KLB',
    opensAt: 420,
    closesAt: 1140,
  } as never);
  expect(await tx.run('staff.create', anna)).toEqual({ ok: true });
  await tx.put('shifts', shift('s1', '2026-12-03'));
  await tx.put('shifts', shift('s2', '2026-12-04'));
});

describe('staff.update: the PRK date and first working day are not moved past rostered shifts', () => {
  test('staff.prk_after_shifts: the day after the first shift is refused; on it, it is saved', async () => {
    expect(await tx.run('staff.update', { ...fields, staffId, prkRegisteredOn: '2026-12-04' })).toMatchObject({
      ok: false,
      code: 'rule_violated',
      rule: 'staff.prk_after_shifts',
      params: { count: 1, firstDate: '2026-12-03' },
    });
    expect(await tx.run('staff.update', { ...fields, staffId, prkRegisteredOn: '2026-12-03' })).toEqual({ ok: true });
    expect(await tx.get('staff', 'anna')).toMatchObject({ prkRegisteredOn: '2026-12-03' });
  });
  test('staff.active_from_after_shifts: a first working day after the shifts is refused; the day before them is saved', async () => {
    expect(await tx.run('staff.update', { ...fields, staffId, activeFrom: '2026-12-05' })).toMatchObject({
      rule: 'staff.active_from_after_shifts',
      params: { count: 2 },
    });
    expect(await tx.run('staff.update', { ...fields, staffId, activeFrom: '2026-12-02' })).toEqual({ ok: true });
  });
});

describe('staff.end.v2: ends the work and removes exactly the confirmed shifts after the last day', () => {
  test('the day before the first shift removes both; nothing else changes', async () => {
    expect(await tx.run('staff.end.v2', { staffId, lastDay: '2026-12-02', removeShiftIds: ['s1', 's2'] })).toEqual({ ok: true });
    expect(await tx.get('staff', 'anna')).toMatchObject({ activeTo: '2026-12-02' });
    expect(await tx.get('shifts', 's1')).toBeNull();
    expect(await tx.get('shifts', 's2')).toBeNull();
  });
  test('on the day of the first shift it stays, the one after goes', async () => {
    expect(await tx.run('staff.end.v2', { staffId, lastDay: '2026-12-03', removeShiftIds: ['s2'] })).toEqual({ ok: true });
    expect(await tx.get('shifts', 's1')).not.toBeNull();
    expect(await tx.get('shifts', 's2')).toBeNull();
  });
  test('on the day of the last shift nothing is removed', async () => {
    expect(await tx.run('staff.end.v2', { staffId, lastDay: '2026-12-04', removeShiftIds: [] })).toEqual({ ok: true });
    expect(await tx.get('shifts', 's2')).not.toBeNull();
  });
  test('staff.end_shifts_changed: a shift not in the confirmation refuses the end, and nothing is removed', async () => {
    expect(await tx.run('staff.end.v2', { staffId, lastDay: '2026-12-02', removeShiftIds: ['s1'] })).toMatchObject({
      rule: 'staff.end_shifts_changed',
      params: { count: 2, lastDayDate: '2026-12-02' },
    });
    expect(await tx.get('shifts', 's1')).not.toBeNull();
    expect(await tx.get('staff', 'anna')).toMatchObject({ activeTo: null });
  });
  test('staff.end_in_past: the day before yesterday is refused, yesterday is accepted', async () => {
    expect(await tx.run('staff.end.v2', { staffId, lastDay: '2026-11-21', removeShiftIds: ['s1', 's2'] })).toMatchObject({
      rule: 'staff.end_in_past',
    });
    expect(await tx.run('staff.end.v2', { staffId, lastDay: '2026-11-22', removeShiftIds: ['s1', 's2'] })).toEqual({ ok: true });
  });
});
