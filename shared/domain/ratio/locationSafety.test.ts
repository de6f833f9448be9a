import { describe, expect, test } from 'vitest';
import { parseTime } from '../time/timeOfDay';
import { evaluateDay } from './dayTimeline';
import type { ChildPresence, StaffPresence } from './dayTimeline';
import { checkLocationSafety } from './locationSafety';

const at = (hhmm: string): number => parseTime(hhmm) ?? Number.NaN;
const DATE = '2026-03-04';
const OPEN = { start: at('07:00'), end: at('18:30') };

function kids(n: number, dob: string, from: string, to: string, prefix: string): ChildPresence[] {
  return Array.from({ length: n }, (_, i) => ({ childId: `${prefix}${i}`, dateOfBirth: dob, start: at(from), end: at(to) }));
}
const person = (id: string, from: string, to: string, counts: StaffPresence['counts'] = 'full'): StaffPresence => ({
  staffId: id,
  counts,
  start: at(from),
  end: at(to),
});

describe('location safety', () => {
  // Early morning: 3 one-year-olds need 1 professional, who is alone 07:00-08:00.
  const early = kids(3, '2025-01-01', '07:00', '12:00', 'e');
  const morningStaff = [person('a', '07:00', '16:00'), person('b', '08:00', '17:00')];
  const timeline = evaluateDay({ date: DATE, care: 'KDV', opening: OPEN, children: early, staff: morningStaff });

  test('achterwacht: one professional alone with children needs a backup registered for the day', () => {
    const r = checkLocationSafety({ date: DATE, timelines: [timeline], staff: morningStaff, backupRegistered: false });
    expect(r.backupNeeded).toBe(true);
    expect(r.aloneIntervals).toEqual([{ start: at('07:00'), end: at('08:00') }]);
    expect(r.failures.map((f) => [f.rule, f.params?.['from'], f.params?.['to']])).toEqual([['safety.backup_required', '07:00', '08:00']]);
    expect(r.ok).toBe(false);
  });

  test('achterwacht: registered for the day, one professional alone within the ratio is fine', () => {
    const r = checkLocationSafety({ date: DATE, timelines: [timeline], staff: morningStaff, backupRegistered: true });
    expect(r).toMatchObject({ ok: true, backupNeeded: true, failures: [] });
    expect(r.aloneByDeviationIntervals).toEqual([]);
  });

  test('achterwacht: two professionals in the building need no backup', () => {
    const both = [person('a', '07:00', '16:00'), person('b', '07:00', '17:00')];
    const t = evaluateDay({ date: DATE, care: 'KDV', opening: OPEN, children: early, staff: both });
    expect(checkLocationSafety({ date: DATE, timelines: [t], staff: both, backupRegistered: false })).toMatchObject({
      ok: true,
      backupNeeded: false,
    });
  });

  test('alone because of a deviation: 6 one-year-olds need 2, one professional alone needs another adult in the building', () => {
    const six = kids(6, '2025-01-01', '07:00', '12:00', 's');
    const t = evaluateDay({ date: DATE, care: 'KDV', opening: OPEN, children: six, staff: morningStaff });
    const r = checkLocationSafety({ date: DATE, timelines: [t], staff: morningStaff, backupRegistered: true });
    expect(r.aloneByDeviationIntervals).toEqual([{ start: at('07:00'), end: at('08:00') }]);
    expect(r.failures.map((f) => f.rule)).toEqual(['safety.other_adult_required']);
    const withIntern = [...morningStaff, person('intern', '06:45', '12:00', 'none')];
    expect(checkLocationSafety({ date: DATE, timelines: [t], staff: withIntern, backupRegistered: true }).ok).toBe(true);
  });

  test('alone because of a deviation across groups: two groups needing 1 each and one professional in the building', () => {
    const g1 = evaluateDay({
      date: DATE,
      care: 'KDV',
      opening: OPEN,
      children: kids(2, '2024-01-01', '07:00', '09:00', 'x'),
      staff: [person('a', '07:00', '16:00')],
    });
    const g2 = evaluateDay({ date: DATE, care: 'KDV', opening: OPEN, children: kids(2, '2024-01-01', '07:00', '09:00', 'y'), staff: [] });
    const r = checkLocationSafety({ date: DATE, timelines: [g1, g2], staff: [person('a', '07:00', '16:00')], backupRegistered: true });
    expect(r.failures.map((f) => f.rule)).toEqual(['safety.other_adult_required']);
  });
});
