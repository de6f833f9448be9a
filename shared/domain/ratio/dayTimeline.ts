/**
 * The ratio over one day for one unit: a KDV home group, a BSO basisgroep (before the BSO switch
 * date) or all BSO children of a location (from that date). spec/ratio.md: "evaluate each interval
 * between events (arrival, departure, shift start/end, break start/end)", the deviation rules
 * (three-hour and half-hour rules) and the 15-minute display slots.
 *
 * Input shape (the caller chooses the unit):
 * - children: one entry per presence interval [start, end) in minutes since midnight, with the
 *   date of birth (ages are completed years on `date`); a child present twice has two entries.
 * - staff: one entry per shift [start, end) with its `counts` and its breaks given separately
 *   (as `ShiftRow` stores them). During a break the person neither counts nor is present; breaks
 *   are clipped to the shift. Breaks therefore appear as events, and a break that drops the
 *   staffing below the requirement consumes the deviation budget like any other minute.
 *
 * Deviation (choices where the spec leaves room, all documented in the report):
 * - Every minute below the requirement counts as deviation time used, counted chronologically,
 *   including minutes below the minimum (those are violations in any case). Minutes beyond the
 *   day's budget are violations; an interval that crosses the end of the budget is split there.
 * - Over-maximum minutes are violations and do not consume the budget.
 * - The budget: KDV and BSO full days 180 minutes only when the location is open at least 600
 *   consecutive minutes (`opening`), otherwise 0; BSO school days 30 minutes without that condition.
 *
 * Performance: outcomes come from the memoised composition tables (the same object for the same
 * composition), events are packed into one reused Int32Array and sorted numerically, and the only
 * allocations in the sweep are the output intervals. `slots`, `violations` and `warnings` are
 * built on first read (own enumerable getters, so spreading, JSON and structured clone see them).
 */
import { fail } from '../../result';
import type { RuleFailure } from '../../result';
import type { CareType, StaffCounts } from '../../model/rows';
import type { LocalDate } from '../time/localDate';
import { ageInYears } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import type { Interval, Minutes } from '../time/timeOfDay';
import { BSO_OLDER_FROM_AGE, BSO_YOUNGEST_AGE, bsoBasisgroupOutcome, bsoLocationOutcome } from './bsoRatio';
import { regimeOn, withOversizedBasisgroup } from './evaluateRatio';
import { explanationOf, part } from './explanation';
import type { Explanation } from './explanation';
import { kdvOutcome } from './kdvRatio';
import { KDV_OLDEST_AGE_YEAR } from './kdvTable';
import { ratioText } from './messages';
import { defaultRatioSettings } from './ratioSettings';
import type { RatioSettings } from './ratioSettings';
import { statusOf } from './requirement';
import type { RatioStatus, Regime, RequirementOutcome } from './requirement';

/** Display slots: a quarter of an hour. */
export const SLOT_MINUTES = 15;
const MINUTES_PER_DAY = 1440;

export type ChildPresence = {
  childId: string;
  dateOfBirth: LocalDate;
  start: Minutes;
  end: Minutes;
  /** BSO per location: the child's basisgroep, for the largest-basisgroep check. Ignored otherwise. */
  groupId?: string;
};

export type StaffPresence = {
  staffId: string;
  counts: StaffCounts;
  start: Minutes;
  end: Minutes;
  /** Breaks within the shift, not overlapping each other; the person is away during them. */
  breaks?: readonly Interval[];
};

/** BSO: a school day (half-hour rule) or a full day (holiday, school-free day: as KDV). */
export type BsoDayKind = 'school' | 'full';

export type DayInput = {
  date: LocalDate;
  care: CareType;
  children: readonly ChildPresence[];
  staff: readonly StaffPresence[];
  /** The location's opening hours that day, one consecutive stretch (`LocationRow.opensAt/closesAt`). */
  opening: Interval;
  /** BSO only; default `school` (the stricter budget). */
  bsoDay?: BsoDayKind;
};

export type ViolationKind = 'over_budget' | 'below_minimum' | 'over_max';

export type TimelineInterval = {
  readonly start: Minutes;
  readonly end: Minutes;
  readonly children: number;
  /** By age band: KDV index = age year 0..3; BSO index 0 = aged 4-6, 1 = aged 7+. */
  readonly byAge: readonly number[];
  /** Counting professionals present. */
  readonly countingStaff: number;
  /** All adults present (counting or not). */
  readonly adults: number;
  readonly required: number | null;
  readonly minStaffDuringDeviation: number | null;
  readonly withinMax: boolean;
  readonly status: RatioStatus;
  /**
   * Below the requirement after the day's budget was used up (for a `deviation` interval the whole
   * interval, since intervals are split where the budget ends; for an `understaffed` one, some of it).
   */
  readonly beyondBudget: boolean;
  readonly violation: ViolationKind | null;
  readonly explanation: Explanation;
};

export type TimelineSlot = {
  readonly start: Minutes;
  readonly end: Minutes;
  /** The worst interval overlapping the slot: over_max > understaffed > deviation beyond budget > deviation > ok. */
  readonly worst: TimelineInterval;
  readonly status: RatioStatus;
  readonly violation: boolean;
};

export type DayTimeline = {
  readonly date: LocalDate;
  readonly care: CareType;
  readonly regime: Regime;
  /** No violation minutes. */
  readonly ok: boolean;
  /** The rule that set the budget: `ratio.deviation.kdv_budget`, `...kdv_not_open_long_enough`, `...bso_school_day`. */
  readonly budget: Explanation;
  readonly budgetMinutes: number;
  /** Minutes below the requirement (deviation and understaffed). */
  readonly deviationMinutes: number;
  /** Minutes below the minimum, beyond the budget, or over the maximum. */
  readonly violationMinutes: number;
  readonly intervals: readonly TimelineInterval[];
  /** Built on first read. */
  readonly slots: readonly TimelineSlot[];
  /** One per violating interval, in time order; rule `ratio.violation.*`. */
  readonly violations: readonly RuleFailure[];
  /** Children aged 4+ in a KDV group, or under 4 in a BSO (counted, and flagged here). */
  readonly warnings: readonly RuleFailure[];
};

// Event packing: time << TIME_SHIFT | category << 1 | (start ? 1 : 0).
const TIME_SHIFT = 12;
const CATEGORY_MASK = (1 << TIME_SHIFT) - 1;
/** Categories 0..3: age bands; then counting staff, adults, and basisgroepen from GROUP_BASE on. */
const COUNTING = 4;
const ADULTS = 5;
const GROUP_BASE = 6;
const MAX_CATEGORIES = (1 << (TIME_SHIFT - 1)) - 1;

let events = new Int32Array(1024);
let eventCount = 0;
const state = new Int32Array(MAX_CATEGORIES + 1);
// Raw (merged, not yet split) intervals of the current evaluation.
let rawStart = new Int32Array(256);
let rawEnd = new Int32Array(256);
let rawCounting = new Int32Array(256);
let rawAdults = new Int32Array(256);
const rawOutcome: RequirementOutcome[] = [];
let rawCount = 0;

function pushEvent(time: number, category: number, isStart: boolean): void {
  if (eventCount === events.length) {
    const bigger = new Int32Array(events.length * 2);
    bigger.set(events);
    events = bigger;
  }
  events[eventCount++] = (time << TIME_SHIFT) | (category << 1) | (isStart ? 1 : 0);
}

function pushSpan(start: number, end: number, category: number): void {
  const s = start < 0 ? 0 : start;
  const e = end > MINUTES_PER_DAY ? MINUTES_PER_DAY : end;
  if (e <= s) return;
  pushEvent(s, category, true);
  pushEvent(e, category, false);
}

function growRaw(): void {
  const size = rawStart.length * 2;
  const grow = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  rawStart = grow(rawStart);
  rawEnd = grow(rawEnd);
  rawCounting = grow(rawCounting);
  rawAdults = grow(rawAdults);
}

function pushStaff(s: StaffPresence, counting: boolean): void {
  const breaks = s.breaks;
  if (breaks === undefined || breaks.length === 0) {
    pushSpan(s.start, s.end, ADULTS);
    if (counting) pushSpan(s.start, s.end, COUNTING);
    return;
  }
  const sorted = breaks.length === 1 ? breaks : [...breaks].sort((x, y) => x.start - y.start);
  let from = s.start;
  for (const b of sorted) {
    const bs = Math.max(b.start, from);
    const be = Math.min(b.end, s.end);
    if (be <= bs) continue;
    pushSpan(from, bs, ADULTS);
    if (counting) pushSpan(from, bs, COUNTING);
    from = be;
  }
  pushSpan(from, s.end, ADULTS);
  if (counting) pushSpan(from, s.end, COUNTING);
}

/** The deviation budget of the day and the rule that sets it. */
export type DeviationBudget = { readonly minutes: number; readonly explanation: Explanation };

const budgetMemo = new Map<string, DeviationBudget>();

function memoBudget(key: string, make: () => DeviationBudget): DeviationBudget {
  let b = budgetMemo.get(key);
  if (b === undefined) {
    b = make();
    budgetMemo.set(key, b);
  }
  return b;
}

/** The deviation budget of the day and the rule that sets it (memoised: a year has few distinct ones). */
export function deviationBudget(care: CareType, opening: Interval, bsoDay: BsoDayKind, settings: RatioSettings): DeviationBudget {
  if (care === 'BSO' && bsoDay === 'school') {
    const budget = settings.bsoSchoolDayDeviationBudgetMinutes;
    const rule = 'ratio.deviation.bso_school_day';
    return memoBudget(`s${budget}`, () => ({ minutes: budget, explanation: explanationOf(rule, [part(rule, { budget })]) }));
  }
  const openMinutes = Math.max(0, opening.end - opening.start);
  if (openMinutes >= settings.kdvDeviationMinOpeningMinutes) {
    const budget = settings.kdvDeviationBudgetMinutes;
    const rule = 'ratio.deviation.kdv_budget';
    return memoBudget(`k${budget}/${openMinutes}`, () => ({
      minutes: budget,
      explanation: explanationOf(rule, [part(rule, { budget, openMinutes })]),
    }));
  }
  const minOpen = settings.kdvDeviationMinOpeningMinutes;
  const rule = 'ratio.deviation.kdv_not_open_long_enough';
  return memoBudget(`n${minOpen}/${openMinutes}`, () => ({
    minutes: 0,
    explanation: explanationOf(rule, [part(rule, { openMinutes, minOpen })]),
  }));
}

const SEVERITY_OK = 0;
const SEVERITY_DEVIATION = 1;
const SEVERITY_BEYOND_BUDGET = 2;
const SEVERITY_UNDERSTAFFED = 3;
const SEVERITY_OVER_MAX = 4;

function severity(i: TimelineInterval): number {
  switch (i.status) {
    case 'ok':
      return SEVERITY_OK;
    case 'deviation':
      return i.beyondBudget ? SEVERITY_BEYOND_BUDGET : SEVERITY_DEVIATION;
    case 'understaffed':
      return SEVERITY_UNDERSTAFFED;
    case 'over_max':
      return SEVERITY_OVER_MAX;
  }
}

function makeInterval(
  start: number,
  end: number,
  outcome: RequirementOutcome,
  countingStaff: number,
  adults: number,
  status: RatioStatus,
  beyondBudget: boolean,
  violation: ViolationKind | null,
): TimelineInterval {
  return {
    start,
    end,
    children: outcome.children,
    byAge: outcome.byAge,
    countingStaff,
    adults,
    required: outcome.required,
    minStaffDuringDeviation: outcome.minStaffDuringDeviation,
    withinMax: outcome.withinMax,
    status,
    beyondBudget,
    violation,
    explanation: outcome.explanation,
  };
}

function violationOf(i: TimelineInterval, budget: number): RuleFailure {
  const rule = `ratio.violation.${i.violation ?? 'over_max'}`;
  const params: Record<string, string | number> = {
    from: formatTime(i.start),
    to: formatTime(i.end),
    minutes: i.end - i.start,
    staff: i.countingStaff,
    required: i.required ?? 0,
    minimum: i.minStaffDuringDeviation ?? 0,
    budget,
  };
  return fail(rule, ratioText(rule, params), params);
}

function violationsOf(intervals: readonly TimelineInterval[], budget: number): RuleFailure[] {
  const out: RuleFailure[] = [];
  for (const i of intervals) if (i.violation !== null) out.push(violationOf(i, budget));
  return out;
}

function flagWarning(rule: string, childIds: Set<string>): RuleFailure {
  const params = { count: childIds.size, childIds: [...childIds].join(', ') };
  return fail(rule, ratioText(rule, params), params);
}

/**
 * Evaluates one unit's day: exact intervals between events, each with its requirement and status,
 * the deviation budget used chronologically, violations, and 15-minute slots for display.
 * A what-if (one child added) is the same call with one more `children` entry.
 */
export function evaluateDay(input: DayInput, settings: RatioSettings = defaultRatioSettings): DayTimeline {
  const regime = regimeOn(input.care, input.date, settings);
  const isKdv = regime === 'kdv';
  const checkGroups = regime === 'bso_location';
  eventCount = 0;

  let groupIndex: Map<string, number> | null = null;
  let flagged: Set<string> | null = null;
  for (const c of input.children) {
    const age = ageInYears(c.dateOfBirth, input.date);
    let band: number;
    if (isKdv) {
      if (age > KDV_OLDEST_AGE_YEAR) (flagged ??= new Set()).add(c.childId);
      band = age < 0 ? 0 : age > KDV_OLDEST_AGE_YEAR ? KDV_OLDEST_AGE_YEAR : age;
    } else {
      if (age < BSO_YOUNGEST_AGE) (flagged ??= new Set()).add(c.childId);
      band = age >= BSO_OLDER_FROM_AGE ? 1 : 0;
    }
    pushSpan(c.start, c.end, band);
    if (checkGroups && c.groupId !== undefined) {
      groupIndex ??= new Map();
      let g = groupIndex.get(c.groupId);
      if (g === undefined) {
        g = groupIndex.size;
        if (GROUP_BASE + g > MAX_CATEGORIES) throw new Error('too many basisgroepen in one evaluation');
        groupIndex.set(c.groupId, g);
      }
      pushSpan(c.start, c.end, GROUP_BASE + g);
    }
  }
  const traineesCount = settings.traineesCount;
  for (const s of input.staff) {
    pushStaff(s, s.counts === 'full' || (s.counts === 'trainee' && traineesCount));
  }
  const groups = groupIndex === null ? 0 : groupIndex.size;
  const categories = GROUP_BASE + groups;
  state.fill(0, 0, categories);

  // Sweep: apply all events of a minute, then the state holds until the next event time.
  const sorted = events.subarray(0, eventCount).sort();
  rawCount = 0;
  let i = 0;
  while (i < eventCount) {
    const time = (sorted[i] ?? 0) >> TIME_SHIFT;
    while (i < eventCount) {
      const e = sorted[i] ?? 0;
      if (e >> TIME_SHIFT !== time) break;
      const category = (e & CATEGORY_MASK) >> 1;
      state[category] = (state[category] ?? 0) + ((e & 1) === 1 ? 1 : -1);
      i++;
    }
    if (i >= eventCount) break;
    const next = (sorted[i] ?? 0) >> TIME_SHIFT;
    const s0 = state[0] ?? 0;
    const s1 = state[1] ?? 0;
    const children = isKdv ? s0 + s1 + (state[2] ?? 0) + (state[3] ?? 0) : s0 + s1;
    const adults = state[ADULTS] ?? 0;
    if (children === 0 && adults === 0) continue;
    let outcome: RequirementOutcome;
    if (isKdv) outcome = kdvOutcome(s0, s1, state[2] ?? 0, state[3] ?? 0, settings);
    else if (regime === 'bso_location') {
      outcome = bsoLocationOutcome(s0, s1, settings);
      let largest = 0;
      for (let g = 0; g < groups; g++) {
        const size = state[GROUP_BASE + g] ?? 0;
        if (size > largest) largest = size;
      }
      if (largest > settings.bsoLargestBasisgroup) outcome = withOversizedBasisgroup(outcome, largest, settings.bsoLargestBasisgroup);
    } else outcome = bsoBasisgroupOutcome(s0, s1);
    const counting = state[COUNTING] ?? 0;
    const last = rawCount - 1;
    if (
      last >= 0 &&
      rawEnd[last] === time &&
      rawOutcome[last] === outcome &&
      rawCounting[last] === counting &&
      rawAdults[last] === adults
    ) {
      rawEnd[last] = next;
      continue;
    }
    if (rawCount === rawStart.length) growRaw();
    rawStart[rawCount] = time;
    rawEnd[rawCount] = next;
    rawCounting[rawCount] = counting;
    rawAdults[rawCount] = adults;
    rawOutcome[rawCount] = outcome;
    rawCount++;
  }

  // Deviation budget, chronologically.
  const budget = deviationBudget(input.care, input.opening, input.bsoDay ?? 'school', settings);
  const intervals: TimelineInterval[] = [];
  let used = 0;
  let violationMinutes = 0;
  for (let r = 0; r < rawCount; r++) {
    const start = rawStart[r] ?? 0;
    const end = rawEnd[r] ?? 0;
    const outcome = rawOutcome[r] as RequirementOutcome;
    const counting = rawCounting[r] ?? 0;
    const adults = rawAdults[r] ?? 0;
    const length = end - start;
    const status = statusOf(outcome, counting);
    if (status === 'ok') {
      intervals.push(makeInterval(start, end, outcome, counting, adults, status, false, null));
      continue;
    }
    if (status === 'over_max') {
      const iv = makeInterval(start, end, outcome, counting, adults, status, false, 'over_max');
      intervals.push(iv);
      violationMinutes += length;
      continue;
    }
    const remaining = budget.minutes - used > 0 ? budget.minutes - used : 0;
    used += length;
    if (status === 'understaffed') {
      const iv = makeInterval(start, end, outcome, counting, adults, status, length > remaining, 'below_minimum');
      intervals.push(iv);
      violationMinutes += length;
      continue;
    }
    const within = length < remaining ? length : remaining;
    if (within > 0) intervals.push(makeInterval(start, start + within, outcome, counting, adults, status, false, null));
    if (within < length) {
      const iv = makeInterval(start + within, end, outcome, counting, adults, status, true, 'over_budget');
      intervals.push(iv);
      violationMinutes += length - within;
    }
  }
  rawOutcome.length = 0;

  // Sentences and display slots are built on first read: a year of days is mostly read as numbers.
  const flaggedIds = flagged;
  const flagRule = isKdv ? 'ratio.kdv.child_aged_4_plus' : 'ratio.bso.child_under_4';
  let slots: TimelineSlot[] | undefined;
  let violations: RuleFailure[] | undefined;
  let warnings: RuleFailure[] | undefined;

  return {
    date: input.date,
    care: input.care,
    regime,
    ok: violationMinutes === 0,
    budget: budget.explanation,
    budgetMinutes: budget.minutes,
    deviationMinutes: used,
    violationMinutes,
    intervals,
    get slots() {
      return (slots ??= slotsOf(intervals));
    },
    get violations() {
      return (violations ??= violationsOf(intervals, budget.minutes));
    },
    get warnings() {
      return (warnings ??= flaggedIds === null ? [] : [flagWarning(flagRule, flaggedIds)]);
    },
  };
}

/** 15-minute slots on the quarter hours, each taking its worst interval; slots without any interval are left out. */
export function slotsOf(intervals: readonly TimelineInterval[]): TimelineSlot[] {
  const slots: TimelineSlot[] = [];
  const first = intervals[0];
  const lastInterval = intervals[intervals.length - 1];
  if (first === undefined || lastInterval === undefined) return slots;
  let k = 0;
  const from = first.start - (first.start % SLOT_MINUTES);
  for (let start = from; start < lastInterval.end; start += SLOT_MINUTES) {
    const end = start + SLOT_MINUTES;
    // Skip intervals that end before this slot.
    while (k < intervals.length && (intervals[k] as TimelineInterval).end <= start) k++;
    let worst: TimelineInterval | null = null;
    let worstSeverity = -1;
    for (let j = k; j < intervals.length; j++) {
      const iv = intervals[j] as TimelineInterval;
      if (iv.start >= end) break;
      const s = severity(iv);
      if (s > worstSeverity) {
        worst = iv;
        worstSeverity = s;
      }
    }
    if (worst === null) continue;
    slots.push({ start, end, worst, status: worst.status, violation: worst.violation !== null });
  }
  return slots;
}

/** The most professionals the unit needed at any moment of the day (for the fixed-faces check). */
export function peakRequired(timeline: DayTimeline): number {
  let peak = 0;
  for (const i of timeline.intervals) if (i.required !== null && i.required > peak) peak = i.required;
  return peak;
}
