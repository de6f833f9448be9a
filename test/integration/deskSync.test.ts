/**
 * The desk's sync engine against the real hub on 127.0.0.1 (PGlite always; PostgreSQL when
 * DATABASE_URL is set), with a switchable proxy standing in for the branch office's line.
 * Rules: sync.md ("Nothing lost", "Conflicts") and the sync issue.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionInfo, SyncStatus } from '../../shared/contract/views';
import { addDays } from '../../shared/domain/time/localDate';
import type { ShiftRow } from '../../shared/model/rows';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { revokeDevice } from '../../server/src/admin/directory';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { startFaultyProxy, type FaultyProxy } from '../fixtures/faultyProxy';
import { FIXED_NOW, ok, openTempCore, QUIET_SYNC } from '../fixtures/tempCore';
import { runningClockFrom } from '../../shared/domain/time/clock';
import type { Core } from '../../electron/core/core';

/** Monday 23 November 2026, 09:00, running on: desks and hub agree on the day. */
const clock = runningClockFrom(FIXED_NOW);

type TestDesk = { core: Core; cleanup: () => Promise<void>; proxy: FaultyProxy };

describe.each(testBackends())('desk sync with the hub ($name)', (backend) => {
  if (!backend.available) {
    test.skip(`not run: ${backend.reason}`, () => undefined);
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  const desks: TestDesk[] = [];

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 2);
  });

  afterAll(async () => {
    for (const d of desks.splice(0)) {
      await d.cleanup();
      await d.proxy.close();
    }
    await hub.close();
  });

  async function enrolledDesk(locationIndex = 0, role: 'manager' | 'assistant' = 'manager'): Promise<TestDesk> {
    const location = org.locations[locationIndex]!;
    const proxy = await startFaultyProxy(hub.url);
    const { core, cleanup } = await openTempCore({ now: clock, syncTiming: QUIET_SYNC });
    const desk = { core, cleanup, proxy };
    desks.push(desk);
    const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
    await ok<SyncStatus>(core.call('sync.enrol', { hubUrl: proxy.url, code, deskName: `Desk ${desks.length}` }));
    await ok<SessionInfo>(
      core.call('auth.signIn', { email: role === 'manager' ? location.managerEmail : location.assistantEmail, password: PASSWORD }),
    );
    await ok(core.call('sync.now', {}));
    return desk;
  }

  function shift(locationIndex: number, patch: Partial<ShiftRow>): ShiftRow {
    const location = org.locations[locationIndex]!;
    return {
      id: crypto.randomUUID(),
      locationId: location.id,
      staffId: location.staffIds[0],
      groupId: location.groupId,
      date: '2026-12-01',
      start: 450,
      end: 960,
      breaks: [],
      ...patch,
    };
  }

  const status = (core: Core) => ok<SyncStatus>(core.call('sync.status', {}));

  test('enrolling pulls the location; a signed-in change reaches the hub and the other desk', async () => {
    const a = await enrolledDesk(0);
    const b = await enrolledDesk(0);
    expect(a.core.context.store.find('groups', { locationId: org.locations[0]!.id })).toHaveLength(1);
    // a desk only receives its own locations
    expect(a.core.context.store.find('groups', { locationId: org.locations[1]!.id })).toHaveLength(0);

    const s = shift(0, { date: '2026-12-02' });
    await ok(a.core.call('mutate', { name: 'shift.assign', args: s }));
    expect((await status(a.core)).pending).toBe(1);
    const after = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(after).toMatchObject({ state: 'online', pending: 0, needsAttention: 0 });

    await ok(b.core.call('sync.now', {}));
    expect(b.core.context.store.get('shifts', s.id)).toEqual(s);
  });

  test('an enrolled desk refuses changes until someone signs in, and records who made each change', async () => {
    const a = await enrolledDesk(0);
    await ok(a.core.call('auth.signOut', {}));
    const refused = await a.core.call('mutate', { name: 'shift.assign', args: shift(0, { date: '2026-12-03' }) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthorized', rule: 'auth.signed_in' } });
    await ok(a.core.call('auth.signIn', { email: org.locations[0]!.managerEmail, password: PASSWORD }));
    await ok(
      a.core.call('mutate', { name: 'shift.assign', args: shift(0, { date: '2026-12-03', staffId: org.locations[0]!.staffIds[1] }) }),
    );
    const actor = JSON.parse((a.core.context.db.prepare('SELECT actor FROM outbox').get() as { actor: string }).actor);
    expect(actor).toMatchObject({ userId: org.locations[0]!.managerId, role: 'manager' });
  });

  test('the desk role is enforced on the desk: an assistant cannot plan shifts (manager only)', async () => {
    const a = await enrolledDesk(0, 'assistant');
    const refused = await a.core.call('mutate', { name: 'shift.assign', args: shift(0, { date: '2026-12-04' }) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'role.allowed' } });
    expect(a.core.context.mutations.pendingCount()).toBe(0);
  });

  test('offline: the desk keeps working, says offline with pending changes, and delivers them when the hub returns', async () => {
    const a = await enrolledDesk(0);
    a.proxy.mode = 'down';
    const s = shift(0, { date: '2026-12-07' });
    await ok(a.core.call('mutate', { name: 'shift.assign', args: s }));
    const offline = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(offline).toMatchObject({ state: 'offline', pending: 1 });
    // still visible and editable locally
    expect(a.core.context.store.get('shifts', s.id)).toEqual(s);
    await ok(a.core.call('mutate', { name: 'shift.assign', args: { ...s, end: 990 } }));

    a.proxy.mode = 'pass';
    const back = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(back).toMatchObject({ state: 'online', pending: 0 });
    const { rows } = await hub.db.query<{ row: ShiftRow }>("SELECT row FROM sync_rows WHERE tbl = 'shifts' AND id = $1", [s.id]);
    expect(rows[0]?.row.end).toBe(990);
  });

  test('a failed round is retried on its own (backoff), without waiting for a new local change', async () => {
    const a = await enrolledDesk(0);
    a.proxy.mode = 'down';
    await ok(a.core.call('mutate', { name: 'shift.assign', args: shift(0, { date: '2026-12-08' }) }));
    await a.core.call('sync.now', {});
    a.proxy.mode = 'pass';
    const deadline = Date.now() + 5_000;
    while ((await status(a.core)).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await status(a.core)).toMatchObject({ state: 'online', pending: 0 });
  });

  test("nothing lost: the hub's answer to a push is dropped after it applied it; the retries are duplicates, applied once", async () => {
    const a = await enrolledDesk(0);
    const s = shift(0, { date: '2026-12-09' });
    await ok(a.core.call('mutate', { name: 'shift.assign', args: s }));
    const mutationsLogged = async (deviceId: string) =>
      (await hub.db.query<{ n: number }>('SELECT count(*)::int AS n FROM mutation_log WHERE device_id = $1', [deviceId])).rows[0]?.n;
    a.proxy.mode = 'dropPushResponses';
    const lost = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(lost).toMatchObject({ state: 'offline', pending: 1 });
    // the cut connection was retried once at once (hubClient), and the hub saw a duplicate
    expect(a.proxy.forwarded.filter((p) => p === '/v1/push')).toHaveLength(2);
    expect(await mutationsLogged(lost.deviceId!)).toBe(1);
    a.proxy.mode = 'pass';
    const again = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(again).toMatchObject({ state: 'online', pending: 0, needsAttention: 0 });
    expect(await mutationsLogged(again.deviceId!)).toBe(1);
    expect(a.core.context.store.get('shifts', s.id)).toEqual(s);
  });

  test('conflict: a change made offline that no longer holds is refused by the hub, undone on the desk and listed with both versions', async () => {
    const a = await enrolledDesk(0);
    const b = await enrolledDesk(0);
    const staffId = org.locations[0]!.staffIds[1];
    a.proxy.mode = 'down';
    const mine = shift(0, { date: '2026-12-10', staffId, start: 480, end: 720 });
    await ok(a.core.call('mutate', { name: 'shift.assign', args: mine }));
    const theirs = shift(0, { date: '2026-12-10', staffId, start: 600, end: 900 });
    await ok(b.core.call('mutate', { name: 'shift.assign', args: theirs }));
    await ok(b.core.call('sync.now', {}));

    a.proxy.mode = 'pass';
    const after = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(after).toMatchObject({ state: 'online', pending: 0, needsAttention: 1 });
    expect(a.core.context.store.get('shifts', mine.id)).toBeNull();
    expect(a.core.context.store.get('shifts', theirs.id)).toEqual(theirs);
    const [rejection] = await ok<{ seq: number; reason: { rule: string }; args: unknown; serverRows: unknown[] }[]>(
      a.core.call('sync.rejections', {}),
    );
    expect(rejection?.reason.rule).toBe('shift.double_booked');
    expect(rejection?.args).toEqual(mine);
    await ok(a.core.call('sync.resolveRejection', { seq: rejection!.seq }));
    expect((await status(a.core)).needsAttention).toBe(0);
  });

  test('rebase: a change made while another desk’s changes arrive stays on top of them', async () => {
    const a = await enrolledDesk(0);
    const b = await enrolledDesk(0);
    const theirs = shift(0, { date: '2026-12-11', staffId: org.locations[0]!.staffIds[0] });
    await ok(b.core.call('mutate', { name: 'shift.assign', args: theirs }));
    await ok(b.core.call('sync.now', {}));
    a.proxy.mode = 'down';
    const mine = shift(0, { date: '2026-12-11', staffId: org.locations[0]!.staffIds[1] });
    await ok(a.core.call('mutate', { name: 'shift.assign', args: mine }));
    a.proxy.mode = 'pass';
    await ok(a.core.call('sync.now', {}));
    expect(a.core.context.store.get('shifts', theirs.id)).toEqual(theirs);
    expect(a.core.context.store.get('shifts', mine.id)).toEqual(mine);
  });

  test('a desk offline for a simulated day makes 1,000 changes: all arrive, in order, once', async () => {
    const a = await enrolledDesk(1);
    a.proxy.mode = 'down';
    // 100 shifts on 100 days, each entered and then edited nine times
    const ids = Array.from({ length: 100 }, () => crypto.randomUUID());
    for (let i = 0; i < 1000; i++) {
      const n = Math.floor(i / 10);
      const args = shift(1, { id: ids[n]!, date: addDays('2027-01-04', n), start: 420, end: 480 + (i % 10) * 15 });
      const result = await a.core.call('mutate', { name: 'shift.assign', args });
      expect(result.ok).toBe(true);
    }
    expect((await status(a.core)).pending).toBe(1000);
    a.proxy.mode = 'pass';
    const after = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(after).toMatchObject({ state: 'online', pending: 0 });
    const { rows } = await hub.db.query<{ n: number; min: number; max: number }>(
      "SELECT count(*)::int AS n, min(mutation_id)::int AS min, max(mutation_id)::int AS max FROM mutation_log WHERE device_id = $1 AND status = 'applied'",
      [after.deviceId],
    );
    expect(rows[0]).toEqual({ n: 1000, min: 1, max: 1000 });
    for (const id of ids) {
      const local = a.core.context.store.get('shifts', id);
      const remote = await hub.db.query<{ row: ShiftRow }>("SELECT row FROM sync_rows WHERE tbl = 'shifts' AND id = $1", [id]);
      expect(remote.rows[0]?.row).toEqual(local);
    }
  });

  test('sign-in: offline after a first online sign-in; wrong passwords are refused and limited', async () => {
    const a = await enrolledDesk(0);
    const email = org.locations[0]!.managerEmail;
    a.proxy.mode = 'down';
    await ok(a.core.call('auth.signOut', {}));
    const offline = await ok<SessionInfo>(a.core.call('auth.signIn', { email, password: PASSWORD }));
    expect(offline.user).toMatchObject({ offline: true, role: 'manager' });
    for (let i = 0; i < 5; i++) {
      expect(await a.core.call('auth.signIn', { email, password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(await a.core.call('auth.signIn', { email, password: PASSWORD })).toMatchObject({
      ok: false,
      error: { rule: 'auth.too_many_attempts' },
    });
    const stranger = await a.core.call('auth.signIn', { email: 'nobody@test.nl', password: PASSWORD });
    expect(stranger).toMatchObject({ ok: false, error: { rule: 'auth.first_sign_in_online' } });
  });

  test('a desk the hub revoked stops syncing and says so', async () => {
    const a = await enrolledDesk(0);
    await revokeDevice(hub.db, (await status(a.core)).deviceId!, 'test', hub.clock());
    const after = await ok<SyncStatus>(a.core.call('sync.now', {}));
    expect(after.state).toBe('revoked');
  });

  test('a demo desk cannot be enrolled (its data must never reach a real hub)', async () => {
    const { core, cleanup } = await openTempCore({ demo: true, now: clock, syncTiming: QUIET_SYNC });
    try {
      const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [org.locations[0]!.id] });
      expect(await core.call('sync.enrol', { hubUrl: hub.url, code, deskName: 'Demo' })).toMatchObject({
        ok: false,
        error: { rule: 'sync.enrol_needs_empty_store' },
      });
    } finally {
      await cleanup();
    }
  });
});
