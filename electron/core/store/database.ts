/**
 * The desk's one SQLite connection, with the pragmas of the architecture: WAL for readers during
 * writes, synchronous=FULL so a change reported as saved survives a power cut, foreign keys on,
 * a busy timeout, and a bounded journal.
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_size_limit = 67108864');
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
