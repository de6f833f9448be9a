/**
 * The store key in the desktop app: wrapped by the OS keystore through Electron's safeStorage
 * (Keychain, DPAPI, the secret service); only the wrapped key lies in the data folder. Refused
 * when the keystore would keep it readable (Linux `basic_text`): see storeKeyPolicy.ts.
 */
import path from 'node:path';
import { safeStorage } from 'electron';
import { keystoreVerdict, parseStoreKey, StoreKeyRefused, WRAPPED_KEY_FILE } from '../core/store/storeKey/storeKeyPolicy';
import { loadOrCreateKey, type StoreKeyProvider } from '../core/store/storeKey/storeKeyFile';

/** Throws (with the Dutch sentence) unless the OS keystore really encrypts. */
export function requireSafeKeystore(): void {
  const verdict = keystoreVerdict({
    platform: process.platform,
    available: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
  });
  if (!verdict.ok) throw new StoreKeyRefused(verdict.message);
}

export function safeStorageStoreKey(dataDir: string): StoreKeyProvider {
  return {
    load({ mayCreate }) {
      requireSafeKeystore();
      return loadOrCreateKey(
        path.join(dataDir, WRAPPED_KEY_FILE),
        {
          wrap: (key) => safeStorage.encryptString(key.toString('hex')),
          unwrap: (wrapped) => parseStoreKey(safeStorage.decryptString(wrapped), 'De bewaarde sleutel'),
        },
        mayCreate,
      );
    },
  };
}
