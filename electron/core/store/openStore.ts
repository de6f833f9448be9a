/**
 * Opening the store the way the desk may serve it: first the data folder's lock (one process per
 * folder), then the file, then the quick integrity check. Anything SQLite or the file system says
 * on the way becomes a StoreFaultError with a plain Dutch rule; the lock is released again then.
 */
import fs from 'node:fs';
import type { Db } from './database';
import { assertStoreIntact } from './integrity';
import { acquireStoreLock, type StoreLock } from './storeLock';
import { asStoreFault } from './storeFaults';

export type OpenedStore = { db: Db; lock: StoreLock; integrityMs: number };

export function openCheckedStore(dataDir: string, open: () => Db): OpenedStore {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (err) {
    throw asStoreFault(err);
  }
  const lock = acquireStoreLock(dataDir);
  let db: Db | null = null;
  try {
    db = open();
    const report = assertStoreIntact(db);
    return { db, lock, integrityMs: report.ms };
  } catch (err) {
    if (db?.open) db.close();
    lock.release();
    throw asStoreFault(err);
  }
}

/** Runs a step of opening (migrations) with its faults told plainly; the store and lock are let go on failure. */
export async function withStoreFaults<T>(store: OpenedStore, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (store.db.open) store.db.close();
    store.lock.release();
    throw asStoreFault(err);
  }
}
