import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../../logger';
import { browserModeStoreKey, loadOrCreateKey, type KeyWrapper } from './storeKeyFile';
import { STORE_KEY_ENV, StoreKeyRefused } from './storeKeyPolicy';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-storekey-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Stands in for safeStorage: wraps by reversing and tagging, so the file never holds the key as is. */
const fakeKeystore: KeyWrapper = {
  wrap: (key) => Buffer.concat([Buffer.from('wrapped:'), Buffer.from(key).reverse()]),
  unwrap: (bytes) => Buffer.from(bytes.subarray(8)).reverse(),
};

describe('store key file', () => {
  test('a new store gets a random 256-bit key, kept wrapped in a 0600 file, and the same key on the next load', () => {
    const file = path.join(tempDir(), 'store-key.enc');
    const key = loadOrCreateKey(file, fakeKeystore, true);
    expect(key).toHaveLength(32);
    expect(fs.readFileSync(file).includes(key)).toBe(false);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateKey(file, fakeKeystore, false)).toEqual(key);
    expect(loadOrCreateKey(path.join(tempDir(), 'other.enc'), fakeKeystore, true)).not.toEqual(key);
  });

  test('an encrypted store whose key file is gone is refused in Dutch, and no new key is made', () => {
    const file = path.join(tempDir(), 'store-key.enc');
    expect(() => loadOrCreateKey(file, fakeKeystore, false)).toThrow(StoreKeyRefused);
    expect(() => loadOrCreateKey(file, fakeKeystore, false)).toThrow(/De sleutel van de versleutelde gegevens ontbreekt/);
    expect(fs.existsSync(file)).toBe(false);
  });

  test('browser mode: the key file lies beside the data folder (0600, hex); OPVANGDESK_STORE_KEY wins and writes nothing', () => {
    const parent = tempDir();
    const dataDir = path.join(parent, 'desk');
    const key = browserModeStoreKey(dataDir, {}, createLogger(null)).load({ mayCreate: true });
    expect(fs.readdirSync(parent)).toEqual(['desk.store-key']);
    expect(fs.readFileSync(path.join(parent, 'desk.store-key'), 'utf8').trim()).toBe(key.toString('hex'));
    expect(fs.statSync(path.join(parent, 'desk.store-key')).mode & 0o777).toBe(0o600);

    const other = path.join(parent, 'other');
    const fromEnv = browserModeStoreKey(other, { [STORE_KEY_ENV]: '0f'.repeat(32) }, createLogger(null)).load({ mayCreate: true });
    expect(fromEnv).toEqual(Buffer.alloc(32, 0x0f));
    expect(fs.existsSync(`${other}.store-key`)).toBe(false);
  });
});
