/**
 * The record of who viewed a child's data (AVG accountability, issue 15): one entry per person,
 * child and kind of view, not one per screen refresh. A list that reloads after a sync or an edit
 * serves the detail again within seconds; that is the same viewing, already recorded.
 */
import type { ChildViewWhat } from '../../model/privacyRows';

/** Within this many minutes the same person viewing the same of one child again is not recorded again. */
export const VIEW_REPEAT_MINUTES = 10;

export type RecordedView = { userId: string; what: ChildViewWhat; at: string };

/** Whether a view by `userId` of `what` at `at` repeats one already recorded (`earlier`: the child's records). */
export function repeatsRecordedView(earlier: readonly RecordedView[], view: RecordedView): boolean {
  const atMs = Date.parse(view.at);
  return earlier.some((e) => {
    if (e.userId !== view.userId || e.what !== view.what) return false;
    const age = atMs - Date.parse(e.at);
    return age >= 0 && age < VIEW_REPEAT_MINUTES * 60_000;
  });
}
