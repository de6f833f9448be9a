/**
 * The demo's roster planner: how many counting professionals a group needs per 15-minute slot
 * (from the ratio engine, `shared/domain/ratio`: table 1 with rules 1 and 2 for KDV, the
 * per-location BSO formula applied per group here, which never asks for less), and a planner that
 * covers that need with staggered shifts and breaks.
 *
 * The rules themselves live only in the engine. What stays here is planning: the need as a curve
 * of whole slots, and `judgeDay`, the planner's slot-level cost function (how many slots a draft
 * roster leaves below the need, within a budget of deviation slots), used to choose shifts and
 * breaks. The verdict on the finished roster is the engine's (`evaluateDay`, see `summarizeDemo`).
 */
import type { CareType } from '../model/rows';
import { bsoLocationRequired, defaultRatioSettings, kdvRequired } from '../domain/ratio/ratio';

/** Length of a slot in minutes: the ratio screen shows 15-minute slots. */
export const SLOT_MINUTES = 15;

/**
 * Counting professionals to plan for a KDV composition that no cell of table 1 holds (over the
 * maximum group size): generously, so the roster is never the cause (the screen shows over_max).
 */
function overMaxPlanning(children: number): number {
  return Math.max(4, Math.ceil(children / 4));
}

/** One child planned in a group on a day: age in completed years and the contracted times. */
export type Attendance = { ageYears: number; start: number; end: number };

/** Children present per slot, split by the ratio's age buckets. */
export type SlotCounts = {
  /** KDV: age years 0, 1, 2, 3+; BSO: 4-6 and 7+ (younger counted as 4-6). */
  buckets: number[][];
  children: number[];
};

/** Number of slots of a day open from `opensAt` to `closesAt`. */
export function slotCount(opensAt: number, closesAt: number): number {
  return Math.max(0, Math.floor((closesAt - opensAt) / SLOT_MINUTES));
}

/** A child counts in every slot its contracted time touches. */
export function slotCounts(care: CareType, attendances: readonly Attendance[], opensAt: number, slots: number): SlotCounts {
  const bucketCount = care === 'KDV' ? 4 : 2;
  const buckets = Array.from({ length: bucketCount }, () => new Array<number>(slots).fill(0));
  const children = new Array<number>(slots).fill(0);
  for (const a of attendances) {
    const bucket = care === 'KDV' ? Math.min(3, Math.max(0, a.ageYears)) : a.ageYears >= 7 ? 1 : 0;
    const row = buckets[bucket];
    if (!row) continue;
    const first = Math.max(0, Math.floor((a.start - opensAt) / SLOT_MINUTES));
    const last = Math.min(slots, Math.ceil((a.end - opensAt) / SLOT_MINUTES));
    for (let t = first; t < last; t++) {
      row[t] = (row[t] ?? 0) + 1;
      children[t] = (children[t] ?? 0) + 1;
    }
  }
  return { buckets, children };
}

/** Required counting staff per slot for the counts of one group (or one BSO location), from the ratio engine. */
export function requiredCurve(care: CareType, counts: SlotCounts): number[] {
  const [b0 = [], b1 = [], b2 = [], b3 = []] = counts.buckets;
  return counts.children.map((n, t) => {
    if (care === 'BSO') return bsoLocationRequired(b0[t] ?? 0, b1[t] ?? 0, defaultRatioSettings.bsoFormula);
    return kdvRequired(b0[t] ?? 0, b1[t] ?? 0, b2[t] ?? 0, b3[t] ?? 0, defaultRatioSettings) ?? overMaxPlanning(n);
  });
}

/** A shift in slot units, half-open [start, end), with its breaks. */
export type SlotShift = { start: number; end: number; breaks: { start: number; end: number }[] };

/** Counting staff per slot: a shift counts in a slot it fully covers and is not on break in. */
export function coverageOf(shifts: readonly SlotShift[], slots: number): number[] {
  const cov = new Array<number>(slots).fill(0);
  for (const s of shifts) {
    for (let t = Math.max(0, s.start); t < Math.min(slots, s.end); t++) {
      if (!s.breaks.some((b) => b.start <= t && t < b.end)) cov[t] = (cov[t] ?? 0) + 1;
    }
  }
  return cov;
}

export type PlanParams = {
  /** Longest shift, in slots (breaks included). */
  maxLen: number;
  /** Shortest shift, in slots. */
  minLen: number;
  /** A first-level block longer than this gets an early and a late shift (so breaks are covered). */
  splitAbove: number;
  /** Overlap of such an early and late shift, in slots. */
  overlap: number;
  /** Staff arrive this many slots before the first child and leave as long after the last. */
  pad: number;
  /** Shifts longer than this many slots get a break. */
  breakAbove: number;
  /** Deviation slots allowed per day (three-hour rule: 12; BSO school day: 2). */
  budgetSlots: number;
  /** Slot range where breaks are preferred (the children's nap, roughly 12:00-15:00). */
  breakWindow: { start: number; end: number };
};

/** Seeded random integer in [min, max]. */
export type RandInt = (min: number, max: number) => number;

/** Runs of slots needing staff; gaps shorter than an hour are bridged. */
function blocksOf(required: readonly number[]): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  for (let t = 0; t < required.length; t++) {
    if ((required[t] ?? 0) <= 0) continue;
    const last = blocks[blocks.length - 1];
    if (last && t - last.end < 4) last.end = t + 1;
    else blocks.push({ start: t, end: t + 1 });
  }
  return blocks;
}

/**
 * Shifts covering the need of one group on one day. The first level (anyone at all) runs from
 * the first child to the last, as an early and a late shift when the day is long (their overlap
 * covers the breaks, and on busy days most of the peak); each further level gets the shift of at
 * most `maxLen` that covers the most of what is still missing. Then shifts the day can do without
 * are dropped again, leaving short permitted deviations at the edges (`pruneShifts`). Breaks are
 * placed afterwards by `placeBreaks`.
 */
export function planShifts(required: readonly number[], params: PlanParams, rand: RandInt): SlotShift[] {
  const slots = required.length;
  const shifts: SlotShift[] = [];
  const cov = new Array<number>(slots).fill(0);
  const add = (start: number, end: number) => {
    const s = Math.max(0, start);
    const e = Math.min(slots, end);
    if (e <= s) return;
    shifts.push({ start: s, end: e, breaks: [] });
    for (let t = s; t < e; t++) cov[t] = (cov[t] ?? 0) + 1;
  };

  for (const block of blocksOf(required)) {
    const top = Math.max(...required.slice(block.start, block.end));
    for (let k = 1; k <= top; k++) {
      for (let guard = 0; guard < 8; guard++) {
        const missing = (t: number) => (required[t] ?? 0) >= k && (cov[t] ?? 0) < k;
        let s = -1;
        let e = -1;
        for (let t = block.start; t < block.end; t++) {
          if (missing(t)) {
            if (s < 0) s = t;
            e = t + 1;
          }
        }
        if (s < 0) break;
        if (k === 1) {
          s = Math.max(0, s - params.pad);
          e = Math.min(slots, e + params.pad);
          const span = e - s;
          if (span > 2 * params.maxLen) {
            add(s, s + params.maxLen);
          } else if (span > params.splitAbove) {
            let len = Math.ceil(span / 2) + params.overlap;
            if (top >= 2 && span >= 40) len = Math.max(len, params.maxLen - rand(0, 2));
            len = Math.min(params.maxLen, span, Math.max(params.minLen, len));
            add(s, s + len);
            add(e - len, e);
          } else {
            const len = Math.max(span, params.minLen);
            const start = Math.max(0, Math.min(s, slots - len));
            add(start, start + len);
          }
          continue;
        }
        // The window of at most maxLen slots holding the most missing slots (prefix sums).
        const before = new Array<number>(slots + 1).fill(0);
        for (let t = 0; t < slots; t++) before[t + 1] = (before[t] ?? 0) + (missing(t) ? 1 : 0);
        let bestStart = s;
        let bestCount = -1;
        for (let a = s; a < e; a++) {
          if (!missing(a)) continue;
          const count = (before[Math.min(slots, a + params.maxLen)] ?? 0) - (before[a] ?? 0);
          if (count > bestCount) {
            bestCount = count;
            bestStart = a;
          }
        }
        let last = bestStart;
        for (let t = bestStart; t < Math.min(slots, bestStart + params.maxLen); t++) if (missing(t)) last = t;
        const len = Math.max(last + 1 - bestStart, params.minLen);
        const start = Math.max(0, Math.min(bestStart, slots - len));
        add(start, start + len);
      }
    }
  }
  pruneShifts(shifts, required, params);
  return shifts.sort((x, y) => x.start - y.start || x.end - y.end);
}

/**
 * Drops shifts (latest planned first) the day can do without: no slot below half the need, and
 * deviations within the budget minus half an hour for the break of each remaining long shift.
 */
function pruneShifts(shifts: SlotShift[], required: readonly number[], params: PlanParams): void {
  for (let i = shifts.length - 1; i >= 0; i--) {
    const without = shifts.filter((_, j) => j !== i);
    const breaks = without.filter((x) => x.end - x.start > params.breakAbove).length;
    const allowance = Math.max(0, params.budgetSlots - 2 * breaks);
    const j = judgeDay(required, coverageOf(without, required.length), allowance);
    if (j.understaffed === 0) shifts.splice(i, 1);
  }
}

/** Deviation slots of a roster: slots with children where staff is below the need. */
export function deviationSlots(required: readonly number[], cov: readonly number[]): number {
  let n = 0;
  for (let t = 0; t < required.length; t++) if ((cov[t] ?? 0) < (required[t] ?? 0)) n++;
  return n;
}

/**
 * Gives every long shift a break of 30, 45 or 60 minutes, preferably in the nap window, at the
 * moment that costs the least: never below half the need, within the day's deviation budget if
 * possible, else the cheapest moment.
 */
export function placeBreaks(shifts: SlotShift[], required: readonly number[], params: PlanParams, rand: RandInt): void {
  const slots = required.length;
  const cov = coverageOf(shifts, slots);
  let budget = params.budgetSlots - deviationSlots(required, cov);
  const long = shifts.filter((x) => x.end - x.start > params.breakAbove);
  long.forEach((shift, i) => {
    const len = shift.end - shift.start;
    // Keep half an hour of budget for each break still to place.
    const reserve = 2 * (long.length - 1 - i);
    // 30 minutes mostly, sometimes 45 or 60; over 10 hours at least 45 (Arbeidstijdenwet).
    const wish = len > 40 ? rand(3, 4) : ([2, 2, 2, 2, 3, 3, 4][rand(0, 6)] ?? 2);
    const shortest = len > 40 ? 3 : 2;
    let chosen: { at: number; dur: number; dev: number } | null = null;
    for (let dur = wish; dur >= shortest && !chosen; dur--) {
      const options = breakOptions(shift, dur, cov, required, params);
      const fitting = options.filter((o) => o.hard === 0 && o.dev <= budget - reserve);
      const least = Math.min(...fitting.map((o) => o.dev));
      const best = fitting.filter((o) => o.dev === least);
      const pick = best.length > 0 ? best[rand(0, best.length - 1)] : undefined;
      if (pick) chosen = { at: pick.at, dur, dev: pick.dev };
    }
    if (!chosen) {
      // No moment within the budget: the cheapest one (the ratio screen will show it).
      const options = breakOptions(shift, shortest, cov, required, params);
      const score = (o: { hard: number; dev: number }) => o.hard * 1000 + o.dev;
      const least = Math.min(...options.map(score));
      const pick = options.find((o) => score(o) === least);
      if (pick) chosen = { at: pick.at, dur: shortest, dev: pick.dev };
    }
    if (!chosen) return;
    shift.breaks.push({ start: chosen.at, end: chosen.at + chosen.dur });
    for (let t = chosen.at; t < chosen.at + chosen.dur; t++) cov[t] = (cov[t] ?? 0) - 1;
    budget -= chosen.dev;
  });
}

/** Possible break starts of `dur` slots in a shift (preferably in the nap window) and their cost. */
function breakOptions(
  shift: SlotShift,
  dur: number,
  cov: readonly number[],
  required: readonly number[],
  params: PlanParams,
): { at: number; hard: number; dev: number }[] {
  const earliest = shift.start + 8;
  const latest = shift.end - 6 - dur;
  if (latest < earliest) return [];
  const from = Math.max(earliest, Math.min(latest, params.breakWindow.start));
  const to = Math.min(latest, Math.max(earliest, params.breakWindow.end - dur));
  const out: { at: number; hard: number; dev: number }[] = [];
  for (let at = from; at <= to; at++) {
    let hard = 0;
    let dev = 0;
    for (let t = at; t < at + dur; t++) {
      const r = required[t] ?? 0;
      const c = (cov[t] ?? 0) - 1;
      if (r <= 0) continue;
      if (c < Math.ceil(r / 2) || c <= 0) hard++;
      else if (c < r && (cov[t] ?? 0) >= r) dev++;
    }
    out.push({ at, hard, dev });
  }
  return out;
}

/** Slots of a draft roster by the planner's estimate. */
export type PlanCost = { ok: number; deviation: number; understaffed: number };

/**
 * The planner's cost of a draft roster, slot by slot for slots with a need: ok when staff meets
 * the need; a deviation when below it but at least half of it and within the budget of deviation
 * slots (chronologically); understaffed otherwise. An estimate on whole slots to choose shifts and
 * breaks with; the ratio engine judges the finished roster (`summarizeDemo`).
 */
export function judgeDay(required: readonly number[], cov: readonly number[], budgetSlots: number): PlanCost {
  const out: PlanCost = { ok: 0, deviation: 0, understaffed: 0 };
  let budget = budgetSlots;
  for (let t = 0; t < required.length; t++) {
    const r = required[t] ?? 0;
    if (r <= 0) continue;
    const c = cov[t] ?? 0;
    if (c >= r) out.ok++;
    else if (c >= Math.ceil(r / 2) && c > 0 && budget > 0) {
      out.deviation++;
      budget--;
    } else out.understaffed++;
  }
  return out;
}
