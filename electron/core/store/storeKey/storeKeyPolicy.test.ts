import { describe, expect, test } from 'vitest';
import { browserModeKey, keystoreVerdict, parseStoreKey, rawKeyPragma, STORE_KEY_ENV, StoreKeyRefused } from './storeKeyPolicy';

const HEX = 'ab'.repeat(32);

describe('store key policy', () => {
  test('a key as text: 64 hex characters give the 32 bytes; 62 or 66, or a non-hex character, are refused in Dutch', () => {
    expect(parseStoreKey(HEX, STORE_KEY_ENV)).toEqual(Buffer.alloc(32, 0xab));
    expect(parseStoreKey(` ${HEX}\n`, STORE_KEY_ENV)).toHaveLength(32);
    for (const bad of ['ab'.repeat(31), 'ab'.repeat(33), `${'ab'.repeat(31)}zz`, '']) {
      expect(() => parseStoreKey(bad, STORE_KEY_ENV)).toThrow(StoreKeyRefused);
    }
    expect(() => parseStoreKey('geheim', STORE_KEY_ENV)).toThrow(/OPVANGDESK_STORE_KEY moet een sleutel van 64 hexadecimale tekens zijn/);
  });

  test("the key reaches SQLite as a raw key (x'…', no key derivation), and only a 256-bit key", () => {
    expect(rawKeyPragma(Buffer.alloc(32, 1))).toBe(`"x'${'01'.repeat(32)}'"`);
    expect(() => rawKeyPragma(Buffer.alloc(16))).toThrow();
  });

  test('browser mode: the environment key when set; else a key file beside the data folder, never in it', () => {
    expect(browserModeKey({ [STORE_KEY_ENV]: HEX }, '/data/desk')).toEqual({ kind: 'environment', key: Buffer.alloc(32, 0xab) });
    expect(browserModeKey({}, '/data/desk')).toEqual({ kind: 'file', file: '/data/desk.store-key' });
    expect(browserModeKey({ [STORE_KEY_ENV]: '' }, '/data/desk/')).toEqual({ kind: 'file', file: '/data/desk.store-key' });
    expect(() => browserModeKey({ [STORE_KEY_ENV]: 'kort' }, '/data/desk')).toThrow(StoreKeyRefused);
  });

  test('OS keystore on Linux: a real keyring is accepted; basic_text (plaintext) and unknown are refused with a Dutch message', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      expect(keystoreVerdict({ platform: 'linux', available: true, linuxBackend: backend })).toEqual({ ok: true });
    }
    for (const backend of ['basic_text', 'unknown', null]) {
      const verdict = keystoreVerdict({ platform: 'linux', available: true, linuxBackend: backend });
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.message).toMatch(/geen sleutelbos/);
    }
  });

  test('OS keystore on macOS and Windows: accepted when encryption is available, refused when it is not', () => {
    expect(keystoreVerdict({ platform: 'darwin', available: true, linuxBackend: null })).toEqual({ ok: true });
    expect(keystoreVerdict({ platform: 'win32', available: true, linuxBackend: null })).toEqual({ ok: true });
    const refused = keystoreVerdict({ platform: 'win32', available: false, linuxBackend: null });
    expect(!refused.ok && refused.message).toMatch(/beveiligde opslag van het besturingssysteem is niet beschikbaar/);
  });
});
