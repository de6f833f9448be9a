/**
 * The desk's one SQLite connection, with the pragmas of the architecture: WAL for readers during
 * writes, synchronous=FULL so a change reported as saved survives a power cut, foreign keys on,
 * a busy timeout, and a bounded journal.
 *
 * Encrypted at rest (issue 15, item 6): SQLite3 Multiple Ciphers (better-sqlite3-multiple-ciphers,
 * the same API as better-sqlite3) encrypts every page of the file and of its WAL with the data
 * folder's key (see storeKey/storeKeyPolicy.ts). Temporary tables and sorts stay in memory, because
 * SQLite's temporary files are not encrypted. The file is created 0600; SQLite gives the -wal
 * and -shm the mode of the database file.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { rawKeyPragma, STORE_CIPHER } from './storeKey/storeKeyPolicy';

export type Db = Database.Database;

/** A store key, or 'unencrypted': only for the benchmarks' baselines (test/bench). */
export type StoreKey = Buffer | 'unencrypted';

/**
 * The key does not open the file: a wrong key and a damaged header look the same to SQLite, so it
 * carries SQLite's code and the desk treats it as a damaged store (restore a backup, re-sync).
 */
export class StoreKeyMismatch extends Error {
  readonly code = 'SQLITE_NOTADB';
}

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether `file` is an unencrypted SQLite database (an encrypted one starts with random bytes). */
export function isPlaintextStore(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(PLAINTEXT_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.equals(PLAINTEXT_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/** Keys a fresh connection and proves the key fits by reading the schema. */
export function applyKey(db: Db, key: Buffer, file: string): void {
  db.pragma(`cipher = '${STORE_CIPHER}'`);
  db.pragma(`key = ${rawKeyPragma(key)}`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    db.close();
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new StoreKeyMismatch(
        `De gegevens in ${file} kunnen niet worden geopend: ze zijn versleuteld met een andere sleutel, of het bestand is beschadigd.`,
      );
    }
    throw err;
  }
}

export function openDatabase(file: string, key: StoreKey): Db {
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  else fs.chmodSync(file, 0o600);
  const db = new Database(file);
  if (key !== 'unencrypted') applyKey(db, key, file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_size_limit = 67108864');
  db.pragma('temp_store = MEMORY');
  return db;
}

/** Fold the WAL back into the database file: when idle and before closing. */
export function checkpoint(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  checkpoint(db);
  db.close();
}
