/**
 * The quick integrity check at start: `PRAGMA quick_check` reads every page and checks the
 * b-trees' structure (not index contents against tables, which `integrity_check` adds at several
 * times the cost). A damaged page in the middle of the file is found here, before the desk serves
 * rows from it or lets every write fail.
 *
 * Bounded: it stops after the first `MAX_ERRORS` problems, and its time grows linearly with the
 * file. Measured here (a shared 2-core machine): the demo store (1.6 MB) in about 60 ms, a 45 MB
 * store in about 0.8 s. better-sqlite3 exposes no progress handler, so there is no hard time cap:
 * the check cannot be interrupted midway, and a store that size is far beyond a desk's.
 */
import type { Db } from './database';
import { StoreFaultError, storeFaultRuleOf } from './storeFaults';

const MAX_ERRORS = 5;

export type IntegrityReport = { ok: true; ms: number } | { ok: false; ms: number; problems: string[] };

export function quickCheck(db: Db, now: () => number = performance.now.bind(performance)): IntegrityReport {
  const started = now();
  try {
    const rows = db.pragma(`quick_check(${MAX_ERRORS})`) as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((p) => p !== 'ok');
    const ms = Math.round(now() - started);
    return problems.length === 0 ? { ok: true, ms } : { ok: false, ms, problems };
  } catch (err) {
    // SQLite may refuse the check itself on a page it cannot parse
    if (storeFaultRuleOf(err) === 'store.damaged') return { ok: false, ms: Math.round(now() - started), problems: [String(err)] };
    throw err;
  }
}

/** Throws StoreFaultError `store.damaged` when the check finds a problem. */
export function assertStoreIntact(db: Db): IntegrityReport {
  const report = quickCheck(db);
  if (!report.ok) throw new StoreFaultError('store.damaged', report.problems);
  return report;
}
