/**
 * The Medewerkers reads and the staff mutators on a real SQLite file with the demo loaded, at the
 * fixed clock: Monday 23 November 2026, 09:00.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ApiResult } from '../../../shared/contract/errors';
import type { FirstAidDay, StaffDetail, StaffList } from '../../../shared/contract/staffViews';
import type { LocationSummary, RatioDay } from '../../../shared/contract/views';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';

const TODAY = '2026-11-23';
let core: Core;
let cleanup: () => Promise<void>;
let rhoon: LocationSummary;

beforeAll(async () => {
  ({ core, cleanup } = await openTempCore({ demo: true }));
  const locations = value(await core.call('locations.list', {})) as LocationSummary[];
  rhoon = locations.find((l) => l.name === 'Rhoon')!;
});
afterAll(async () => cleanup());

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
const list = async () => value(await core.call('staff.list', { locationId: rhoon.id })) as StaffList;
const detail = async (staffId: string) => value(await core.call('staff.detail', { staffId })) as StaffDetail;
const mutate = (name: string, args: unknown) => core.call('mutate', { name, args });

describe('staff.list: the location staff with PRK and kinder-EHBO status on today', () => {
  test('everyone of the location, by name; professionals certified, trainees and helpers not', async () => {
    const result = await list();
    const count = (core.context.db.prepare('SELECT count(*) n FROM staff WHERE location_id = ?').get(rhoon.id) as { n: number }).n;
    expect(result.today).toBe(TODAY);
    expect(result.staff).toHaveLength(count);
    expect(result.staff.map((s) => s.name)).toEqual([...result.staff.map((s) => s.name)].sort((a, b) => a.localeCompare(b, 'nl')));
    for (const s of result.staff) expect(s.firstAid === 'none').toBe(s.counts !== 'full');
  });
  test('the certificates to renew: one expired three weeks ago, one expiring within three months', async () => {
    const { expiring, staff } = await list();
    expect(expiring.map((c) => [c.validUntil, c.expired])).toEqual([
      ['2026-11-02', true],
      ['2026-12-31', false],
    ]);
    expect(staff.find((s) => s.staffId === expiring[0]!.staffId)?.firstAid).toBe('expired');
    expect(staff.find((s) => s.staffId === expiring[1]!.staffId)?.firstAid).toBe('expiring');
  });
  test('an unknown location is not_found', async () => {
    const result = await core.call('staff.list', { locationId: '01930000-0000-7000-8000-0000000000ff' });
    expect(result.ok ? null : result.error.code).toBe('not_found');
  });
});

describe('staff.firstAid: the gaps of a day by centre, as on the ratio screen', () => {
  test("Rhoon's BSO has a before-school gap today, the same slots ratio.day shows", async () => {
    const result = value(await core.call('staff.firstAid', { locationId: rhoon.id, date: TODAY })) as FirstAidDay;
    const ratio = value(await core.call('ratio.day', { locationId: rhoon.id, date: TODAY })) as RatioDay;
    expect(result.closed).toBe(false);
    expect(result.gaps.map((g) => g.careType)).toEqual(['BSO']);
    expect(result.gaps[0]!.slots).toEqual(ratio.firstAid.find((c) => c.careType === 'BSO')!.slots);
    expect(result.expiring).toHaveLength(2);
  });
  test('a closed day (Christmas) has no gaps', async () => {
    const result = value(await core.call('staff.firstAid', { locationId: rhoon.id, date: '2026-12-25' })) as FirstAidDay;
    expect(result).toMatchObject({ closed: true, gaps: [] });
  });
});

describe('a new staff member with a PRK date in the future, through the mutators on SQLite', () => {
  const staffId = '01930000-0000-7000-8000-00000000f001';
  const shift = (id: string, date: string) => ({ id, locationId: rhoon.id, staffId, date, start: 480, end: 780, breaks: [] });
  const groupId = () =>
    (core.context.db.prepare("SELECT id FROM groups WHERE location_id = ? AND care_type = 'KDV'").get(rhoon.id) as { id: string }).id;
  const fields = {
    firstName: 'Noor',
    lastName: 'Jansen',
    jobTitle: 'Pedagogisch medewerker',
    counts: 'full',
    contractMinutesPerWeek: 1920,
    activeFrom: '2026-11-23',
    prkRegisteredOn: '2026-12-01',
    ehboValidUntil: '2028-01-31',
    externalId: 'P-900',
  };

  test('shift.before_prk_registration: the day before the PRK date is refused, on it the shift is saved', async () => {
    value(await mutate('staff.create', { ...fields, id: staffId, locationId: rhoon.id, activeTo: null }));
    const refused = await mutate('shift.assign', { ...shift('01930000-0000-7000-8000-00000000f101', '2026-11-30'), groupId: groupId() });
    expect(refused.ok ? null : refused.error.rule).toBe('shift.before_prk_registration');
    value(await mutate('shift.assign', { ...shift('01930000-0000-7000-8000-00000000f102', '2026-12-01'), groupId: groupId() }));
    value(await mutate('shift.assign', { ...shift('01930000-0000-7000-8000-00000000f103', '2026-12-02'), groupId: groupId() }));
    expect((await detail(staffId)).upcomingShifts.map((s) => s.date)).toEqual(['2026-12-01', '2026-12-02']);
    expect((await detail(staffId)).prk).toBe('future');
  });

  test('staff.prk_after_shifts: moving the PRK date past the first shift is refused; the shift stays', async () => {
    const refused = await mutate('staff.update', { ...fields, staffId, prkRegisteredOn: '2026-12-02' });
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'rule_violated',
      rule: 'staff.prk_after_shifts',
      params: { count: 1 },
    });
    expect((await detail(staffId)).prkRegisteredOn).toBe('2026-12-01');
  });

  test('staff.end.v2: ending on the first shift day removes the confirmed shift after it, in the store', async () => {
    const stale = await mutate('staff.end.v2', {
      staffId,
      lastDay: '2026-11-30',
      removeShiftIds: ['01930000-0000-7000-8000-00000000f103'],
    });
    expect(stale.ok ? null : stale.error.rule).toBe('staff.end_shifts_changed');
    value(await mutate('staff.end.v2', { staffId, lastDay: '2026-12-01', removeShiftIds: ['01930000-0000-7000-8000-00000000f103'] }));
    const after = await detail(staffId);
    expect(after).toMatchObject({ activeTo: '2026-12-01', status: 'active' });
    expect(after.upcomingShifts.map((s) => s.date)).toEqual(['2026-12-01']);
  });
});
