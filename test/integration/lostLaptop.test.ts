/**
 * A lost laptop (issue 15, item 6): whoever takes the desk's data folder finds no child in it.
 * A desk is made the product's way (the core on a fresh data folder, `organisation.setUp`, then a
 * child with a guardian and a pickup person through the mutators), closed, and every file in the
 * folder read as bytes: the child's name, birth date and the phone numbers appear nowhere, the
 * folder is 0700 and its files 0600, and the store does not open without its key. A desk from
 * before the encryption (plaintext store, WAL and backup, 0755/0644) is encrypted on its first
 * open, with nothing plaintext left behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, test } from 'vitest';
import { createCore, STORE_FILE, type Core, type CoreOptions } from '../../electron/core/core';
import { openDatabase, StoreKeyMismatch } from '../../electron/core/store/database';
import { StoreKeyRefused } from '../../electron/core/store/storeKey/storeKeyPolicy';
import { openDeskStore, storeKeyOf } from '../fixtures/deskStore';
import { FIXED_NOW } from '../fixtures/tempCore';

const CHILD = { firstName: 'Wolkewietje', lastName: 'Zonnebloemhart', dateOfBirth: '2024-02-29' };
const GUARDIAN_PHONE = '0698765432';
const PICKUP_PHONE = '0655501234';
const SECRETS = [CHILD.firstName, CHILD.lastName, CHILD.dateOfBirth, GUARDIAN_PHONE, PICKUP_PHONE];
const ORG = '01900000-0000-7000-8000-0000000000a1';
const LOCATION = '01900000-0000-7000-8000-0000000000b1';
const CHILD_ID = '01900000-0000-7000-8000-0000000000c1';

const parents: string[] = [];
afterEach(() => parents.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
/** A data folder inside its own temp parent, so the browser-mode key file beside it is cleaned up too. */
function freshDataDir(): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-lost-laptop-'));
  parents.push(parent);
  return path.join(parent, 'desk');
}

async function mutate(core: Core, name: string, args: unknown): Promise<void> {
  const result = await core.call('mutate', { name, args });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
}

/** The product's way: the core on the folder (browser mode's key unless told), a location, a child, a pickup person; left open. */
async function deskWithChild(dataDir: string, storeKey?: CoreOptions['storeKey']): Promise<Core> {
  const core = await createCore({
    dataDir,
    transport: 'bridge',
    version: '0.0.0-test',
    clock: () => FIXED_NOW,
    ...(storeKey ? { storeKey } : {}),
  });
  await mutate(core, 'organisation.setUp', {
    organisation: { id: ORG, name: 'Kinderopvang De Vlinder' },
    location: {
      id: LOCATION,
      name: 'Rhoon',
      code: 'RHO',
      lrkNumber: null,
      address: null,
      opensAt: 420,
      closesAt: 1140,
      openDays: [1, 2, 3, 4, 5],
    },
  });
  await mutate(core, 'child.create', {
    id: CHILD_ID,
    locationId: LOCATION,
    familyId: '01900000-0000-7000-8000-0000000000f1',
    ...CHILD,
    externalId: null,
    contacts: {
      guardians: [
        {
          id: 'g1',
          name: 'Ouder Een',
          relation: 'moeder',
          phone: GUARDIAN_PHONE,
          email: '',
          parentalAuthority: true,
          contractParent: true,
        },
      ],
      emergencyContacts: [],
      gp: null,
      school: '',
    },
    health: { allergies: '', diet: '', medication: '', notes: '' },
  });
  await mutate(core, 'pickupPerson.set', {
    id: '01900000-0000-7000-8000-0000000000d1',
    locationId: LOCATION,
    childId: CHILD_ID,
    name: 'Buurvrouw Twee',
    relation: 'buurvrouw',
    phone: PICKUP_PHONE,
    idChecked: false,
    note: '',
  });
  return core;
}

function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every secret found in any file of the folder, as `file: secret` (UTF-8 and UTF-16, as SQLite may store either). */
function secretsFound(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesIn(dir)) {
    const bytes = fs.readFileSync(file);
    for (const s of SECRETS) {
      if (bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le')))
        found.push(`${path.relative(dir, file)}: ${s}`);
    }
  }
  return found;
}

function modes(dir: string): Record<string, string> {
  const out: Record<string, string> = { '.': (fs.statSync(dir).mode & 0o777).toString(8) };
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    out[path.relative(dir, path.join(e.parentPath, e.name))] = (fs.statSync(path.join(e.parentPath, e.name)).mode & 0o777).toString(8);
  }
  return out;
}

const expectedMode = (name: string) => (['.', 'backups', 'logs'].includes(name) ? '700' : '600');

describe('lost laptop: the data folder alone reveals no child', () => {
  test('a new desk: name, birth date and phone numbers in no file of the folder; folder 0700, files 0600; no key, no store', async () => {
    const dataDir = freshDataDir();
    const core = await deskWithChild(dataDir);
    // While the desk runs (the last writes in the WAL) and after it closed.
    expect(fs.existsSync(path.join(dataDir, `${STORE_FILE}-wal`))).toBe(true);
    for (const moment of ['running', 'closed']) {
      if (moment === 'closed') await core.close();
      expect(filesIn(dataDir).length).toBeGreaterThan(0);
      expect(secretsFound(dataDir)).toEqual([]);
      const all = modes(dataDir);
      expect(all).toEqual(Object.fromEntries(Object.keys(all).map((name) => [name, expectedMode(name)])));
    }

    // Without the key: SQLite sees no database at all; with the wrong key the desk says so in Dutch.
    const raw = new Database(path.join(dataDir, STORE_FILE));
    expect(() => raw.prepare('SELECT count(*) FROM children').get()).toThrow(/file is not a database/);
    raw.close();
    expect(() => openDatabase(path.join(dataDir, STORE_FILE), Buffer.alloc(32, 1))).toThrow(StoreKeyMismatch);
    expect(() => openDatabase(path.join(dataDir, STORE_FILE), Buffer.alloc(32, 1))).toThrow(
      /kunnen niet worden geopend: ze zijn versleuteld met een andere sleutel/,
    );
    // the desk itself: a store its key does not open is not served (store.damaged: restore a backup or re-sync)
    await expect(
      createCore({ dataDir, transport: 'bridge', version: '0.0.0-test', storeKey: { load: () => Buffer.alloc(32, 1) } }),
    ).rejects.toMatchObject({ rule: 'store.damaged' });

    // With its key the child is there.
    const db = openDeskStore(dataDir, { readonly: true });
    expect(db.prepare('SELECT first_name FROM children WHERE id = ?').get(CHILD_ID)).toEqual({ first_name: CHILD.firstName });
    db.close();
  });

  test('the key file gone: the desk refuses in Dutch and makes no new key over the encrypted store', async () => {
    const dataDir = freshDataDir();
    await (await deskWithChild(dataDir)).close();
    fs.rmSync(`${dataDir}.store-key`);
    await expect(createCore({ dataDir, transport: 'bridge', version: '0.0.0-test' })).rejects.toThrow(StoreKeyRefused);
    await expect(createCore({ dataDir, transport: 'bridge', version: '0.0.0-test' })).rejects.toThrow(
      /sleutel van de versleutelde gegevens ontbreekt/,
    );
    expect(fs.existsSync(`${dataDir}.store-key`)).toBe(false);
  });

  test('a desk from before the encryption (plaintext store, WAL and backup; 0755/0644) is encrypted on its first open, nothing plaintext left', async () => {
    const dataDir = freshDataDir();
    await (await deskWithChild(dataDir, 'unencrypted')).close();
    // What such a desk left: a backup copy and a WAL with the last writes in it, all world-readable.
    const backups = path.join(dataDir, 'backups');
    fs.mkdirSync(backups);
    fs.copyFileSync(path.join(dataDir, STORE_FILE), path.join(backups, 'opvangdesk-v9-2026-10-01T08-00-00-000Z.db'));
    const old = new Database(path.join(dataDir, STORE_FILE));
    old.pragma('wal_autocheckpoint = 0');
    old.prepare("UPDATE children SET last_name = 'Zonnebloemhart' WHERE id = ?").run(CHILD_ID);
    fs.copyFileSync(path.join(dataDir, `${STORE_FILE}-wal`), path.join(dataDir, 'wal-copy'));
    old.close();
    fs.renameSync(path.join(dataDir, 'wal-copy'), path.join(dataDir, `${STORE_FILE}-wal`));
    for (const f of filesIn(dataDir)) fs.chmodSync(f, 0o644);
    fs.chmodSync(dataDir, 0o755);
    expect(secretsFound(dataDir).length).toBeGreaterThan(0);

    const core = await createCore({ dataDir, transport: 'bridge', version: '0.0.0-test', clock: () => FIXED_NOW });
    await core.close();

    expect(secretsFound(dataDir)).toEqual([]);
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith(STORE_FILE))).toEqual([STORE_FILE]);
    const all = modes(dataDir);
    expect(all).toEqual(Object.fromEntries(Object.keys(all).map((name) => [name, expectedMode(name)])));
    const db = openDeskStore(dataDir, { readonly: true });
    expect(db.prepare('SELECT first_name, last_name FROM children WHERE id = ?').get(CHILD_ID)).toEqual({
      first_name: CHILD.firstName,
      last_name: CHILD.lastName,
    });
    db.close();
    const backup = openDatabase(path.join(backups, 'opvangdesk-v9-2026-10-01T08-00-00-000Z.db'), storeKeyOf(dataDir));
    expect(backup.prepare('SELECT first_name FROM children WHERE id = ?').get(CHILD_ID)).toEqual({ first_name: CHILD.firstName });
    backup.close();
  });
});
