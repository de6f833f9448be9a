/**
 * Sync (issue 4) against the real hub on 127.0.0.1 (PGlite; PostgreSQL as well when DATABASE_URL
 * is set): the initial sync of a demo location with a year of shifts, pushing 1,000 mutations,
 * and pulling 10,000 changes, each against a baseline measured in the same run: raw inserts of
 * the same number of rows into the same kind of database (better-sqlite3 for what lands on the
 * desk, the hub's own database for what lands on the hub).
 * Targets (issue 4): initial sync under 5 s; 1,000 mutations pushed and applied under 2 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createCore, type Core, type CoreOptions } from '../../electron/core/core';
import { createLogger } from '../../electron/core/logger';
import { openDatabase } from '../../electron/core/store/database';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../server/src/demo/loadDemo';
import { putRow } from '../../server/src/sync/rowStore';
import { toStoredSpace } from '../../server/src/sync/spaces';
import { startTestHub, testBackends, type TestHub } from '../../server/src/testing/hubHarness';
import { addDays } from '../../shared/domain/time/localDate';
import type { ShiftRow } from '../../shared/model/rows';
import type { Bench, BenchRow } from './harness';

const TODAY = '2026-11-23';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const quiet = { debounceMs: 3_600_000, intervalMs: 3_600_000 };

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

async function desk(dir: string, storeKey: CoreOptions['storeKey']): Promise<Core> {
  return createCore({
    dataDir: dir,
    transport: 'bridge',
    version: '0.0.0-bench',
    log: createLogger(null),
    syncTiming: quiet,
    ...(storeKey ? { storeKey } : {}),
  });
}

/** The same number of rows inserted raw into a fresh SQLite file with the desk's pragmas, one transaction. */
function rawSqliteInserts(dir: string, rows: number): number {
  const db = openDatabase(path.join(dir, `raw-${rows}.db`), 'unencrypted');
  db.exec('CREATE TABLE raw (id TEXT PRIMARY KEY, row TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO raw (id, row) VALUES (?, ?)');
  const payload = JSON.stringify({ locationId: 'x', staffId: 'y', groupId: 'z', date: '2026-01-01', start: 420, end: 900, breaks: [] });
  const start = performance.now();
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`r${i}`, payload);
  })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/** The same number of rows inserted raw into the hub's database, one transaction. */
async function rawHubInserts(hub: TestHub, rows: number): Promise<number> {
  await hub.db.exec('CREATE TABLE IF NOT EXISTS bench_raw (id text PRIMARY KEY, row jsonb NOT NULL)');
  await hub.db.exec('TRUNCATE bench_raw');
  const payload = { locationId: 'x', staffId: 'y', groupId: 'z', date: '2026-01-01', start: 420, end: 900, breaks: [] };
  const start = performance.now();
  await hub.db.transaction(async (tx) => {
    for (let i = 0; i < rows; i++) await tx.query('INSERT INTO bench_raw (id, row) VALUES ($1, $2)', [`r${i}`, payload]);
  });
  return performance.now() - start;
}

/** The figures the encryption benchmark compares between an encrypted and an unencrypted store. */
export type SyncFigures = { initial: number; push: number; pull: number };

/** The sync benchmark against one hub backend, the desks' stores with the given key (default: the desk's own, encrypted). */
export async function syncBench(
  backend: ReturnType<typeof testBackends>[number],
  storeKey?: CoreOptions['storeKey'],
): Promise<{ rows: BenchRow[]; figures: SyncFigures }> {
  const tag = `[${backend.name}]`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-bench-sync-'));
  const hub = await startTestHub(backend);
  try {
    const demo = await loadDemoIfEmpty(hub.db, TODAY, YEAR);
    const { rows: loc } = await hub.db.query<{ id: string; code: string }>('SELECT id, code FROM locations WHERE id = $1', [
      demo.locationIds[0],
    ]);
    const location = loc[0]!;
    const email = `manager.${location.code.toLowerCase()}@demo.opvangdesk.nl`;
    const enrol = async (core: Core) => {
      const { code } = await createEnrolmentCode(hub.db, { organisationId: demo.organisationId, locationIds: [location.id] });
      await ok(core.call('sync.enrol', { hubUrl: hub.url, code, deskName: 'Bench' }));
    };

    // 1. initial sync of a location-year
    const a = await desk(path.join(dir, 'a'), storeKey);
    let start = performance.now();
    await enrol(a);
    await ok(a.call('sync.now', {}));
    const initialMs = performance.now() - start;
    const pulled = (
      a.context.db
        .prepare(
          'SELECT (SELECT count(*) FROM shifts) + (SELECT count(*) FROM children) + (SELECT count(*) FROM placements) + (SELECT count(*) FROM staff) + (SELECT count(*) FROM groups) + (SELECT count(*) FROM consents) AS n',
        )
        .get() as { n: number }
    ).n;
    const initialBaseline = rawSqliteInserts(dir, pulled);

    // 2. push of 1,000 mutations made offline (the making is not timed)
    await ok(a.call('auth.signIn', { email, password: DEMO_PASSWORD }));
    const staff = a.context.store.find('staff', { locationId: location.id });
    const groups = a.context.store.find('groups', { locationId: location.id });
    for (let i = 0; i < 1000; i++) {
      const shift: ShiftRow = {
        id: uuidv7(),
        locationId: location.id,
        staffId: staff[i % staff.length]!.id,
        groupId: groups[i % groups.length]!.id,
        date: addDays('2027-03-01', Math.floor(i / staff.length)),
        start: 420,
        end: 900,
        breaks: [],
      };
      await ok(a.call('mutate', { name: 'shift.assign', args: shift }));
    }
    start = performance.now();
    const pushed = await ok<{ pending: number; state: string }>(a.call('sync.now', {}));
    const pushMs = performance.now() - start;
    if (pushed.pending !== 0) throw new Error(`push left ${pushed.pending} pending (${pushed.state})`);
    const pushBaseline = await rawHubInserts(hub, 1000);

    // 3. pull of 10,000 changes into a desk that is up to date
    const b = await desk(path.join(dir, 'b'), storeKey);
    await enrol(b);
    await ok(b.call('sync.now', {}));
    const space = toStoredSpace(demo.organisationId, location.id);
    await hub.db.transaction(async (tx) => {
      for (let i = 0; i < 10_000; i++) {
        const row: ShiftRow = {
          id: uuidv7(),
          locationId: location.id,
          staffId: staff[i % staff.length]!.id,
          groupId: groups[0]!.id,
          date: addDays('2028-01-03', Math.floor(i / staff.length)),
          start: 420,
          end: 900,
          breaks: [],
        };
        await putRow(tx, space, 'shifts', row.id, row);
      }
    });
    start = performance.now();
    await ok(b.call('sync.now', {}));
    const pullMs = performance.now() - start;
    const pullBaseline = rawSqliteInserts(dir, 10_000);

    await a.close();
    await b.close();
    const figures = { initial: initialMs, push: pushMs, pull: pullMs };
    const rows: BenchRow[] = [
      {
        measure: `${tag} initial sync of a location-year (${pulled.toLocaleString('en-GB')} rows)`,
        value: initialMs,
        unit: 'ms',
        target: '< 5 s',
      },
      { measure: `${tag}   baseline: raw SQLite inserts of as many rows`, value: initialBaseline, unit: 'ms' },
      { measure: `${tag}   ratio`, value: initialMs / initialBaseline, unit: 'x' },
      { measure: `${tag} push of 1,000 mutations, applied on the hub`, value: pushMs, unit: 'ms', target: '< 2 s' },
      { measure: `${tag}   baseline: 1,000 raw inserts into the hub's database`, value: pushBaseline, unit: 'ms' },
      { measure: `${tag}   ratio`, value: pushMs / pushBaseline, unit: 'x' },
      { measure: `${tag} pull of 10,000 changes (with rebase)`, value: pullMs, unit: 'ms' },
      { measure: `${tag}   baseline: 10,000 raw SQLite inserts`, value: pullBaseline, unit: 'ms' },
      { measure: `${tag}   ratio`, value: pullMs / pullBaseline, unit: 'x' },
    ];
    return { rows, figures };
  } finally {
    await hub.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const bench: Bench = {
  name: 'sync',
  async run() {
    const rows: BenchRow[] = [];
    for (const backend of testBackends()) {
      if (!backend.available) {
        rows.push({ measure: `[${backend.name}] not run: ${backend.reason}`, value: 0, unit: 'count' });
        continue;
      }
      rows.push(...(await syncBench(backend)).rows);
    }
    return rows;
  },
};
