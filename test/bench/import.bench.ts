/**
 * Import from the back office (issue 14): the 150-child location of test/fixtures/import (6
 * groups, 30 staff, 150 children with their contracts, as Windows-1252 CSV) into a desk set up
 * without demo data, through `import.preview` and `import.apply` (every row through the
 * mutators, an outbox row each); then the same files again (nothing changes). Baseline in the same
 * run: the same rows inserted raw with better-sqlite3, one transaction. On the hub: whole
 * locations through `hub:admin import`, a few one at a time (the per-location cost) and then the
 * organisation's onboarding, four at a time (each location has its own import device): PGlite 2 + 4
 * locations; PostgreSQL (DATABASE_URL, or `test/tools/with-postgres.sh`) 10 + 100. Targets: preview
 * < 1 s, apply < 3 s, a re-import that changes nothing < 1 s; 100 locations on PostgreSQL < 60 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core';
import { createLogger } from '../../electron/core/logger';
import { openDatabase } from '../../electron/core/store/database';
import { createLocation, createOrganisation } from '../../server/src/admin/directory';
import { importIntoLocation } from '../../server/src/admin/importLocation';
import { createLogger as createHubLogger } from '../../server/src/logger';
import { startTestHub, testBackends } from '../../server/src/testing/hubHarness';
import type { ImportPreview, ImportResult } from '../../shared/contract/importViews';
import type { Bench, BenchRow } from './harness';

const fixtures = path.join(__dirname, '../fixtures/import');
const FILES = ['groups.csv', 'staff.csv', 'children.csv'];
const NOW = new Date('2026-11-23T08:00:00Z');
const quiet = { debounceMs: 3_600_000, intervalMs: 3_600_000 };

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

async function emptyLocation(dir: string): Promise<Core> {
  const core = await createCore({
    dataDir: dir,
    transport: 'bridge',
    version: '0.0.0-bench',
    log: createLogger(null),
    clock: () => NOW,
    syncTiming: quiet,
  });
  await ok(
    core.call('mutate', {
      name: 'organisation.setUp',
      args: {
        organisation: { id: 'org', name: 'Kinderopvang De Vlinder' },
        location: {
          id: 'loc',
          name: 'Rhoon',
          code: 'RHO',
          lrkNumber: null,
          address: null,
          opensAt: 420,
          closesAt: 1140,
          openDays: [1, 2, 3, 4, 5],
        },
      },
    }),
  );
  return core;
}

const inputOf = (file: string) => ({
  locationId: 'loc',
  fileName: file,
  base64: fs.readFileSync(path.join(fixtures, file)).toString('base64'),
  mapping: {},
});

/** The rows the import writes, inserted raw into a fresh SQLite file with the desk's pragmas, one transaction. */
function rawSqliteInserts(dir: string, rows: number): number {
  const db = openDatabase(path.join(dir, 'raw.db'), 'unencrypted');
  db.exec('CREATE TABLE raw (id TEXT PRIMARY KEY, row TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO raw (id, row) VALUES (?, ?)');
  const payload = JSON.stringify({
    locationId: 'loc',
    firstName: 'Salomë',
    lastName: 'van der Velde',
    dateOfBirth: '2024-09-01',
    days: [{ weekday: 1, start: 450, end: 1080 }],
  });
  const start = performance.now();
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`r${i}`, payload);
  })();
  const ms = performance.now() - start;
  db.close();
  return ms;
}

/** One import of the location into a fresh desk: preview and apply per file, then the re-import. */
async function deskRun() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-bench-import-'));
  const core = await emptyLocation(dir);
  try {
    let previewMs = 0;
    let applyMs = 0;
    let mutations = 0;
    for (const file of FILES) {
      const input = inputOf(file);
      let start = performance.now();
      const shown = await ok<ImportPreview>(core.call('import.preview', input));
      previewMs += performance.now() - start;
      start = performance.now();
      mutations += (await ok<ImportResult>(core.call('import.apply', { ...input, digest: shown.digest }))).mutations;
      applyMs += performance.now() - start;
    }
    const rows = (
      core.context.db
        .prepare(
          'SELECT (SELECT count(*) FROM groups) + (SELECT count(*) FROM staff) + (SELECT count(*) FROM children) + (SELECT count(*) FROM childContacts) + (SELECT count(*) FROM childHealth) + (SELECT count(*) FROM placements) AS n',
        )
        .get() as { n: number }
    ).n;
    let reimportMs = 0;
    let unchanged = 0;
    for (const file of FILES) {
      const start = performance.now();
      const shown = await ok<ImportPreview>(core.call('import.preview', inputOf(file)));
      reimportMs += performance.now() - start;
      unchanged += shown.summary.unchanged;
      if (shown.applicable) throw new Error(`re-import of ${file} would change something`);
    }
    return { previewMs, applyMs, reimportMs, mutations, unchanged, rows, raw: rawSqliteInserts(dir, rows) };
  } finally {
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function deskRows(): Promise<BenchRow[]> {
  // The first import in a process also loads the readers and warms the mutators up: reported apart.
  const cold = await deskRun();
  const { previewMs, applyMs, reimportMs, mutations, unchanged, rows, raw } = await deskRun();
  return [
    {
      measure: 'desk: first preview in a fresh process (cold)',
      value: cold.previewMs,
      unit: 'ms',
      note: 'loads csv-parse, iconv-lite, exceljs',
    },
    {
      measure: 'desk: preview of the location (3 files, 186 rows)',
      value: previewMs,
      unit: 'ms',
      target: '< 1 s',
      note: 'read, plan, mutators tried and rolled back',
    },
    {
      measure: 'desk: apply (the previewed mutations, all or nothing)',
      value: applyMs,
      unit: 'ms',
      target: '< 3 s',
      note: `${mutations} mutations, an outbox row each`,
    },
    {
      measure: 'desk: re-import that changes nothing',
      value: reimportMs,
      unit: 'ms',
      target: '< 1 s',
      note: `${unchanged} rows unchanged`,
    },
    { measure: `raw better-sqlite3 inserts of the same ${rows} rows`, value: raw, unit: 'ms', note: 'baseline, one transaction' },
    { measure: 'apply vs raw inserts', value: applyMs / raw, unit: 'x' },
  ];
}

async function hubRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const bytes = FILES.map((f) => fs.readFileSync(path.join(fixtures, f)));
  const log = createHubLogger('silent');
  for (const backend of testBackends()) {
    if (!backend.available) {
      rows.push({ measure: `hub (${backend.name}): not run`, value: 0, unit: 'count', note: backend.reason ?? '' });
      continue;
    }
    const [single, onboarding] = backend.name === 'postgres' ? [10, 100] : [2, 4];
    const locations = single + onboarding;
    const hub = await startTestHub(backend);
    try {
      const org = await hub.db.transaction((tx) => createOrganisation(tx, { name: 'Centraal bureau' }));
      const codes: string[] = [];
      for (let i = 0; i < locations; i++) {
        const code = `L${i}`;
        await hub.db.transaction((tx) => createLocation(tx, { organisationId: org.id, name: `Locatie ${i}`, code }));
        codes.push(code);
      }
      /** Imports the three files into each location, `parallel` locations at a time. */
      const importAll = async (locationCodes: string[], parallel: number) => {
        let mutations = 0;
        const queue = [...locationCodes];
        const start = performance.now();
        await Promise.all(
          Array.from({ length: parallel }, async () => {
            for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
              for (const [i, file] of FILES.entries()) {
                const result = await importIntoLocation(hub.db, {
                  organisationId: org.id,
                  location: code,
                  fileName: file,
                  bytes: bytes[i]!,
                  apply: true,
                  now: NOW,
                  log,
                });
                if (!result.ok) throw new Error(result.message);
                mutations += result.mutations ?? 0;
              }
            }
          }),
        );
        return { ms: performance.now() - start, mutations };
      };
      const oneByOne = await importAll(codes.slice(0, single), 1);
      const together = await importAll(codes.slice(single), 4);
      const target = backend.name === 'postgres' ? '< 60 s for 100' : '';
      rows.push(
        {
          measure: `hub (${backend.name}): ${single} locations, one at a time`,
          value: oneByOne.ms,
          unit: 'ms',
          note: `${oneByOne.mutations} mutations; ${(oneByOne.ms / single / 1000).toFixed(2)} s per location`,
        },
        {
          measure: `hub (${backend.name}): ${onboarding} locations, 4 at a time`,
          value: together.ms,
          unit: 'ms',
          target,
          note: `${together.mutations} mutations; ${(together.ms / onboarding / 1000).toFixed(2)} s per location`,
        },
      );
    } finally {
      await hub.close();
    }
  }
  return rows;
}

export const bench: Bench = {
  name: 'import',
  async run() {
    return [...(await deskRows()), ...(await hubRows())];
  },
};
