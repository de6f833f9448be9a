/**
 * Settings of the staff-to-child ratio engine (beroepskracht-kindratio, BKR), one object per
 * organisation (spec/ratio.md). Where the legal text could not be fully verified the spec gives a
 * default and asks for the alternative to be selectable; every number a rule uses is named here.
 *
 * Missing keys take the defaults, so `ratioSettingsSchema.parse({})` is the default settings.
 */
import { z } from 'zod';
import { isLocalDate } from '../time/localDate';

/** Three-hour rule (3-uursregeling, Besluit kwaliteit kinderopvang art. 7): three hours a day per group. */
export const DEFAULT_KDV_DEVIATION_BUDGET_MINUTES = 180;
/** Half-hour rule for BSO school days (half-uursregeling, Besluit kwaliteit kinderopvang art. 7): thirty minutes a day. */
export const DEFAULT_BSO_SCHOOL_DAY_DEVIATION_BUDGET_MINUTES = 30;
/** The 3-uursregeling applies only when the location is open at least 10 consecutive hours. */
export const DEFAULT_KDV_DEVIATION_MIN_OPENING_MINUTES = 600;
/** Largest BSO basisgroep (spec/ratio.md: 30, a setting). */
export const DEFAULT_BSO_LARGEST_BASISGROUP = 30;
/** From this date the BSO requirement is per location (kindercentrum), not per basisgroep (amendment of July 2024). */
export const DEFAULT_BSO_LOCATION_RATIO_FROM = '2024-07-01';

export const BsoFormula = z.enum(['exact', 'literal']);
/**
 * `exact`: required = ceil(A/10 + B/12) computed as ceil((6A + 5B) / 60), the fractions of the law.
 * `literal`: the decimals 0.1 and 0.083 printed in the calculator's text, computed as
 * ceil((100A + 83B) / 1000); differs from `exact` above about 60 children (vector V58).
 */
export type BsoFormula = z.infer<typeof BsoFormula>;

export const ratioSettingsSchema = z.object({
  /**
   * Rekenregel 2 ("adding a child may never lower the requirement"): `true` (default) when the
   * requirement of the group with one child fewer includes rule 2 itself; `false` when it is only
   * table 1 and rule 1. The readings differ in exactly four compositions (vector V26).
   */
  rule2Recursive: z.boolean().default(true),
  bsoFormula: BsoFormula.default('exact'),
  bsoLargestBasisgroup: z.number().int().min(1).default(DEFAULT_BSO_LARGEST_BASISGROUP),
  /** Whether trainees (BBL, `counts: 'trainee'`) count as professionals. */
  traineesCount: z.boolean().default(true),
  kdvDeviationBudgetMinutes: z.number().int().min(0).max(1440).default(DEFAULT_KDV_DEVIATION_BUDGET_MINUTES),
  bsoSchoolDayDeviationBudgetMinutes: z.number().int().min(0).max(1440).default(DEFAULT_BSO_SCHOOL_DAY_DEVIATION_BUDGET_MINUTES),
  /** Minimum consecutive opening minutes for the KDV (and BSO full-day) deviation budget. */
  kdvDeviationMinOpeningMinutes: z.number().int().min(0).max(1440).default(DEFAULT_KDV_DEVIATION_MIN_OPENING_MINUTES),
  bsoLocationRatioFrom: z
    .string()
    .refine(isLocalDate, { message: 'geen geldige datum (JJJJ-MM-DD)' })
    .default(DEFAULT_BSO_LOCATION_RATIO_FROM),
});

export type RatioSettings = z.infer<typeof ratioSettingsSchema>;

export const defaultRatioSettings: RatioSettings = ratioSettingsSchema.parse({});
