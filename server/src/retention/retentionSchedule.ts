/**
 * The hub process runs the retention run itself: once shortly after it starts, then once a day,
 * by the hub's clock. A run only reads the rows past a cutoff (indexed) and is idempotent, so
 * several hub processes over one database may each run it; a run still busy is not started twice.
 */
import type { Logger } from 'pino';
import type { Db } from '../db/db';
import { runRetention } from './retentionRun';

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** Leaves the start (migrations, the first desks reconnecting) alone for a moment. */
export const RETENTION_FIRST_DELAY_MS = 60 * 1000;

export type RetentionSchedule = { stop(): Promise<void> };

export function scheduleRetention(options: {
  db: Db;
  clock: () => Date;
  logger: Logger;
  firstDelayMs?: number;
  intervalMs?: number;
}): RetentionSchedule {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = runRetention(options.db, { now: options.clock() })
      .then((reports) => {
        for (const r of reports) {
          if (Object.keys(r.deleted).length > 0 || r.mutationLogAnonymised > 0) {
            options.logger.info({ retention: r }, 'retention: due rows deleted, old mutation arguments anonymised');
          }
        }
      })
      .catch((error: unknown) => options.logger.error({ err: error }, 'retention run failed; retried at the next run'))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(run, options.firstDelayMs ?? RETENTION_FIRST_DELAY_MS);
  const daily = setInterval(run, options.intervalMs ?? RETENTION_INTERVAL_MS);
  first.unref();
  daily.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(daily);
      await running;
    },
  };
}
