/**
 * Planned presence: which children are expected on a date, and when (spec/ratio.md, "Only children
 * actually present count ... Planned presence comes from contracts, approved requests and
 * absences"). Today only contracts exist; the requests issue extends `plannedPresenceOn` (see its
 * comment) so every reader (the roster, the ratio day, the what-if) sees the same plan.
 */
import type { PlacementRow } from '../../model/rows';
import { isoWeekday, type LocalDate } from '../time/localDate';
import type { Interval } from '../time/timeOfDay';

/** The contracted times of `placement` on `date`, or null when the child is not expected (the first span of the day). */
export function contractedTimesOn(placement: PlacementRow, date: LocalDate): { start: number; end: number } | null {
  return contractedIntervalsOn(placement, date)[0] ?? null;
}

/**
 * Every contracted span of `placement` on `date`, in time order: a BSO child may come before
 * and after school on the same weekday (two entries). Empty when the child is not expected:
 * outside the contract's dates, a weekday not in it, or a flex contract (its days come from requests).
 */
export function contractedIntervalsOn(placement: PlacementRow, date: LocalDate): Interval[] {
  if (date < placement.startDate) return [];
  if (placement.endDate !== null && date > placement.endDate) return [];
  if (placement.kind === 'flex') return [];
  const weekday = isoWeekday(date);
  const spans: Interval[] = [];
  for (const d of placement.days) if (d.weekday === weekday) spans.push({ start: d.start, end: d.end });
  return spans.sort((a, b) => a.start - b.start);
}

/** One expected stay of a child on a date: the unit of planned presence. */
export type PlannedStay = {
  childId: string;
  groupId: string;
  start: number;
  end: number;
  /** Where the stay comes from; the requests issue adds `request` (swap, extra, flex day, extension). */
  source: 'contract';
  /** The placement (contract) the stay comes from. */
  placementId: string;
};

/**
 * The children expected on `date`, one entry per stay (a child with a before- and an after-school
 * span has two), from the placements running that day.
 *
 * The seam for the requests issue: approved requests and absences change the plan here, and only
 * here. An absence removes (or shortens) the stays it covers; an approved swap, extra day, flex day
 * or extension adds or moves stays (with `source: 'request'`). Readers never look at contracts
 * themselves.
 */
export function plannedPresenceOn(placements: readonly PlacementRow[], date: LocalDate): PlannedStay[] {
  const stays: PlannedStay[] = [];
  for (const p of placements) {
    for (const span of contractedIntervalsOn(p, date)) {
      stays.push({ childId: p.childId, groupId: p.groupId, start: span.start, end: span.end, source: 'contract', placementId: p.id });
    }
  }
  return stays;
}
