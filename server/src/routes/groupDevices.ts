/**
 * Desk commands for group iPads (spec/devices.md), behind the desk's bearer credential (the `/v1`
 * hook), the session of the person acting and their role at the location (devices/commandActor.ts):
 *
 *   POST /v1/group-devices/pairing-codes  { sessionId, locationId, groupId }          manager
 *   POST /v1/group-devices/list           { sessionId, locationId }                   manager, assistant
 *   POST /v1/group-devices/revoke         { sessionId, createdAt, commandId, deviceId, reason, note }
 *                                                                                     manager, assistant
 *   POST /v1/group-devices/audit          { sessionId, locationId }                   manager, assistant
 *
 * Revoking is idempotent: a device that is already revoked (a retry whose answer was lost, or
 * another desk that was first) answers 200 with `alreadyRevoked` and writes nothing.
 */
import type { FastifyInstance } from 'fastify';
import {
  LocationCommandRequest,
  PairingCodeRequest,
  RevokeDeviceRequest,
  type AuditLogResponse,
  type DeviceListResponse,
  type PairingCodeResponse,
  type RevokeDeviceResponse,
} from '../../../shared/sync/deviceProtocol';
import { appendAudit, readAudit, verifyAudit } from '../devices/auditLog';
import { authoriseActor } from '../devices/commandActor';
import { deviceById, devicesOfLocation, toWire } from '../devices/groupDevices';
import { issuePairingCode } from '../devices/pairingCodes';
import type { HubContext } from '../hubContext';
import { HubError } from '../http/hubError';
import { parseBody } from '../http/parseBody';
import { getRow } from '../sync/rowStore';
import { requireDevice } from './requireDevice';

export function registerGroupDevices(app: FastifyInstance, ctx: HubContext): void {
  app.post('/v1/group-devices/pairing-codes', async (request): Promise<PairingCodeResponse> => {
    const desk = requireDevice(request);
    const body = parseBody(PairingCodeRequest, request.body);
    const now = ctx.clock();
    const actor = await authoriseActor(ctx.db, desk, body.sessionId, body.locationId, ['manager'], 'apparaten koppelen', { now });
    const group = await getRow(ctx.db, [body.locationId], 'groups', body.groupId);
    if (!group) throw new HubError('not_found', 'Deze groep bestaat niet op deze locatie.', { error: { rule: 'devices.unknown_group' } });
    const issued = await ctx.db.transaction(async (tx) => {
      const code = await issuePairingCode(tx, {
        organisationId: desk.organisationId,
        locationId: body.locationId,
        groupId: body.groupId,
        userId: actor.userId,
        deskId: desk.id,
        now,
        validMinutes: ctx.settings.pairingCodeMinutes,
      });
      await appendAudit(tx, {
        locationId: body.locationId,
        at: now,
        event: 'code_issued',
        actorUserId: actor.userId,
        actorName: actor.name,
        deskId: desk.id,
        deviceId: null,
        groupId: body.groupId,
        details: { codeId: code.id, expiresAt: code.expiresAt.toISOString(), groupName: group.row.name },
      });
      return code;
    });
    request.log.info({ deskId: desk.id, locationId: body.locationId, groupId: body.groupId, codeId: issued.id }, 'pairing code issued');
    return {
      code: issued.code,
      expiresAt: issued.expiresAt.toISOString(),
      validMinutes: ctx.settings.pairingCodeMinutes,
      locationId: body.locationId,
      groupId: body.groupId,
      serverTime: now.toISOString(),
    };
  });

  app.post('/v1/group-devices/list', async (request): Promise<DeviceListResponse> => {
    const desk = requireDevice(request);
    const body = parseBody(LocationCommandRequest, request.body);
    await authoriseActor(ctx.db, desk, body.sessionId, body.locationId, ['manager', 'assistant'], 'apparaten bekijken', {
      now: ctx.clock(),
    });
    const devices = await devicesOfLocation(ctx.db, body.locationId);
    return { devices: devices.map(toWire), leaseHours: ctx.settings.deviceLeaseHours, serverTime: ctx.clock().toISOString() };
  });

  app.post('/v1/group-devices/revoke', async (request): Promise<RevokeDeviceResponse> => {
    const desk = requireDevice(request);
    const body = parseBody(RevokeDeviceRequest, request.body);
    const now = ctx.clock();
    const outcome = await ctx.db.transaction(async (tx) => {
      const device = await deviceById(tx, desk.organisationId, body.deviceId, true);
      if (!device) throw new HubError('not_found', 'Dit apparaat is onbekend.', { error: { rule: 'devices.unknown_device' } });
      const actor = await authoriseActor(tx, desk, body.sessionId, device.location_id, ['manager', 'assistant'], 'apparaten intrekken', {
        now,
        givenAt: body.createdAt,
      });
      if (device.status !== 'active') return { device, alreadyRevoked: true };
      await tx.query(
        `UPDATE group_devices SET status = 'revoked', revoked_by = $2, revoked_at = $3::timestamptz, revoked_reason = $4, revoked_note = $5,
           revoked_by_desk = $6, revoke_command_id = $7
         WHERE id = $1`,
        [device.id, actor.userId, now.toISOString(), body.reason, body.note, desk.id, body.commandId],
      );
      await appendAudit(tx, {
        locationId: device.location_id,
        at: now,
        event: 'revoked',
        actorUserId: actor.userId,
        actorName: actor.name,
        deskId: desk.id,
        deviceId: device.id,
        groupId: device.group_id,
        details: { deviceName: device.name, reason: body.reason, note: body.note, commandId: body.commandId },
      });
      const updated = await deviceById(tx, desk.organisationId, device.id);
      return { device: updated ?? device, alreadyRevoked: false };
    });
    request.log.warn(
      { deskId: desk.id, groupDeviceId: body.deviceId, reason: body.reason, alreadyRevoked: outcome.alreadyRevoked },
      'group device revoked',
    );
    return { device: toWire(outcome.device), alreadyRevoked: outcome.alreadyRevoked, serverTime: now.toISOString() };
  });

  app.post('/v1/group-devices/audit', async (request): Promise<AuditLogResponse> => {
    const desk = requireDevice(request);
    const body = parseBody(LocationCommandRequest, request.body);
    await authoriseActor(ctx.db, desk, body.sessionId, body.locationId, ['manager', 'assistant'], 'het logboek van apparaten bekijken', {
      now: ctx.clock(),
    });
    const entries = await readAudit(ctx.db, body.locationId);
    const verification = verifyAudit(entries);
    if (!verification.ok) request.log.error({ locationId: body.locationId, verification }, 'device audit chain broken');
    return { entries, verification, serverTime: ctx.clock().toISOString() };
  });
}
