import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from './database';
import { migrate } from './migrate';
import { migrations } from './migrations';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-migrate-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('store: pragmas and migrations', () => {
  test('the store runs with WAL, synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(path.join(tempDir(), 'x.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  test('a new store is migrated to the latest version without a backup', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'));
    const report = await migrate(db, path.join(dir, 'backups'));
    expect(report).toEqual({ from: 0, to: migrations.at(-1)?.version, backup: null });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    db.close();
  });

  test('migrating an existing store first takes a backup that holds the old data', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'));
    await migrate(db, path.join(dir, 'backups'));
    db.prepare("INSERT INTO meta (key, value) VALUES ('before', 'yes')").run();
    const next = [...migrations, { version: 99, name: 'test', sql: 'CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT;' }];
    const report = await migrate(db, path.join(dir, 'backups'), next);
    expect(report.from).toBe(migrations.at(-1)?.version);
    expect(report.to).toBe(99);
    expect(report.backup).not.toBeNull();
    const backup = openDatabase(report.backup as string);
    expect(backup.prepare("SELECT value FROM meta WHERE key = 'before'").get()).toEqual({ value: 'yes' });
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    backup.close();
    db.close();
  });

  test('a failing migration leaves the store at its previous version', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'));
    await migrate(db, path.join(dir, 'backups'));
    const broken = [...migrations, { version: 99, name: 'broken', sql: 'CREATE TABLE ok_part (id TEXT) STRICT; THIS IS NOT SQL;' }];
    await expect(migrate(db, path.join(dir, 'backups'), broken)).rejects.toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'ok_part'").get()).toBeUndefined();
    db.close();
  });

  test('a store from a newer Opvangdesk is refused, not damaged', async () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'));
    db.pragma('user_version = 999');
    await expect(migrate(db, path.join(dir, 'backups'))).rejects.toThrow(/werk Opvangdesk bij/);
    db.close();
  });
});
