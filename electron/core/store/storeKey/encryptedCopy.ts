/**
 * Encrypted copies of a store, both with `VACUUM INTO` (an online, consistent copy through the
 * connection, so with the connection's cipher and key; SQLite's backup API refuses to copy an
 * encrypted store into a file it cannot key):
 * - the migration backups: encrypted like the store they copy;
 * - the one-time encryption of a store (or backup) written before the desk encrypted its data:
 *   a fresh copy is encrypted in place (`PRAGMA rekey`, which needs a rollback journal, not WAL)
 *   and then renamed over the plaintext file. A crash before the rename leaves the old store whole
 *   and this runs again on the next open; after it, the encrypted one. No plaintext file, WAL or
 *   journal is left behind (the freed disk blocks are not overwritten: an SSD gives no way to; the
 *   OS's disk encryption covers them).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { isPlaintextStore, type Db } from '../database';
import { rawKeyPragma, STORE_CIPHER } from './storeKeyPolicy';

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function removeWithCompanions(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** A consistent copy of everything `db` holds (schema, rows, user_version) in a new file of mode 0600. */
export function copyStore(db: Db, target: string): void {
  removeWithCompanions(target);
  fs.closeSync(fs.openSync(target, 'w', 0o600));
  db.exec(`VACUUM INTO ${sqlString(target)}`);
}

function fsyncPath(p: string): void {
  if (process.platform === 'win32' && fs.statSync(p).isDirectory()) return;
  const fd = fs.openSync(p, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const ENCRYPTING = '.encrypting';

/**
 * Removes what an encryption interrupted by a crash left in `dir`: the copy (still plaintext
 * before its rekey) and its rollback journal. The store or backup it was made from is still whole.
 */
export function removeInterruptedCopies(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith(ENCRYPTING) || name.endsWith(`${ENCRYPTING}-journal`)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Encrypts a store written before the desk encrypted its data, in place (see above). Returns
 * false when `file` is not a plaintext store.
 */
export function encryptPlaintextStore(file: string, key: Buffer): boolean {
  if (!isPlaintextStore(file)) return false;
  const target = `${file}${ENCRYPTING}`;
  const plain = new Database(file);
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    copyStore(plain, target);
  } finally {
    plain.close();
  }
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`cipher = '${STORE_CIPHER}'`);
    copy.pragma(`rekey = ${rawKeyPragma(key)}`);
  } finally {
    copy.close();
  }
  fsyncPath(target);
  for (const leftover of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(target, file);
  fsyncPath(path.dirname(file));
  return true;
}
