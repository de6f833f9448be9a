/**
 * The data folder is this user's only: the folder and its own subfolders 0700, the files the desk
 * writes 0600 (store, -wal, -shm, backups, keys, credentials, logs). Applied at every start, so a
 * folder made by an older desk (0755 / 0644) is closed too. Windows has no such modes: there the
 * per-user folder (%APPDATA%) already carries the user's ACL.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The desk's subfolders whose files are closed as well (Electron's own folders are left to Chromium). */
const DESK_FOLDERS = ['backups', 'logs'];

export function secureDataFolder(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.platform === 'win32') return;
  fs.chmodSync(dataDir, 0o700);
  closeFiles(dataDir);
  for (const sub of DESK_FOLDERS) {
    const dir = path.join(dataDir, sub);
    if (!fs.existsSync(dir)) continue;
    fs.chmodSync(dir, 0o700);
    closeFiles(dir);
  }
}

function closeFiles(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) fs.chmodSync(path.join(dir, entry.name), 0o600);
  }
}
