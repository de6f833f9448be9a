/**
 * Store faults in browser mode (issue 15, item 8): a damaged store is not served but explained,
 * with the newest backup to restore; a second desk on the same data folder says it is already open.
 */
import { copyStore } from '../../electron/core/store/storeKey/encryptedCopy';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STORE_FILE, createCore } from '../../electron/core/core';
import { createLogger } from '../../electron/core/logger';
import { expect, screenshotDir, startDesk, test } from './fixtures';
import { runNow } from './runClock';

/** A demo store with one backup, as a migration takes it, and then its header overwritten. */
async function damagedDataDir(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-e2e-damaged-'));
  const now = runNow();
  const core = await createCore({ dataDir, transport: 'bridge', version: 'e2e', demo: true, clock: () => now, log: createLogger(null) });
  fs.mkdirSync(path.join(dataDir, 'backups'));
  copyStore(core.context.db, path.join(dataDir, 'backups', 'opvangdesk-v11-backup.db'));
  await core.close();
  const fd = fs.openSync(path.join(dataDir, STORE_FILE), 'r+');
  fs.writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
  fs.closeSync(fd);
  return dataDir;
}

test(
  'a damaged store is not served: the desk explains it in Dutch and restores the newest backup',
  { tag: '@anyday' },
  async ({ page }) => {
    const { desk, stop } = await startDesk({ demo: false, dataDir: await damagedDataDir() });
    try {
      await page.goto(desk.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Het gegevensbestand is beschadigd' })).toBeVisible();
      await expect(page.getByText('Opvangdesk gebruikt het niet, zodat er niets verkeerds bij komt.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Opnieuw ophalen van de hub' })).toBeVisible();
      await expect(page.getByText('Opnieuw ophalen van de hub kan alleen op een desk die aan een hub is gekoppeld.')).toBeVisible();
      await expect(page.getByText(/SQLITE|not a database|verbinding/)).toHaveCount(0);
      await page.screenshot({ path: path.join(screenshotDir, 'store-fault-damaged.png'), fullPage: true });

      await page.getByRole('button', { name: 'Reservekopie terugzetten' }).click();
      await expect(page.getByRole('heading', { name: 'Het gegevensbestand is beschadigd' })).toHaveCount(0, { timeout: 30_000 });
      await expect(page.getByText('Demogegevens')).toBeVisible();
      expect(fs.readdirSync(path.join(desk.dataDir, 'damaged'))).toHaveLength(1);
      await expect(page.getByText('Laden...')).toHaveCount(0, { timeout: 30_000 });
      await page.screenshot({ path: path.join(screenshotDir, 'store-fault-restored.png') });
    } finally {
      await stop();
    }
  },
);

test('a second desk on the same data folder says Opvangdesk is already open', { tag: '@anyday' }, async ({ page }) => {
  const first = await startDesk({ demo: true });
  const second = await startDesk({ demo: false, dataDir: first.desk.dataDir });
  try {
    await page.goto(second.desk.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Opvangdesk is al geopend' })).toBeVisible();
    await expect(page.getByText('Opvangdesk is al geopend met deze gegevensmap')).toBeVisible();
    await page.screenshot({ path: path.join(screenshotDir, 'store-fault-in-use.png'), fullPage: true });
    await page.getByRole('button', { name: 'Opvangdesk sluiten' }).click();
    await expect(page.getByText('Opvangdesk is gesloten. U kunt dit venster nu sluiten.')).toBeVisible();
  } finally {
    await second.stop();
    await first.stop();
  }
});
