import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse } from '../../../shared/sync/protocol';
import { DbError, type Db } from '../db/db';
import {
  enrolDesk,
  lastMutationIdOf,
  mutation,
  pullAll,
  pullBody,
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

const PAGE = 5;

/** A database whose transactions fail while `down` is set, as if PostgreSQL went away. */
function flakyDb(db: Db, state: { down: boolean }): Db {
  return {
    ...db,
    backend: db.backend,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    transaction: (fn) => (state.down ? Promise.reject(new DbError('connection terminated', undefined)) : db.transaction(fn)),
  };
}

describe.each(testBackends())('push and pull on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  let deskA: Desk;
  let deskA2: Desk;
  const dbState = { down: false };

  beforeAll(async () => {
    hub = await startTestHub(backend, { settings: { pullPageSize: PAGE }, wrapDb: (db) => flakyDb(db, dbState) });
    org = await seedOrganisation(hub.db, 2);
    deskA = await enrolDesk(hub, org.organisationId, [org.locations[0]!.id]);
    deskA2 = await enrolDesk(hub, org.organisationId, [org.locations[0]!.id]);
  }, 60_000);
  afterAll(async () => hub?.close());

  const locA = () => org.locations[0]!;
  const locB = () => org.locations[1]!;
  const managerA = () => ({ userId: locA().managerId, role: 'manager' as const });
  const assistantA = () => ({ userId: locA().assistantId, role: 'assistant' as const });

  async function push(desk: Desk, body: unknown, headers?: Record<string, string>) {
    return hub.call('/v1/push', { token: desk.credential, body, ...(headers ? { headers } : {}) });
  }

  async function freshDesk(): Promise<Desk> {
    return enrolDesk(hub, org.organisationId, [locA().id]);
  }

  it('push: shift.assign is applied and the pull returns the row with its new version', async () => {
    const desk = await freshDesk();
    const before = await pullAll(hub, desk);
    const cursors = before[before.length - 1]!.cursors;
    const shift = shiftOf(locA());
    const answer = await push(desk, pushBody(desk, [mutation(1, 'shift.assign', shift, managerA())]));
    expect(answer.status).toBe(200);
    const body = answer.body as PushResponse;
    expect(body.lastMutationId).toBe(1);
    expect(body.results).toEqual([{ id: 1, status: 'applied' }]);
    expect(body.clockSkewMs).toBeUndefined();

    const pages = await pullAll(hub, desk, cursors);
    const changes = pages.flatMap((p) => p.changes);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ space: locA().id, table: 'shifts', id: shift.id, deleted: false, row: shift });
    expect(changes[0]!.version).toBe(await spaceVersion(hub.db, locA().id));
    expect(pages[pages.length - 1]!.cursors[locA().id]).toBe(changes[0]!.version);
    expect(pages[0]!.lastMutationId).toBe(1);
    expect(pages[0]!.results).toEqual([{ id: 1, status: 'applied' }]);
  });

  it('push: the same batch again answers duplicate and applies nothing twice', async () => {
    const desk = await freshDesk();
    const batch = pushBody(desk, [mutation(1, 'shift.assign', shiftOf(locA(), { staffId: locA().staffIds[1] }), managerA())]);
    expect((await push(desk, batch)).status).toBe(200);
    const version = await spaceVersion(hub.db, locA().id);
    const again = await push(desk, batch);
    expect(again.status).toBe(200);
    expect((again.body as PushResponse).results).toEqual([{ id: 1, status: 'duplicate' }]);
    expect((again.body as PushResponse).lastMutationId).toBe(1);
    expect(await spaceVersion(hub.db, locA().id)).toBe(version);
    const { rows } = await hub.db.query('SELECT 1 FROM mutation_log WHERE device_id = $1', [desk.deviceId]);
    expect(rows).toHaveLength(1);
  });

  it('push: a gap after the last processed id is 409 and applies nothing', async () => {
    const desk = await freshDesk();
    const version = await spaceVersion(hub.db, locA().id);
    const answer = await push(desk, pushBody(desk, [mutation(2, 'shift.assign', shiftOf(locA()), managerA())]));
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'conflict' }, lastMutationId: 0 });
    // A hole inside the batch is refused before anything is applied, too.
    const holed = await push(
      desk,
      pushBody(desk, [mutation(1, 'shift.assign', shiftOf(locA()), managerA()), mutation(3, 'shift.remove', { id: 'x' }, managerA())]),
    );
    expect(holed.status).toBe(409);
    expect(await lastMutationIdOf(hub.db, desk.deviceId)).toBe(0);
    expect(await spaceVersion(hub.db, locA().id)).toBe(version);
  });

  it('push: a rule violation is recorded rejected with its rule, and the queue advances', async () => {
    const desk = await freshDesk();
    const wrong = shiftOf(locA(), { start: 17 * 60, end: 9 * 60, breaks: [] });
    const good = shiftOf(locA(), { date: '2026-11-24' });
    const answer = await push(
      desk,
      pushBody(desk, [mutation(1, 'shift.assign', wrong, managerA()), mutation(2, 'shift.assign', good, managerA())]),
    );
    expect(answer.status).toBe(200);
    const body = answer.body as PushResponse;
    expect(body.lastMutationId).toBe(2);
    expect(body.results[0]).toMatchObject({ id: 1, status: 'rejected', reason: { code: 'rule_violated', rule: 'shift.end_after_start' } });
    expect(body.results[1]).toEqual({ id: 2, status: 'applied' });
    const { rows } = await hub.db.query<{ mutation_id: number; status: string; reason: { rule: string } | null }>(
      'SELECT mutation_id, status, reason FROM mutation_log WHERE device_id = $1 ORDER BY mutation_id',
      [desk.deviceId],
    );
    expect(rows.map((r) => [r.mutation_id, r.status, r.reason?.rule ?? null])).toEqual([
      [1, 'rejected', 'shift.end_after_start'],
      [2, 'applied', null],
    ]);
    const { rows: stored } = await hub.db.query('SELECT 1 FROM sync_rows WHERE tbl = $1 AND id = $2', ['shifts', wrong.id]);
    expect(stored).toHaveLength(0);
    // The retry of a rejected mutation carries the original reason.
    const again = await push(desk, pushBody(desk, [mutation(1, 'shift.assign', wrong, managerA())]));
    expect((again.body as PushResponse).results[0]).toMatchObject({
      id: 1,
      status: 'duplicate',
      reason: { rule: 'shift.end_after_start' },
    });
    // And a pull reports the outcomes too.
    const pulled = await hub.call('/v1/pull', { token: desk.credential, body: pullBody(desk, {}) });
    expect((pulled.body as PullResponse).results.map((r) => r.status)).toEqual(['rejected', 'applied']);
  });

  it('push: an assistant running a manager-only mutator is rejected forbidden; consent.set is allowed', async () => {
    const desk = await freshDesk();
    const shift = shiftOf(locA(), { date: '2026-11-25' });
    const child = {
      id: `child-${Date.now()}`,
      locationId: locA().id,
      firstName: 'Sem',
      lastName: 'Test',
      dateOfBirth: '2025-01-02',
      familyId: 'f1',
    };
    await hub.db.transaction(async (tx) => {
      const { putRow } = await import('../sync/rowStore');
      await putRow(tx, locA().id, 'children', child.id, child);
    });
    const answer = await push(
      desk,
      pushBody(desk, [
        mutation(1, 'shift.assign', shift, assistantA()),
        mutation(2, 'consent.set', { id: child.id, locationId: locA().id, photos: true, trips: false, otherGroup: false }, assistantA()),
        // A session the hub never issued on this desk: nobody.
        mutation(3, 'shift.assign', shift, { sessionId: 'x'.repeat(43) }),
      ]),
    );
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', rule: 'hub.role_not_allowed' } });
    expect(results[1]).toEqual({ id: 2, status: 'applied' });
    expect(results[2]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', rule: 'hub.unknown_session' } });
    const { rows } = await hub.db.query('SELECT 1 FROM sync_rows WHERE tbl = $1 AND id = $2', ['shifts', shift.id]);
    expect(rows).toHaveLength(0);
  });

  it('push: a session of another desk, or of a manager of another location, is rejected forbidden (hub.unknown_session)', async () => {
    const desk = await freshDesk();
    const otherDesk = await freshDesk();
    const answer = await push(
      desk,
      pushBody(desk, [
        mutation(1, 'shift.assign', shiftOf(locA()), { sessionId: sessionOn(otherDesk, managerA()) }),
        mutation(2, 'shift.assign', shiftOf(locA()), { userId: locB().managerId }),
      ]),
    );
    const results = (answer.body as PushResponse).results;
    expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', rule: 'hub.unknown_session' } });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', rule: 'hub.unknown_session' } });
    expect((answer.body as PushResponse).lastMutationId).toBe(2);
  });

  it('push and pull: another location is 403 and nothing is applied', async () => {
    const desk = await freshDesk();
    const versionB = await spaceVersion(hub.db, locB().id);
    const foreign = shiftOf(locB());
    const answer = await push(desk, pushBody(desk, [mutation(1, 'shift.assign', foreign, { userId: locB().managerId })]));
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await lastMutationIdOf(hub.db, desk.deviceId)).toBe(0);
    expect(await spaceVersion(hub.db, locB().id)).toBe(versionB);

    const pulled = await hub.call('/v1/pull', { token: desk.credential, body: pullBody(desk, { [locB().id]: 0 }) });
    expect(pulled.status).toBe(403);
    expect(pulled.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // A write that the arguments do not reveal: rows of other locations are invisible (not found).
    const deskB = await enrolDesk(hub, org.organisationId, [locB().id]);
    const bShift = shiftOf(locB(), { date: '2026-12-01' });
    expect((await push(deskB, pushBody(deskB, [mutation(1, 'shift.assign', bShift, { userId: locB().managerId })]))).status).toBe(200);
    const removal = await push(desk, pushBody(desk, [mutation(1, 'shift.remove', { id: bShift.id }, managerA())]));
    expect((removal.body as PushResponse).results[0]).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
    const { rows } = await hub.db.query<{ deleted: boolean }>('SELECT deleted FROM sync_rows WHERE tbl = $1 AND id = $2', [
      'shifts',
      bShift.id,
    ]);
    expect(rows).toEqual([{ deleted: false }]);
  });

  it('pull: pages of PAGE changes, ordered by (space, version), until hasMore is false', async () => {
    const desk = await freshDesk();
    const pages = await pullAll(hub, desk);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(0, -1)) {
      expect(page.hasMore).toBe(true);
      expect(page.changes).toHaveLength(PAGE);
    }
    expect(pages[pages.length - 1]!.hasMore).toBe(false);
    const changes = pages.flatMap((p) => p.changes);
    const keys = changes.map((c) => `${c.space}/${c.table}/${c.id}/${c.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    const order = changes.map((c) => [c.space, c.version] as const);
    const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(order).toEqual(sorted);
    // Only the desk's location and the organisation's space, never the other location.
    expect(new Set(changes.map((c) => c.space))).toEqual(new Set([locA().id, 'org']));
    const { rows } = await hub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sync_rows WHERE space = ANY($1)', [
      [locA().id, `org:${org.organisationId}`],
    ]);
    expect(changes).toHaveLength(rows[0]!.n);
    expect(pages[0]!.control[0]).toMatchObject({ type: 'lease' });
  });

  it('two desks of one location see each other’s changes, deletes as tombstones', async () => {
    const start = await pullAll(hub, deskA2);
    const cursors2 = start[start.length - 1]!.cursors;
    const shift = shiftOf(locA(), { date: '2026-12-02' });
    const next = (await lastMutationIdOf(hub.db, deskA.deviceId)) + 1;
    expect((await push(deskA, pushBody(deskA, [mutation(next, 'shift.assign', shift, managerA())]))).status).toBe(200);

    const seen = (await pullAll(hub, deskA2, cursors2)).flatMap((p) => p.changes);
    expect(seen.map((c) => c.id)).toEqual([shift.id]);

    const edited = { ...shift, end: 17 * 60 };
    const next2 = (await lastMutationIdOf(hub.db, deskA2.deviceId)) + 1;
    expect((await push(deskA2, pushBody(deskA2, [mutation(next2, 'shift.assign', edited, managerA())]))).status).toBe(200);
    const startA = seen[0]!.version;
    const seenByA = (await pullAll(hub, deskA, { [locA().id]: startA })).flatMap((p) => p.changes).filter((c) => c.space === locA().id);
    expect(seenByA).toHaveLength(1);
    expect(seenByA[0]).toMatchObject({ id: shift.id, row: edited });
    expect(seenByA[0]!.version).toBeGreaterThan(startA);

    expect((await push(deskA, pushBody(deskA, [mutation(next + 1, 'shift.remove', { id: shift.id }, managerA())]))).status).toBe(200);
    const tomb = (await pullAll(hub, deskA2, { [locA().id]: seenByA[0]!.version }))
      .flatMap((p) => p.changes)
      .filter((c) => c.space === locA().id);
    expect(tomb).toEqual([expect.objectContaining({ id: shift.id, table: 'shifts', deleted: true, row: null })]);
  });

  it('push: a database failure is 503 and nothing advances; the retry applies', async () => {
    const desk = await freshDesk();
    const batch = pushBody(desk, [mutation(1, 'shift.assign', shiftOf(locA(), { date: '2026-12-03' }), managerA())]);
    dbState.down = true;
    let answer;
    try {
      answer = await push(desk, batch);
    } finally {
      dbState.down = false;
    }
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await lastMutationIdOf(hub.db, desk.deviceId)).toBe(0);
    const retry = await push(desk, batch);
    expect((retry.body as PushResponse).results).toEqual([{ id: 1, status: 'applied' }]);
  });

  it('push: a desk clock more than 5 minutes off is flagged with clockSkewMs', async () => {
    const desk = await freshDesk();
    const ahead = new Date(Date.now() + 10 * 60_000).toISOString();
    const answer = await push(desk, pushBody(desk, []), { 'x-opvangdesk-time': ahead });
    expect(answer.status).toBe(200);
    expect((answer.body as PushResponse).clockSkewMs).toBeGreaterThan(9 * 60_000);
    const close = await push(desk, pushBody(desk, []), { 'x-opvangdesk-time': new Date().toISOString() });
    expect((close.body as PushResponse).clockSkewMs).toBeUndefined();
  });

  it('pushes of one desk in parallel: each mutation once, in order', async () => {
    const desk = await freshDesk();
    const batch = pushBody(
      desk,
      [1, 2, 3].map((id) => mutation(id, 'shift.assign', shiftOf(locA(), { date: `2026-12-1${id}` }), managerA())),
    );
    const answers = await Promise.all([push(desk, batch), push(desk, batch), push(desk, batch)]);
    for (const a of answers) expect(a.status).toBe(200);
    const statuses = answers.flatMap((a) => (a.body as PushResponse).results.map((r) => r.status));
    expect(statuses.filter((s) => s === 'applied')).toHaveLength(3);
    const { rows } = await hub.db.query('SELECT mutation_id FROM mutation_log WHERE device_id = $1 ORDER BY mutation_id', [desk.deviceId]);
    expect(rows).toEqual([{ mutation_id: 1 }, { mutation_id: 2 }, { mutation_id: 3 }]);
  });

  it('two desks booking the same person at the same time: the space lock lets exactly one win', async () => {
    const [one, two] = [await freshDesk(), await freshDesk()];
    const staffId = locA().staffIds[1];
    const rounds = 5;
    for (let round = 0; round < rounds; round++) {
      const date = `2027-02-0${round + 1}`;
      const [a, b] = await Promise.all([
        push(one, pushBody(one, [mutation(round + 1, 'shift.assign', shiftOf(locA(), { staffId, date }), managerA())])),
        push(
          two,
          pushBody(two, [mutation(round + 1, 'shift.assign', shiftOf(locA(), { staffId, date, start: 9 * 60, breaks: [] }), managerA())]),
        ),
      ]);
      const results = [a, b].map((x) => (x.body as PushResponse).results[0]!);
      expect(results.map((r) => r.status).sort()).toEqual(['applied', 'rejected']);
      expect(results.find((r) => r.status === 'rejected')!.reason).toMatchObject({ rule: 'shift.double_booked' });
    }
  });

  it('push: a value the database refuses (a NUL character) is rejected for good, and the queue advances', async () => {
    const desk = await freshDesk();
    const answer = await push(
      desk,
      pushBody(desk, [
        mutation(1, 'shift.assign', shiftOf(locA(), { staffId: 'staff\u0000x' }), managerA()),
        mutation(2, 'shift.assign', shiftOf(locA(), { date: '2027-03-01' }), managerA()),
      ]),
    );
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results[0]).toMatchObject({ id: 1, status: 'rejected', reason: { code: 'validation_failed' } });
    expect(results[1]).toEqual({ id: 2, status: 'applied' });
  });
});
