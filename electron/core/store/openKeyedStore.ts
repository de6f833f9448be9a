/**
 * The store opened with its data folder's key (issue 15, item 6): get the key (making one only
 * for a store that is new or not yet encrypted), encrypt a store or backups left unencrypted by an
 * older desk, and open with the desk's pragmas. Runs inside openCheckedStore (openStore.ts), so
 * the folder is locked and its faults are told plainly; migrating (with an encrypted backup) and
 * pruning the backups to the last BACKUPS_KEPT follow in core.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { isPlaintextStore, openDatabase, type Db, type StoreKey } from './database';
import { encryptPlaintextStore, removeInterruptedCopies } from './storeKey/encryptedCopy';
import { browserModeStoreKey, type StoreKeyProvider } from './storeKey/storeKeyFile';

export const BACKUP_FOLDER = 'backups';

/** Whether the store at `file` holds nothing a key would be needed for yet. */
function mayCreateKey(file: string): boolean {
  return !fs.existsSync(file) || fs.statSync(file).size === 0 || isPlaintextStore(file);
}

function encryptLeftovers(file: string, backupDir: string, key: Buffer, log: Logger): void {
  removeInterruptedCopies(path.dirname(file));
  removeInterruptedCopies(backupDir);
  if (encryptPlaintextStore(file, key)) log.info('store encrypted (it was written before the desk encrypted its data)');
  if (!fs.existsSync(backupDir)) return;
  for (const name of fs.readdirSync(backupDir)) {
    if (encryptPlaintextStore(path.join(backupDir, name), key)) log.info({ backup: name }, 'backup encrypted');
  }
}

/** The folder's key as its provider gives it (default: browser mode's); never made anew for an existing store. */
export function storeKeyOf(
  dataDir: string,
  storeFile: string,
  keySource: StoreKeyProvider | 'unencrypted' | undefined,
  log: Logger,
): StoreKey {
  const provider = keySource ?? browserModeStoreKey(dataDir, process.env, log);
  return provider === 'unencrypted' ? 'unencrypted' : provider.load({ mayCreate: mayCreateKey(path.join(dataDir, storeFile)) });
}

export function openKeyedDatabase(
  dataDir: string,
  storeFile: string,
  keySource: StoreKeyProvider | 'unencrypted' | undefined,
  log: Logger,
): Db {
  const file = path.join(dataDir, storeFile);
  const key = storeKeyOf(dataDir, storeFile, keySource, log);
  if (key !== 'unencrypted') encryptLeftovers(file, path.join(dataDir, BACKUP_FOLDER), key, log);
  return openDatabase(file, key);
}
