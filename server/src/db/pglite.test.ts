import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { openPglite } from './pglite';

describe('PGlite data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opvangdesk-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a data folder another live process holds', async () => {
    // pid 1 is always alive: the folder looks taken by another hub.
    writeFileSync(join(dir, 'hub.lock'), '1');
    await expect(openPglite(dir)).rejects.toThrow(/in use by process 1/);
    rmSync(join(dir, 'hub.lock'));
  });

  it('migrates once and keeps its data across restarts; the mutation log is append-only', async () => {
    const db = await openPglite(dir);
    expect(await migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    await db.query("INSERT INTO organisations (id, name) VALUES ('o1', 'Opvang')");
    // The append-only log refuses changes.
    await expect(db.exec('TRUNCATE mutation_log')).rejects.toThrow(/append-only/);
    await db.close();

    const again = await openPglite(dir);
    try {
      expect(await migrate(again)).toEqual([]);
      const { rows } = await again.query<{ name: string }>("SELECT name FROM organisations WHERE id = 'o1'");
      expect(rows).toEqual([{ name: 'Opvang' }]);
    } finally {
      await again.close();
    }
  }, 60_000);

  it('a migration newer than the hub knows stops the start', async () => {
    const db = await openPglite(dir);
    try {
      await db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
      await expect(migrate(db)).rejects.toThrow(/Update the hub/);
    } finally {
      await db.close();
    }
  }, 60_000);
});
