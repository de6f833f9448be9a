import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './database';
import { migrations, type Migration } from './migrations';

export type MigrationReport = { from: number; to: number; backup: string | null };

/**
 * Bring the store to the latest schema. Before touching a store that already holds a schema,
 * take an online backup with SQLite's backup API (never a file copy, which could catch a torn
 * WAL) into `backupDir`. Each migration runs in its own transaction with its version bump, so a
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
    fs.mkdirSync(backupDir, { recursive: true });
    backup = path.join(backupDir, `opvangdesk-v${from}-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
    await db.backup(backup);
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
