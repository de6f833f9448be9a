import { describe, expect, test } from 'vitest';
import { absenceDays, checkAbsence } from './absence';
import { absence, context, placement } from './testFixtures';

const ctx = context();

describe('absence', () => {
  test('absence: registered for a contracted day without approval rules', () => {
    expect(checkAbsence(absence(), ctx)).toEqual({ ok: true, failures: [] });
  });

  test('absence: the days it frees are the contracted open days (Mon-Sun week: Mon, Wed, Thu, Fri)', () => {
    expect(absenceDays(absence({ from: '2026-11-16', to: '2026-11-22' }), ctx)).toEqual([
      '2026-11-16',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
  });

  test('absence: a public holiday frees nothing (Christmas, Fri 25 Dec)', () => {
    expect(absenceDays(absence({ from: '2026-12-25', to: '2026-12-25' }), ctx)).toEqual([]);
    expect(checkAbsence(absence({ from: '2026-12-25', to: '2026-12-25' }), ctx).failures.map((f) => f.rule)).toEqual([
      'absence.no_care_day',
    ]);
  });

  test('absence: no contracted day in the period (Tue 17 Nov)', () => {
    expect(checkAbsence(absence({ from: '2026-11-17', to: '2026-11-17' }), ctx).failures.map((f) => f.rule)).toEqual([
      'absence.no_care_day',
    ]);
  });

  test('absence: up to and including the contract’s last day; beyond it is refused', () => {
    const ending = context({ placements: [placement({ endDate: '2026-11-20' })] });
    expect(checkAbsence(absence({ from: '2026-11-16', to: '2026-11-20' }), ending).ok).toBe(true);
    expect(checkAbsence(absence({ from: '2026-11-16', to: '2026-11-23' }), ending).failures.map((f) => f.rule)).toEqual([
      'absence.after_contract_end',
    ]);
  });
});
