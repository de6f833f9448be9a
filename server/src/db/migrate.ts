/**
 * Numbered SQL migrations, recorded in `schema_migrations`. All pending ones are applied in one
 * transaction under an advisory lock, so hub processes that start together migrate once and
 * none of them serves a half-migrated schema.
 */
import type { Db } from './db';
import { migrations, type Migration } from './migrations';

/** Any fixed number: the advisory lock key of the migrations. */
const MIGRATION_LOCK_KEY = 517_900_001;

/** Applies what is missing; returns the versions applied now. */
export async function migrate(db: Db, all: readonly Migration[] = migrations): Promise<number[]> {
  assertNumbered(all);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...all.map((m) => m.version));
    if (newest > known) throw new Error(`The database has migration ${newest}; this hub knows up to ${known}. Update the hub.`);
    const applied: number[] = [];
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

function assertNumbered(all: readonly Migration[]): void {
  all.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has number ${m.version}, expected ${i + 1}`);
  });
}
