/**
 * Nothing lost (sync.md): a desk process is killed with SIGKILL at random moments while it makes
 * changes and syncs, 100+ times, and started again on the same data folder. Every change it
 * reported as saved reaches the hub exactly once, and SQLite's integrity check is `ok` after
 * every crash.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';

const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 110);
const root = path.resolve(__dirname, '../..');
const workerFile = path.join(root, 'node_modules', '.cache', 'opvangdesk-test', 'deskWorker.cjs');

type Run = { saved: string[]; integrity: string | null; ready: boolean; stderr: string };

function runWorker(args: string[], killAfterReadyMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [workerFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { saved: [], integrity: null, ready: false, stderr: '' };
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('SAVED ')) run.saved.push(line.slice(6));
        else if (line.startsWith('INTEGRITY ')) run.integrity = line.slice(10);
        else if (line === 'READY') {
          run.ready = true;
          if (killAfterReadyMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterReadyMs);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => resolve(run));
  });
}

describe.each(testBackends())('crash safety of the desk ($name hub)', (backend) => {
  if (!backend.available) {
    test.skip(`not run: ${backend.reason}`, () => undefined);
    return;
  }
  let hub: TestHub;
  let org: Seeded;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-crash-'));

  beforeAll(async () => {
    await build({
      entryPoints: [path.join(root, 'test/tools/deskWorker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: workerFile,
      packages: 'external',
      logLevel: 'silent',
    });
    hub = await startTestHub(backend);
    org = await seedOrganisation(hub.db, 1);
  });

  afterAll(async () => {
    await hub?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test(
    `killed at random ${ITERATIONS} times while writing and syncing: every saved change reaches the hub exactly once`,
    { timeout: 900_000 },
    async () => {
      const location = org.locations[0]!;
      const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
      const args = [dataDir, hub.url, code, location.managerEmail, PASSWORD, location.id, location.groupId, location.staffIds[0]];
      const saved: string[] = [];
      let kills = 0;
      for (let i = 0; i < ITERATIONS; i++) {
        // the first run enrols and is left to finish that; later runs die anywhere, some while starting
        const killAt = i > 0 && i % 10 === 0 ? null : Math.floor(Math.random() * 250);
        const run = i > 0 && killAt === null ? await killDuringStart(args) : await runWorker(args, killAt ?? 0);
        expect(run.integrity, `iteration ${i}: ${run.stderr}`).toBe('ok');
        saved.push(...run.saved);
        kills++;
      }
      const final = await runWorker([...args, '--drain'], null);
      expect(final.integrity).toBe('ok');
      expect(final.stderr).toBe('');

      expect(kills).toBe(ITERATIONS);
      expect(saved.length).toBeGreaterThan(100);
      const { rows } = await hub.db.query<{ id: string; n: number }>(
        "SELECT args->>'id' AS id, count(*)::int AS n FROM mutation_log WHERE name = 'shift.assign' AND status = 'applied' GROUP BY 1",
      );
      const onHub = new Map(rows.map((r) => [r.id, r.n]));
      const missing = saved.filter((id) => !onHub.has(id));
      const twice = saved.filter((id) => (onHub.get(id) ?? 0) > 1);
      expect(missing, 'saved on the desk but never reached the hub').toEqual([]);
      expect(twice, 'applied more than once').toEqual([]);
      const { rows: shifts } = await hub.db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM sync_rows WHERE tbl = 'shifts' AND id = ANY($1)",
        [saved],
      );
      expect(shifts[0]?.n).toBe(saved.length);
    },
  );

  /** Kill within the first moments of a start: during open, migration check, sign-in. */
  async function killDuringStart(args: string[]): Promise<Run> {
    const child = spawn(process.execPath, [workerFile, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    setTimeout(() => child.kill('SIGKILL'), 30 + Math.random() * 150);
    await new Promise((r) => child.on('exit', r));
    const integrity = /INTEGRITY (\S+)/.exec(out)?.[1] ?? 'ok';
    return { saved: [...out.matchAll(/^SAVED (\S+)$/gm)].map((m) => m[1]!), integrity, ready: out.includes('READY'), stderr: '' };
  }
});
