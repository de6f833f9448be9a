import { formatHlc, nextHlc, parseHlc, type Hlc } from '../../../shared/sync/hlc';
import type { Db } from '../store/database';
import { readMeta, writeMeta } from '../store/repositories/metaRepository';

/**
 * The desk's hybrid logical clock, persisted in meta inside the caller's transaction so stamps
 * keep increasing across restarts.
 */
export class HlcClock {
  private last: Hlc | null;

  constructor(
    private readonly db: Db,
    private readonly node: () => string,
  ) {
    const stored = readMeta(db, 'hlc.last');
    this.last = stored ? parseHlc(stored) : null;
  }

  /** The next stamp; call inside the write transaction that uses it. */
  next(nowMs: number): string {
    this.last = nextHlc(this.last, nowMs);
    const text = formatHlc(this.last, this.node());
    writeMeta(this.db, 'hlc.last', text);
    return text;
  }
}
