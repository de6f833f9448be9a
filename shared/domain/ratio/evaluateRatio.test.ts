import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { agesOn, evaluateRatio } from './evaluateRatio';
import type { RatioCheck } from './evaluateRatio';
import { renderExplanation } from './explanation';
import { defaultRatioSettings, ratioSettingsSchema } from './ratioSettings';

type Vector = {
  id: string;
  care: 'KDV' | 'BSO_2019_basisgroep' | 'BSO_2024_location';
  ages: number[];
  required: number | null;
  within_max: boolean | null;
  min_staff_during_deviation: number | null;
  status?: string;
  staff?: number;
  required_nonrecursive?: number;
  required_if_factor_0_083?: number;
  required_if_treated_valid?: number;
  note: string;
};

// Loaded through the bundler (no file-system access from shared/); the fixture is a copy of spec/bkr-vectors.json.
const fixtures = import.meta.glob<Vector[]>('../../../test/fixtures/bkr-vectors.json', { eager: true, import: 'default' });
const vectors: Vector[] = Object.values(fixtures)[0] ?? [];

/** The vectors' care names map to a care type and a date on the right side of the BSO switch. */
function checkOf(v: Vector): RatioCheck {
  const date = v.care === 'BSO_2019_basisgroep' ? '2024-06-30' : v.care === 'BSO_2024_location' ? '2024-07-01' : '2026-03-02';
  const check: RatioCheck = { care: v.care === 'KDV' ? 'KDV' : 'BSO', date, ages: v.ages };
  if (v.staff !== undefined) check.staff = v.staff;
  return check;
}

describe('BKR vectors (test/fixtures/bkr-vectors.json)', () => {
  test('the fixture holds all 44 vectors', () => {
    expect(vectors).toHaveLength(44);
  });

  test.each(vectors.map((v) => [v.id, v.note, v] as const))('%s: %s', (_id, _note, v) => {
    const r = evaluateRatio(checkOf(v));
    expect(r.required).toBe(v.required);
    // BSO per location has no group maximum at location level (null in the vectors): within.
    expect(r.withinMax).toBe(v.within_max ?? true);
    expect(r.minStaffDuringDeviation).toBe(v.min_staff_during_deviation);
    if (v.status !== undefined) expect(r.status).toBe(v.status);
    expect(r.explanation.message.length).toBeGreaterThan(0);
  });

  test('V26, rule 2 non-recursive: 11 one-year-olds and 2 three-year-olds need 2', () => {
    const v = vectors.find((x) => x.id === 'V26') as Vector;
    const settings = ratioSettingsSchema.parse({ rule2Recursive: false });
    expect(evaluateRatio(checkOf(v), settings).required).toBe(v.required_nonrecursive);
  });

  test('V58, BSO literal decimals 0.1/0.083: 1 aged 4-6 and 59 aged 7+ need 5', () => {
    const v = vectors.find((x) => x.id === 'V58') as Vector;
    const settings = ratioSettingsSchema.parse({ bsoFormula: 'literal' });
    expect(evaluateRatio(checkOf(v), settings).required).toBe(v.required_if_factor_0_083);
  });

  test('V32, formal maximum: 9 babies in a 0..3 group of 12 are over the maximum although rule 1 alone asks 4', () => {
    const v = vectors.find((x) => x.id === 'V32') as Vector;
    const r = evaluateRatio(checkOf(v));
    expect(r.required).toBeNull();
    expect(r.explanation.rule).toBe('ratio.kdv.over_max');
    expect(r.explanation.params['required']).toBe(v.required_if_treated_valid);
  });
});

describe('evaluateRatio', () => {
  const date = '2026-03-02';

  test('explanation: 16 children, row 0..2, cell 4 staff / 16 (at most 8 babies), rule 1 Z = 424/144 -> 3, required 4', () => {
    const r = evaluateRatio({ care: 'KDV', date, ages: [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2] });
    expect(r.explanation.rule).toBe('ratio.kdv.table1');
    expect(r.explanation.message).toBe("16 kinderen, rij 0..2: cel 4 PM / 16 (max. 8 baby's); rekenregel 1: Z = 424/144 -> 3; nodig 4");
    expect(renderExplanation(r.explanation, 'en')).toBe(
      '16 children, row 0..2: cell 4 staff / 16 (at most 8 babies); rule 1: Z = 424/144 -> 3; required 4',
    );
    expect(r.explanation.params).toMatchObject({
      count: 16,
      row: '0..2',
      cellStaff: 4,
      cellMax: 16,
      cellBabies: 8,
      numerator: 424,
      z: 3,
      required: 4,
    });
  });

  test('status: ok at the requirement, deviation from half of it, understaffed below, over_max without a cell', () => {
    const ages = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; // 11 one-year-olds need 3, at least 2
    expect(evaluateRatio({ care: 'KDV', date, ages, staff: 3 }).status).toBe('ok');
    expect(evaluateRatio({ care: 'KDV', date, ages, staff: 4 }).status).toBe('ok');
    expect(evaluateRatio({ care: 'KDV', date, ages, staff: 2 }).status).toBe('deviation');
    expect(evaluateRatio({ care: 'KDV', date, ages, staff: 1 }).status).toBe('understaffed');
    expect(evaluateRatio({ care: 'KDV', date, ages: new Array(17).fill(1), staff: 9 }).status).toBe('over_max');
    expect(evaluateRatio({ care: 'KDV', date, ages }).status).toBeUndefined();
  });

  test('no children: nothing required, status ok', () => {
    const r = evaluateRatio({ care: 'KDV', date, ages: [], staff: 0 });
    expect(r).toMatchObject({ required: 0, withinMax: true, minStaffDuringDeviation: 0, status: 'ok' });
    expect(r.explanation.rule).toBe('ratio.empty');
  });

  test('KDV: a child aged 4 is counted as a 3-year-old and flagged, not silently counted', () => {
    const r = evaluateRatio({ care: 'KDV', date, ages: [3, 3, 3, 3, 3, 3, 3, 3, 4] });
    expect(r.required).toBe(2); // 9 counted in the 3..3 row
    expect(r.warnings.map((w) => w.rule)).toEqual(['ratio.kdv.child_aged_4_plus']);
    expect(r.warnings[0]?.params).toEqual({ count: 1 });
    expect(evaluateRatio({ care: 'KDV', date, ages: [3, 3] }).warnings).toEqual([]);
  });

  test('BSO: a child under 4 is counted with the 4-6 band and flagged', () => {
    const r = evaluateRatio({ care: 'BSO', date, ages: [3, 5, 8] });
    expect(r.outcome.byAge).toEqual([2, 1]);
    expect(r.warnings.map((w) => w.rule)).toEqual(['ratio.bso.child_under_4']);
  });

  test('BSO per location: a basisgroep of 31 is over the largest basisgroep (30)', () => {
    const r = evaluateRatio({ care: 'BSO', date, ages: new Array(31).fill(8), basisgroupSizes: [31], staff: 3 });
    expect(r).toMatchObject({ required: null, withinMax: false, status: 'over_max' });
    expect(r.explanation.rule).toBe('ratio.bso.basisgroup_too_large');
    const wider = ratioSettingsSchema.parse({ bsoLargestBasisgroup: 32 });
    expect(evaluateRatio({ care: 'BSO', date, ages: new Array(31).fill(8), basisgroupSizes: [31] }, wider).required).toBe(3);
  });

  test('BSO switch date: 11 children (9 aged 4-6) need 1 on 2024-06-30 (per basisgroep) and 2 on 2024-07-01 (per location)', () => {
    const ages = [5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 8];
    expect(evaluateRatio({ care: 'BSO', date: '2024-06-30', ages }).required).toBe(1);
    expect(evaluateRatio({ care: 'BSO', date: '2024-07-01', ages }).required).toBe(2);
  });

  test('a negative age is a programming error', () => {
    expect(() => evaluateRatio({ care: 'KDV', date, ages: [-1] })).toThrow();
  });
});

describe('birthdays (age in completed years on the date checked)', () => {
  // One child born 2025-03-10 with five 3-year-olds: a baby makes it the 0..3 row, a one-year-old the 1..3 row.
  const others = ['2022-05-01', '2022-05-02', '2022-05-03', '2022-05-04', '2022-05-05'];
  const requiredOn = (date: string) => evaluateRatio({ care: 'KDV', date, ages: agesOn(['2025-03-10', ...others], date) });

  test('the day before the first birthday: row 0..3, 6 children need 2', () => {
    const r = requiredOn('2026-03-09');
    expect(r.required).toBe(2);
    expect(r.explanation.params['row']).toBe('0..3');
  });

  test('on the first birthday the child is 1: row 1..3, 6 children need 1', () => {
    const r = requiredOn('2026-03-10');
    expect(r.required).toBe(1);
    expect(r.explanation.params['row']).toBe('1..3');
  });

  test('the day after the first birthday: still row 1..3, 1 needed', () => {
    expect(requiredOn('2026-03-11').required).toBe(1);
  });

  test('born 29 February: the birthday is 28 February in non-leap years', () => {
    expect(agesOn(['2024-02-29'], '2025-02-27')).toEqual([0]);
    expect(agesOn(['2024-02-29'], '2025-02-28')).toEqual([1]);
    expect(agesOn(['2024-02-29'], '2028-02-28')).toEqual([3]);
    expect(agesOn(['2024-02-29'], '2028-02-29')).toEqual([4]);
  });
});

describe('properties of evaluateRatio', () => {
  const kdvAges = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 16 });

  test('rule 2: adding a child never lowers the requirement (KDV, any ages, recursive setting)', () => {
    fc.assert(
      fc.property(kdvAges, fc.integer({ min: 0, max: 5 }), (ages, extra) => {
        const before = evaluateRatio({ care: 'KDV', date: '2026-03-02', ages });
        const after = evaluateRatio({ care: 'KDV', date: '2026-03-02', ages: [...ages, extra] });
        if (before.required === null) return after.required === null; // over the maximum stays over
        return after.required === null || after.required >= before.required;
      }),
      { seed: 20260302, numRuns: 2000 },
    );
  });

  test('BSO: adding a child never lowers the requirement (per location and per basisgroep)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 4, max: 12 }), { maxLength: 80 }),
        fc.integer({ min: 4, max: 12 }),
        fc.boolean(),
        (ages, extra, perLocation) => {
          const date = perLocation ? '2024-07-01' : '2024-06-30';
          const before = evaluateRatio({ care: 'BSO', date, ages });
          const after = evaluateRatio({ care: 'BSO', date, ages: [...ages, extra] });
          if (before.required === null) return after.required === null;
          return after.required === null || after.required >= before.required;
        },
      ),
      { seed: 20240701, numRuns: 1000 },
    );
  });

  test('the minimum during a deviation is ceil(required / 2)', () => {
    fc.assert(
      fc.property(kdvAges, (ages) => {
        const r = evaluateRatio({ care: 'KDV', date: '2026-03-02', ages }, defaultRatioSettings);
        return r.required === null ? r.minStaffDuringDeviation === null : r.minStaffDuringDeviation === Math.ceil(r.required / 2);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
