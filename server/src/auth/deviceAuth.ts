/**
 * Every /v1 request but enrolment carries the device's bearer credential. It is looked up on
 * every request (no cache: a revocation takes effect on the next request, in every hub process).
 * Unknown or missing: 401. Revoked: 401 with a `revoked` control message, so the desk knows to
 * stop syncing and say so (an iPad wipes itself).
 */
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/db';
import { HubError } from '../http/hubError';
import { bearerTokenOf, sha256Hex } from './credentials';

export type AuthenticatedDevice = {
  id: string;
  organisationId: string;
  name: string;
  /** The locations (spaces) it is enrolled for, sorted. */
  locationIds: string[];
};

type DeviceRow = {
  id: string;
  organisation_id: string;
  name: string;
  status: 'active' | 'revoked';
  revoked_reason: string | null;
  wipe: boolean;
  location_ids: string[];
};

/** How often `last_seen_at` is written at most, to keep reads from turning into writes. */
const LAST_SEEN_RESOLUTION_SECONDS = 60;

export async function authenticateDevice(db: Db, request: FastifyRequest): Promise<AuthenticatedDevice> {
  const token = bearerTokenOf(request.headers.authorization);
  if (!token) throw new HubError('unauthorized', 'Geen apparaatsleutel meegestuurd (Authorization: Bearer ...).');
  const { rows } = await db.query<DeviceRow>(
    `SELECT d.id, d.organisation_id, d.name, d.status, d.revoked_reason, d.wipe,
            array(SELECT dl.location_id FROM device_locations dl WHERE dl.device_id = d.id ORDER BY dl.location_id) AS location_ids
     FROM devices d WHERE d.credential_hash = $1`,
    [sha256Hex(token)],
  );
  const device = rows[0];
  if (!device) throw new HubError('unauthorized', 'Deze apparaatsleutel is onbekend.');
  if (device.status !== 'active') {
    request.log.warn({ deviceId: device.id }, 'request with a revoked credential');
    throw revokedError(device.revoked_reason, device.wipe);
  }
  await db.query(
    `UPDATE devices SET last_seen_at = now()
     WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - make_interval(secs => $2::int))`,
    [device.id, LAST_SEEN_RESOLUTION_SECONDS],
  );
  return { id: device.id, organisationId: device.organisation_id, name: device.name, locationIds: device.location_ids };
}

/** `wipe`: the desk must also delete its store (a lost or stolen laptop). */
export function revokedError(reason: string | null, wipe: boolean): HubError {
  return new HubError('unauthorized', 'Dit apparaat is ingetrokken en heeft geen toegang meer.', {
    body: { control: [{ type: 'revoked', ...(reason ? { reason } : {}), ...(wipe ? { wipe: true } : {}) }] },
  });
}

/** The body's deviceId must be the credential's own device. */
export function assertSameDevice(device: AuthenticatedDevice, deviceId: string): void {
  if (deviceId !== device.id) throw new HubError('forbidden', 'De deviceId hoort niet bij deze apparaatsleutel.');
}
