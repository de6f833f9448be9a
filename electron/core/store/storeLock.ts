/**
 * One Opvangdesk process per data folder: a lock file `opvangdesk.lock` holding the owner's pid,
 * created with O_EXCL so two starts cannot both win. A lock whose pid no longer runs (a crash, a
 * kill -9, a power cut) is stale and taken over.
 *
 * Why a lock file and not SQLite's `locking_mode=EXCLUSIVE`: the folder holds more than the store
 * (the WAL, backups, the log, the browser-mode credential), and the recovery of a damaged store
 * moves files around; a lock that is taken before the store is opened covers all of it, and it
 * names the process that holds it. In WAL mode SQLite's exclusive mode would also give up the
 * shared-memory index and only bite at the first read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StoreFaultError, asStoreFault } from './storeFaults';

export const LOCK_FILE = 'opvangdesk.lock';

export type StoreLock = { readonly file: string; release(): void };

type LockOwner = { pid: number; host: string; since: string };

/** Does the process still run? EPERM means it runs under another user: alive too. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): { text: string; owner: LockOwner | null } | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    return { text, owner: Number.isInteger(owner.pid) ? owner : null };
  } catch {
    // a lock file cut short by a crash between create and write: nobody holds it
    return { text, owner: null };
  }
}

/**
 * A lock on another host (a data folder on a network share) is never judged stale: its pid means
 * nothing here.
 */
function isStale(owner: LockOwner | null): boolean {
  if (owner === null) return true;
  if (owner.host !== os.hostname()) return false;
  return !isProcessAlive(owner.pid);
}

function tryCreate(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw asStoreFault(err);
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Takes the data folder's lock or throws StoreFaultError `store.in_use` (another process holds
 * it), `store.read_only` (the folder may not be written) and the like.
 */
export function acquireStoreLock(dataDir: string, pid = process.pid): StoreLock {
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid, host: os.hostname(), since: new Date().toISOString() };
  if (!tryCreate(file, owner)) {
    const found = readOwner(file);
    if (found && !isStale(found.owner)) throw new StoreFaultError('store.in_use');
    // Stale: remove it only when it is still the stale one we read, then race for it like a fresh start.
    if (found && readOwner(file)?.text === found.text) fs.rmSync(file, { force: true });
    if (!tryCreate(file, owner)) throw new StoreFaultError('store.in_use');
  }
  let held = true;
  const releaseOnExit = () => release();
  function release(): void {
    if (!held) return;
    held = false;
    process.off('exit', releaseOnExit);
    // only our own lock: never a lock another process took over
    if (readOwner(file)?.owner?.pid === pid) fs.rmSync(file, { force: true });
  }
  process.on('exit', releaseOnExit);
  return { file, release };
}
