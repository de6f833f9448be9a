/**
 * The contracted end of a child's care on a date, as the late-pickup registration fills it in:
 * the end of the child's last planned stay that day (a BSO child with before- and after-school
 * care is picked up after the last one), in that stay's group.
 *
 * It reads the plan through `plannedPresenceOn`, the plan's one seam: when approved extensions
 * (and swaps, extra days) arrive with the requests issue, they change the stays there, and the
 * end filled in here follows without a change in this file.
 */
import type { PlacementRow } from '../../model/rows';
import { plannedPresenceOn } from '../plan/plannedPresence';
import type { LocalDate } from '../time/localDate';
import type { Minutes } from '../time/timeOfDay';

export type PlannedEnd = { end: Minutes; groupId: string };

/** Null when the child has no planned stay on `date` (not a contract day, a flex contract, ...). */
export function plannedEndOf(placements: readonly PlacementRow[], childId: string, date: LocalDate): PlannedEnd | null {
  const stays = plannedPresenceOn(
    placements.filter((p) => p.childId === childId),
    date,
  );
  let last: PlannedEnd | null = null;
  for (const s of stays) if (!last || s.end > last.end) last = { end: s.end, groupId: s.groupId };
  return last;
}
