/**
 * The hub credential in the OS's secure storage (Keychain on macOS, DPAPI on Windows, the secret
 * service on Linux) through Electron's safeStorage: only the encrypted blob touches the disk.
 * Refused, like the store key, when safeStorage would keep it readable (Linux `basic_text`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { CredentialStore } from '../core/sync/credentialStore';
import { requireSafeKeystore } from './safeStorageStoreKey';

export function secureCredentialStore(dataDir: string): CredentialStore {
  const file = path.join(dataDir, 'hub-credential.enc');
  return {
    load: () => (fs.existsSync(file) ? safeStorage.decryptString(fs.readFileSync(file)) : null),
    save: (credential) => {
      requireSafeKeystore();
      fs.writeFileSync(file, safeStorage.encryptString(credential), { mode: 0o600 });
    },
    clear: () => fs.rmSync(file, { force: true }),
  };
}
