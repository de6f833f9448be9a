import { copyStore } from './store/storeKey/encryptedCopy';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { storeFaultMessages } from '../../shared/i18n/storeFaultMessages';
import { FIXED_NOW } from '../../test/fixtures/tempCore';
import { STORE_FILE, createCore } from './core';
import { startCore, type StartedCore } from './faultCore';
import { createLogger } from './logger';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const base = (dataDir: string) => ({
  dataDir,
  transport: 'bridge' as const,
  version: '0.0.0-test',
  clock: () => FIXED_NOW,
  log: createLogger(null),
});

/** A demo store with one backup (as a migration takes it), then its header overwritten. */
async function damagedStoreWithBackup(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-faultcore-'));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const core = await createCore({ ...base(dataDir), demo: true });
  fs.mkdirSync(path.join(dataDir, 'backups'));
  copyStore(core.context.db, path.join(dataDir, 'backups', 'opvangdesk-v11-2026-11-20T08-00-00-000Z.db'));
  await core.close();
  const fd = fs.openSync(path.join(dataDir, STORE_FILE), 'r+');
  fs.writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
  fs.closeSync(fd);
  return dataDir;
}

async function start(dataDir: string, onClose = () => undefined): Promise<StartedCore> {
  const core = await startCore({ ...base(dataDir), onClose });
  cleanups.push(() => core.close());
  return core;
}

describe('store fault state: a damaged store is not served, and offers the ways out', () => {
  test('every call answers store.damaged; the view lists the backup; re-sync is not offered to a desk without a hub', async () => {
    const dataDir = await damagedStoreWithBackup();
    const core = await start(dataDir);
    expect(await core.call('app.info', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', rule: 'store.damaged', message: storeFaultMessages.nl['store.damaged'] },
    });
    const view = await core.call('storeFault.view', {});
    expect(view).toMatchObject({
      ok: true,
      value: { fault: { rule: 'store.damaged', canResync: false, backups: [{ file: 'opvangdesk-v11-2026-11-20T08-00-00-000Z.db' }] } },
    });
    expect(await core.call('storeFault.resync', {})).toMatchObject({ ok: false, error: { rule: 'store.resync_not_enrolled' } });
  });

  test('restoring the newest backup serves it, and keeps the damaged file aside (never deleted)', async () => {
    const dataDir = await damagedStoreWithBackup();
    const damagedBytes = fs.readFileSync(path.join(dataDir, STORE_FILE));
    const core = await start(dataDir);
    const restored = await core.call('storeFault.restoreBackup', { file: 'opvangdesk-v11-2026-11-20T08-00-00-000Z.db' });
    expect(restored).toEqual({ ok: true, value: { fault: null } });
    expect(core.fault()).toBeNull();
    expect(await core.call('app.info', {})).toMatchObject({ ok: true, value: { dataset: 'demo' } });
    const aside = fs.readdirSync(path.join(dataDir, 'damaged'));
    expect(aside).toEqual([expect.stringMatching(/^opvangdesk-2026-11-23T08-00-00-000Z\.db$/)]);
    expect(fs.readFileSync(path.join(dataDir, 'damaged', aside[0]!)).equals(damagedBytes)).toBe(true);
  });

  test('a backup name that is not in the list is refused, and nothing moves', async () => {
    const dataDir = await damagedStoreWithBackup();
    const core = await start(dataDir);
    expect(await core.call('storeFault.restoreBackup', { file: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { rule: 'store.no_such_backup' },
    });
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
  });

  test('the fault state holds the folder: a second desk on it is told store.in_use', async () => {
    const dataDir = await damagedStoreWithBackup();
    await start(dataDir);
    const second = await start(dataDir);
    expect(second.fault()).toMatchObject({ rule: 'store.in_use', backups: [], canResync: false });
  });

  test('"Sluiten" asks the host to close', async () => {
    const dataDir = await damagedStoreWithBackup();
    let closed = false;
    const core = await start(dataDir, () => void (closed = true));
    expect(await core.call('storeFault.close', {})).toEqual({ ok: true, value: { closing: true } });
    await new Promise((r) => setImmediate(r));
    expect(closed).toBe(true);
  });

  test('a healthy store has no fault and nothing to repair', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-faultcore-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const core = await start(dataDir);
    expect(core.fault()).toBeNull();
    expect(await core.call('storeFault.view', {})).toEqual({ ok: true, value: { fault: null } });
    expect(await core.call('storeFault.resync', {})).toMatchObject({ ok: false, error: { rule: 'store.no_fault' } });
  });
});
