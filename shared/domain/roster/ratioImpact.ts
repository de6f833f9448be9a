/**
 * The ratio impact of a roster edit before it is saved (the what-if): the same day evaluated with
 * and without the edit, compared per unit and 15-minute slot. A change is a stretch of adjacent
 * slots that went from one level to another; `worse` and `better` count the slots. A slot where
 * only staff are (nobody counted) and an `ok` slot are the same for this purpose.
 */
import type { Minutes } from '../time/timeOfDay';

/** The ratio screen's levels, best first (`deviation` beyond the day's budget is `over_budget`). */
export const SLOT_LEVELS = ['ok', 'deviation', 'over_budget', 'understaffed', 'over_max'] as const;
export type SlotLevel = (typeof SLOT_LEVELS)[number];

/** The level of an interval or slot of the ratio engine. */
export function slotLevel(i: { status: 'ok' | 'deviation' | 'understaffed' | 'over_max'; beyondBudget: boolean }): SlotLevel {
  return i.status === 'deviation' && i.beyondBudget ? 'over_budget' : i.status;
}

export type ImpactUnit = { unitId: string; name: string; slots: readonly { start: Minutes; end: Minutes; level: SlotLevel }[] };

/** `null`: nobody in the unit in that slot. */
export type ImpactChange = { start: Minutes; end: Minutes; from: SlotLevel | null; to: SlotLevel | null };

export type UnitImpact = { unitId: string; name: string; changes: ImpactChange[]; worse: number; better: number };

const rank = (level: SlotLevel | null): number => (level === null ? 0 : SLOT_LEVELS.indexOf(level));

/** Per unit whose slots changed: the stretches that changed and how many slots got worse or better. */
export function ratioImpact(before: readonly ImpactUnit[], after: readonly ImpactUnit[]): UnitImpact[] {
  const out: UnitImpact[] = [];
  const beforeOf = new Map(before.map((u) => [u.unitId, u]));
  const seen = new Set<string>();
  const units = [...after, ...before.filter((u) => !after.some((a) => a.unitId === u.unitId))];
  for (const unit of units) {
    if (seen.has(unit.unitId)) continue;
    seen.add(unit.unitId);
    const was = new Map((beforeOf.get(unit.unitId)?.slots ?? []).map((s) => [s.start, s.level]));
    const now = new Map((after.find((u) => u.unitId === unit.unitId)?.slots ?? []).map((s) => [s.start, s.level]));
    const starts = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => a - b);
    const changes: ImpactChange[] = [];
    let worse = 0;
    let better = 0;
    for (const start of starts) {
      const from = was.get(start) ?? null;
      const to = now.get(start) ?? null;
      // Staff arriving before the first child (nobody -> ok) or leaving after the last is no change of the ratio.
      if (from === to || (rank(from) === 0 && rank(to) === 0)) continue;
      if (rank(to) > rank(from)) worse++;
      else if (rank(to) < rank(from)) better++;
      const last = changes[changes.length - 1];
      const end = start + slotLength(unit, beforeOf.get(unit.unitId), start);
      if (last && last.end === start && last.from === from && last.to === to) last.end = end;
      else changes.push({ start, end, from, to });
    }
    if (changes.length > 0) out.push({ unitId: unit.unitId, name: unit.name, changes, worse, better });
  }
  return out;
}

function slotLength(a: ImpactUnit, b: ImpactUnit | undefined, start: Minutes): Minutes {
  const slot = a.slots.find((s) => s.start === start) ?? b?.slots.find((s) => s.start === start);
  return slot ? slot.end - slot.start : 15;
}
