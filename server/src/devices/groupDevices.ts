/**
 * The hub's registry of group iPads and how a device's own requests are authenticated.
 *
 * A device credential is looked up on every request, by the SHA-256 of the presented token, with
 * no cache: from the moment a revocation is committed, the next request of that device (to any
 * hub process) is refused with 401 and the wipe instruction. Only confirming the wipe is open to a
 * revoked credential.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import {
  DEVICE_WIPE_INSTRUCTION,
  type DeviceLease,
  type GroupDeviceStatus,
  type GroupDeviceWire,
  type RevocationReason,
} from '../../../shared/sync/deviceProtocol';
import { bearerTokenOf, sha256Hex } from '../auth/credentials';
import type { Queryable } from '../db/db';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';

/** Like desks' credentials, with its own prefix so a leaked token says what it is. */
const DEVICE_CREDENTIAL_PREFIX = 'odg_';

export function newDeviceCredential(): string {
  return DEVICE_CREDENTIAL_PREFIX + randomBytes(32).toString('base64url');
}

export type GroupDeviceRow = {
  id: string;
  organisation_id: string;
  location_id: string;
  group_id: string;
  name: string;
  status: GroupDeviceStatus;
  paired_by: string;
  paired_by_name: string;
  paired_at: Date;
  last_seen_at: Date | null;
  app_version: string | null;
  revoked_by: string | null;
  revoked_by_name: string | null;
  revoked_at: Date | null;
  revoked_reason: RevocationReason | null;
  revoked_note: string | null;
  wipe_confirmed_at: Date | null;
};

const SELECT_DEVICE = `
  SELECT d.id, d.organisation_id, d.location_id, d.group_id, d.name, d.status, d.paired_by, p.name AS paired_by_name, d.paired_at,
         d.last_seen_at, d.app_version, d.revoked_by, r.name AS revoked_by_name, d.revoked_at, d.revoked_reason, d.revoked_note,
         d.wipe_confirmed_at
  FROM group_devices d JOIN users p ON p.id = d.paired_by LEFT JOIN users r ON r.id = d.revoked_by`;

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

export function toWire(row: GroupDeviceRow): GroupDeviceWire {
  return {
    id: row.id,
    locationId: row.location_id,
    groupId: row.group_id,
    name: row.name,
    status: row.status,
    pairedBy: { userId: row.paired_by, name: row.paired_by_name },
    pairedAt: new Date(row.paired_at).toISOString(),
    lastSeenAt: iso(row.last_seen_at),
    appVersion: row.app_version,
    revokedBy: row.revoked_by ? { userId: row.revoked_by, name: row.revoked_by_name ?? '' } : null,
    revokedAt: iso(row.revoked_at),
    revokedReason: row.revoked_reason,
    revokedNote: row.revoked_note,
    wipeConfirmedAt: iso(row.wipe_confirmed_at),
  };
}

export async function devicesOfLocation(q: Queryable, locationId: string): Promise<GroupDeviceRow[]> {
  const { rows } = await q.query<GroupDeviceRow>(`${SELECT_DEVICE} WHERE d.location_id = $1 ORDER BY d.group_id, d.paired_at, d.id`, [
    locationId,
  ]);
  return rows;
}

export async function deviceById(q: Queryable, organisationId: string, id: string, forUpdate = false): Promise<GroupDeviceRow | null> {
  if (forUpdate) await q.query('SELECT id FROM group_devices WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await q.query<GroupDeviceRow>(`${SELECT_DEVICE} WHERE d.id = $1 AND d.organisation_id = $2`, [id, organisationId]);
  return rows[0] ?? null;
}

export function leaseOf(ctx: HubContext, now: Date): DeviceLease {
  const hours = ctx.settings.deviceLeaseHours;
  return { expiresAt: new Date(now.getTime() + hours * 3_600_000).toISOString(), hours };
}

/** A refusal that tells the device to lock at once (its lease has ended). */
function expiredLease(now: Date): DeviceLease {
  return { expiresAt: now.toISOString(), hours: 0 };
}

export type AuthenticatedGroupDevice = {
  id: string;
  organisationId: string;
  locationId: string;
  groupId: string;
  name: string;
  status: GroupDeviceStatus;
};

/**
 * The device of the request's bearer credential. Missing or unknown: 401. Revoked or wiped: 401
 * with `instruction: 'wipe'` (and the `revoked` control message), unless `allowRevoked` (the wipe
 * confirmation). An active device's `last_seen_at` is the hub's clock now.
 */
export async function authenticateGroupDevice(
  ctx: HubContext,
  request: FastifyRequest,
  options: { allowRevoked?: boolean } = {},
): Promise<AuthenticatedGroupDevice> {
  const now = ctx.clock();
  const token = bearerTokenOf(request.headers.authorization);
  if (!token) {
    throw new HubError('unauthorized', 'Geen apparaatsleutel meegestuurd (Authorization: Bearer ...).', {
      body: { lease: expiredLease(now) },
    });
  }
  const { rows } = await ctx.db.query<{
    id: string;
    organisation_id: string;
    location_id: string;
    group_id: string;
    name: string;
    status: GroupDeviceStatus;
    revoked_reason: string | null;
  }>('SELECT id, organisation_id, location_id, group_id, name, status, revoked_reason FROM group_devices WHERE credential_hash = $1', [
    sha256Hex(token),
  ]);
  const device = rows[0];
  if (!device) throw new HubError('unauthorized', 'Deze apparaatsleutel is onbekend.', { body: { lease: expiredLease(now) } });
  if (device.status !== 'active' && !options.allowRevoked) {
    request.log.warn({ groupDeviceId: device.id, status: device.status }, 'group device request with a revoked credential');
    throw new HubError('unauthorized', 'Dit apparaat is ingetrokken en heeft geen toegang meer. Wis alle gegevens op het apparaat.', {
      body: {
        instruction: DEVICE_WIPE_INSTRUCTION,
        control: [device.revoked_reason ? { type: 'revoked', reason: device.revoked_reason } : { type: 'revoked' }],
        lease: expiredLease(now),
      },
    });
  }
  if (device.status === 'active') {
    await ctx.db.query('UPDATE group_devices SET last_seen_at = $2::timestamptz WHERE id = $1', [device.id, now.toISOString()]);
  }
  return {
    id: device.id,
    organisationId: device.organisation_id,
    locationId: device.location_id,
    groupId: device.group_id,
    name: device.name,
    status: device.status,
  };
}
