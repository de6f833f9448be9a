/**
 * Group iPads on the desk (spec/devices.md): the devices per group, pairing codes, revocation and
 * the audit log. The hub holds all of it; the desk sends commands with the signed-in person and
 * shows the hub's answers (and its last answer when the hub is out of reach).
 *
 * Revoking is the one command that works offline: it is queued (devices/deviceCommands.ts), shown
 * as revoked at once with "not yet delivered", and delivered by the sync engine ahead of every
 * other change. Pairing and the audit log need the hub.
 */
import { createHash } from 'node:crypto';
import { apiError, apiOk, type ApiResult } from '../../../shared/contract/errors';
import type {
  DeviceAuditEntryView,
  DeviceAuditView,
  DeviceGroupView,
  DevicesOverview,
  GroupDeviceView,
  PairingCodeView,
} from '../../../shared/contract/views';
import { verifyAuditChain } from '../../../shared/domain/devices/auditChain';
import { formatPairingCode, pairingUri } from '../../../shared/domain/devices/pairingCode';
import type { Actor } from '../../../shared/model/roles';
import type { GroupRow } from '../../../shared/model/rows';
import {
  AuditLogResponse,
  DeviceListResponse,
  PairingCodeResponse,
  type AuditEntryWire,
  type GroupDeviceWire,
  type RevocationReason,
} from '../../../shared/sync/deviceProtocol';
import { todayOf, type CoreContext } from '../context';
import { auditCsv } from '../devices/auditCsv';
import { enqueueRevocation, pendingCommands, revocationsOf, type DeviceCommand } from '../devices/deviceCommands';
import { readSnapshot, writeSnapshot } from '../devices/deviceSnapshots';
import { qrSvgDataUrl } from '../devices/qrCode';
import type { HandlersOf } from '../handlers';
import { readMeta, writeMeta } from '../store/repositories/metaRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';
import { HubClient, type HubFailure } from '../sync/hubClient';
import { readEnrolment, type HubEnrolment } from '../sync/syncRepository';

/** The devices screen waits this long for the hub before showing the last list it has. */
const LIST_TIMEOUT_MS = 5_000;

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

type Ready = { enrolment: HubEnrolment; actor: Actor; sessionId: string; client: HubClient };

export function devicesService(
  ctx: CoreContext,
): HandlersOf<'devices.list' | 'devices.pairingCode' | 'devices.revoke' | 'devices.undelivered' | 'devices.audit' | 'devices.auditExport'> {
  /** Enrolled, signed in, and the location one of this desk's. */
  function ready(locationId: string | null): ApiResult<Ready> {
    const enrolment = readEnrolment(ctx.db);
    if (!enrolment) {
      return apiError('conflict', 'Groeps-iPads beheert u met een desk die aan de hub van uw organisatie gekoppeld is.', {
        rule: 'devices.not_enrolled',
      });
    }
    const actor = ctx.session.actor();
    const sessionId = ctx.session.sessionId();
    if (!actor || !sessionId) return apiError('unauthorized', 'Meld u eerst aan.', { rule: 'auth.signed_in' });
    if (locationId !== null && !enrolment.locationIds.includes(locationId)) {
      return apiError('forbidden', 'Deze desk is niet gekoppeld aan deze locatie.', { rule: 'devices.location_not_enrolled' });
    }
    return apiOk({
      enrolment,
      actor,
      sessionId,
      client: new HubClient(enrolment.hubUrl, ctx.credentials.load(), ctx.clock, LIST_TIMEOUT_MS),
    });
  }

  function hubRefusal(failure: HubFailure): ApiResult<never> {
    if (failure.kind === 'refused') {
      const { code, message, rule, params } = failure.error;
      return apiError(code, message, { ...(rule ? { rule } : {}), ...(params ? { params } : {}) });
    }
    if (failure.kind === 'revoked')
      return apiError('unauthorized', `De hub accepteert deze desk niet meer (${failure.message}).`, { rule: 'sync.revoked' });
    return apiError('unavailable', `De hub is nu niet bereikbaar (${failure.message}).`, { rule: 'devices.hub_unreachable' });
  }

  const groupsOf = (locationId: string): GroupRow[] =>
    ctx.store.find('groups', { locationId }).sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  function view(device: GroupDeviceWire, leaseHours: number | null, command: DeviceCommand | undefined): GroupDeviceView {
    const localRevocation = command && command.status !== 'delivered' && device.status === 'active' ? command : undefined;
    const status = localRevocation && localRevocation.status === 'pending' ? 'revoked' : device.status;
    const lockAt =
      status === 'active' && device.lastSeenAt && leaseHours !== null
        ? new Date(Date.parse(device.lastSeenAt) + leaseHours * 3_600_000).toISOString()
        : null;
    let revocation: GroupDeviceView['revocation'] = null;
    if (device.status !== 'active' && device.revokedAt && device.revokedReason) {
      revocation = {
        reason: device.revokedReason,
        note: device.revokedNote ?? '',
        by: device.revokedBy?.name ?? '',
        at: device.revokedAt,
        undelivered: false,
        refused: null,
      };
    } else if (localRevocation) {
      revocation = {
        reason: localRevocation.reason,
        note: localRevocation.note,
        by: localRevocation.actor.name,
        at: localRevocation.createdAt,
        undelivered: localRevocation.status === 'pending',
        refused: localRevocation.status === 'refused' ? (localRevocation.refusal?.message ?? '') : null,
      };
    }
    return {
      deviceId: device.id,
      name: device.name,
      groupId: device.groupId,
      status,
      pairedBy: device.pairedBy.name,
      pairedAt: device.pairedAt,
      lastSeenAt: device.lastSeenAt,
      appVersion: device.appVersion,
      lockAt,
      revocation,
      wipeConfirmedAt: device.wipeConfirmedAt,
    };
  }

  function overview(
    locationId: string,
    actor: Actor,
    list: DeviceListResponse | null,
    source: DevicesOverview['source'],
    fetchedAt: string | null,
    hubError: string | null,
  ): DevicesOverview {
    const commands = revocationsOf(ctx.db, locationId);
    const devices = (list?.devices ?? []).map((d) => view(d, list?.leaseHours ?? null, commands.get(d.id)));
    const groups: DeviceGroupView[] = groupsOf(locationId).map((g) => ({
      groupId: g.id,
      name: g.name,
      careType: g.careType,
      devices: devices.filter((d) => d.groupId === g.id),
    }));
    // a device of a group this desk no longer has still shows (and can still be revoked)
    const known = new Set(groups.map((g) => g.groupId));
    for (const groupId of new Set(devices.map((d) => d.groupId).filter((id) => !known.has(id)))) {
      groups.push({ groupId, name: '?', careType: 'KDV', devices: devices.filter((d) => d.groupId === groupId) });
    }
    return {
      locationId,
      locationName: ctx.store.get('locations', locationId)?.name ?? '',
      groups,
      source,
      fetchedAt,
      hubError,
      canPair: actor.role === 'manager',
      canRevoke: true,
      leaseHours: list?.leaseHours ?? null,
    };
  }

  async function fetchAudit(r: Ready, locationId: string): Promise<ApiResult<DeviceAuditView>> {
    const answer = await r.client.send('/v1/group-devices/audit', { sessionId: r.sessionId, locationId }, AuditLogResponse);
    if (!answer.ok) return hubRefusal(answer.failure);
    const entries = answer.value.entries;
    const chain = verifyAuditChain(entries, sha256Hex);
    const anchorKey = `devices.auditAnchor.${locationId}`;
    const anchor = JSON.parse(readMeta(ctx.db, anchorKey) ?? 'null') as { seq: number; hash: string } | null;
    let checked: DeviceAuditView['chain'] = chain;
    if (chain.ok && anchor && entries[anchor.seq - 1]?.hash !== anchor.hash) {
      // the chain holds together, but not with what this desk saw before: it was rewritten or cut short
      checked = { ok: false, checked: chain.checked, brokenAtSeq: anchor.seq, problem: 'anchor_mismatch', headHash: null };
    } else if (chain.ok && chain.headHash) {
      writeMeta(ctx.db, anchorKey, JSON.stringify({ seq: entries.length, hash: chain.headHash }));
    }
    if (!checked.ok) ctx.log.error({ locationId, chain: checked }, 'device audit chain does not verify');
    const groupNames = new Map(groupsOf(locationId).map((g) => [g.id, g.name]));
    return apiOk({
      locationId,
      entries: entries.map((e) => auditEntryView(e, groupNames)),
      chain: checked,
      hubVerified: answer.value.verification.ok,
    });
  }

  return {
    'devices.list': async ({ locationId }) => {
      const r = ready(locationId);
      if (!r.ok) return r;
      const { actor, sessionId, client } = r.value;
      const answer = await client.send('/v1/group-devices/list', { sessionId, locationId }, DeviceListResponse);
      if (answer.ok) {
        const fetchedAt = ctx.clock().toISOString();
        writeSnapshot(ctx.db, locationId, answer.value, fetchedAt);
        return apiOk(overview(locationId, actor, answer.value, 'hub', fetchedAt, null));
      }
      if (answer.failure.kind === 'refused') return hubRefusal(answer.failure);
      const snapshot = readSnapshot(ctx.db, locationId);
      return apiOk(
        overview(
          locationId,
          actor,
          snapshot?.list ?? null,
          snapshot ? 'cache' : 'none',
          snapshot?.fetchedAt ?? null,
          answer.failure.message,
        ),
      );
    },

    'devices.pairingCode': async ({ locationId, groupId }) => {
      const r = ready(locationId);
      if (!r.ok) return r;
      const { actor, sessionId, client, enrolment } = r.value;
      if (actor.role !== 'manager') {
        return apiError('forbidden', 'Alleen de locatiemanager koppelt groeps-iPads.', { rule: 'devices.pair_manager_only' });
      }
      const group = ctx.store.get('groups', groupId);
      if (!group || group.locationId !== locationId) return apiError('not_found', 'Deze groep bestaat niet op deze locatie.');
      const answer = await client.send('/v1/group-devices/pairing-codes', { sessionId, locationId, groupId }, PairingCodeResponse);
      if (!answer.ok) return hubRefusal(answer.failure);
      const uri = pairingUri(enrolment.hubUrl, answer.value.code);
      const code: PairingCodeView = {
        code: formatPairingCode(answer.value.code),
        expiresAt: answer.value.expiresAt,
        validMinutes: answer.value.validMinutes,
        locationId,
        groupId,
        groupName: group.name,
        pairingUri: uri,
        qrDataUrl: await qrSvgDataUrl(uri),
      };
      ctx.log.info({ locationId, groupId, expiresAt: code.expiresAt }, 'pairing code issued');
      return apiOk(code);
    },

    'devices.revoke': async ({ locationId, deviceId, reason, note }) => {
      const r = ready(locationId);
      if (!r.ok) return r;
      const snapshot = readSnapshot(ctx.db, locationId);
      const device = snapshot?.list.devices.find((d) => d.id === deviceId);
      if (!snapshot || !device)
        return apiError('not_found', 'Dit apparaat staat niet in de lijst van deze locatie.', { rule: 'devices.unknown_device' });
      if (device.status !== 'active') {
        return apiOk({ device: view(device, snapshot.list.leaseHours, undefined), delivered: true });
      }
      const command = enqueueRevocation(ctx.db, {
        locationId,
        deviceId,
        reason: reason as RevocationReason,
        note,
        actor: r.value.actor,
        sessionId: r.value.sessionId,
        at: ctx.clock().toISOString(),
      });
      ctx.log.warn({ locationId, deviceId, reason, commandId: command.id }, 'device revoked on the desk');
      ctx.emit({ type: 'devicesChanged', locationIds: [locationId] });
      ctx.emit({ type: 'syncStatus', status: ctx.sync.status() });
      // deliver now, ahead of everything else; the engine keeps retrying while it stays undelivered
      void ctx.sync.syncNow();
      return apiOk({ device: view(device, snapshot.list.leaseHours, command), delivered: false });
    },

    'devices.undelivered': async () => {
      const pending = pendingCommands(ctx.db);
      const names = new Map<string, string>();
      for (const locationId of new Set(pending.map((c) => c.locationId))) {
        for (const d of readSnapshot(ctx.db, locationId)?.list.devices ?? []) names.set(d.id, d.name);
      }
      return apiOk({
        count: pending.length,
        devices: pending.map((c) => ({
          deviceId: c.deviceId,
          name: names.get(c.deviceId) ?? c.deviceId,
          locationId: c.locationId,
          at: c.createdAt,
          attempts: c.attempts,
          lastError: c.lastError,
        })),
        nextAttemptAt: pending.length > 0 ? ctx.sync.status().nextAttemptAt : null,
        supportPhone: organisationSettings(ctx.db).devices.supportPhone,
      });
    },

    'devices.audit': async ({ locationId }) => {
      const r = ready(locationId);
      if (!r.ok) return r;
      return fetchAudit(r.value, locationId);
    },

    'devices.auditExport': async ({ locationId }) => {
      const r = ready(locationId);
      if (!r.ok) return r;
      const audit = await fetchAudit(r.value, locationId);
      if (!audit.ok) return audit;
      const code = ctx.store.get('locations', locationId)?.code ?? 'locatie';
      return apiOk({
        filename: `apparaten-logboek-${code.toLowerCase()}-${todayOf(ctx)}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        text: auditCsv(audit.value.entries),
        rowCount: audit.value.entries.length,
      });
    },
  };
}

function auditEntryView(e: AuditEntryWire, groupNames: Map<string, string>): DeviceAuditEntryView {
  const text = (key: string): string | null => {
    const value = e.details[key];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  const reason = text('reason');
  return {
    seq: e.seq,
    at: e.at,
    event: e.event,
    actorName: e.actorName,
    deviceId: e.deviceId,
    deviceName: text('deviceName'),
    groupId: e.groupId,
    groupName: groupNames.get(e.groupId) ?? text('groupName'),
    reason: reason === 'lost' || reason === 'stolen' || reason === 'broken' || reason === 'other' ? reason : null,
    note: text('note'),
    hash: e.hash,
    prevHash: e.prevHash,
  };
}
