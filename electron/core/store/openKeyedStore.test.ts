import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../logger';
import { closeDatabase, isPlaintextStore, openDatabase } from './database';
import { openKeyedDatabase } from './openKeyedStore';

const KEY = Buffer.alloc(32, 9);
const withKey = { load: () => KEY };
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-openstore-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A plaintext store as a desk before the encryption wrote it, holding one marker row. */
function plaintextStore(file: string): void {
  const db = openDatabase(file, 'unencrypted');
  db.exec("CREATE TABLE marker (text TEXT); INSERT INTO marker VALUES ('Klaartekstmerk')");
  closeDatabase(db);
}

describe('opening the store with its key', () => {
  test('a store interrupted while being encrypted (plaintext copy and journal left) is encrypted again whole, the leftovers removed', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'opvangdesk.db');
    plaintextStore(file);
    // What a crash between the copy and its rekey leaves: a plaintext copy and a rollback journal.
    fs.copyFileSync(file, `${file}.encrypting`);
    fs.writeFileSync(`${file}.encrypting-journal`, 'Klaartekstmerk');
    fs.mkdirSync(path.join(dir, 'backups'));
    fs.copyFileSync(file, path.join(dir, 'backups', 'opvangdesk-v1-2026-01-01T00-00-00-000Z.db.encrypting'));

    const db = openKeyedDatabase(dir, 'opvangdesk.db', withKey, createLogger(null));
    expect(db.prepare('SELECT text FROM marker').get()).toEqual({ text: 'Klaartekstmerk' });
    closeDatabase(db);

    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'opvangdesk.db']);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([]);
    expect(isPlaintextStore(file)).toBe(false);
    expect(fs.readFileSync(file).includes('Klaartekstmerk')).toBe(false);
  });

  test('the store is opened unencrypted only when asked ("unencrypted", the benchmarks\' comparison)', async () => {
    const dir = tempDir();
    const db = openKeyedDatabase(dir, 'opvangdesk.db', 'unencrypted', createLogger(null));
    closeDatabase(db);
    expect(isPlaintextStore(path.join(dir, 'opvangdesk.db'))).toBe(true);
    const again = openKeyedDatabase(dir, 'opvangdesk.db', withKey, createLogger(null));
    closeDatabase(again);
    expect(isPlaintextStore(path.join(dir, 'opvangdesk.db'))).toBe(false);
    expect(() => new Database(path.join(dir, 'opvangdesk.db')).prepare('SELECT 1 FROM sqlite_master').get()).toThrow(/not a database/);
  });
});
