/**
 * Clock skew of a desk (sync.md: flag a desk more than 5 minutes off). Preferred evidence is the
 * desk's clock at sending (`CLIENT_TIME_HEADER`). Without it, the newest `createdAt` of a push
 * can only show a clock that runs ahead: a mutation cannot be made in the future, but an old one
 * may simply have waited offline.
 */
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync/protocol';

/** Desk minus hub in ms when beyond the limit, else undefined. */
export function clockSkewMs(
  serverNow: Date,
  clientTimeHeader: string | string[] | undefined,
  createdAts: readonly string[] = [],
): number | undefined {
  const header = Array.isArray(clientTimeHeader) ? clientTimeHeader[0] : clientTimeHeader;
  const clientTime = header ? Date.parse(header) : NaN;
  let skew: number | undefined;
  if (Number.isFinite(clientTime)) {
    skew = clientTime - serverNow.getTime();
  } else if (createdAts.length > 0) {
    const newest = Math.max(...createdAts.map((at) => Date.parse(at)).filter(Number.isFinite));
    if (Number.isFinite(newest) && newest > serverNow.getTime()) skew = newest - serverNow.getTime();
  }
  return skew !== undefined && Math.abs(skew) > MAX_CLOCK_SKEW_MS ? Math.round(skew) : undefined;
}
