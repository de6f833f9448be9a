/**
 * Where the desk keeps its hub credential. Electron's main process passes one backed by the OS's
 * secure storage (safeStorage); browser mode keeps it in the data folder, readable by this user
 * only.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface CredentialStore {
  load(): string | null;
  save(credential: string): void;
  clear(): void;
}

export function fileCredentialStore(dataDir: string): CredentialStore {
  const file = path.join(dataDir, 'hub-credential');
  return {
    load: () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || null : null),
    save: (credential) => fs.writeFileSync(file, credential, { mode: 0o600 }),
    clear: () => fs.rmSync(file, { force: true }),
  };
}
