import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase, StoreKeyMismatch } from './database';
import { BACKUPS_KEPT, migrate, pruneBackups } from './migrate';
import { migrations } from './migrations';
import { tables } from '../../../shared/model/tables';
import { decodeRow } from './rowCodec';

/** A fixed store key: these tests are about the schema, the store is encrypted as always. */
const KEY = Buffer.alloc(32, 7);
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-migrate-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('store: pragmas and migrations', () => {
  test('the store runs with WAL, synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(path.join(tempDir(), 'x.db'), KEY);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  test('a new store is migrated to the latest version without a backup', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'), KEY);
    const report = await migrate(db, path.join(dir, 'backups'));
    expect(report).toEqual({ from: 0, to: migrations.at(-1)?.version, backup: null });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    db.close();
  });

  test('migrating an existing store first takes a backup that holds the old data', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'), KEY);
    await migrate(db, path.join(dir, 'backups'));
    db.prepare("INSERT INTO meta (key, value) VALUES ('before', 'yes')").run();
    const next = [...migrations, { version: 99, name: 'test', sql: 'CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT;' }];
    const report = await migrate(db, path.join(dir, 'backups'), next);
    expect(report.from).toBe(migrations.at(-1)?.version);
    expect(report.to).toBe(99);
    expect(report.backup).not.toBeNull();
    const backup = openDatabase(report.backup as string, KEY);
    expect(backup.prepare("SELECT value FROM meta WHERE key = 'before'").get()).toEqual({ value: 'yes' });
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    backup.close();
    db.close();
  });

  test('a migration backup is encrypted with the store key, file mode 0600: no plaintext, and unreadable without the key', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'), KEY);
    await migrate(db, path.join(dir, 'backups'));
    db.prepare("INSERT INTO meta (key, value) VALUES ('marker', 'Zeldzaamwoord')").run();
    const report = await migrate(db, path.join(dir, 'backups'), [...migrations, { version: 99, name: 'test', sql: 'SELECT 1;' }]);
    db.close();
    const backup = report.backup as string;
    expect(fs.readFileSync(backup).includes('Zeldzaamwoord')).toBe(false);
    expect(fs.statSync(backup).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'backups')).mode & 0o777).toBe(0o700);
    expect(() => openDatabase(backup, Buffer.alloc(32, 8))).toThrow(StoreKeyMismatch);
  });

  test(`backups: the newest ${BACKUPS_KEPT} are kept, older ones removed (by the time in the name), other files left alone`, () => {
    const dir = path.join(tempDir(), 'backups');
    fs.mkdirSync(dir);
    const names = ['2026-01-01', '2026-03-01', '2026-02-01', '2026-05-01', '2026-04-01'].map((d) => `opvangdesk-v9-${d}T08-00-00-000Z.db`);
    for (const n of [...names, 'notes.txt']) fs.writeFileSync(path.join(dir, n), '');
    expect(pruneBackups(dir).sort()).toEqual([names[0], names[2]].sort());
    expect(fs.readdirSync(dir).sort()).toEqual([names[1], names[4], names[3], 'notes.txt'].sort());
    expect(pruneBackups(dir)).toEqual([]);
  });

  test('a failing migration leaves the store at its previous version', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'), KEY);
    await migrate(db, path.join(dir, 'backups'));
    const broken = [...migrations, { version: 99, name: 'broken', sql: 'CREATE TABLE ok_part (id TEXT) STRICT; THIS IS NOT SQL;' }];
    await expect(migrate(db, path.join(dir, 'backups'), broken)).rejects.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok_part'").get()).toBeUndefined();
    db.close();
  });

  test('a store from a newer Opvangdesk is refused, not damaged', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'), KEY);
    db.pragma('user_version = 999');
    await expect(migrate(db, path.join(dir, 'backups'))).rejects.toThrow(/werk Opvangdesk bij/);
    db.close();
  });

  test('migration 9 (master data): rows of a version-8 store read back in the current shape, open Monday to Friday', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'), KEY);
    await migrate(db, path.join(dir, 'backups'), migrations.slice(0, 8));
    db.exec(`INSERT INTO locations (id, organisation_id, name, opens_at, closes_at, code) VALUES ('loc', 'org', 'Rhoon', 420, 1140, 'RHO');
      INSERT INTO groups (id, location_id, name, care_type, age_min_months, age_max_months, capacity) VALUES ('g', 'loc', 'Egeltjes', 'KDV', 0, 48, 16);
      INSERT INTO children (id, location_id, first_name, last_name, date_of_birth, family_id) VALUES ('c', 'loc', 'Sem', 'Jansen', '2024-03-01', 'f');
      INSERT INTO staff (id, location_id, first_name, last_name, counts, contract_minutes_per_week) VALUES ('s', 'loc', 'Anna', 'Vries', 'full', 1920);`);
    await migrate(db, path.join(dir, 'backups'));
    const read = (table: 'locations' | 'groups' | 'children' | 'staff', id: string) =>
      tables[table].schema.parse(decodeRow(table, db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>));
    expect(read('locations', 'loc')).toMatchObject({ lrkNumber: null, address: null, openDays: [1, 2, 3, 4, 5] });
    expect(read('groups', 'g')).toMatchObject({ externalId: null, closedFrom: null });
    expect(read('children', 'c')).toMatchObject({ externalId: null });
    expect(read('staff', 's')).toMatchObject({ jobTitle: '', activeFrom: null, prkRegisteredOn: null, ehboValidUntil: null });
    db.close();
  });
});
