/**
 * Group iPads end to end (spec/devices.md): desk cores on real SQLite files, the real hub on
 * 127.0.0.1 (PGlite always; PostgreSQL when DATABASE_URL is set), the device simulator as the
 * iPad, and the switchable proxy as the branch office's line.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type {
  DeviceAuditExport,
  DeviceAuditView,
  DevicesOverview,
  GroupDeviceView,
  PairingCodeView,
  RevokeReceipt,
  SyncStatus,
  UndeliveredRevocations,
} from '../../shared/contract/views';
import type { ShiftRow } from '../../shared/model/rows';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { DeviceSimulator } from '../../server/src/deviceSim/deviceSimulator';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import type { Core } from '../../electron/core/core';
import { startFaultyProxy, type FaultyProxy } from '../fixtures/faultyProxy';
import { FIXED_NOW, ok, openTempCore, QUIET_SYNC } from '../fixtures/tempCore';
import { runningClockFrom } from '../../shared/domain/time/clock';

/** Monday 23 November 2026, 09:00, running on: desks and hub agree on the day. */
const clock = runningClockFrom(FIXED_NOW);

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

type TestDesk = { core: Core; proxy: FaultyProxy; cleanup: () => Promise<void> };

describe.each(testBackends())('group iPads: desk, hub and device ($name)', (backend) => {
  if (!backend.available) {
    test.skip(`not run: ${backend.reason}`, () => undefined);
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  const desks: TestDesk[] = [];
  const devices: DeviceSimulator[] = [];

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 2);
  });

  afterAll(async () => {
    for (const d of devices) d.stop();
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
    await ok(core.call('auth.signIn', { email: role === 'manager' ? location.managerEmail : location.assistantEmail, password: PASSWORD }));
    await ok(core.call('sync.now', {}));
    return desk;
  }

  const loc = () => org.locations[0]!;
  const list = (desk: TestDesk, locationId = loc().id) => ok<DevicesOverview>(desk.core.call('devices.list', { locationId }));
  const deviceIn = (overview: DevicesOverview, deviceId: string): GroupDeviceView | undefined =>
    overview.groups.flatMap((g) => g.devices).find((d) => d.deviceId === deviceId);
  const status = (core: Core) => ok<SyncStatus>(core.call('sync.status', {}));

  async function pairThroughDesk(desk: TestDesk, name: string): Promise<DeviceSimulator> {
    const code = await ok<PairingCodeView>(desk.core.call('devices.pairingCode', { locationId: loc().id, groupId: loc().groupId }));
    expect(code.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code.groupName).toBe('Rupsjes 1');
    expect(code.pairingUri).toContain(code.code.replace('-', ''));
    const device = new DeviceSimulator({ hubUrl: hub.url, name });
    devices.push(device);
    expect((await device.pair(code.code)).kind).toBe('ok');
    return device;
  }

  test('pair from the desk, the device fetches its day; an assistant revokes; refused within a second; wipe confirmed and shown on the desk', async () => {
    const managerDesk = await enrolledDesk(0, 'manager');
    const assistantDesk = await enrolledDesk(0, 'assistant');
    const device = await pairThroughDesk(managerDesk, 'iPad Rupsjes');
    expect((await device.fetchDay()).kind).toBe('ok');
    expect(device.day?.group.name).toBe('Rupsjes 1');
    expect(device.day?.staff).toEqual([]);

    const before = deviceIn(await list(assistantDesk), device.deviceId!);
    expect(before).toMatchObject({ name: 'iPad Rupsjes', status: 'active', pairedBy: 'Manager 1', appVersion: '1.0.0', revocation: null });
    expect(before?.lockAt).not.toBeNull();

    const receipt = await ok<RevokeReceipt>(
      assistantDesk.core.call('devices.revoke', { locationId: loc().id, deviceId: device.deviceId, reason: 'lost', note: 'na het uitje' }),
    );
    // effective on the desk at once
    expect(receipt.device).toMatchObject({ status: 'revoked', revocation: { reason: 'lost', by: 'Assistent 1', undelivered: true } });
    // delivered by the engine without anyone pressing "sync now"
    await until(async () => (await status(assistantDesk.core)).undeliveredRevocations === 0);
    const deliveredAt = Date.now();
    const refused = await device.checkIn();
    expect(Date.now() - deliveredAt).toBeLessThan(1_000);
    expect(refused).toEqual({ kind: 'wiped', confirmed: true });
    expect(device.state).toBe('wiped');
    expect(device.holdsData()).toBe(false);

    const after = deviceIn(await list(managerDesk), device.deviceId!);
    expect(after).toMatchObject({
      status: 'wiped',
      revocation: { reason: 'lost', note: 'na het uitje', by: 'Assistent 1', undelivered: false },
    });
    expect(after?.wipeConfirmedAt).not.toBeNull();
  });

  test('revoked while the hub is out of reach: shown revoked and undelivered, delivered when the hub returns, ahead of pending changes', async () => {
    const desk = await enrolledDesk(0, 'manager');
    const device = await pairThroughDesk(desk, 'iPad Offline');
    await list(desk); // the desk keeps the list for offline use

    desk.proxy.mode = 'down';
    const shift: ShiftRow = {
      id: crypto.randomUUID(),
      locationId: loc().id,
      staffId: loc().staffIds[1],
      groupId: loc().groupId,
      date: '2026-12-14',
      start: 480,
      end: 900,
      breaks: [],
    };
    await ok(desk.core.call('mutate', { name: 'shift.assign', args: shift }));
    const receipt = await ok<RevokeReceipt>(
      desk.core.call('devices.revoke', { locationId: loc().id, deviceId: device.deviceId, reason: 'stolen', note: '' }),
    );
    expect(receipt).toMatchObject({ delivered: false, device: { status: 'revoked', revocation: { undelivered: true } } });

    await until(async () => (await status(desk.core)).state === 'offline');
    const offline = await status(desk.core);
    expect(offline).toMatchObject({ undeliveredRevocations: 1, pending: 1 });
    const shown = await list(desk);
    expect(shown.source).toBe('cache');
    expect(deviceIn(shown, device.deviceId!)).toMatchObject({ status: 'revoked', revocation: { reason: 'stolen', undelivered: true } });
    const banner = await ok<UndeliveredRevocations>(desk.core.call('devices.undelivered', {}));
    expect(banner).toMatchObject({ count: 1, devices: [{ name: 'iPad Offline' }], supportPhone: '' });
    expect(banner.devices[0]!.attempts).toBeGreaterThan(0);
    expect(banner.nextAttemptAt).not.toBeNull();
    // the device still works: the hub does not know yet
    expect((await device.checkIn()).kind).toBe('ok');

    desk.proxy.forwarded.length = 0;
    desk.proxy.mode = 'pass';
    // the engine's short retry delivers it; nobody presses "sync now"
    await until(async () => (await status(desk.core)).undeliveredRevocations === 0 && (await status(desk.core)).pending === 0);
    const revokeAt = desk.proxy.forwarded.indexOf('/v1/group-devices/revoke');
    const pushAt = desk.proxy.forwarded.indexOf('/v1/push');
    expect(revokeAt).toBe(0);
    expect(pushAt).toBeGreaterThan(revokeAt);
    expect((await device.checkIn()).kind).toBe('wiped');
    expect(deviceIn(await list(desk), device.deviceId!)).toMatchObject({ status: 'wiped', revocation: { undelivered: false } });
  });

  test('only the manager pairs: the assistant is refused on the desk and by the hub', async () => {
    const desk = await enrolledDesk(0, 'assistant');
    const overview = await list(desk);
    expect(overview).toMatchObject({ canPair: false, canRevoke: true });
    const refused = await desk.core.call('devices.pairingCode', { locationId: loc().id, groupId: loc().groupId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'devices.pair_manager_only' } });
    // a desk that skipped its own check still meets the hub's: the assistant's session carries the hub's role, not the desk's word
    const credential = (await import('node:fs')).readFileSync(`${desk.core.context.dataDir}/hub-credential`, 'utf8');
    const direct = await hub.call('/v1/group-devices/pairing-codes', {
      token: credential,
      body: { sessionId: desk.core.context.session.sessionId(), locationId: loc().id, groupId: loc().groupId },
    });
    expect(direct.status).toBe(403);
    expect(direct.body.error.rule).toBe('devices.role_not_allowed');
  });

  test('a desk of another location sees and revokes nothing here', async () => {
    const own = await enrolledDesk(0, 'manager');
    const device = await pairThroughDesk(own, 'iPad Rhoon');
    const other = await enrolledDesk(1, 'manager');
    expect(await other.core.call('devices.list', { locationId: loc().id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', rule: 'devices.location_not_enrolled' },
    });
    expect(
      await other.core.call('devices.revoke', { locationId: org.locations[1]!.id, deviceId: device.deviceId, reason: 'lost', note: '' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const credential = (await import('node:fs')).readFileSync(`${other.core.context.dataDir}/hub-credential`, 'utf8');
    const direct = await hub.call('/v1/group-devices/revoke', {
      token: credential,
      body: {
        sessionId: other.core.context.session.sessionId(),
        createdAt: clock().toISOString(),
        commandId: crypto.randomUUID(),
        deviceId: device.deviceId,
        reason: 'lost',
      },
    });
    expect(direct.status).toBe(403);
    expect(direct.body.error.rule).toBe('devices.location_not_enrolled');
    expect((await device.checkIn()).kind).toBe('ok');
  });

  test('the audit log on the desk: the chain verifies; a tampered row is detected; the export carries every entry with its hashes', async () => {
    const desk = await enrolledDesk(0, 'manager');
    const device = await pairThroughDesk(desk, 'iPad Logboek');
    await list(desk);
    await ok(desk.core.call('devices.revoke', { locationId: loc().id, deviceId: device.deviceId, reason: 'other', note: 'in de vijver' }));
    await until(async () => (await status(desk.core)).undeliveredRevocations === 0);
    await device.checkIn();

    const audit = await ok<DeviceAuditView>(desk.core.call('devices.audit', { locationId: loc().id }));
    expect(audit.chain).toMatchObject({ ok: true, brokenAtSeq: null });
    expect(audit.hubVerified).toBe(true);
    const mine = audit.entries.filter((e) => e.deviceId === device.deviceId);
    expect(mine.map((e) => e.event)).toEqual(['paired', 'revoked', 'wiped']);
    expect(mine[1]).toMatchObject({
      actorName: 'Manager 1',
      reason: 'other',
      note: 'in de vijver',
      deviceName: 'iPad Logboek',
      groupName: 'Rupsjes 1',
    });

    const exported = await ok<DeviceAuditExport>(desk.core.call('devices.auditExport', { locationId: loc().id }));
    expect(exported.rowCount).toBe(audit.entries.length);
    const lines = exported.text.trim().split('\r\n');
    expect(lines).toHaveLength(audit.entries.length + 1);
    expect(lines[0]).toContain('volgnummer;tijdstip;gebeurtenis');
    expect(exported.text).toContain(mine[1]!.hash);

    // tamper with the reason the way a database owner could: trigger off, update, trigger on
    await hub.db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE device_audit_log DISABLE TRIGGER device_audit_log_no_update_or_delete');
      await tx.query(`UPDATE device_audit_log SET actor_name = 'Iemand anders' WHERE location_id = $1 AND seq = $2`, [
        loc().id,
        mine[1]!.seq,
      ]);
      await tx.exec('ALTER TABLE device_audit_log ENABLE TRIGGER device_audit_log_no_update_or_delete');
    });
    const tampered = await ok<DeviceAuditView>(desk.core.call('devices.audit', { locationId: loc().id }));
    expect(tampered.chain).toMatchObject({ ok: false, brokenAtSeq: mine[1]!.seq, problem: 'hash_mismatch' });
    expect(tampered.hubVerified).toBe(false);
  });
});
