/**
 * Opens the data folder's store the one way the desk does: get the folder's key (making one only
 * for a store that is new or not yet encrypted), encrypt a store or backups left unencrypted by
 * an older desk, open with the desk's pragmas, migrate (with an encrypted backup) and prune the
 * backups to the last BACKUPS_KEPT.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger';
import { closeDatabase, isPlaintextStore, openDatabase, type Db, type StoreKey } from './database';
import { migrate, pruneBackups } from './migrate';
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

export async function openStore(
  dataDir: string,
  storeFile: string,
  keySource: StoreKeyProvider | 'unencrypted' | undefined,
  log: Logger,
): Promise<Db> {
  const file = path.join(dataDir, storeFile);
  const backupDir = path.join(dataDir, BACKUP_FOLDER);
  const provider = keySource ?? browserModeStoreKey(dataDir, process.env, log);
  const key: StoreKey = provider === 'unencrypted' ? 'unencrypted' : provider.load({ mayCreate: mayCreateKey(file) });
  if (key !== 'unencrypted') encryptLeftovers(file, backupDir, key, log);
  const db = openDatabase(file, key);
  try {
    const report = await migrate(db, backupDir);
    if (report.from !== report.to) log.info(report, 'store migrated');
    pruneBackups(backupDir);
    return db;
  } catch (err) {
    closeDatabase(db);
    throw err;
  }
}
