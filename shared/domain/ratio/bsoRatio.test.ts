import { describe, expect, test } from 'vitest';
import { bsoBasisgroupOutcome, bsoLocationOutcome, bsoLocationRequired, bsoPerLocationOn, checkBasisgroupSize } from './bsoRatio';
import { defaultRatioSettings, ratioSettingsSchema } from './ratioSettings';

const exact = { bsoFormula: 'exact' as const };
const literal = { bsoFormula: 'literal' as const };

describe('BSO per location (from 2024-07-01)', () => {
  test('BSO location: 45 aged 4-6 need ceil(270/60) = 5', () => {
    expect(bsoLocationOutcome(45, 0, exact).required).toBe(5);
  });

  test('BSO location: 5 aged 4-6 and 6 aged 7+ need exactly 1 (60/60); the literal decimals give 0.998 -> 1 as well', () => {
    expect(bsoLocationRequired(5, 6, 'exact')).toBe(1);
    expect(bsoLocationRequired(5, 6, 'literal')).toBe(1);
  });

  test('BSO location: exact and literal differ for 1 aged 4-6 and 59 aged 7+ (6 vs 5)', () => {
    expect(bsoLocationOutcome(1, 59, exact).required).toBe(6);
    expect(bsoLocationOutcome(1, 59, literal).required).toBe(5);
    expect(bsoLocationOutcome(1, 59, literal).explanation.rule).toBe('ratio.bso.location_literal');
  });

  test('BSO location: exact and literal agree for every location of up to 58 children; the first difference is at 59 (6 aged 4-6, 53 aged 7+)', () => {
    for (let a = 0; a <= 58; a++)
      for (let b = 0; a + b <= 58; b++) expect(bsoLocationRequired(a, b, 'literal')).toBe(bsoLocationRequired(a, b, 'exact'));
    expect(bsoLocationRequired(6, 53, 'exact')).toBe(6);
    expect(bsoLocationRequired(6, 53, 'literal')).toBe(5);
  });

  test('BSO location: explanation names both bands and the numerator', () => {
    const o = bsoLocationOutcome(9, 2, exact);
    expect(o.required).toBe(2);
    expect(o.explanation.message).toBe('11 kinderen op de locatie (9 van 4-6, 2 van 7+): (6×9 + 5×2)/60 = 64/60; nodig 2');
    expect(o).toBe(bsoLocationOutcome(9, 2, exact));
  });

  test('largest basisgroep: 30 is allowed, 31 is not (setting)', () => {
    expect(checkBasisgroupSize(30, defaultRatioSettings).ok).toBe(true);
    const r = checkBasisgroupSize(31, defaultRatioSettings);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.rule).toBe('ratio.bso.basisgroup_too_large');
    expect(checkBasisgroupSize(31, ratioSettingsSchema.parse({ bsoLargestBasisgroup: 32 })).ok).toBe(true);
  });

  test('switch date: per basisgroep up to 2024-06-30, per location from 2024-07-01', () => {
    expect(bsoPerLocationOn('2024-06-30', defaultRatioSettings)).toBe(false);
    expect(bsoPerLocationOn('2024-07-01', defaultRatioSettings)).toBe(true);
  });
});

describe('BSO per basisgroep, table 2 (before 2024-07-01)', () => {
  test('table 2: 4-6 only (1,10) (2,20)', () => {
    expect(bsoBasisgroupOutcome(10, 0).required).toBe(1);
    expect(bsoBasisgroupOutcome(11, 0).required).toBe(2);
    expect(bsoBasisgroupOutcome(20, 0).required).toBe(2);
    expect(bsoBasisgroupOutcome(21, 0).withinMax).toBe(false);
  });

  test('table 2: 7+ only (1,12) (2,24) (3,30)', () => {
    expect(bsoBasisgroupOutcome(0, 12).required).toBe(1);
    expect(bsoBasisgroupOutcome(0, 24).required).toBe(2);
    expect(bsoBasisgroupOutcome(0, 30).required).toBe(3);
    expect(bsoBasisgroupOutcome(0, 31).required).toBeNull();
  });

  test('table 2 mixed: 11 with at most 9 aged 4-6 per staff member, 22 with at most 18, no 3-staff cell', () => {
    expect(bsoBasisgroupOutcome(9, 2).required).toBe(1);
    expect(bsoBasisgroupOutcome(10, 1).required).toBe(2);
    expect(bsoBasisgroupOutcome(18, 4).required).toBe(2);
    expect(bsoBasisgroupOutcome(19, 3).required).toBeNull();
    const over = bsoBasisgroupOutcome(2, 21);
    expect(over.required).toBeNull();
    expect(over.explanation.rule).toBe('ratio.bso.over_max');
  });
});
