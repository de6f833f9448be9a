/**
 * The order of the approval queue (spec/requests.md, "Order of the queue").
 *
 * Requests are decided by day, then flexible-care requests before all other requests of that
 * day (a flex day is care from a contract's budget; the others are incidental), then in order of
 * arrival (submitted-at), then by id for a stable order. Requests whose expiry moment lies
 * within `expiringWithinHours` (48) of `at` (the expiry moment at most 48 hours away, or already
 * passed) go on top, flagged, soonest expiry first.
 *
 * Out of order: approving a request while an earlier request (in that order, expiry flags left
 * aside) for the same day and group is still waiting. Absences never compete: they free places.
 */
import { requestDay } from './request';
import type { Request, RequestWithState } from './request';
import type { RequestSettings } from './requestSettings';
import { addHours, compareInstants } from './requestTime';

export type QueueEntry<R extends Request = Request> = {
  request: R;
  /** Its expiry moment lies within the window (or has passed): shown on top, flagged. */
  expiring: boolean;
};

const kindRank = (r: Request): number => (r.kind === 'flexDay' ? 0 : 1);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The decision order without expiry flags: day, flex first, arrival, id. */
export function compareQueue(a: Request, b: Request): number {
  return (
    byText(requestDay(a), requestDay(b)) || kindRank(a) - kindRank(b) || compareInstants(a.submittedAt, b.submittedAt) || byText(a.id, b.id)
  );
}

/** True when `request`'s expiry moment is at most `expiringWithinHours` after `at`. */
export function isExpiringSoon(request: Pick<Request, 'expiresAt'>, at: string, settings: RequestSettings): boolean {
  return request.expiresAt !== null && compareInstants(request.expiresAt, addHours(at, settings.queue.expiringWithinHours)) <= 0;
}

/** The queue of `requests` (pass the open ones) as seen at `at`: flagged expiring ones on top. */
export function queueOrder<R extends Request>(requests: readonly R[], at: string, settings: RequestSettings): QueueEntry<R>[] {
  const entries = requests.map((request) => ({ request, expiring: isExpiringSoon(request, at, settings) }));
  return entries.sort((a, b) => {
    if (a.expiring !== b.expiring) return a.expiring ? -1 : 1;
    if (a.expiring && a.request.expiresAt !== null && b.request.expiresAt !== null) {
      const bySoonest = compareInstants(a.request.expiresAt, b.request.expiresAt);
      if (bySoonest !== 0) return bySoonest;
    }
    return compareQueue(a.request, b.request);
  });
}

/** Whether `a` and `b` compete for a place: same day and group, neither an absence. */
export function competes(a: Request, b: Request): boolean {
  return a.kind !== 'absence' && b.kind !== 'absence' && a.id !== b.id && requestDay(a) === requestDay(b) && a.groupId === b.groupId;
}

/** The waiting requests that come before `approving` in the queue and compete for its place. */
export function earlierCompetitors(approving: Request, openRequests: readonly RequestWithState[]): RequestWithState[] {
  return openRequests
    .filter((o) => o.state.status === 'submitted' && competes(o, approving) && compareQueue(o, approving) < 0)
    .sort(compareQueue);
}

/** True when approving `approving` now skips an earlier competing request (needs a reason). */
export function isOutOfOrder(approving: Request, openRequests: readonly RequestWithState[]): boolean {
  return earlierCompetitors(approving, openRequests).length > 0;
}
