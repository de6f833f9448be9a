import { describe, expect, test } from 'vitest';
import { isExpiringSoon } from '../domain/requests/queueOrder';
import { defaultRequestSettings } from '../domain/requests/requestSettings';
import { instantAtLocal } from '../domain/requests/requestTime';
import { addDays, weekStart } from '../domain/time/localDate';
import { generateDemo } from './generateDemo';

const TODAY = '2026-11-23';
const demo = generateDemo({ today: TODAY });
const nextMonday = addDays(weekStart(TODAY), 7);

describe('demo requests: a realistic week for the weekly round', () => {
  test('every location has a week of open requests of every kind that needs a decision', () => {
    for (const l of demo.locations) {
      const open = demo.requests.filter((r) => r.locationId === l.id && r.status === 'submitted');
      const nextWeek = open.filter((r) => r.date >= nextMonday && r.date < addDays(nextMonday, 7));
      expect(nextWeek.length).toBeGreaterThanOrEqual(10);
      expect(new Set(open.map((r) => r.kind))).toEqual(new Set(['flexDay', 'extraDay', 'swapDay', 'extension']));
    }
  });

  test('some break a rule at intake (stored with the request), most do not', () => {
    const open = demo.requests.filter((r) => r.status === 'submitted');
    const failing = open.filter((r) => r.intakeFailures.length > 0);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.length).toBeLessThan(open.length / 3);
    expect(failing.flatMap((r) => r.intakeFailures.map((f) => f.rule))).toContain('swap.min_days_before');
  });

  test('one request per location expires within 48 hours, one is entered by staff from an e-mail', () => {
    const now = instantAtLocal(TODAY, 9 * 60);
    for (const l of demo.locations) {
      const mine = demo.requests.filter((r) => r.locationId === l.id);
      expect(mine.filter((r) => r.status === 'submitted' && isExpiringSoon(r, now, defaultRequestSettings))).toHaveLength(1);
      expect(mine.some((r) => r.channel === 'email' && r.enteredBy !== null)).toBe(true);
    }
  });

  test('absences are registered with their credit; every request has its history', () => {
    const absences = demo.requests.filter((r) => r.kind === 'absence');
    expect(absences.every((r) => r.status === 'approved')).toBe(true);
    expect(demo.hourLedger.some((l) => l.cause === 'planned_absence' && absences.some((a) => a.id === l.sourceRequestId))).toBe(true);
    for (const r of demo.requests) expect(demo.requestEvents.some((e) => e.requestId === r.id)).toBe(true);
    expect(demo.hourLedger.filter((l) => l.account === 'flex' && l.cause === 'flex_allowance').length).toBeGreaterThan(0);
  });
});
