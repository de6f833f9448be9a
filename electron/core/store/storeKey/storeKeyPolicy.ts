/**
 * The rules for the key that encrypts the desk's store (the .db, its WAL and the migration
 * backups), apart from where the key is kept (storeKeyFile.ts) and from Electron
 * (electron/main/safeStorageStoreKey.ts):
 *
 * - One random 256-bit key per data folder. Because it is random and never a password, it is
 *   handed to SQLite3 Multiple Ciphers as a raw key (`x'…'`): no key derivation (PBKDF2) on every
 *   open, which a random key does not need.
 * - Desktop app: the key is wrapped by the OS keystore (Electron's safeStorage: Keychain, DPAPI,
 *   the secret service) and only the wrapped key lies in the data folder. On Linux without a
 *   keyring safeStorage falls back to `basic_text`, which is plaintext: then the desk refuses to
 *   open rather than keep children's data behind a key anyone can read.
 * - Browser mode (`npm run web`, the desk CLI, tests) has no OS keystore. It is for development:
 *   the key comes from `OPVANGDESK_STORE_KEY` (64 hex characters) or else from a key file
 *   (mode 0600) BESIDE the data folder, `<data folder>.store-key`, so a copy of the data folder
 *   alone reveals nothing; the desk logs a warning that the key lies on the same disk.
 */

export const STORE_KEY_BYTES = 32;
export const STORE_KEY_ENV = 'OPVANGDESK_STORE_KEY';
/** The wrapped key in the data folder (desktop app); only the OS keystore can unwrap it. */
export const WRAPPED_KEY_FILE = 'store-key.enc';
/**
 * The cipher of SQLite3 Multiple Ciphers: ChaCha20-Poly1305 (authenticated: a changed page is
 * refused, not read), its default, fast in software on laptops without AES instructions. The
 * 'sqlcipher' (AES-256-CBC with HMAC-SHA512) measured the same here: a write's cost is its fsync.
 */
export const STORE_CIPHER = 'chacha20';

export class StoreKeyRefused extends Error {}

/** A key given as text (the environment variable): exactly 64 hexadecimal characters. */
export function parseStoreKey(text: string, source: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new StoreKeyRefused(
      `${source} moet een sleutel van 64 hexadecimale tekens zijn (256 bits), bijvoorbeeld uit \`openssl rand -hex 32\`.`,
    );
  }
  return Buffer.from(hex, 'hex');
}

/** The value for `PRAGMA key`: a raw key, so SQLite uses the bytes as they are. */
export function rawKeyPragma(key: Buffer): string {
  if (key.length !== STORE_KEY_BYTES) throw new Error(`a store key has ${STORE_KEY_BYTES} bytes, not ${key.length}`);
  return `"x'${key.toString('hex')}'"`;
}

export type BrowserModeKey = { kind: 'environment'; key: Buffer } | { kind: 'file'; file: string };

/** Browser mode's key file: beside the data folder, not in it (`/data/desk` → `/data/desk.store-key`). */
export function browserModeKeyFile(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}.store-key`;
}

/** Browser mode: the environment's key when set, else the key file beside the data folder. */
export function browserModeKey(env: NodeJS.ProcessEnv, dataDir: string): BrowserModeKey {
  const text = env[STORE_KEY_ENV];
  if (text !== undefined && text !== '') return { kind: 'environment', key: parseStoreKey(text, STORE_KEY_ENV) };
  return { kind: 'file', file: browserModeKeyFile(dataDir) };
}

export type KeystoreState = {
  platform: NodeJS.Platform;
  /** safeStorage.isEncryptionAvailable() */
  available: boolean;
  /** safeStorage.getSelectedStorageBackend() on Linux; null elsewhere. */
  linuxBackend: string | null;
};

/**
 * Whether the OS keystore may hold the store key. Linux: only a real keyring (libsecret,
 * KWallet); `basic_text` is a hard-coded password, i.e. plaintext, and `unknown` means none was
 * chosen. Elsewhere (Keychain, DPAPI) it is enough that encryption is available.
 */
export function keystoreVerdict(state: KeystoreState): { ok: true } | { ok: false; message: string } {
  if (!state.available) {
    return {
      ok: false,
      message:
        'De beveiligde opslag van het besturingssysteem is niet beschikbaar, dus Opvangdesk kan de gegevens van de kinderen niet versleuteld bewaren en start niet.',
    };
  }
  if (state.platform === 'linux' && (state.linuxBackend === 'basic_text' || state.linuxBackend === 'unknown' || !state.linuxBackend)) {
    return {
      ok: false,
      message:
        'Op deze computer is geen sleutelbos (GNOME Keyring of KWallet) actief: de sleutel van de gegevens zou leesbaar op schijf staan. Opvangdesk start daarom niet. Installeer of ontgrendel een sleutelbos en start Opvangdesk opnieuw.',
    };
  }
  return { ok: true };
}
