import { describe, expect, test } from 'vitest';
import { parseTime } from '../time/timeOfDay';
import { bsoUnitId, evaluateLocationDay, presentAt } from './locationDay';
import type { LocationDayChild, LocationDayInput, LocationDayShift } from './locationDay';

const at = (hhmm: string): number => parseTime(hhmm) ?? Number.NaN;

const groups = [
  { id: 'kdv1', careType: 'KDV' as const },
  { id: 'bso1', careType: 'BSO' as const },
  { id: 'kdv2', careType: 'KDV' as const },
  { id: 'bso2', careType: 'BSO' as const },
];

function kids(n: number, groupId: string, dob: string, from: string, to: string): LocationDayChild[] {
  return Array.from({ length: n }, (_, i) => ({ childId: `${groupId}-${i}`, groupId, dateOfBirth: dob, start: at(from), end: at(to) }));
}

function shift(staffId: string, groupId: string, from: string, to: string, breaks: [string, string][] = []): LocationDayShift {
  return { staffId, groupId, counts: 'full', start: at(from), end: at(to), breaks: breaks.map(([s, e]) => ({ start: at(s), end: at(e) })) };
}

function day(date: string, extra: Partial<LocationDayInput> = {}): LocationDayInput {
  return {
    date,
    locationId: 'loc',
    opening: { start: at('07:00'), end: at('19:00') },
    groups,
    children: [
      ...kids(5, 'kdv1', '2025-01-15', '08:00', '17:00'),
      ...kids(4, 'kdv2', '2023-06-01', '08:00', '13:00'),
      ...kids(8, 'bso1', '2020-02-01', '15:00', '18:00'),
      ...kids(9, 'bso2', '2017-03-01', '15:00', '18:00'),
    ],
    shifts: [
      shift('a', 'kdv1', '07:45', '17:15', [['12:30', '13:00']]),
      shift('b', 'kdv2', '07:45', '13:15'),
      shift('c', 'bso1', '14:45', '18:15'),
      shift('d', 'bso2', '14:45', '18:15'),
    ],
    bsoDay: 'school',
    backupRegistered: false,
    ...extra,
  };
}

describe('location day: units', () => {
  test('BSO per location from 1 July 2024: every KDV group is a unit, all BSO groups one unit', () => {
    const result = evaluateLocationDay(day('2026-03-04'));
    expect(result.units.map((u) => [u.unitId, u.kind, u.regime, u.groupIds])).toEqual([
      ['kdv1', 'group', 'kdv', ['kdv1']],
      [bsoUnitId('loc'), 'bso_location', 'bso_location', ['bso1', 'bso2']],
      ['kdv2', 'group', 'kdv', ['kdv2']],
    ]);
    const bso = result.units[1]!;
    // 8 aged 6 and 9 aged 8-9 at the location: ceil((6*8 + 5*9)/60) = ceil(93/60) = 2.
    expect(bso.timeline.intervals.find((i) => i.children === 17)?.required).toBe(2);
    expect(bso.timeline.budgetMinutes).toBe(30);
  });

  test('BSO per basisgroep before 1 July 2024: each BSO group is its own unit', () => {
    const result = evaluateLocationDay(day('2024-06-28'));
    expect(result.units.map((u) => [u.unitId, u.regime])).toEqual([
      ['kdv1', 'kdv'],
      ['bso1', 'bso_basisgroup'],
      ['kdv2', 'kdv'],
      ['bso2', 'bso_basisgroup'],
    ]);
  });

  test('BSO full day (school holiday): the three-hour budget instead of thirty minutes', () => {
    const result = evaluateLocationDay(day('2026-10-20', { bsoDay: 'full' }));
    expect(result.units.find((u) => u.kind === 'bso_location')?.timeline.budgetMinutes).toBe(180);
  });

  test('a group without children or staff that day is still a unit, with an empty timeline', () => {
    const result = evaluateLocationDay(day('2026-03-04', { children: [], shifts: [] }));
    expect(result.units).toHaveLength(3);
    for (const u of result.units) expect(u.timeline.slots).toEqual([]);
  });

  test('the break in kdv1 (one professional for five 1-year-olds) leaves nobody: understaffed, a violation', () => {
    const kdv1 = evaluateLocationDay(day('2026-03-04')).units[0]!;
    expect(kdv1.timeline.violations.map((v) => [v.rule, v.params?.['from'], v.params?.['to']])).toEqual([
      ['ratio.violation.below_minimum', '12:30', '13:00'],
    ]);
  });
});

describe('location day: who is there and location checks', () => {
  test('presentAt: children staying, staff working and staff on a break at a minute', () => {
    const kdv1 = evaluateLocationDay(day('2026-03-04')).units[0]!;
    expect(presentAt(kdv1, at('12:45'))).toMatchObject({ staff: [], onBreak: [{ staffId: 'a' }] });
    expect(presentAt(kdv1, at('12:45')).children).toHaveLength(5);
    expect(presentAt(kdv1, at('07:50'))).toMatchObject({ children: [], staff: [{ staffId: 'a' }], onBreak: [] });
    expect(presentAt(kdv1, at('17:00')).children).toEqual([]);
  });

  test('safety: counts the professionals of all groups; b alone 12:30-13:00 (a on a break) needs a backup unless registered', () => {
    const result = evaluateLocationDay(day('2026-03-04'));
    expect(result.safety.aloneIntervals).toContainEqual({ start: at('12:30'), end: at('13:00') });
    expect(result.safety.failures.every((f) => f.rule === 'safety.backup_required' || f.rule === 'safety.other_adult_required')).toBe(true);
    expect(evaluateLocationDay(day('2026-03-04', { backupRegistered: true })).safety.failures.map((f) => f.rule)).not.toContain(
      'safety.backup_required',
    );
  });

  test('fixed faces: not checked when unknown (null); checked per KDV child when given', () => {
    expect(evaluateLocationDay(day('2026-03-04')).fixedFaces).toBeNull();
    const faces = new Map([['kdv1-0', [{ staffId: 'a', counts: 'full' as const }]]]);
    const checked = evaluateLocationDay(day('2026-03-04', { fixedFaces: faces })).fixedFaces ?? [];
    expect(checked).toHaveLength(9);
    expect(checked.find((r) => r.childId === 'kdv1-0')?.ok).toBe(true);
    expect(checked.find((r) => r.childId === 'kdv1-1')?.failures.map((f) => f.rule)).toEqual(['fixed_faces.none_in_group']);
  });
});
