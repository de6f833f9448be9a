/**
 * The contracted end of a child's care on a date, as the late-pickup registration fills it in:
 * the end of the child's last planned stay that day (a BSO child with before- and after-school
 * care is picked up after the last one), in that stay's group.
 *
 * It reads the plan through `plannedPresenceOn`, the plan's one seam: pass the approved requests
 * that touch the day and an approved extension (or swap, extra day, absence) changes the end
 * filled in here exactly as it changes the day view and the ratio.
 */
import type { PlacementRow } from '../../model/rows';
import { plannedPresenceOn } from '../plan/plannedPresence';
import type { RequestWithState } from '../requests/request';
import type { LocalDate } from '../time/localDate';
import type { Minutes } from '../time/timeOfDay';

export type PlannedEnd = { end: Minutes; groupId: string };

/**
 * Null when the child has no planned stay on `date` (not a contract day, a flex contract without
 * a flex day, an approved absence, ...). `placements` and `requests` may hold other children's.
 */
export function plannedEndOf(
  placements: readonly PlacementRow[],
  childId: string,
  date: LocalDate,
  requests: readonly RequestWithState[] = [],
): PlannedEnd | null {
  const stays = plannedPresenceOn(
    placements.filter((p) => p.childId === childId),
    date,
    requests.filter((r) => r.childId === childId),
  );
  let last: PlannedEnd | null = null;
  for (const s of stays) if (s.childId === childId && (!last || s.end > last.end)) last = { end: s.end, groupId: s.groupId };
  return last;
}
