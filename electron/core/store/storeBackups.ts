/**
 * The way back from a damaged store: the migration backups (migrate.ts takes one with SQLite's
 * backup API before each migration) listed newest first, and restoring one. The damaged store is
 * never deleted: it is moved aside, with its WAL, into `damaged/` under a time-stamped name, so a
 * specialist can still try to rescue what was not sent yet.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StoreBackupView } from '../../../shared/contract/storeFaultViews';

export const BACKUP_DIR = 'backups';
export const DAMAGED_DIR = 'damaged';
const STORE_SIDE_FILES = ['', '-wal', '-shm', '-journal'];

export function listBackups(dataDir: string): StoreBackupView[] {
  const dir = path.join(dataDir, BACKUP_DIR);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.db'))
    .map((file) => {
      const stat = fs.statSync(path.join(dir, file));
      return { file, takenAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.file.localeCompare(a.file));
}

/** Moves the store file and its WAL/SHM into `damaged/`; returns the new name of the store file. */
export function moveStoreAside(dataDir: string, storeFile: string, stamp: string): string {
  const target = path.join(dataDir, DAMAGED_DIR);
  fs.mkdirSync(target, { recursive: true, mode: 0o700 });
  const base = `${path.basename(storeFile, '.db')}-${stamp.replace(/[:.]/g, '-')}.db`;
  for (const suffix of STORE_SIDE_FILES) {
    const from = path.join(dataDir, `${storeFile}${suffix}`);
    if (fs.existsSync(from)) fs.renameSync(from, path.join(target, `${base}${suffix}`));
  }
  return path.join(target, base);
}

/**
 * Puts backup `file` (a name from listBackups, nothing else) in the store's place, after moving
 * the damaged store aside. Copy to a temporary name, then rename: a crash leaves either no store
 * (and the backup untouched) or the whole backup.
 */
export function restoreBackup(dataDir: string, storeFile: string, file: string, stamp: string): { movedTo: string } {
  if (!listBackups(dataDir).some((b) => b.file === file)) throw new Error(`no such backup: ${file}`);
  const movedTo = moveStoreAside(dataDir, storeFile, stamp);
  const temp = path.join(dataDir, `${storeFile}.restoring`);
  fs.copyFileSync(path.join(dataDir, BACKUP_DIR, file), temp);
  fs.renameSync(temp, path.join(dataDir, storeFile));
  return { movedTo };
}
