import { describe, expect, test } from 'vitest';
import { defaultRatioSettings, ratioSettingsSchema } from './ratioSettings';

describe('ratio settings', () => {
  test('settings: the defaults of spec/ratio.md', () => {
    expect(defaultRatioSettings).toEqual({
      rule2Recursive: true,
      bsoFormula: 'exact',
      bsoLargestBasisgroup: 30,
      traineesCount: true,
      kdvDeviationBudgetMinutes: 180,
      bsoSchoolDayDeviationBudgetMinutes: 30,
      kdvDeviationMinOpeningMinutes: 600,
      bsoLocationRatioFrom: '2024-07-01',
    });
  });

  test('settings: a partial object keeps the other defaults; bad values are rejected', () => {
    expect(ratioSettingsSchema.parse({ traineesCount: false })).toEqual({ ...defaultRatioSettings, traineesCount: false });
    expect(ratioSettingsSchema.safeParse({ bsoFormula: 'float' }).success).toBe(false);
    expect(ratioSettingsSchema.safeParse({ bsoLocationRatioFrom: '2024-02-30' }).success).toBe(false);
  });
});
