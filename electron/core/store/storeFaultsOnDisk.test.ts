/**
 * Store faults on real SQLite files (issue 15, item 8): what the desk says, and that it changes
 * nothing, when the disk is full, the folder read-only, the file damaged or in use.
 */
import { openDeskStore } from '../../../test/fixtures/deskStore';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { storeFaultMessages } from '../../../shared/i18n/storeFaultMessages';
import { FIXED_NOW } from '../../../test/fixtures/tempCore';
import { createBridgeServer } from '../bridge/bridgeServer';
import { STORE_FILE, createCore, type Core } from '../core';
import { createLogger } from '../logger';
import { quickCheck } from './integrity';
import { StoreFaultError, storeFaultRuleOf } from './storeFaults';

const root = path.resolve(__dirname, '../../..');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-faults-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function open(dataDir: string, log = createLogger(null)): Promise<Core> {
  const core = await createCore({ dataDir, transport: 'bridge', version: '0.0.0-test', demo: true, clock: () => FIXED_NOW, log });
  cleanups.push(() => core.close());
  return core;
}

/** A populated store on disk, closed: the demo organisation. */
async function populatedStore(): Promise<string> {
  const dataDir = tempDir();
  const core = await open(dataDir);
  await core.close();
  return dataDir;
}

async function openFault(dataDir: string): Promise<StoreFaultError> {
  try {
    await open(dataDir);
  } catch (err) {
    if (err instanceof StoreFaultError) return err;
    throw err;
  }
  throw new Error('the store opened');
}

function overwrite(file: string, offset: number, bytes: number): void {
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(bytes, 0x5a), 0, bytes, offset);
  fs.closeSync(fd);
}

const count = (core: Core, table: string) => (core.context.db.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;

describe('store faults: disk full', () => {
  test(
    'disk full (simulated with PRAGMA max_page_count on a real file, the log on /dev/full): store.disk_full through the bridge, never "verbinding", nothing half written',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir();
      // the log sits on the same full disk: its writes fail with ENOSPC as well
      fs.mkdirSync(path.join(dataDir, 'logs'));
      fs.symlinkSync('/dev/full', path.join(dataDir, 'logs', 'opvangdesk.log'));
      const core = await open(dataDir, createLogger(dataDir));
      const server = await createBridgeServer({ core, token: 't'.repeat(24), rendererDir: null });
      cleanups.push(() => server.close());
      await server.listen({ host: '127.0.0.1', port: 0 });
      const port = (server.server.address() as AddressInfo).port;
      const db = core.context.db;
      const location = db.prepare('SELECT id FROM locations LIMIT 1').get() as { id: string };
      const groupId = (db.prepare('SELECT id FROM groups WHERE location_id = ? LIMIT 1').get(location.id) as { id: string }).id;
      const staff = db.prepare('SELECT id FROM staff WHERE location_id = ?').all(location.id) as { id: string }[];
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

      type Answer = { ok: boolean; error?: { code: string; rule?: string; message: string } };
      let failed: { status: number; body: Answer } | null = null;
      let lastShiftId = '';
      for (let i = 0; i < 2000 && !failed; i++) {
        lastShiftId = `shift-full-${i}`;
        const shift = {
          id: lastShiftId,
          locationId: location.id,
          staffId: staff[i % staff.length]!.id,
          groupId,
          date: `2027-${String(1 + (Math.floor(i / staff.length / 28) % 12)).padStart(2, '0')}-${String(1 + (Math.floor(i / staff.length) % 28)).padStart(2, '0')}`,
          start: 450,
          end: 960,
          breaks: [],
        };
        const before = { shifts: count(core, 'shifts'), outbox: count(core, 'outbox') };
        const response = await fetch(`http://127.0.0.1:${port}/api/call/mutate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${'t'.repeat(24)}` },
          body: JSON.stringify({ name: 'shift.assign', args: shift }),
        });
        const body = (await response.json()) as Answer;
        if (!body.ok) {
          failed = { status: response.status, body };
          // nothing of the refused change is on disk: no shift, no outbox row, no pre-image
          expect({ shifts: count(core, 'shifts'), outbox: count(core, 'outbox') }).toEqual(before);
          expect(core.context.store.get('shifts', lastShiftId)).toBeNull();
        }
      }
      expect(failed).not.toBeNull();
      expect(failed!.body.error).toEqual({
        code: 'unavailable',
        rule: 'store.disk_full',
        message: storeFaultMessages.nl['store.disk_full'],
      });
      expect(failed!.body.error!.message).not.toMatch(/verbinding/);
      expect(failed!.status).toBe(503);
      expect(quickCheck(db).ok).toBe(true);
    },
  );
});

describe('store faults: a damaged store is not served', () => {
  test('damaged header (first 100 bytes overwritten): store.damaged at start, not SQLite\'s "file is not a database"', async () => {
    const dataDir = await populatedStore();
    overwrite(path.join(dataDir, STORE_FILE), 0, 100);
    const fault = await openFault(dataDir);
    expect(fault.rule).toBe('store.damaged');
    expect(fault.message).toBe(storeFaultMessages.nl['store.damaged']);
  });

  test('damaged pages in the middle of a populated file: quick_check finds them and the store is not served', async () => {
    const dataDir = await populatedStore();
    const file = path.join(dataDir, STORE_FILE);
    const pageSize = 4096;
    const pages = fs.statSync(file).size / pageSize;
    expect(pages).toBeGreaterThan(20);
    overwrite(file, Math.floor(pages / 2) * pageSize, 4 * pageSize);
    // before the check it opens without a word (that was the finding)
    const raw = openDeskStore(dataDir);
    expect(() => raw.pragma('user_version')).not.toThrow();
    expect(quickCheck(raw).ok).toBe(false);
    raw.close();
    const fault = await openFault(dataDir);
    expect(fault.rule).toBe('store.damaged');
  });

  test('an intact store passes the quick check at start', async () => {
    const dataDir = await populatedStore();
    const core = await open(dataDir);
    expect(quickCheck(core.context.db)).toMatchObject({ ok: true });
  });
});

/** Opens a core on DIR in a child process (test/fixtures/openCoreChild.ts), as `uid` when given; resolves with its output. */
function runChild(env: Record<string, string>, uid?: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      cwd: root,
      env: { ...process.env, ...env, HOME: os.tmpdir() },
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const childScript = path.join(root, 'test/fixtures/openCoreChild.ts');

describe('store faults: read-only data folder', () => {
  // Root writes through chmod 0500, so as root the store is opened by a child process running as
  // nobody (uid 65534): the same folder permissions a manager's account meets.
  const isRoot = process.getuid?.() === 0;

  test('a read-only data folder (chmod 0500) gives store.read_only at start, not a raw SQLite message', { timeout: 30_000 }, async () => {
    const dataDir = await populatedStore();
    if (isRoot) {
      for (const f of fs.readdirSync(dataDir, { recursive: true }) as string[]) fs.chownSync(path.join(dataDir, f), 65534, 65534);
      fs.chownSync(dataDir, 65534, 65534);
    }
    fs.chmodSync(dataDir, 0o500);
    cleanups.push(() => fs.chmodSync(dataDir, 0o700));
    const result = await runChild({ DIR: dataDir }, isRoot ? 65534 : undefined);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout.trim())).toEqual({ rule: 'store.read_only', message: storeFaultMessages.nl['store.read_only'] });
  });

  test('a store file that may only be read (opened read-only by SQLite): a write gives store.read_only and changes nothing', async () => {
    const dataDir = await populatedStore();
    const core = await open(dataDir);
    // a second, read-only connection stands in for the file mode: SQLite's real SQLITE_READONLY
    const readOnly = openDeskStore(dataDir, { readonly: true });
    cleanups.push(() => void readOnly.close());
    let error: unknown;
    try {
      readOnly.prepare("UPDATE meta SET value = 'x' WHERE key = 'dataset'").run();
    } catch (err) {
      error = err;
    }
    expect((error as { code: string }).code).toBe('SQLITE_READONLY');
    expect(storeFaultRuleOf(error)).toBe('store.read_only');
    expect(count(core, 'outbox')).toBe(0);
  });
});

describe('store faults: one process per data folder', () => {
  test(
    'a second core process on the same data folder refuses with store.in_use; after the first closes, it opens',
    { timeout: 30_000 },
    async () => {
      const dataDir = await populatedStore();
      const first = await open(dataDir);
      const second = await runChild({ DIR: dataDir });
      expect(second.code).toBe(3);
      expect(JSON.parse(second.stdout.trim())).toEqual({ rule: 'store.in_use', message: storeFaultMessages.nl['store.in_use'] });
      await first.close();
      const third = await runChild({ DIR: dataDir });
      expect(third.stdout.trim()).toBe('OPENED');
    },
  );

  test('a lock left by a process that is gone (killed) is stale and taken over', { timeout: 30_000 }, async () => {
    const dataDir = await populatedStore();
    const holder = spawn(process.execPath, ['--import', 'tsx', childScript], {
      cwd: root,
      env: { ...process.env, DIR: dataDir, HOLD: '60000' },
    });
    await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('OPENED') && resolve()));
    holder.kill('SIGKILL');
    await new Promise((r) => holder.on('exit', r));
    expect(fs.existsSync(path.join(dataDir, 'opvangdesk.lock'))).toBe(true);
    const core = await open(dataDir);
    expect(count(core, 'locations')).toBeGreaterThan(0);
  });

  test('the same process opening the folder twice is refused too', async () => {
    const dataDir = await populatedStore();
    await open(dataDir);
    const fault = await openFault(dataDir);
    expect(fault.rule).toBe('store.in_use');
  });
});
