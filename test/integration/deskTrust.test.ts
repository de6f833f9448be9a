/**
 * The desk's side of trust (issue 15, items 1 and 5) against the real hub: reads need someone
 * signed in on an enrolled desk; offline sign-in ends with the session's work window (14 days);
 * a user the hub deactivated is signed out at the next contact while their earlier offline work
 * still counts; a revoked desk locks, also after a restart, and `--wipe` leaves nothing readable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SessionInfo, SyncStatus } from '../../shared/contract/views';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { deactivateUser, reactivateUser, revokeDevice } from '../../server/src/admin/directory';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { startFaultyProxy, type FaultyProxy } from '../fixtures/faultyProxy';
import { ok, openTempCore, QUIET_SYNC } from '../fixtures/tempCore';
import type { Core } from '../../electron/core/core';

const DAY = 86_400_000;

describe.each(testBackends())('trust on the desk ($name)', (backend) => {
  if (!backend.available) {
    test.skip(`NOT RUN: ${backend.reason}`, () => undefined);
    return;
  }
  /** One clock for hub and desks, moved by the tests. */
  let now = new Date('2026-12-07T08:00:00Z');
  const clock = () => now;
  let hub: TestHub;
  let org: Seeded;
  const opened: { core: Core; cleanup: () => Promise<void>; proxy: FaultyProxy }[] = [];

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 1);
  }, 60_000);
  afterAll(async () => {
    for (const d of opened.splice(0)) {
      await d.cleanup();
      await d.proxy.close();
    }
    await hub?.close();
  });

  const loc = () => org.locations[0]!;

  async function enrolledDesk(email = loc().managerEmail) {
    const proxy = await startFaultyProxy(hub.url);
    const { core, cleanup, dataDir } = await openTempCore({ now: clock, syncTiming: QUIET_SYNC });
    const desk = { core, cleanup, proxy, dataDir };
    opened.push(desk);
    const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [loc().id] });
    await ok<SyncStatus>(core.call('sync.enrol', { hubUrl: proxy.url, code, deskName: `Desk ${opened.length}` }));
    await ok<SessionInfo>(core.call('auth.signIn', { email, password: PASSWORD }));
    await ok(core.call('sync.now', {}));
    return desk;
  }

  test('auth.signed_in: with nobody signed in an enrolled desk shows no staff or children and exports nothing', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const { core } = await enrolledDesk();
    expect((await ok<{ staff: unknown[] }>(core.call('staff.list', { locationId: loc().id }))).staff.length).toBeGreaterThan(0);
    await ok(core.call('auth.signOut', {}));
    for (const [method, input] of [
      ['staff.list', { locationId: loc().id }],
      ['children.list', { locationId: loc().id, date: '2026-12-07' }],
      ['presence.export', { locationId: loc().id, date: '2026-12-07' }],
    ] as const) {
      expect(await core.call(method, input), method).toMatchObject({ ok: false, error: { code: 'unauthorized', rule: 'auth.signed_in' } });
    }
    // what the sign-in screen needs still answers
    expect((await core.call('auth.session', {})).ok).toBe(true);
    expect((await core.call('sync.status', {})).ok).toBe(true);
  });

  test('auth.offline_expired: offline sign-in a minute before the 14th day after the online one, and not on it', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const { core, proxy } = await enrolledDesk();
    const signedInAt = now.getTime();
    proxy.mode = 'down';
    await ok(core.call('auth.signOut', {}));
    now = new Date(signedInAt + 14 * DAY - 60_000);
    const offline = await ok<SessionInfo>(core.call('auth.signIn', { email: loc().managerEmail, password: PASSWORD }));
    expect(offline.user).toMatchObject({ offline: true });
    await ok(core.call('auth.signOut', {}));
    now = new Date(signedInAt + 14 * DAY);
    expect(await core.call('auth.signIn', { email: loc().managerEmail, password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', rule: 'auth.offline_expired' },
    });
    proxy.mode = 'pass';
  });

  test('deactivated at 10:00: the 09:00 offline change arrives at 11:00 and counts; the desk signs the user out and refuses them offline', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const { core, proxy } = await enrolledDesk(loc().assistantEmail);
    proxy.mode = 'down';
    now = new Date('2026-12-07T09:00:00Z');
    await ok(
      core.call('mutate', {
        name: 'staffAbsence.register',
        args: { id: crypto.randomUUID(), locationId: loc().id, staffId: loc().staffIds[1], date: '2026-12-07', kind: 'sick' },
      }),
    );
    now = new Date('2026-12-07T10:00:00Z');
    await deactivateUser(hub.db, loc().assistantId, now);
    now = new Date('2026-12-07T11:00:00Z');
    proxy.mode = 'pass';
    const after = await ok<SyncStatus>(core.call('sync.now', {}));
    expect(after).toMatchObject({ pending: 0, needsAttention: 0 });
    const session = await ok<SessionInfo>(core.call('auth.session', {}));
    expect(session.user).toBeNull();
    expect(session.notice).toContain('gedeactiveerd');
    proxy.mode = 'down';
    expect(await core.call('auth.signIn', { email: loc().assistantEmail, password: PASSWORD })).toMatchObject({
      ok: false,
      error: { rule: 'auth.offline_expired' },
    });
    proxy.mode = 'pass';
    expect(await core.call('auth.signIn', { email: loc().assistantEmail, password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    await reactivateUser(hub.db, loc().assistantId);
  });

  test('desk.revoked: a revoked desk answers no reads or writes, also after a restart without connection', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const desk = await enrolledDesk();
    await revokeDevice(hub.db, (await ok<SyncStatus>(desk.core.call('sync.status', {}))).deviceId!, 'uit gebruik', now);
    expect((await ok<SyncStatus>(desk.core.call('sync.now', {}))).state).toBe('revoked');
    const refused = { ok: false, error: { code: 'forbidden', rule: 'desk.revoked' } };
    expect(await desk.core.call('staff.list', { locationId: loc().id })).toMatchObject(refused);
    expect(await desk.core.call('mutate', { name: 'staffAbsence.remove', args: { id: crypto.randomUUID() } })).toMatchObject(refused);
    expect(await desk.core.call('auth.signIn', { email: loc().managerEmail, password: PASSWORD })).toMatchObject(refused);

    await desk.core.close();
    desk.proxy.mode = 'down';
    const again = await openTempCore({ now: clock, syncTiming: QUIET_SYNC, dataDir: desk.dataDir });
    try {
      const status = await ok<SyncStatus>(again.core.call('sync.status', {}));
      expect(status).toMatchObject({ state: 'revoked', revocation: { wiped: false, message: 'uit gebruik' } });
      expect(await again.core.call('staff.list', { locationId: loc().id })).toMatchObject(refused);
    } finally {
      await again.core.close();
    }
  });

  test('revoke-device --wipe: the desk empties its store; no staff name or group name is left in any file of the folder', async () => {
    now = new Date('2026-12-07T08:00:00Z');
    const desk = await enrolledDesk();
    const deviceId = (await ok<SyncStatus>(desk.core.call('sync.status', {}))).deviceId!;
    await revokeDevice(hub.db, deviceId, 'laptop gestolen', now, true);
    const status = await ok<SyncStatus>(desk.core.call('sync.now', {}));
    expect(status).toMatchObject({ state: 'revoked', revocation: { wiped: true, message: 'laptop gestolen' } });
    await desk.core.close();
    const files = fs.readdirSync(desk.dataDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(file.parentPath, file.name));
      for (const secret of [loc().staffIds[0], 'Rupsjes 1', 'Test1']) expect(bytes.includes(secret), `${file.name}: ${secret}`).toBe(false);
    }
    const again = await openTempCore({ now: clock, syncTiming: QUIET_SYNC, dataDir: desk.dataDir });
    try {
      expect(await ok<SyncStatus>(again.core.call('sync.status', {}))).toMatchObject({ state: 'revoked', revocation: { wiped: true } });
    } finally {
      await again.core.close();
    }
  });
});
