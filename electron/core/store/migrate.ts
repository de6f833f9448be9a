import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './database';
import { migrations, type Migration } from './migrations';
import { copyStore } from './storeKey/encryptedCopy';

export type MigrationReport = { from: number; to: number; backup: string | null };

/**
 * Migration backups kept: the last 3. Each is a whole copy of the children's data, so every one
 * kept is more for a lost laptop to hold and more that a deleted child lives on in; 3 still lets
 * a desk step back over the last few updates (one backup per update that changes the schema).
 */
export const BACKUPS_KEPT = 3;

const BACKUP_NAME = /^opvangdesk-v\d+-(.+)\.db$/;

/** Removes all but the newest `keep` backups (by the time in their name); returns the names removed. */
export function pruneBackups(dir: string, keep = BACKUPS_KEPT): string[] {
  if (!fs.existsSync(dir)) return [];
  const backups = fs
    .readdirSync(dir)
    .map((name) => ({ name, taken: BACKUP_NAME.exec(name)?.[1] }))
    .filter((b): b is { name: string; taken: string } => b.taken !== undefined)
    .sort((a, b) => (a.taken < b.taken ? 1 : a.taken > b.taken ? -1 : 0));
  const removed = backups.slice(keep).map((b) => b.name);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

/**
 * Bring the store to the latest schema. Before touching a store that already holds a schema,
 * take an online backup with VACUUM INTO (never a file copy, which could catch a torn WAL; it is
 * encrypted like the store, see storeKey/encryptedCopy.ts) into `backupDir`, mode 0600, and keep
 * the last BACKUPS_KEPT. Each migration runs in its own transaction with its version bump, so a
 * crash leaves the store at a whole version.
 */
export async function migrate(db: Db, backupDir: string, list: readonly Migration[] = migrations): Promise<MigrationReport> {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = list.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(`de database heeft schemaversie ${from}, deze versie van Opvangdesk kent er ${latest}: werk Opvangdesk bij`);
  }
  let backup: string | null = null;
  if (from > 0 && from < latest) {
    fs.mkdirSync(backupDir, { recursive: true, mode: 0o700 });
    backup = path.join(backupDir, `opvangdesk-v${from}-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
    copyStore(db, backup);
    pruneBackups(backupDir);
  }
  for (const m of list) {
    if (m.version <= from) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: latest, backup };
}
