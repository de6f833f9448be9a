/**
 * `hub:admin import` on both backends: the back office's fixtures into a location of the hub,
 * through the push path (sync/pushBatch.ts) as the location's import device, run as the hub's
 * administrator. The preview keeps nothing; the apply is logged per mutation like a desk's push.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocation, createOrganisation } from './directory';
import { importIntoLocation } from './importLocation';
import { createLogger } from '../logger';
import { startTestHub, testBackends, type TestHub } from '../testing/hubHarness';

const fixtures = path.join(__dirname, '../../../test/fixtures/import');
/** Monday 23 November 2026, 09:00 in Amsterdam: the fixtures' export date. */
const now = new Date('2026-11-23T08:00:00Z');
const log = createLogger('silent');

describe.each(testBackends())('hub:admin import on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let organisationId: string;
  let locationId: string;
  beforeAll(async () => {
    hub = await startTestHub(backend);
    const org = await hub.db.transaction((tx) => createOrganisation(tx, { name: 'Kinderopvang De Vlinder' }));
    organisationId = org.id;
    locationId = (await hub.db.transaction((tx) => createLocation(tx, { organisationId, name: 'Rhoon', code: 'RHO' }))).id;
  }, 60_000);
  afterAll(async () => hub?.close());

  const run = (file: string, apply: boolean, location = 'RHO') =>
    importIntoLocation(hub.db, {
      organisationId,
      location,
      fileName: file,
      bytes: fs.readFileSync(path.join(fixtures, file)),
      apply,
      now,
      log,
    });
  const count = async (sql: string, params: unknown[] = []) => Number((await hub.db.query<{ n: string }>(sql, params)).rows[0]!.n);

  it("the preview keeps nothing; groups, staff and children are applied through the mutators and logged under the location's import device", async () => {
    const preview = await run('groups.csv', false);
    expect(preview).toMatchObject({ ok: true, mutations: null, summary: { created: { groups: 6 } } });
    expect(await count("SELECT count(*) AS n FROM sync_rows WHERE tbl = 'groups' AND space = $1", [locationId])).toBe(0);

    expect(await run('groups.csv', true)).toMatchObject({ ok: true, mutations: 6 });
    expect(await run('staff.csv', true)).toMatchObject({ ok: true, mutations: 30 });
    const children = await run('children.csv', true);
    expect(children).toMatchObject({ ok: true, mutations: 300, summary: { created: { children: 150, placements: 150 } } });
    expect(children.ok && children.summary.refused.map((r) => [r.row, r.column])).toEqual([
      [7, ''],
      [154, 'Geboortedatum'],
      [155, 'Groep'],
      [156, 'Groep'],
    ]);
    expect(await count("SELECT count(*) AS n FROM sync_rows WHERE tbl = 'children' AND space = $1 AND NOT deleted", [locationId])).toBe(
      150,
    );
    expect(
      await count("SELECT count(*) AS n FROM mutation_log WHERE device_id = $1 AND status = 'applied'", [`import-${locationId}`]),
    ).toBe(336);
  });

  it('the same file again changes nothing; next month one contract is changed and the child that left is listed', async () => {
    expect(await run('children.csv', false)).toMatchObject({ ok: true, summary: { created: {}, updated: {}, unchanged: 150 } });
    const later = await run('children-later.csv', true);
    expect(later).toMatchObject({ ok: true, mutations: 1, summary: { updated: { placements: 1 } } });
    expect(later.ok && later.summary.missing.map((m) => m.externalId)).toEqual(['1150']);
  });

  it('a file that is no spreadsheet, or an unknown location, applies nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM mutation_log');
    expect(await run('bad/foto.png', true)).toMatchObject({ ok: true, refusedWhole: true, mutations: 0 });
    expect(await run('groups.csv', true, 'XYZ')).toMatchObject({ ok: false, message: expect.stringContaining('Locatie XYZ') });
    expect(await count('SELECT count(*) AS n FROM mutation_log')).toBe(before);
  });
});
