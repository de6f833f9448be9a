/**
 * The hub's retention run (issue 15, AVG) by the hub's clock on both backends: rows before, on and
 * after each limit; a child due goes with everything recorded about it and leaves its parents'
 * portal accounts; a desk pulling afterwards receives the deletes; the mutation log keeps name,
 * status and times but loses the arguments of old mutations and of those naming a deleted child,
 * and still refuses any other change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { TableName } from '../../../shared/model/tables';
import type { PullResponse } from '../../../shared/sync/protocol';
import {
  enrolDesk,
  pullAll,
  seedOrganisation,
  spaceVersion,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';
import { putRow } from '../sync/rowStore';
import { ANONYMISED_MESSAGE, REMOVED_PARENT_NAME, runRetention } from './retentionRun';

/** The hub's moment: Monday 23 November 2026, 09:00 in Amsterdam. Two years back is 23 November 2024. */
const NOW = new Date('2026-11-23T08:00:00Z');
const BEFORE = '2024-11-22';
const ON = '2024-11-23';
const AFTER = '2024-11-24';

describe.each(testBackends())('retention run on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }
  let hub: TestHub;
  let org: Seeded;
  let desk: Desk;
  let space: string;
  let groupId: string;
  const ids: Record<string, string> = {};
  let cursors: Record<string, number> = {};

  const put = (table: TableName, row: { id: string } & Record<string, unknown>) =>
    putRow(hub.db, space, table, row.id, { locationId: space, ...row });
  const child = async (name: string, ends: (string | null)[]) => {
    const id = uuidv7();
    ids[name] = id;
    await put('children', { id, firstName: name, lastName: 'Test', dateOfBirth: '2020-01-01', familyId: id, externalId: null });
    for (const endDate of ends) {
      const placementId = uuidv7();
      ids[`${name}.placement`] = placementId;
      await put('placements', {
        id: placementId,
        childId: id,
        groupId,
        careType: 'KDV',
        kind: 'fixed',
        startDate: '2021-01-01',
        endDate,
        days: [],
      });
    }
    return id;
  };
  const live = async (table: TableName, id: string) =>
    (await hub.db.query('SELECT 1 FROM sync_rows WHERE space = $1 AND tbl = $2 AND id = $3 AND NOT deleted', [space, table, id])).rows
      .length === 1;
  const logRow = async (mutationId: number) =>
    (
      await hub.db.query<{ name: string; status: string; args: unknown; reason: unknown; anonymised_at: Date | null }>(
        'SELECT name, status, args, reason, anonymised_at FROM mutation_log WHERE device_id = $1 AND mutation_id = $2',
        [desk.deviceId, mutationId],
      )
    ).rows[0]!;

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock: () => NOW });
    org = await seedOrganisation(hub.db, 1);
    space = org.locations[0]!.id;
    groupId = org.locations[0]!.groupId;
    desk = await enrolDesk(hub, org.organisationId, [space]);

    // Children: the last contract ended the day before the limit (due), on it, after it, open-ended.
    const gone = await child('Gone', ['2022-07-31', BEFORE]);
    await child('OnLimit', [ON]);
    await child('After', [AFTER]);
    const stays = await child('Stays', [null]);
    for (const table of ['consents', 'childContacts', 'childHealth', 'childMentors'] as const) await put(table, { id: gone });
    await put('placementExceptions', { id: ids['Gone.placement']!, reason: 'leeftijd' });
    for (const table of ['pickupPersons', 'attendance', 'latePickups', 'childViews'] as const) {
      ids[`Gone.${table}`] = uuidv7();
      await put(table, { id: ids[`Gone.${table}`]!, childId: gone, date: '2026-11-02', at: '2026-11-02T08:00:00.000Z' });
    }
    // Dated records of a child that stays: the day before, on and after each limit.
    for (const table of ['attendance', 'latePickups'] as const) {
      for (const [when, date] of [
        ['before', BEFORE],
        ['on', ON],
        ['after', AFTER],
      ] as const) {
        ids[`${table}.${when}`] = uuidv7();
        await put(table, { id: ids[`${table}.${when}`]!, childId: stays, groupId, date });
      }
    }
    for (const [when, date] of [
      ['before', BEFORE],
      ['on', ON],
    ] as const) {
      ids[`requests.${when}`] = uuidv7();
      await put('requests', { id: ids[`requests.${when}`]!, childId: stays, date, endDate: date, status: 'approved' });
      ids[`requestEvents.${when}`] = uuidv7();
      await put('requestEvents', { id: ids[`requestEvents.${when}`]!, childId: stays, requestId: ids[`requests.${when}`]! });
    }
    ids['requests.waiting'] = uuidv7();
    await put('requests', { id: ids['requests.waiting']!, childId: stays, date: BEFORE, endDate: BEFORE, status: 'submitted' });
    // Who viewed: the instant before local midnight of the limit, and the first instant on it.
    ids['childViews.before'] = uuidv7();
    await put('childViews', { id: ids['childViews.before']!, childId: stays, what: 'detail', at: '2024-11-22T22:59:59.000Z' });
    ids['childViews.on'] = uuidv7();
    await put('childViews', { id: ids['childViews.on']!, childId: stays, what: 'detail', at: '2024-11-22T23:00:00.000Z' });

    // Portal accounts: one for the deleted child only, one for it and a child that stays.
    for (const [name, children] of [
      ['Ouder Gone', [gone]],
      ['Ouder Beide', [gone, stays]],
    ] as const) {
      await hub.db.query(
        `INSERT INTO parents (id, organisation_id, name, email, family_id, child_ids, token_hash, issued_at)
         VALUES ($1, $2, $3, 'o@test.nl', $4, $5, $6, '2026-11-01T00:00:00Z')`,
        [uuidv7(), org.organisationId, name, gone, children, uuidv7()],
      );
    }
    // The mutation log: applied before the limit (hub time), on it, recent but naming the deleted child, recent.
    const log = [
      [1, '2024-11-22T22:59:59Z', { childId: stays, phone: '0612345678' }, null],
      [2, '2024-11-22T23:00:00Z', { childId: stays, phone: '0612345678' }, null],
      [
        3,
        '2026-11-20T10:00:00Z',
        { id: gone, guardians: [{ phone: '0687654321' }] },
        { code: 'rule_violated', rule: 'child.x', message: 'Gone Test ...' },
      ],
      [4, '2026-11-20T10:00:00Z', { childId: stays }, null],
    ] as const;
    for (const [id, appliedAt, args, reason] of log) {
      await hub.db.query(
        `INSERT INTO mutation_log (device_id, mutation_id, name, args, actor, hlc, created_at, status, reason, applied_at)
         VALUES ($1, $2, 'child.update', $3, '{"userId": "u", "role": "manager", "name": "M"}', 'h', $4, $5, $6, $4)`,
        [desk.deviceId, id, JSON.stringify(args), appliedAt, reason ? 'rejected' : 'applied', reason ? JSON.stringify(reason) : null],
      );
    }
    cursors = (await pullAll(hub, desk)).at(-1)!.cursors;
  }, 60_000);
  afterAll(async () => hub?.close());

  it('a dry run counts what is due and changes nothing', async () => {
    const version = await spaceVersion(hub.db, space);
    const [report] = await runRetention(hub.db, { now: NOW, dryRun: true, organisationId: org.organisationId });
    expect(report).toMatchObject({ today: '2026-11-23', dryRun: true, children: 1, mutationLogAnonymised: 2, parentsChanged: 2 });
    expect(report!.deleted).toMatchObject({ children: 1, attendance: 2, latePickups: 2, requests: 1 });
    expect(await spaceVersion(hub.db, space)).toBe(version);
    expect(await live('children', ids.Gone!)).toBe(true);
    expect((await logRow(1)).anonymised_at).toBeNull();
  });

  it('by the hub clock: records dated the day before the limit are deleted, on and after the limit kept', async () => {
    const [report] = await runRetention(hub.db, { now: NOW });
    expect(report).toMatchObject({ dryRun: false, children: 1 });
    for (const table of ['attendance', 'latePickups'] as const) {
      expect(await live(table, ids[`${table}.before`]!)).toBe(false);
      expect(await live(table, ids[`${table}.on`]!)).toBe(true);
      expect(await live(table, ids[`${table}.after`]!)).toBe(true);
    }
    expect(await live('requests', ids['requests.before']!)).toBe(false);
    expect(await live('requestEvents', ids['requestEvents.before']!)).toBe(false);
    expect(await live('requests', ids['requests.on']!)).toBe(true);
    expect(await live('requestEvents', ids['requestEvents.on']!)).toBe(true);
    expect(await live('requests', ids['requests.waiting']!)).toBe(true);
    expect(await live('childViews', ids['childViews.before']!)).toBe(false);
    expect(await live('childViews', ids['childViews.on']!)).toBe(true);
  });

  it('a child whose last contract ended the day before the limit is deleted with everything recorded about it; on and after the limit kept', async () => {
    expect(await live('children', ids.Gone!)).toBe(false);
    expect(await live('placements', ids['Gone.placement']!)).toBe(false);
    expect(await live('placementExceptions', ids['Gone.placement']!)).toBe(false);
    for (const table of ['consents', 'childContacts', 'childHealth', 'childMentors'] as const)
      expect(await live(table, ids.Gone!)).toBe(false);
    for (const table of ['pickupPersons', 'attendance', 'latePickups', 'childViews'] as const)
      expect(await live(table, ids[`Gone.${table}`]!)).toBe(false);
    for (const name of ['OnLimit', 'After', 'Stays']) expect(await live('children', ids[name]!)).toBe(true);
  });

  it('a desk pulling afterwards receives the deletes and nothing about the rows kept', async () => {
    const changes = (await pullAll(hub, desk, cursors)).flatMap((p: PullResponse) => p.changes);
    const deleted = new Set(changes.filter((c) => c.deleted).map((c) => c.id));
    expect(changes.every((c) => c.deleted && c.row === null)).toBe(true);
    for (const id of [ids.Gone!, ids['Gone.placement']!, ids['attendance.before']!, ids['latePickups.before']!, ids['requests.before']!])
      expect(deleted).toContain(id);
    for (const id of [ids.OnLimit!, ids['attendance.on']!, ids['latePickups.after']!, ids['requests.on']!])
      expect(deleted).not.toContain(id);
  });

  it('the mutation log: arguments anonymised before the limit and where they name the deleted child; name, status and reason code kept', async () => {
    const [before, on, naming, recent] = [await logRow(1), await logRow(2), await logRow(3), await logRow(4)];
    expect(before).toMatchObject({ name: 'child.update', status: 'applied', args: { anonymised: true } });
    expect(before.anonymised_at?.toISOString()).toBe(NOW.toISOString());
    expect(on.args).toEqual({ childId: ids.Stays, phone: '0612345678' });
    expect(naming).toMatchObject({
      status: 'rejected',
      args: { anonymised: true },
      reason: { code: 'rule_violated', rule: 'child.x', message: ANONYMISED_MESSAGE },
    });
    expect(recent.anonymised_at).toBeNull();
    expect(JSON.stringify(await hub.db.query('SELECT args, reason FROM mutation_log'))).not.toMatch(/0687654321|Gone Test/);
  });

  it('the mutation log stays append-only: any other change is refused', async () => {
    await expect(
      hub.db.query("UPDATE mutation_log SET name = 'x' WHERE mutation_id = 4 AND device_id = $1", [desk.deviceId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      hub.db.query(
        `UPDATE mutation_log SET args = '{"anonymised": true}', anonymised_at = now() WHERE mutation_id = 1 AND device_id = $1`,
        [desk.deviceId],
      ),
    ).rejects.toThrow(/append-only/);
    await expect(hub.db.query('DELETE FROM mutation_log WHERE device_id = $1', [desk.deviceId])).rejects.toThrow(/append-only/);
  });

  it("parents' portal accounts: the deleted child leaves both; the one with no child left is closed and its name removed", async () => {
    const { rows } = await hub.db.query<{ name: string; email: string | null; active: boolean; child_ids: string[] }>(
      'SELECT name, email, active, child_ids FROM parents WHERE organisation_id = $1 ORDER BY active',
      [org.organisationId],
    );
    expect(rows).toEqual([
      { name: REMOVED_PARENT_NAME, email: null, active: false, child_ids: [ids.Gone] },
      { name: 'Ouder Beide', email: 'o@test.nl', active: true, child_ids: [ids.Stays] },
    ]);
  });

  it('a second run the same day deletes nothing more', async () => {
    const version = await spaceVersion(hub.db, space);
    const [report] = await runRetention(hub.db, { now: NOW });
    expect(report).toMatchObject({ deleted: {}, children: 0, mutationLogAnonymised: 0, parentsChanged: 0 });
    expect(await spaceVersion(hub.db, space)).toBe(version);
  });
});
