/**
 * The device API a group iPad speaks (spec/devices.md, "The server's device API"), outside the
 * desks' `/v1` (its own credentials):
 *
 *   POST /device/v1/pair            { code, deviceName, publicKey, appVersion? } -> credential (once)
 *   GET  /device/v1/day             the group's day: children expected today, staff on shift
 *   POST /device/v1/check-in        { appVersion }: last seen, app version
 *   POST /device/v1/wipe-confirmed  { wipedAt }: the device wiped itself after a revocation
 *
 * Every answer to a device states its offline lease (`lease.expiresAt`: the device locks itself
 * when it has not reached the hub by then). A revoked credential gets 401 with
 * `instruction: 'wipe'` on every endpoint but the wipe confirmation.
 */
import { createPublicKey } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { localDateAt } from '../../../shared/domain/time/localDate';
import type { GroupRow } from '../../../shared/model/rows';
import {
  DeviceCheckInRequest,
  DevicePairRequest,
  DeviceWipeConfirmRequest,
  type DeviceCheckInResponse,
  type DeviceDayResponse,
  type DevicePairResponse,
  type DeviceWipeConfirmResponse,
} from '../../../shared/sync/deviceProtocol';
import { sha256Hex } from '../auth/credentials';
import { claimAttempt } from '../auth/rateLimit';
import { appendAudit } from '../devices/auditLog';
import { authenticateGroupDevice, leaseOf, newDeviceCredential } from '../devices/groupDevices';
import { groupDay } from '../devices/groupDay';
import { claimPairingCode } from '../devices/pairingCodes';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { getRow } from '../sync/rowStore';
import { tooManyAttempts } from './tooManyAttempts';

/** The key as PEM (SPKI), or null when it is not a public key Node can read. */
function publicKeyPem(input: string): string | null {
  try {
    return createPublicKey(input).export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    return null;
  }
}

export function registerDeviceApi(app: FastifyInstance, ctx: HubContext): void {
  app.post('/device/v1/pair', async (request): Promise<DevicePairResponse> => {
    const body = parseBody(DevicePairRequest, request.body);
    const publicKey = publicKeyPem(body.publicKey);
    if (!publicKey) {
      throw new HubError('validation_failed', 'De publieke sleutel van het apparaat is niet leesbaar (verwacht: PEM, SPKI).', {
        error: { rule: 'devices.bad_public_key' },
      });
    }
    // Claimed after the key is read (a malformed request is no guess) and before the code is checked.
    const attempt = await claimAttempt(ctx.db, { kind: 'pair', ip: request.ip }, ctx.settings.pairLimits);
    if (!attempt) throw tooManyAttempts(ctx.settings.pairLimits.windowMinutes);
    const now = ctx.clock();
    const credential = newDeviceCredential();
    const paired = await ctx.db.transaction(async (tx) => {
      const deviceId = uuidv7();
      const code = await claimPairingCode(tx, body.code, deviceId, now);
      if (!code) return null;
      const group = await getRow(tx, [code.locationId], 'groups', code.groupId);
      const { rows } = await tx.query<{ location_name: string; manager_name: string }>(
        'SELECT l.name AS location_name, u.name AS manager_name FROM locations l, users u WHERE l.id = $1 AND u.id = $2',
        [code.locationId, code.createdBy],
      );
      await tx.query(
        `INSERT INTO group_devices (id, organisation_id, location_id, group_id, name, public_key, credential_hash, pairing_code_id,
           paired_by, paired_at, last_seen_at, app_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::timestamptz, $10::timestamptz, $11)`,
        [
          deviceId,
          code.organisationId,
          code.locationId,
          code.groupId,
          body.deviceName,
          publicKey,
          sha256Hex(credential),
          code.id,
          code.createdBy,
          now.toISOString(),
          body.appVersion ?? null,
        ],
      );
      await appendAudit(tx, {
        locationId: code.locationId,
        at: now,
        event: 'paired',
        actorUserId: code.createdBy,
        actorName: rows[0]?.manager_name ?? '',
        deskId: code.createdByDesk,
        deviceId,
        groupId: code.groupId,
        details: { deviceName: body.deviceName, codeId: code.id, appVersion: body.appVersion ?? null },
      });
      return {
        deviceId,
        organisationId: code.organisationId,
        locationId: code.locationId,
        locationName: rows[0]?.location_name ?? '',
        groupId: code.groupId,
        groupName: (group?.row as GroupRow | undefined)?.name ?? '',
      };
    });
    if (!paired) {
      throw new HubError('unauthorized', 'Deze koppelcode is onbekend, verlopen of al gebruikt.', {
        error: { rule: 'devices.code_invalid' },
      });
    }
    await attempt.succeeded();
    request.log.info({ groupDeviceId: paired.deviceId, locationId: paired.locationId, groupId: paired.groupId }, 'group device paired');
    return { ...paired, credential, lease: leaseOf(ctx, now), serverTime: now.toISOString() };
  });

  app.get('/device/v1/day', async (request): Promise<DeviceDayResponse> => {
    const device = await authenticateGroupDevice(ctx, request);
    const now = ctx.clock();
    const day = await groupDay(ctx.db, device.locationId, device.groupId, localDateAt(now));
    if (!day) throw new HubError('not_found', 'De groep van dit apparaat bestaat niet meer.', { body: { lease: leaseOf(ctx, now) } });
    return { ...day, lease: leaseOf(ctx, now), serverTime: now.toISOString() };
  });

  app.post('/device/v1/check-in', async (request): Promise<DeviceCheckInResponse> => {
    const device = await authenticateGroupDevice(ctx, request);
    const body = parseBody(DeviceCheckInRequest, request.body);
    const now = ctx.clock();
    await ctx.db.query("UPDATE group_devices SET app_version = $2, last_seen_at = $3::timestamptz WHERE id = $1 AND status = 'active'", [
      device.id,
      body.appVersion,
      now.toISOString(),
    ]);
    return { status: 'active', lease: leaseOf(ctx, now), serverTime: now.toISOString() };
  });

  app.post('/device/v1/wipe-confirmed', async (request): Promise<DeviceWipeConfirmResponse> => {
    const device = await authenticateGroupDevice(ctx, request, { allowRevoked: true });
    const body = parseBody(DeviceWipeConfirmRequest, request.body);
    const now = ctx.clock();
    const lease = { expiresAt: now.toISOString(), hours: 0 };
    if (device.status === 'active') {
      throw new HubError('conflict', 'Dit apparaat is niet ingetrokken; er valt geen wissen te bevestigen.', {
        error: { rule: 'devices.not_revoked' },
        body: { lease: leaseOf(ctx, now) },
      });
    }
    const confirmedAt = await ctx.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ status: string; wipe_confirmed_at: Date | null }>(
        'SELECT status, wipe_confirmed_at FROM group_devices WHERE id = $1 FOR UPDATE',
        [device.id],
      );
      const current = rows[0];
      if (current?.wipe_confirmed_at) return new Date(current.wipe_confirmed_at);
      await tx.query("UPDATE group_devices SET status = 'wiped', wipe_confirmed_at = $2::timestamptz WHERE id = $1", [
        device.id,
        now.toISOString(),
      ]);
      await appendAudit(tx, {
        locationId: device.locationId,
        at: now,
        event: 'wiped',
        actorUserId: null,
        actorName: device.name,
        deskId: null,
        deviceId: device.id,
        groupId: device.groupId,
        details: { deviceName: device.name, wipedAt: body.wipedAt },
      });
      return now;
    });
    request.log.info({ groupDeviceId: device.id }, 'group device wipe confirmed');
    return { status: 'wiped', confirmedAt: confirmedAt.toISOString(), lease, serverTime: now.toISOString() };
  });
}
