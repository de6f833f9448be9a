/**
 * The outcome of a ratio check for one set of children present, whatever the care type, and the
 * status it gets once the counting staff are known (spec/ratio.md, "Output of a check").
 */
import type { Explanation } from './explanation';

/**
 * Which rule set applies: day care per home group (table 1 + rules 1 and 2), out-of-school care
 * per location (from the BSO switch date) or per basisgroep (table 2, before that date).
 */
export type Regime = 'kdv' | 'bso_location' | 'bso_basisgroup';

export type RatioStatus = 'ok' | 'deviation' | 'understaffed' | 'over_max';

/**
 * Outcomes are shared, immutable objects (memoised per composition), so a timeline can hold
 * thousands of intervals without building a sentence for each.
 */
export type RequirementOutcome = {
  readonly regime: Regime;
  /** Children counted. */
  readonly children: number;
  /**
   * Children present by age band: KDV index = age year 0..3 (children aged 4+ are counted as 3
   * and flagged separately); BSO index 0 = aged 4-6, index 1 = aged 7+.
   */
  readonly byAge: readonly number[];
  /** Counting professionals required; null when the group is over its maximum. */
  readonly required: number | null;
  readonly withinMax: boolean;
  /** ceil(required / 2): the fewest professionals allowed during a permitted deviation; null when over the maximum. */
  readonly minStaffDuringDeviation: number | null;
  readonly explanation: Explanation;
};

/**
 * The fewest professionals during a deviation (3-uursregeling, half-uursregeling): never below
 * half the requirement, rounded up (Besluit kwaliteit kinderopvang, art. 7).
 */
export function minStaffDuringDeviationFor(required: number): number {
  return Math.ceil(required / 2);
}

/**
 * The moment status for `countingStaff` professionals: `deviation` means below the requirement but
 * at or above half of it, which is allowed only within the day's budget (see dayTimeline).
 */
export function statusOf(outcome: RequirementOutcome, countingStaff: number): RatioStatus {
  const required = outcome.required;
  if (!outcome.withinMax || required === null) return 'over_max';
  if (countingStaff >= required) return 'ok';
  if (countingStaff >= (outcome.minStaffDuringDeviation ?? required)) return 'deviation';
  return 'understaffed';
}
