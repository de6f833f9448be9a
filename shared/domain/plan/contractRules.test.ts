import { describe, expect, test } from 'vitest';
import type { PlacementRow } from '../../model/rows';
import {
  checkEffectiveDate,
  checkEndDate,
  checkKdvAge,
  checkPlacementShape,
  checkStartDate,
  fourthBirthday,
  isEffectiveDate,
  kdvEndFlag,
  lastKdvDay,
  nextEffectiveDates,
  overlappingPlacement,
} from './contractRules';
import { planSettingsSchema } from './planSettings';

const both = planSettingsSchema.parse({});
const firstOnly = planSettingsSchema.parse({ effectiveDays: [1] });

const placement = (over: Partial<PlacementRow> = {}): PlacementRow => ({
  id: 'p1',
  locationId: 'l1',
  childId: 'c1',
  groupId: 'g1',
  careType: 'KDV',
  kind: 'fixed',
  startDate: '2026-12-01',
  endDate: null,
  days: [{ weekday: 1, start: 450, end: 1080 }],
  ...over,
});

describe('effective dates (the 1st or the 16th, a setting)', () => {
  test('default: the 1st and the 16th are effective dates, the 2nd and the 15th are not', () => {
    expect(isEffectiveDate('2026-12-01', both)).toBe(true);
    expect(isEffectiveDate('2026-12-16', both)).toBe(true);
    expect(isEffectiveDate('2026-12-02', both)).toBe(false);
    expect(isEffectiveDate('2026-12-15', both)).toBe(false);
  });

  test('setting "1st only": the 16th is refused (placement.effective_date) and the next 1st proposed', () => {
    const r = checkEffectiveDate('2026-12-16', firstOnly);
    expect(r).toMatchObject({ ok: false, rule: 'placement.effective_date', params: { next: '1-1-2027', dayList: '1' } });
    if (!r.ok) expect(r.message).toContain('1-1-2027');
  });

  test('another day is refused with the next effective date named', () => {
    expect(checkEffectiveDate('2026-11-23', both)).toMatchObject({
      ok: false,
      rule: 'placement.effective_date',
      params: { next: '1-12-2026' },
    });
  });

  test('the next effective dates from a date include that date when it is one, across a year end', () => {
    expect(nextEffectiveDates('2026-12-16', both, 3)).toEqual(['2026-12-16', '2027-01-01', '2027-01-16']);
    expect(nextEffectiveDates('2026-12-17', firstOnly, 2)).toEqual(['2027-01-01', '2027-02-01']);
  });

  test('the setting is sorted, and refuses other days', () => {
    expect(planSettingsSchema.parse({ effectiveDays: [16, 1] }).effectiveDays).toEqual([1, 16]);
    expect(planSettingsSchema.safeParse({ effectiveDays: [15] }).success).toBe(false);
  });
});

describe('end dates: the day before an effective date, or (KDV) the day before the 4th birthday', () => {
  const dob = '2023-03-10';
  test('the 15th and the last day of a month are valid last days; the 16th is not', () => {
    expect(checkEndDate('2027-01-15', 'BSO', dob, both).ok).toBe(true);
    expect(checkEndDate('2027-02-28', 'BSO', dob, both).ok).toBe(true);
    expect(checkEndDate('2027-01-16', 'BSO', dob, both)).toMatchObject({
      ok: false,
      rule: 'placement.end_date',
      params: { suggestion: '31-1-2027' },
    });
  });

  test('"1st only": the 15th is no longer a valid last day', () => {
    expect(checkEndDate('2027-01-15', 'BSO', dob, firstOnly)).toMatchObject({ ok: false, rule: 'placement.end_date' });
  });

  test('KDV may end on the day before the 4th birthday; BSO may not', () => {
    expect(checkEndDate('2027-03-09', 'KDV', dob, both).ok).toBe(true);
    expect(checkEndDate('2027-03-09', 'BSO', dob, both)).toMatchObject({ ok: false, rule: 'placement.end_date' });
    expect(checkEndDate('2027-03-10', 'KDV', dob, both)).toMatchObject({
      ok: false,
      rule: 'placement.end_date_kdv',
      params: { lastKdvDay: '9-3-2027' },
    });
  });

  test('a BSO contract may start on the 4th birthday; a KDV contract may not start on a non-effective date', () => {
    expect(checkStartDate({ careType: 'BSO', startDate: '2027-03-10' }, dob, both).ok).toBe(true);
    expect(checkStartDate({ careType: 'KDV', startDate: '2027-03-10' }, dob, both)).toMatchObject({
      ok: false,
      rule: 'placement.effective_date',
    });
  });
});

describe('the 4th birthday and the end of day care', () => {
  test('the last day of day care is the day before the 4th birthday, across a month and a year', () => {
    expect(lastKdvDay('2023-03-01')).toBe('2027-02-28');
    expect(lastKdvDay('2023-01-01')).toBe('2026-12-31');
  });

  test('born 29 February: the 4th birthday falls in a leap year again, the day before is 28 February', () => {
    expect(fourthBirthday('2024-02-29')).toBe('2028-02-29');
    expect(lastKdvDay('2024-02-29')).toBe('2028-02-28');
  });

  test('a KDV contract may not start on or after the 4th birthday', () => {
    const child = { firstName: 'Sem', dateOfBirth: '2023-01-01' };
    expect(checkKdvAge({ careType: 'KDV', startDate: '2026-12-16' }, child).ok).toBe(true);
    expect(checkKdvAge({ careType: 'KDV', startDate: '2027-01-01' }, child)).toMatchObject({ ok: false, rule: 'placement.kdv_from_four' });
    expect(checkKdvAge({ careType: 'BSO', startDate: '2027-01-01' }, child).ok).toBe(true);
  });

  test('flagged from 8 weeks before the day before the 4th birthday, with that day proposed', () => {
    const dob = '2023-03-10'; // last KDV day 2027-03-09
    const p = placement({ startDate: '2026-01-01', endDate: null });
    expect(kdvEndFlag(p, dob, '2027-01-11', both)).toBeNull(); // 57 days ahead
    expect(kdvEndFlag(p, dob, '2027-01-12', both)).toEqual({
      placementId: 'p1',
      proposedEnd: '2027-03-09',
      fourthBirthday: '2027-03-10',
      daysLeft: 56,
    });
    expect(kdvEndFlag(p, dob, '2027-03-12', both)?.daysLeft).toBe(-3);
  });

  test('not flagged when the contract ends on or before the last KDV day, or when it is BSO', () => {
    const dob = '2023-03-10';
    expect(kdvEndFlag(placement({ endDate: '2027-03-09' }), dob, '2027-03-01', both)).toBeNull();
    expect(kdvEndFlag(placement({ endDate: '2027-02-28' }), dob, '2027-03-01', both)).toBeNull();
    expect(kdvEndFlag(placement({ careType: 'BSO' }), dob, '2027-03-01', both)).toBeNull();
    expect(kdvEndFlag(placement({ endDate: '2027-03-10' }), dob, '2027-03-01', both)).not.toBeNull();
  });

  test('the warning weeks are a setting', () => {
    const twoWeeks = planSettingsSchema.parse({ kdvEndWarningWeeks: 2 });
    expect(kdvEndFlag(placement(), '2023-03-10', '2027-02-22', twoWeeks)).toBeNull();
    expect(kdvEndFlag(placement(), '2023-03-10', '2027-02-23', twoWeeks)).not.toBeNull();
  });
});

describe('the shape of a contract and overlap', () => {
  test('end before start is refused (placement.end_after_start)', () => {
    expect(checkPlacementShape(placement({ startDate: '2026-12-16', endDate: '2026-12-15' }))).toMatchObject({
      ok: false,
      rule: 'placement.end_after_start',
    });
    expect(checkPlacementShape(placement({ startDate: '2026-12-16', endDate: '2026-12-16' })).ok).toBe(true);
  });

  test('BSO before and after school on one weekday is fine; overlapping spans are refused', () => {
    const bso = [
      { weekday: 1, start: 450, end: 510 },
      { weekday: 1, start: 840, end: 1080 },
    ];
    expect(checkPlacementShape(placement({ days: bso })).ok).toBe(true);
    expect(checkPlacementShape(placement({ days: [...bso, { weekday: 1, start: 500, end: 600 }] }))).toMatchObject({
      ok: false,
      rule: 'placement.days_overlap',
    });
  });

  test('a day whose end is not after its start, and a fixed contract without days, are refused', () => {
    expect(checkPlacementShape(placement({ days: [{ weekday: 2, start: 600, end: 600 }] }))).toMatchObject({
      ok: false,
      rule: 'placement.day_end_after_start',
    });
    expect(checkPlacementShape(placement({ days: [] }))).toMatchObject({ ok: false, rule: 'placement.fixed_needs_days' });
    expect(checkPlacementShape(placement({ kind: 'flex', days: [] })).ok).toBe(true);
  });

  test('overlap: end dates are inclusive; the day after the end is free; open-ended overlaps everything later', () => {
    const old = placement({ id: 'old', startDate: '2026-01-01', endDate: '2026-11-30' });
    expect(overlappingPlacement(placement({ startDate: '2026-11-30' }), [old])?.id).toBe('old');
    expect(overlappingPlacement(placement({ startDate: '2026-12-01' }), [old])).toBeNull();
    const open = placement({ id: 'open', startDate: '2026-01-01', endDate: null });
    expect(overlappingPlacement(placement({ startDate: '2030-01-01' }), [open])?.id).toBe('open');
    expect(overlappingPlacement(placement({ id: 'open' }), [open])).toBeNull();
  });
});
