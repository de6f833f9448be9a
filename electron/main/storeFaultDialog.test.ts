import { copyStore } from '../core/store/storeKey/encryptedCopy';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { afterEach, describe, expect, test } from 'vitest';
import type { StoreFaultView } from '../../shared/contract/storeFaultViews';
import { storeFaultMessages } from '../../shared/i18n/storeFaultMessages';
import { FIXED_NOW } from '../../test/fixtures/tempCore';
import { STORE_FILE, createCore } from '../core/core';
import { startCore } from '../core/faultCore';
import { createLogger } from '../core/logger';
import { settleStoreFault, storeFaultDialog } from './storeFaultDialog';

const view = (overrides: Partial<StoreFaultView>): StoreFaultView => ({
  rule: 'store.damaged',
  message: storeFaultMessages.nl['store.damaged'],
  dataDir: '/data',
  backups: [],
  canResync: false,
  ...overrides,
});

const backup = { file: 'opvangdesk-v10-x.db', takenAt: '2026-11-20T08:00:00.000Z', bytes: 1 };

describe('store-fault dialog (Electron): the ways out, in Dutch', () => {
  test('damaged, with a backup and a hub: restore first, then re-sync, then close', () => {
    const dialog = storeFaultDialog(view({ backups: [backup], canResync: true }));
    expect(dialog.options.buttons).toEqual(['Laatste reservekopie terugzetten', 'Opnieuw ophalen van de hub', 'Opvangdesk sluiten']);
    expect(dialog.actions).toEqual([{ kind: 'restore', file: backup.file }, { kind: 'resync' }, { kind: 'close' }]);
    expect(dialog.options.message).toBe('Het gegevensbestand is beschadigd');
    expect(dialog.options.detail).toContain('kunnen niet worden teruggehaald');
    expect(dialog.options.cancelId).toBe(2);
  });

  test('damaged, no backup, not enrolled: only close, and it says there is no backup', () => {
    const dialog = storeFaultDialog(view({}));
    expect(dialog.options.buttons).toEqual(['Opvangdesk sluiten']);
    expect(dialog.options.detail).toContain('Er is geen reservekopie');
  });

  test('already open elsewhere: an information dialog with the Dutch sentence and close', () => {
    const dialog = storeFaultDialog(view({ rule: 'store.in_use', message: storeFaultMessages.nl['store.in_use'] }));
    expect(dialog.options).toMatchObject({ type: 'info', message: 'Opvangdesk is al geopend', buttons: ['Opvangdesk sluiten'] });
    expect(dialog.options.detail).toContain('Opvangdesk is al geopend met deze gegevensmap');
  });

  test('a failed attempt is told at the top of the next dialog', () => {
    const dialog = storeFaultDialog(view({ canResync: true }), 'De hub is nu niet bereikbaar.');
    expect(dialog.options.detail!.startsWith('De hub is nu niet bereikbaar.')).toBe(true);
  });
});

describe('settling a store fault with a real damaged store', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function damaged(): Promise<string> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-dialog-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const core = await createCore({ dataDir, transport: 'ipc', version: 't', demo: true, clock: () => FIXED_NOW, log: createLogger(null) });
    fs.mkdirSync(path.join(dataDir, 'backups'));
    copyStore(core.context.db, path.join(dataDir, 'backups', 'opvangdesk-v11-x.db'));
    await core.close();
    const fd = fs.openSync(path.join(dataDir, STORE_FILE), 'r+');
    fs.writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
    fs.closeSync(fd);
    return dataDir;
  }

  async function start(dataDir: string) {
    const core = await startCore({
      dataDir,
      transport: 'ipc',
      version: 't',
      clock: () => FIXED_NOW,
      log: createLogger(null),
      onClose: () => undefined,
    });
    cleanups.push(() => core.close());
    return core;
  }

  test('choosing the backup serves the store', async () => {
    const core = await start(await damaged());
    const asked: MessageBoxOptions[] = [];
    expect(await settleStoreFault(core, async (o) => (asked.push(o), 0))).toBe(true);
    expect(asked).toHaveLength(1);
    expect(await core.call('app.info', {})).toMatchObject({ ok: true, value: { dataset: 'demo' } });
  });

  test('choosing close leaves the store as it is and tells the host to quit', async () => {
    const dataDir = await damaged();
    const core = await start(dataDir);
    expect(await settleStoreFault(core, async (o) => o.buttons!.length - 1)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'damaged'))).toBe(false);
  });
});
