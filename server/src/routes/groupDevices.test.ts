/**
 * Group iPads on the hub (spec/devices.md), on PGlite and PostgreSQL, with the device simulator
 * speaking the device API: pairing codes, pairing, the group's day, revocation and wipe, who may
 * do what, the offline lease, and the audit chain.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { ChildRow, PlacementRow } from '../../../shared/model/rows';
import { DeviceSimulator } from '../deviceSim/deviceSimulator';
import { putRow } from '../sync/rowStore';
import {
  enrolDesk,
  seedOrganisation,
  shiftOf,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type TestHub,
  sessionOn,
} from '../testing/hubHarness';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Monday 23 November 2026, 10:00 in Amsterdam. */
const START = Date.parse('2026-11-23T09:00:00Z');

describe.each(testBackends())('group devices on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  let desk: Desk;
  let otherDesk: Desk;
  let now = START;

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock: () => new Date(now) });
    org = await seedOrganisation(hub.db, 2);
    desk = await enrolDesk(hub, org.organisationId, [org.locations[0]!.id]);
    otherDesk = await enrolDesk(hub, org.organisationId, [org.locations[1]!.id]);
    // a child expected on Mondays 08:00-17:30 and a shift in the group today
    const loc = org.locations[0]!;
    const child: ChildRow = {
      id: uuidv7(),
      locationId: loc.id,
      firstName: 'Saar',
      lastName: 'de Vries',
      dateOfBirth: '2024-03-01',
      familyId: uuidv7(),
      externalId: null,
    };
    const placement: PlacementRow = {
      id: uuidv7(),
      locationId: loc.id,
      childId: child.id,
      groupId: loc.groupId,
      careType: 'KDV',
      kind: 'fixed',
      startDate: '2026-01-01',
      endDate: null,
      days: [{ weekday: 1, start: 480, end: 1050 }],
    };
    await hub.db.transaction(async (tx) => {
      await putRow(tx, loc.id, 'children', child.id, child);
      await putRow(tx, loc.id, 'placements', placement.id, placement);
      const shift = shiftOf(loc, { date: '2026-11-23' });
      await putRow(tx, loc.id, 'shifts', shift.id, shift);
    });
  }, 60_000);
  afterAll(async () => hub?.close());

  const loc = () => org.locations[0]!;
  const manager = () => ({ userId: loc().managerId, role: 'manager' as const, name: 'Manager 1' });
  const assistant = () => ({ userId: loc().assistantId, role: 'assistant' as const, name: 'Assistent 1' });

  type Actor = { userId: string; role: 'manager' | 'assistant'; name: string };

  async function pairingCode(actor: Actor = manager(), d = desk, locationId = loc().id, groupId = loc().groupId) {
    return hub.call('/v1/group-devices/pairing-codes', {
      token: d.credential,
      body: { sessionId: sessionOn(d, actor), locationId, groupId },
    });
  }

  async function pairedDevice(name = 'iPad Rupsjes', deviceClock?: () => Date): Promise<DeviceSimulator> {
    const code = await pairingCode();
    expect(code.status).toBe(200);
    const device = new DeviceSimulator({ hubUrl: hub.url, name, ...(deviceClock ? { clock: deviceClock } : {}) });
    const paired = await device.pair(code.body.code);
    expect(paired.kind).toBe('ok');
    return device;
  }

  const revoke = (deviceId: string, actor: Actor = assistant(), d = desk, reason = 'lost', note = '') =>
    hub.call('/v1/group-devices/revoke', {
      token: d.credential,
      body: { sessionId: sessionOn(d, actor), createdAt: hub.clock().toISOString(), commandId: uuidv7(), deviceId, reason, note },
    });

  it('a pairing code is 8 characters from the unambiguous alphabet, valid 10 minutes, stored only hashed', async () => {
    const answer = await pairingCode();
    expect(answer.status).toBe(200);
    expect(answer.body.code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(Date.parse(answer.body.expiresAt) - now).toBe(10 * 60_000);
    const { rows } = await hub.db.query<{ code_hash: string }>('SELECT code_hash FROM pairing_codes');
    expect(rows.some((r) => r.code_hash.includes(answer.body.code.replace('-', '')))).toBe(false);
  });

  it('pair, fetch the day (children expected with times, staff on shift), check in; the credential is stored only hashed', async () => {
    const device = await pairedDevice();
    const day = await device.fetchDay();
    expect(day.kind).toBe('ok');
    if (day.kind !== 'ok') return;
    expect(day.value.date).toBe('2026-11-23');
    expect(day.value.children).toEqual([expect.objectContaining({ firstName: 'Saar', start: '08:00', end: '17:30' })]);
    expect(day.value.staff).toEqual([expect.objectContaining({ firstName: 'Anna', start: '07:30', end: '16:00' })]);
    expect(day.value.lease).toEqual({ expiresAt: new Date(now + 12 * 3_600_000).toISOString(), hours: 12 });
    expect((await device.checkIn()).kind).toBe('ok');

    const list = await hub.call('/v1/group-devices/list', {
      token: desk.credential,
      body: { sessionId: sessionOn(desk, assistant()), locationId: loc().id },
    });
    expect(list.status).toBe(200);
    const listed = list.body.devices.find((d: { id: string }) => d.id === device.deviceId);
    expect(listed).toMatchObject({ name: 'iPad Rupsjes', status: 'active', appVersion: '1.0.0', pairedBy: { name: 'Manager 1' } });
    const { rows } = await hub.db.query<{ credential_hash: string; public_key: string }>(
      'SELECT credential_hash, public_key FROM group_devices WHERE id = $1',
      [device.deviceId],
    );
    expect(rows[0]!.credential_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.public_key).toContain('BEGIN PUBLIC KEY');
  });

  it('a code works once; a code after its 10 minutes is refused (hub clock)', async () => {
    const code = (await pairingCode()).body.code as string;
    expect((await new DeviceSimulator({ hubUrl: hub.url, name: 'Eerste' }).pair(code)).kind).toBe('ok');
    const second = await new DeviceSimulator({ hubUrl: hub.url, name: 'Tweede' }).pair(code);
    expect(second).toMatchObject({ kind: 'refused', status: 401, code: 'unauthorized' });

    const late = (await pairingCode()).body.code as string;
    now += 10 * 60_000;
    try {
      const expired = await new DeviceSimulator({ hubUrl: hub.url, name: 'Te laat' }).pair(late.toLowerCase());
      expect(expired).toMatchObject({ kind: 'refused', status: 401 });
    } finally {
      now = START;
    }
    const almost = (await pairingCode()).body.code as string;
    now += 10 * 60_000 - 1_000;
    try {
      expect((await new DeviceSimulator({ hubUrl: hub.url, name: 'Net op tijd' }).pair(almost)).kind).toBe('ok');
    } finally {
      now = START;
    }
  });

  it('revoke: the next request is refused (401 + wipe instruction) within a second; the device wipes and confirms; the desk sees wiped', async () => {
    const dataDir = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/device-sim-`);
    const code = (await pairingCode()).body.code as string;
    const device = new DeviceSimulator({ hubUrl: hub.url, name: 'Verloren iPad', dataDir });
    await device.pair(code);
    await device.fetchDay();
    expect(device.holdsData()).toBe(true);

    const revoked = await revoke(device.deviceId!, assistant(), desk, 'stolen', 'uit de tas gepakt');
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ alreadyRevoked: false, device: { status: 'revoked', revokedReason: 'stolen' } });
    const revokedAt = Date.now();

    const raw = await fetch(`${hub.url}/device/v1/day`, {
      headers: { authorization: `Bearer ${(device as unknown as { credential: string }).credential}` },
    });
    const refusedWithin = Date.now() - revokedAt;
    expect(raw.status).toBe(401);
    expect(await raw.json()).toMatchObject({ ok: false, instruction: 'wipe', control: [{ type: 'revoked', reason: 'stolen' }] });
    expect(refusedWithin).toBeLessThan(1_000);

    const outcome = await device.checkIn();
    expect(outcome).toEqual({ kind: 'wiped', confirmed: true });
    expect(device.state).toBe('wiped');
    expect(device.holdsData()).toBe(false);

    const list = await hub.call('/v1/group-devices/list', {
      token: desk.credential,
      body: { sessionId: sessionOn(desk, manager()), locationId: loc().id },
    });
    const listed = list.body.devices.find((d: { id: string }) => d.id === device.deviceId);
    expect(listed).toMatchObject({ status: 'wiped', revokedBy: { name: 'Assistent 1' }, wipeConfirmedAt: new Date(now).toISOString() });

    // revoking again is idempotent: 200, nothing changes
    const again = await revoke(device.deviceId!, manager());
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyRevoked: true, device: { status: 'wiped', revokedBy: { name: 'Assistent 1' } } });
  });

  it('every device endpoint refuses a revoked credential with the wipe instruction; a revoked device never becomes active again', async () => {
    const device = await pairedDevice('Kapot');
    const credential = (device as unknown as { credential: string }).credential;
    await revoke(device.deviceId!, manager(), desk, 'broken');
    for (const [method, path, body] of [
      ['GET', '/device/v1/day', undefined],
      ['POST', '/device/v1/check-in', { appVersion: '1.0.1' }],
    ] as const) {
      const answer = await hub.call(path, { method, token: credential, ...(body ? { body } : {}) });
      expect(answer.status, path).toBe(401);
      expect(answer.body, path).toMatchObject({ instruction: 'wipe', lease: { hours: 0 } });
    }
    await expect(hub.db.query("UPDATE group_devices SET status = 'active' WHERE id = $1", [device.deviceId])).rejects.toThrow(
      /never becomes active/,
    );
  });

  it('only the manager pairs: an assistant is refused (403); a desk of another location cannot pair or revoke here', async () => {
    const byAssistant = await pairingCode(assistant());
    expect(byAssistant.status).toBe(403);
    expect(byAssistant.body.error).toMatchObject({ code: 'forbidden', rule: 'devices.role_not_allowed' });

    const otherManager = { userId: org.locations[1]!.managerId, role: 'manager' as const, name: 'Manager 2' };
    const foreignCode = await pairingCode(otherManager, otherDesk, loc().id);
    expect(foreignCode.status).toBe(403);
    expect(foreignCode.body.error.rule).toBe('devices.location_not_enrolled');

    const device = await pairedDevice('Van locatie 1');
    const foreign = await revoke(device.deviceId!, otherManager, otherDesk);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.rule).toBe('devices.location_not_enrolled');
    // the manager of location 2 never signed in on location 1's own desk (no role there): no session of this desk
    const wrongPerson = await revoke(device.deviceId!, otherManager, desk);
    expect(wrongPerson.status).toBe(401);
    expect(wrongPerson.body.error.rule).toBe('hub.unknown_session');
    expect((await device.checkIn()).kind).toBe('ok');

    const list = await hub.call('/v1/group-devices/list', {
      token: otherDesk.credential,
      body: { sessionId: sessionOn(otherDesk, otherManager), locationId: loc().id },
    });
    expect(list.status).toBe(403);
  });

  it('revoke needs a reason from the list, and a note for "other"', async () => {
    const device = await pairedDevice('Reden');
    expect((await revoke(device.deviceId!, manager(), desk, 'misplaced')).status).toBe(400);
    expect((await revoke(device.deviceId!, manager(), desk, 'other', '')).status).toBe(400);
    expect((await revoke(device.deviceId!, manager(), desk, 'other', 'in de vijver gevallen')).status).toBe(200);
  });

  it('the lease: every answer states it; a device that does not reach the hub for 12 hours locks itself, and unlocks on contact', async () => {
    let deviceNow = Date.parse('2026-11-23T09:00:00Z');
    const device = await pairedDevice('Lease', () => new Date(deviceNow));
    expect(device.visibleDay()).toBeNull(); // nothing fetched yet
    await device.fetchDay();
    deviceNow += 12 * 3_600_000 - 1_000;
    expect(device.checkLease()).toBe(false);
    expect(device.visibleDay()).not.toBeNull();
    deviceNow += 1_000;
    expect(device.checkLease()).toBe(true);
    expect(device.visibleDay()).toBeNull();
    expect((await device.checkIn()).kind).toBe('ok');
    expect(device.state).toBe('active');
  });

  it('npm run device-sim: pairs with the code, fetches the day, and on a revocation wipes itself, confirms and exits 0', async () => {
    const code = (await pairingCode()).body.code as string;
    const child = spawn(
      'npm',
      ['run', '-s', 'device-sim', '--', '--code', code, '--hub', hub.url, '--name', 'Proces-iPad', '--interval', '0.2'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const deadline = Date.now() + 30_000;
      while (!/dag 2026-11-23: 1 kind, 1 medewerker/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const deviceId = /gekoppeld als (\S+)/.exec(out)?.[1];
      expect(deviceId, out).toBeDefined();
      expect((await revoke(deviceId!, manager(), desk, 'lost')).status).toBe(200);
      expect(await exited).toBe(0);
      expect(out).toContain('INGETROKKEN');
      expect(out).toContain('wissen bevestigd door de hub');
      const { rows } = await hub.db.query<{ status: string }>('SELECT status FROM group_devices WHERE id = $1', [deviceId]);
      expect(rows[0]?.status).toBe('wiped');
    } finally {
      if (child.exitCode === null) child.kill();
    }
  });

  it('the audit log: pairing, revocation and wipe chained by hash; it verifies, and a tampered row is detected', async () => {
    const device = await pairedDevice('Logboek');
    await revoke(device.deviceId!, manager(), desk, 'lost', 'kwijt na uitje');
    await device.checkIn();
    const answer = await hub.call('/v1/group-devices/audit', {
      token: desk.credential,
      body: { sessionId: sessionOn(desk, assistant()), locationId: loc().id },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.verification).toMatchObject({ ok: true, brokenAtSeq: null });
    const entries = answer.body.entries as {
      seq: number;
      event: string;
      deviceId: string | null;
      details: Record<string, unknown>;
      prevHash: string;
      hash: string;
    }[];
    expect(answer.body.verification.checked).toBe(entries.length);
    const mine = entries.filter((e) => e.deviceId === device.deviceId).map((e) => e.event);
    expect(mine).toEqual(['paired', 'revoked', 'wiped']);
    entries.forEach((e, i) => expect(e.prevHash).toBe(i === 0 ? '0'.repeat(64) : entries[i - 1]!.hash));

    // append-only: the trigger refuses changes
    await expect(hub.db.query("UPDATE device_audit_log SET actor_name = 'Niemand' WHERE location_id = $1", [loc().id])).rejects.toThrow(
      /append-only/,
    );
    await expect(hub.db.query('DELETE FROM device_audit_log WHERE location_id = $1', [loc().id])).rejects.toThrow(/append-only/);

    // tampering as someone with the database owner's rights would: switch the trigger off, change a reason
    const revokedEntry = entries.find((e) => e.deviceId === device.deviceId && e.event === 'revoked')!;
    await hub.db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE device_audit_log DISABLE TRIGGER device_audit_log_no_update_or_delete');
      await tx.query(
        `UPDATE device_audit_log SET details = jsonb_set(details, '{reason}', '"broken"') WHERE location_id = $1 AND seq = $2`,
        [loc().id, revokedEntry.seq],
      );
      await tx.exec('ALTER TABLE device_audit_log ENABLE TRIGGER device_audit_log_no_update_or_delete');
    });
    const tampered = await hub.call('/v1/group-devices/audit', {
      token: desk.credential,
      body: { sessionId: sessionOn(desk, manager()), locationId: loc().id },
    });
    expect(tampered.body.verification).toMatchObject({ ok: false, brokenAtSeq: revokedEntry.seq, problem: 'hash_mismatch' });
  });
});
