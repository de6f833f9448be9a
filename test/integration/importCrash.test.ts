/**
 * An import interrupted halfway (issue 14, "Bad input"): a desk applying the 150 children of the
 * back office's file is killed with SIGKILL at moments spread over the apply, and opened again:
 * every time the location holds all of the import or none of it, outbox included, and SQLite's
 * integrity check is `ok`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDeskStore } from '../fixtures/deskStore';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/import');
const worker = path.join(__dirname, 'importCrashWorker.ts');
const NOW = '2026-11-23T08:00:00Z';
/** Milliseconds after APPLYING at which the desk is killed: from at once to after it finished. */
const KILL_AFTER = [0, 40, 120, 250, 400, 700, 1200];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-import-crash-'));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function desk(...args: string[]): void {
  const r = spawnSync('npx', ['tsx', 'electron/core/cli/desk.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OPVANGDESK_NOW: NOW },
  });
  if (r.status !== 0) throw new Error(r.stderr);
}

function killedDuringApply(data: string, afterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, data, path.join(fixtures, 'children.csv')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('APPLYING') && !out.includes('KILL')) {
        out += 'KILL';
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out));
  });
}

describe('an import killed halfway leaves all or nothing', () => {
  test('SIGKILL at moments spread over the apply: 0 or 150 children, the outbox with them, integrity ok', async () => {
    const data = path.join(dir, 'desk');
    desk('setup', '--data', data, '--organisation', 'Kinderopvang De Vlinder', '--location', 'Rhoon', '--code', 'RHO');
    desk('import', '--data', data, '--location', 'RHO', '--file', path.join(fixtures, 'groups.csv'), '--apply');
    desk('import', '--data', data, '--location', 'RHO', '--file', path.join(fixtures, 'staff.csv'), '--apply');
    const seen = new Set<number>();
    for (const afterMs of KILL_AFTER) {
      const copy = path.join(dir, `desk-${afterMs}`);
      fs.cpSync(data, copy, { recursive: true });
      fs.copyFileSync(`${data}.store-key`, `${copy}.store-key`);
      await killedDuringApply(copy, afterMs);
      const db = openDeskStore(copy);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const children = (db.prepare('SELECT count(*) AS n FROM children').get() as { n: number }).n;
        const placements = (db.prepare('SELECT count(*) AS n FROM placements').get() as { n: number }).n;
        const outbox = (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
        expect([0, 150]).toContain(children);
        expect(placements).toBe(children);
        expect(outbox).toBe(1 + 6 + 30 + (children === 0 ? 0 : 300));
        seen.add(children);
      } finally {
        db.close();
      }
    }
    // The kills fell both before the commit and after it.
    expect([...seen].sort()).toEqual([0, 150]);
  }, 300_000);
});
