import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../shared/sync/protocol';
import { DbError, type Db, type Queryable } from '../db/db';
import {
  enrolDesk,
  lastMutationIdOf,
  mutation,
  pullAll,
  pushBody,
  seedOrganisation,
  shiftOf,
  spaceVersion,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type TestHub,
  sessionOn,
} from '../testing/hubHarness';

/** Makes a statement inside a transaction fail (without running it) when `fail` says so. */
type Fault = (sql: string, params: readonly unknown[]) => DbError | null;

function faultyDb(db: Db, faults: { current: Fault | null }): Db {
  const over = (tx: Queryable): Queryable => ({
    query: (sql, params = []) => {
      const error = faults.current?.(sql, params);
      return error ? Promise.reject(error) : tx.query(sql, params);
    },
    exec: (sql) => tx.exec(sql),
  });
  return {
    ...db,
    backend: db.backend,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    transaction: (fn) => db.transaction((tx) => fn(over(tx))),
  };
}

describe.each(testBackends())('push batches on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  const faults: { current: Fault | null } = { current: null };

  beforeAll(async () => {
    hub = await startTestHub(backend, { wrapDb: (db) => faultyDb(db, faults) });
    org = await seedOrganisation(hub.db, 2);
  }, 60_000);
  afterAll(async () => hub?.close());

  const loc = () => org.locations[0]!;
  const manager = () => ({ userId: loc().managerId, role: 'manager' as const });
  const assistant = () => ({ userId: loc().assistantId, role: 'assistant' as const });
  let day = 0;
  /** A date no other test of this suite books. */
  const freshDate = () => `2028-01-${String(++day).padStart(2, '0')}`;

  async function push(desk: Desk, mutations: Parameters<typeof pushBody>[1]) {
    return hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, mutations) });
  }

  async function storedShift(id: string) {
    const { rows } = await hub.db.query<{ version: number; deleted: boolean; row: unknown }>(
      "SELECT version, deleted, row FROM sync_rows WHERE tbl = 'shifts' AND id = $1",
      [id],
    );
    return rows[0] ?? null;
  }

  async function loggedOf(desk: Desk) {
    const { rows } = await hub.db.query<{ mutation_id: number; status: string; rule: string | null }>(
      "SELECT mutation_id, status, reason->>'rule' AS rule FROM mutation_log WHERE device_id = $1 ORDER BY mutation_id",
      [desk.deviceId],
    );
    return rows.map((r) => [Number(r.mutation_id), r.status, r.rule]);
  }

  it('a later mutation of a batch sees what the earlier ones wrote and removed', async () => {
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const date = freshDate();
    const first = shiftOf(loc(), { date });
    const clash = shiftOf(loc(), { date, start: 9 * 60, end: 17 * 60, breaks: [] });
    const before = await spaceVersion(hub.db, loc().id);
    const answer = await push(desk, [
      mutation(1, 'shift.assign', first, manager()),
      mutation(2, 'shift.assign', clash, manager()),
      mutation(3, 'shift.remove', { id: first.id }, manager()),
      mutation(4, 'shift.assign', clash, manager()),
      mutation(5, 'shift.assign', { ...clash, end: 16 * 60 }, manager()),
      mutation(6, 'shift.remove', { id: first.id }, manager()),
    ]);
    expect(answer.status).toBe(200);
    const body = answer.body as PushResponse;
    expect(body.lastMutationId).toBe(6);
    expect(body.results.map((r) => [r.id, r.status, r.reason?.rule])).toEqual([
      [1, 'applied', undefined],
      [2, 'rejected', 'shift.double_booked'],
      [3, 'applied', undefined],
      [4, 'applied', undefined],
      [5, 'applied', undefined],
      [6, 'rejected', 'shift.unknown'],
    ]);
    // Four writes applied: versions before+1 .. before+4, the last of each row stored.
    expect(await spaceVersion(hub.db, loc().id)).toBe(before + 4);
    expect(await storedShift(first.id)).toEqual({ version: before + 2, deleted: true, row: null });
    expect(await storedShift(clash.id)).toEqual({ version: before + 4, deleted: false, row: { ...clash, end: 16 * 60 } });
    expect(await loggedOf(desk)).toEqual([
      [1, 'applied', null],
      [2, 'rejected', 'shift.double_booked'],
      [3, 'applied', null],
      [4, 'applied', null],
      [5, 'applied', null],
      [6, 'rejected', 'shift.unknown'],
    ]);
  });

  it('rows read ahead for the later mutations of a batch: a clash with a stored row, an edit of a stored row', async () => {
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const date = freshDate();
    const stored = shiftOf(loc(), { date, staffId: loc().staffIds[1] });
    expect((await push(desk, [mutation(1, 'shift.assign', stored, manager())])).status).toBe(200);
    const before = await spaceVersion(hub.db, loc().id);
    const answer = await push(desk, [
      mutation(2, 'shift.assign', shiftOf(loc(), { date }), manager()),
      mutation(
        3,
        'shift.assign',
        shiftOf(loc(), { date, staffId: loc().staffIds[1], start: 15 * 60, end: 18 * 60, breaks: [] }),
        manager(),
      ),
      mutation(4, 'shift.assign', { ...stored, end: 15 * 60, breaks: [] }, manager()),
      mutation(
        5,
        'shift.assign',
        shiftOf(loc(), { date, staffId: loc().staffIds[1], start: 15 * 60, end: 18 * 60, breaks: [] }),
        manager(),
      ),
    ]);
    expect((answer.body as PushResponse).results.map((r) => [r.status, r.reason?.rule])).toEqual([
      ['applied', undefined],
      ['rejected', 'shift.double_booked'],
      ['applied', undefined],
      ['applied', undefined],
    ]);
    expect(await storedShift(stored.id)).toEqual({ version: before + 2, deleted: false, row: { ...stored, end: 15 * 60, breaks: [] } });
  });

  it('a row moved to another location within a batch leaves a tombstone, and later lookups find it in its new place', async () => {
    const other = org.locations[1]!;
    await hub.db.query("INSERT INTO user_roles (user_id, location_id, role) VALUES ($1, $2, 'manager')", [loc().managerId, other.id]);
    const desk = await enrolDesk(hub, org.organisationId, [loc().id, other.id]);
    const date = freshDate();
    const shift = shiftOf(loc(), { date });
    const moved = { ...shift, locationId: other.id, groupId: other.groupId, staffId: other.staffIds[0] };
    const clash = shiftOf(other, { date, staffId: other.staffIds[0] });
    const [beforeHere, beforeThere] = [await spaceVersion(hub.db, loc().id), await spaceVersion(hub.db, other.id)];
    const answer = await push(desk, [
      mutation(1, 'shift.assign', shift, manager()),
      mutation(2, 'shift.assign', moved, manager()),
      mutation(3, 'shift.assign', clash, manager()),
    ]);
    expect((answer.body as PushResponse).results.map((r) => [r.status, r.reason?.rule])).toEqual([
      ['applied', undefined],
      ['applied', undefined],
      ['rejected', 'shift.double_booked'],
    ]);
    const { rows } = await hub.db.query<{ space: string; version: number; deleted: boolean }>(
      "SELECT space, version, deleted FROM sync_rows WHERE tbl = 'shifts' AND id = $1 ORDER BY deleted",
      [shift.id],
    );
    expect(rows).toEqual([
      { space: other.id, version: beforeThere + 1, deleted: false },
      { space: loc().id, version: beforeHere + 2, deleted: true },
    ]);
    expect(await spaceVersion(hub.db, loc().id)).toBe(beforeHere + 2);
    expect(await spaceVersion(hub.db, other.id)).toBe(beforeThere + 1);
  });

  it('a rejection in the middle of a batch drops only its own writes; versions stay dense', async () => {
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const date = freshDate();
    const a = shiftOf(loc(), { date });
    const wrong = shiftOf(loc(), { date: freshDate(), start: 10 * 60, end: 9 * 60, breaks: [] });
    const forbidden = shiftOf(loc(), { date: freshDate() });
    const c = shiftOf(loc(), { date, staffId: loc().staffIds[1] });
    const before = await spaceVersion(hub.db, loc().id);
    const answer = await push(desk, [
      mutation(1, 'shift.assign', a, manager()),
      mutation(2, 'shift.assign', wrong, manager()),
      mutation(3, 'shift.assign', forbidden, assistant()),
      mutation(4, 'shift.assign', c, manager()),
    ]);
    const body = answer.body as PushResponse;
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'applied']);
    expect(body.results[2]).toMatchObject({ reason: { code: 'forbidden' } });
    expect(await storedShift(a.id)).toMatchObject({ version: before + 1 });
    expect(await storedShift(wrong.id)).toBeNull();
    expect(await storedShift(forbidden.id)).toBeNull();
    expect(await storedShift(c.id)).toMatchObject({ version: before + 2 });
    expect(await spaceVersion(hub.db, loc().id)).toBe(before + 2);
    expect(await lastMutationIdOf(hub.db, desk.deviceId)).toBe(4);
  });

  it('a transient failure in the middle of a batch rolls it all back; the retry applies it once', async () => {
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const date = freshDate();
    const earlier = [shiftOf(loc(), { date }), shiftOf(loc(), { date, staffId: loc().staffIds[1] })];
    expect(
      (
        await push(
          desk,
          earlier.map((s, i) => mutation(i + 1, 'shift.assign', s, manager())),
        )
      ).status,
    ).toBe(200);
    const before = await spaceVersion(hub.db, loc().id);

    const later = shiftOf(loc(), { date: freshDate() });
    const child = { id: `child-${Date.now()}`, locationId: loc().id, photos: true, trips: false, otherGroup: false };
    const batch = [
      ...earlier.map((s, i) => mutation(i + 1, 'shift.assign', s, manager())),
      mutation(3, 'shift.assign', later, manager()),
      // the assistant's session is read when their mutation comes up: the connection drops there
      mutation(4, 'consent.set', child, assistant()),
    ];
    const assistantSession = createHash('sha256').update(sessionOn(desk, assistant())).digest('hex');
    faults.current = (sql, params) =>
      sql.includes('FROM user_sessions s') && params[0] === assistantSession ? new DbError('connection terminated', undefined) : null;
    let answer;
    try {
      answer = await push(desk, batch);
    } finally {
      faults.current = null;
    }
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await lastMutationIdOf(hub.db, desk.deviceId)).toBe(2);
    expect(await spaceVersion(hub.db, loc().id)).toBe(before);
    expect(await storedShift(later.id)).toBeNull();
    expect((await loggedOf(desk)).map((l) => l[0])).toEqual([1, 2]);

    const retry = await push(desk, batch);
    expect(retry.status).toBe(200);
    expect((retry.body as PushResponse).results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'applied', 'rejected']);
    expect((retry.body as PushResponse).results[3]).toMatchObject({ reason: { code: 'not_found' } });
    expect(await storedShift(later.id)).toMatchObject({ version: before + 1 });
    expect((await loggedOf(desk)).map((l) => l[0])).toEqual([1, 2, 3, 4]);
  });

  it('a value only the database refuses runs the batch again with savepoints: just that mutation is rejected', async () => {
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const date = freshDate();
    const good1 = shiftOf(loc(), { date });
    const refused = shiftOf(loc(), { date: freshDate(), id: `refused-${Date.now()}` });
    const good2 = shiftOf(loc(), { date, staffId: loc().staffIds[1] });
    const before = await spaceVersion(hub.db, loc().id);
    let refusals = 0;
    faults.current = (sql, params) => {
      if (!sql.startsWith('INSERT INTO sync_rows') || !String(params[0]).includes(refused.id)) return null;
      refusals++;
      return new DbError('unsupported Unicode escape sequence', '22P05');
    };
    let answer;
    try {
      answer = await push(desk, [
        mutation(1, 'shift.assign', good1, manager()),
        mutation(2, 'shift.assign', refused, manager()),
        mutation(3, 'shift.assign', good2, manager()),
      ]);
    } finally {
      faults.current = null;
    }
    expect(answer.status).toBe(200);
    const body = answer.body as PushResponse;
    expect(body.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(body.results[1]).toMatchObject({ reason: { code: 'validation_failed', rule: 'hub.invalid_row' } });
    // once in the batch's single write, once in the mutation's own write under its savepoint
    expect(refusals).toBe(2);
    expect(await storedShift(good1.id)).toMatchObject({ version: before + 1 });
    expect(await storedShift(refused.id)).toBeNull();
    expect(await storedShift(good2.id)).toMatchObject({ version: before + 2 });
    expect(await spaceVersion(hub.db, loc().id)).toBe(before + 2);
    expect(await loggedOf(desk)).toEqual([
      [1, 'applied', null],
      [2, 'rejected', 'hub.invalid_row'],
      [3, 'applied', null],
    ]);
  });

  it('a lone surrogate in a row is rejected before it reaches the database and is logged readable', async () => {
    const desk = await enrolDesk(hub, org.organisationId, [loc().id]);
    const date = freshDate();
    const bad = shiftOf(loc(), { date, id: `bad-\ud800-${Date.now()}` });
    const good = shiftOf(loc(), { date: freshDate() });
    const answer = await push(desk, [mutation(1, 'shift.assign', bad, manager()), mutation(2, 'shift.assign', good, manager())]);
    expect(answer.status).toBe(200);
    const body = answer.body as PushResponse;
    expect(body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'validation_failed', rule: 'hub.invalid_row' } });
    expect(body.results[1]).toEqual({ id: 2, status: 'applied' });
    const { rows } = await hub.db.query<{ id: string }>(
      "SELECT args->>'id' AS id FROM mutation_log WHERE device_id = $1 AND mutation_id = 1",
      [desk.deviceId],
    );
    expect(rows[0]?.id).toBe(bad.id.replace('\ud800', '\ufffd'));
  });

  it('two desks pushing batches into one location at once: every row once, versions unique and in commit order', async () => {
    const [one, two] = [await enrolDesk(hub, org.organisationId, [loc().id]), await enrolDesk(hub, org.organisationId, [loc().id])];
    const start = await pullAll(hub, one);
    const cursors = start[start.length - 1]!.cursors;
    const batchOf = (staffId: string) =>
      Array.from({ length: 40 }, (_, i) =>
        shiftOf(loc(), {
          staffId,
          date: `2029-01-${String((i % 28) + 1).padStart(2, '0')}`,
          start: 6 * 60 + (i >= 28 ? 600 : 0),
          end: 6 * 60 + (i >= 28 ? 700 : 300),
          breaks: [],
        }),
      );
    const shiftsOne = batchOf(loc().staffIds[0]);
    const shiftsTwo = batchOf(loc().staffIds[1]);
    const answers = await Promise.all([
      push(
        one,
        shiftsOne.map((s, i) => mutation(i + 1, 'shift.assign', s, manager())),
      ),
      push(
        two,
        shiftsTwo.map((s, i) => mutation(i + 1, 'shift.assign', s, manager())),
      ),
    ]);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect((a.body as PushResponse).results.every((r) => r.status === 'applied')).toBe(true);
    }
    const changes = (await pullAll(hub, one, cursors)).flatMap((p) => p.changes).filter((c) => c.space === loc().id);
    expect(new Set(changes.map((c) => c.id))).toEqual(new Set([...shiftsOne, ...shiftsTwo].map((s) => s.id)));
    const versions = changes.map((c) => c.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(versions[versions.length - 1]).toBe(await spaceVersion(hub.db, loc().id));
    // One batch committed before the other: each desk's rows hold one unbroken run of versions.
    for (const ids of [shiftsOne, shiftsTwo].map((list) => new Set(list.map((s) => s.id)))) {
      const own = changes.filter((c) => ids.has(c.id)).map((c) => c.version);
      expect(own[own.length - 1]! - own[0]!).toBe(own.length - 1);
    }
  });
});
