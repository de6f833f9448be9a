/**
 * One evaluation for a set of children present at one moment and the counting staff: the
 * requirement, the maximum, the minimum during a deviation, the status and an explanation
 * (spec/ratio.md, "Output of a check"). This is the moment check; the day check with the
 * deviation budget is `evaluateDay`.
 */
import { fail } from '../../result';
import type { RuleFailure } from '../../result';
import type { CareType } from '../../model/rows';
import type { LocalDate } from '../time/localDate';
import { ageInYears } from '../time/localDate';
import { BSO_OLDER_FROM_AGE, BSO_YOUNGEST_AGE, bsoBasisgroupOutcome, bsoLocationOutcome, bsoPerLocationOn } from './bsoRatio';
import { explanationOf, part } from './explanation';
import type { Explanation } from './explanation';
import { kdvOutcome } from './kdvRatio';
import { KDV_OLDEST_AGE_YEAR } from './kdvTable';
import { ratioText } from './messages';
import { defaultRatioSettings } from './ratioSettings';
import type { RatioSettings } from './ratioSettings';
import { statusOf } from './requirement';
import type { RatioStatus, Regime, RequirementOutcome } from './requirement';

export type RatioCheck = {
  care: CareType;
  /** The date checked: decides the BSO regime (per location from the switch date). */
  date: LocalDate;
  /** Completed years of each child present on `date` (see `agesOn`). */
  ages: readonly number[];
  /** Counting professionals present; without it the result has no status. */
  staff?: number;
  /** BSO per location only: the sizes of the basisgroepen present, for the largest-basisgroep check. */
  basisgroupSizes?: readonly number[];
};

export type RatioEvaluation = {
  required: number | null;
  withinMax: boolean;
  minStaffDuringDeviation: number | null;
  /** Present when `staff` was given. */
  status?: RatioStatus;
  explanation: Explanation;
  /**
   * Flags that do not change the numbers: a child aged 4+ in a KDV group is counted as a
   * 3-year-old (`ratio.kdv.child_aged_4_plus`), a child under 4 in a BSO with the 4-6 band
   * (`ratio.bso.child_under_4`). Counting them, rather than leaving them out, never lowers the
   * requirement (rule 2); flagging them makes sure the manager sees it.
   */
  warnings: readonly RuleFailure[];
  outcome: RequirementOutcome;
};

const NO_WARNINGS: readonly RuleFailure[] = Object.freeze([]);

/** Completed years of each child on `date` (on the birthday the child is already the new age). */
export function agesOn(datesOfBirth: readonly LocalDate[], date: LocalDate): number[] {
  return datesOfBirth.map((dob) => ageInYears(dob, date));
}

export function warning(rule: string, count: number): RuleFailure {
  const params = { count };
  return fail(rule, ratioText(rule, params), params);
}

/** Which rule set applies to `care` on `date`. */
export function regimeOn(care: CareType, date: LocalDate, settings: Pick<RatioSettings, 'bsoLocationRatioFrom'>): Regime {
  if (care === 'KDV') return 'kdv';
  return bsoPerLocationOn(date, settings) ? 'bso_location' : 'bso_basisgroup';
}

/**
 * The BSO location outcome made over the maximum because a basisgroep is larger than the setting
 * allows; keeps the location numbers in the explanation.
 */
export function withOversizedBasisgroup(outcome: RequirementOutcome, size: number, max: number): RequirementOutcome {
  const parts = [...outcome.explanation.parts, part('ratio.bso.basisgroup_too_large', { children: size, max })];
  return Object.freeze({
    ...outcome,
    required: null,
    withinMax: false,
    minStaffDuringDeviation: null,
    explanation: explanationOf('ratio.bso.basisgroup_too_large', parts),
  });
}

export function evaluateRatio(check: RatioCheck, settings: RatioSettings = defaultRatioSettings): RatioEvaluation {
  for (const age of check.ages) {
    if (!Number.isInteger(age) || age < 0) throw new Error(`age must be a whole number >= 0, got ${age}`);
  }
  const warnings: RuleFailure[] = [];
  let outcome: RequirementOutcome;
  const regime = regimeOn(check.care, check.date, settings);
  if (regime === 'kdv') {
    const counts = [0, 0, 0, 0];
    let older = 0;
    for (const age of check.ages) {
      if (age > KDV_OLDEST_AGE_YEAR) older++;
      const k = Math.min(age, KDV_OLDEST_AGE_YEAR);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    if (older > 0) warnings.push(warning('ratio.kdv.child_aged_4_plus', older));
    outcome = kdvOutcome(counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0, counts[3] ?? 0, settings);
  } else {
    let younger = 0;
    let older = 0;
    let underAge = 0;
    for (const age of check.ages) {
      if (age < BSO_YOUNGEST_AGE) underAge++;
      if (age >= BSO_OLDER_FROM_AGE) older++;
      else younger++;
    }
    if (underAge > 0) warnings.push(warning('ratio.bso.child_under_4', underAge));
    if (regime === 'bso_location') {
      outcome = bsoLocationOutcome(younger, older, settings);
      let largest = 0;
      for (const size of check.basisgroupSizes ?? []) if (size > largest) largest = size;
      if (largest > settings.bsoLargestBasisgroup) outcome = withOversizedBasisgroup(outcome, largest, settings.bsoLargestBasisgroup);
    } else {
      outcome = bsoBasisgroupOutcome(younger, older);
    }
  }
  const result: RatioEvaluation = {
    required: outcome.required,
    withinMax: outcome.withinMax,
    minStaffDuringDeviation: outcome.minStaffDuringDeviation,
    explanation: outcome.explanation,
    warnings: warnings.length === 0 ? NO_WARNINGS : warnings,
    outcome,
  };
  if (check.staff !== undefined) result.status = statusOf(outcome, check.staff);
  return result;
}
