/**
 * Where the store key is kept: a file holding the key wrapped by something that can unwrap it
 * again (the OS keystore in the desktop app; nothing but hex in browser mode, where the file lies
 * beside the data folder). A key is only ever created for a store that is not encrypted yet: when
 * an encrypted store's key is missing, a new key would not open it, so the desk refuses instead.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../logger';
import { browserModeKey, parseStoreKey, STORE_KEY_BYTES, StoreKeyRefused } from './storeKeyPolicy';

/** How the key is turned into the file's bytes and back. */
export type KeyWrapper = { wrap(key: Buffer): Buffer; unwrap(wrapped: Buffer): Buffer };

/**
 * Gives the key of one data folder. `mayCreate`: the store does not exist yet or is still
 * unencrypted, so a missing key may be made now.
 */
export type StoreKeyProvider = { load(options: { mayCreate: boolean }): Buffer };

/** Writes through a temporary file and a rename, so a crash never leaves half a key. */
function writeAtomically(file: string, bytes: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function loadOrCreateKey(file: string, wrapper: KeyWrapper, mayCreate: boolean): Buffer {
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    return wrapper.unwrap(fs.readFileSync(file));
  }
  if (!mayCreate) {
    throw new StoreKeyRefused(
      `De sleutel van de versleutelde gegevens ontbreekt (${path.basename(file)}): zonder die sleutel kan Opvangdesk de gegevens niet openen. Zet de sleutel terug, of begin met een lege datamap (een gekoppelde desk haalt zijn gegevens dan opnieuw van de hub).`,
    );
  }
  const key = randomBytes(STORE_KEY_BYTES);
  writeAtomically(file, wrapper.wrap(key));
  return key;
}

/** Browser mode's key file holds the key as hex: it is protected only by its mode (0600). */
const hexWrapper: KeyWrapper = {
  wrap: (key) => Buffer.from(`${key.toString('hex')}\n`),
  unwrap: (bytes) => parseStoreKey(bytes.toString('utf8'), 'Het sleutelbestand'),
};

/** Browser mode (see storeKeyPolicy.ts): for development, and it says so in the log. */
export function browserModeStoreKey(dataDir: string, env: NodeJS.ProcessEnv, log: Logger): StoreKeyProvider {
  return {
    load({ mayCreate }) {
      const source = browserModeKey(env, dataDir);
      log.warn(
        { keySource: source.kind === 'file' ? source.file : 'OPVANGDESK_STORE_KEY' },
        'browser mode: the store key is not in an OS keystore; browser mode is for development',
      );
      if (source.kind === 'environment') return source.key;
      return loadOrCreateKey(source.file, hexWrapper, mayCreate);
    },
  };
}
