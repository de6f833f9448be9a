/**
 * Planned presence: which children are expected on a date, and when (spec/ratio.md, "Only children
 * actually present count ... Planned presence comes from contracts, approved requests and
 * absences"). `plannedPresenceOn` is the one place where contracts, approved requests and
 * registered absences become the plan, so every reader (the roster, the ratio day, the what-if of
 * a request) sees the same plan.
 */
import type { PlacementRow } from '../../model/rows';
import type { RequestWithState } from '../requests/request';
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
  /** Where the stay comes from: the contract, or an approved request (swap, extra, flex, school closure day, extension). */
  source: 'contract' | 'request';
  /** The placement (contract) the stay comes from, or the one a request falls under; null when none runs that day. */
  placementId: string | null;
  /** The approved request that added or changed the stay; null for a contract's stay. */
  requestId: string | null;
};

/**
 * The children expected on `date`, one entry per stay (a child with a before- and an after-school
 * span has two), from the placements running that day, changed by the approved requests and the
 * registered absences in `requests` (pass the location's requests that touch the day; others are
 * ignored):
 * - an approved swap day takes the child's contracted stays off the original day (the place is
 *   released) and adds the asked times on the swap day;
 * - an approved extra day, flex day or school closure day adds a stay with the asked times;
 * - an approved extension sets the day's times: the stays it overlaps or touches become one stay
 *   from the earliest start to the latest end (a stay is added when the child has none);
 * - a registered absence (an approved absence) removes every stay of the child on the days it
 *   covers, also those added by requests;
 * - a request approved for another group (with the parent's consent) puts the stay in that group.
 * Approvals waiting for the hub (provisional) or for the parent's confirmation count: the place
 * is held. Submitted, rejected, cancelled, expired and revoked requests change nothing.
 */
export function plannedPresenceOn(
  placements: readonly PlacementRow[],
  date: LocalDate,
  requests: readonly RequestWithState[] = [],
): PlannedStay[] {
  let stays: PlannedStay[] = [];
  for (const p of placements) {
    for (const span of contractedIntervalsOn(p, date)) {
      stays.push({
        childId: p.childId,
        groupId: p.groupId,
        start: span.start,
        end: span.end,
        source: 'contract',
        placementId: p.id,
        requestId: null,
      });
    }
  }
  if (requests.length === 0) return stays;

  const approved = requests.filter((r) => r.state.status === 'approved');
  const placementOf = (childId: string, groupId: string): string | null => {
    const running = placements.filter((p) => p.childId === childId && p.startDate <= date && (p.endDate === null || date <= p.endDate));
    return (running.find((p) => p.groupId === groupId) ?? running[0])?.id ?? null;
  };
  const careGroupOf = (r: RequestWithState): string => (r.state.status === 'approved' ? r.state.groupId : r.groupId);

  for (const r of approved) {
    if (r.kind === 'swapDay' && r.originalDate === date) {
      stays = stays.filter((s) => !(s.childId === r.originalChildId && s.source === 'contract'));
    }
  }
  for (const r of approved) {
    if (r.kind === 'absence' || r.date !== date) continue;
    const groupId = careGroupOf(r);
    if (r.kind === 'extension') {
      const touched = stays.filter((s) => s.childId === r.childId && s.start <= r.end && r.start <= s.end);
      const start = Math.min(r.start, ...touched.map((s) => s.start));
      const end = Math.max(r.end, ...touched.map((s) => s.end));
      const first = touched[0];
      stays = stays.filter((s) => !touched.includes(s));
      stays.push({
        childId: r.childId,
        groupId: first?.groupId ?? groupId,
        start,
        end,
        source: 'request',
        placementId: first?.placementId ?? placementOf(r.childId, groupId),
        requestId: r.id,
      });
      continue;
    }
    stays.push({
      childId: r.childId,
      groupId,
      start: r.start,
      end: r.end,
      source: 'request',
      placementId: placementOf(r.childId, groupId),
      requestId: r.id,
    });
  }
  const absent = new Set(approved.filter((r) => r.kind === 'absence' && r.from <= date && date <= r.to).map((r) => r.childId));
  return absent.size === 0 ? stays : stays.filter((s) => !absent.has(s.childId));
}
