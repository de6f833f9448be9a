/**
 * Location-level safety (spec/ratio.md, "Location-level safety"; Besluit kwaliteit
 * kinderopvang art. 7, achterwacht):
 * - `safety.backup_required`: whenever exactly one counting professional is in the building while
 *   children are present, an on-call backup (achterwacht, there within 15 minutes) must be
 *   registered for that day.
 * - `safety.other_adult_required`: when that professional is alone because of a deviation (the
 *   units present need more than one professional together, or a unit is over its maximum),
 *   another adult (anyone else: a non-counting colleague, intern, volunteer) must be in the building.
 *
 * Input: the evaluated timelines of every unit of the location that day (they give the children
 * and the requirements), and everyone working in the building that day with breaks (the same
 * `StaffPresence` shape as `evaluateDay`; someone on a break is not counted as present).
 */
import { fail } from '../../result';
import type { RuleFailure } from '../../result';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import type { Interval } from '../time/timeOfDay';
import type { DayTimeline, StaffPresence } from './dayTimeline';
import { ratioText } from './messages';
import { defaultRatioSettings } from './ratioSettings';
import type { RatioSettings } from './ratioSettings';

export type LocationSafetyInput = {
  date: LocalDate;
  timelines: readonly DayTimeline[];
  staff: readonly StaffPresence[];
  /** Whether an achterwacht is registered for `date`. */
  backupRegistered: boolean;
};

export type LocationSafetyResult = {
  readonly rule: 'safety';
  readonly date: LocalDate;
  readonly ok: boolean;
  /** Stretches with exactly one counting professional in the building while children are present. */
  readonly aloneIntervals: readonly Interval[];
  /** The stretches of `aloneIntervals` where the professional is alone because of a deviation. */
  readonly aloneByDeviationIntervals: readonly Interval[];
  readonly backupNeeded: boolean;
  readonly failures: readonly RuleFailure[];
};

const CHILDREN = 0;
const REQUIRED = 1;
const OVER_MAX = 2;
const COUNTING = 3;
const ADULTS = 4;
const KINDS = 5;

/**
 * Spans [start, end) with a kind and an amount, collected into reused typed arrays; the sweep
 * then sorts the distinct boundary times and adds each span into difference arrays.
 */
let spanStart = new Int32Array(512);
let spanEnd = new Int32Array(512);
let spanKind = new Int32Array(512);
let spanAmount = new Int32Array(512);
let spanCount = 0;

function addSpan(start: number, end: number, kind: number, amount: number): void {
  if (end <= start || amount === 0) return;
  if (spanCount === spanStart.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    spanStart = grow(spanStart);
    spanEnd = grow(spanEnd);
    spanKind = grow(spanKind);
    spanAmount = grow(spanAmount);
  }
  spanStart[spanCount] = start;
  spanEnd[spanCount] = end;
  spanKind[spanCount] = kind;
  spanAmount[spanCount] = amount;
  spanCount++;
}

function addStaff(s: StaffPresence, counting: boolean): void {
  const breaks = s.breaks ?? [];
  const sorted = breaks.length <= 1 ? breaks : [...breaks].sort((a, b) => a.start - b.start);
  let from = s.start;
  for (const b of sorted) {
    const bs = Math.max(b.start, from);
    const be = Math.min(b.end, s.end);
    if (be <= bs) continue;
    addSpan(from, bs, ADULTS, 1);
    if (counting) addSpan(from, bs, COUNTING, 1);
    from = be;
  }
  addSpan(from, s.end, ADULTS, 1);
  if (counting) addSpan(from, s.end, COUNTING, 1);
}

/** Index of `time` in the sorted distinct `times[0..n)`. */
function indexOf(times: Int32Array, n: number, time: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? 0) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function appendStretch(stretches: Interval[], start: number, end: number): void {
  const last = stretches[stretches.length - 1];
  if (last !== undefined && last.end === start) last.end = end;
  else stretches.push({ start, end });
}

function stretchFailure(rule: string, stretch: Interval): RuleFailure {
  const params = { from: formatTime(stretch.start), to: formatTime(stretch.end), minutes: stretch.end - stretch.start };
  return fail(rule, ratioText(rule, params), params);
}

export function checkLocationSafety(input: LocationSafetyInput, settings: RatioSettings = defaultRatioSettings): LocationSafetyResult {
  spanCount = 0;
  for (const t of input.timelines) {
    for (const i of t.intervals) {
      if (i.children === 0) continue;
      addSpan(i.start, i.end, CHILDREN, i.children);
      if (i.required === null) addSpan(i.start, i.end, OVER_MAX, 1);
      else addSpan(i.start, i.end, REQUIRED, i.required);
    }
  }
  for (const s of input.staff) addStaff(s, s.counts === 'full' || (s.counts === 'trainee' && settings.traineesCount));

  // Distinct boundary times, sorted.
  const times = new Int32Array(spanCount * 2);
  times.set(spanStart.subarray(0, spanCount));
  times.set(spanEnd.subarray(0, spanCount), spanCount);
  times.sort();
  let n = 0;
  for (let k = 0; k < times.length; k++) if (n === 0 || times[k] !== times[n - 1]) times[n++] = times[k] ?? 0;

  const diff = new Int32Array((n + 1) * KINDS);
  for (let k = 0; k < spanCount; k++) {
    const kind = spanKind[k] ?? 0;
    const amount = spanAmount[k] ?? 0;
    const from = indexOf(times, n, spanStart[k] ?? 0) * KINDS + kind;
    const to = indexOf(times, n, spanEnd[k] ?? 0) * KINDS + kind;
    diff[from] = (diff[from] ?? 0) + amount;
    diff[to] = (diff[to] ?? 0) - amount;
  }

  const alone: Interval[] = [];
  const aloneByDeviation: Interval[] = [];
  const withoutOtherAdult: Interval[] = [];
  let children = 0;
  let required = 0;
  let overMax = 0;
  let counting = 0;
  let adults = 0;
  for (let b = 0; b + 1 < n; b++) {
    const o = b * KINDS;
    children += diff[o + CHILDREN] ?? 0;
    required += diff[o + REQUIRED] ?? 0;
    overMax += diff[o + OVER_MAX] ?? 0;
    counting += diff[o + COUNTING] ?? 0;
    adults += diff[o + ADULTS] ?? 0;
    if (children === 0 || counting !== 1) continue;
    const start = times[b] ?? 0;
    const end = times[b + 1] ?? 0;
    appendStretch(alone, start, end);
    if (required <= 1 && overMax === 0) continue;
    appendStretch(aloneByDeviation, start, end);
    if (adults < 2) appendStretch(withoutOtherAdult, start, end);
  }

  const failures: RuleFailure[] = [];
  if (!input.backupRegistered) for (const s of alone) failures.push(stretchFailure('safety.backup_required', s));
  for (const s of withoutOtherAdult) failures.push(stretchFailure('safety.other_adult_required', s));
  failures.sort((a, b) => String(a.params?.['from']).localeCompare(String(b.params?.['from'])));
  return {
    rule: 'safety',
    date: input.date,
    ok: failures.length === 0,
    aloneIntervals: alone,
    aloneByDeviationIntervals: aloneByDeviation,
    backupNeeded: alone.length > 0,
    failures,
  };
}
