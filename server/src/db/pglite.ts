/**
 * Embedded PostgreSQL (PGlite) in a data folder: demos, development and fast tests without a
 * server. One connection only: PGlite itself queues queries behind an open transaction, so row
 * locks are trivially held; the SQL is the same as on PostgreSQL.
 *
 * A data folder must be opened by one process at a time: a lock file next to the database
 * (`<dataDir>/hub.lock`, with the owner's pid) refuses a second hub or admin command.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { toDbError, type Db, type QueryResult, type Queryable } from './db';

export async function openPglite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = takeFolderLock(join(dataDir, 'hub.lock'));
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(join(dataDir, 'pgdata'));
  } catch (error) {
    releaseLock();
    throw toDbError(error);
  }

  const over = (client: PGlite | Transaction): Queryable => ({
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      try {
        const result = await client.query<R>(sql, params as unknown[]);
        // PGlite reports affectedRows for writes only; a SELECT's count is its rows.
        return { rows: result.rows, rowCount: Math.max(result.rows.length, result.affectedRows ?? 0) };
      } catch (error) {
        throw toDbError(error);
      }
    },
    async exec(sql: string): Promise<void> {
      try {
        await client.exec(sql);
      } catch (error) {
        throw toDbError(error);
      }
    },
  });

  return {
    backend: 'pglite',
    ...over(pglite),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      try {
        return await pglite.transaction((tx) => fn(over(tx)));
      } catch (error) {
        // Errors of `fn` pass unchanged (they may be rules, not database errors).
        if (error instanceof Error && (error.constructor.name === 'TransactionAbortedError' || 'severity' in error)) throw toDbError(error);
        throw error;
      }
    },
    async close(): Promise<void> {
      try {
        await pglite.close();
      } finally {
        releaseLock();
      }
    },
  };
}

/** Exclusive lock file with our pid; a stale file (its process is gone) is taken over. */
function takeFolderLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new Error(`The hub data folder is in use by process ${owner} (${path}). Stop that hub first, or use DATABASE_URL.`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock the hub data folder (${path}).`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
