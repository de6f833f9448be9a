/**
 * The wire contract for group iPads (spec/devices.md), next to the desks' sync protocol:
 *
 * - Desk commands (`/v1/group-devices/*`, the desk's bearer credential): the desk sends a command
 *   with the acting person's session, the hub decides with its own `user_roles` and answers with the
 *   consequences. Security state (devices, revocations, the audit log) is never a synced row.
 * - The device API (`/device/v1/*`, the iPad's own bearer credential): pair, the group's day,
 *   check in, confirm wipe. Every answer to a device states its offline lease; a revoked
 *   credential is refused with 401 and a wipe instruction.
 */
import { z } from 'zod';
import { Id } from '../model/rows';
import { SessionId } from './protocol';

/** Why a device is revoked; `other` needs a note. */
export const RevocationReason = z.enum(['lost', 'stolen', 'broken', 'other']);
export type RevocationReason = z.infer<typeof RevocationReason>;

export const GroupDeviceStatus = z.enum(['active', 'revoked', 'wiped']);
export type GroupDeviceStatus = z.infer<typeof GroupDeviceStatus>;

export const REVOCATION_NOTE_MAX = 500;

/**
 * A desk command names the session of the person acting on the desk (shared/sync/protocol.ts
 * SessionId, issued at sign-in); the hub finds the person and their role at the location itself.
 */

// --- Desk commands ------------------------------------------------------------------------------

export const PairingCodeRequest = z.object({ sessionId: SessionId, locationId: Id, groupId: Id }).strict();
export type PairingCodeRequest = z.infer<typeof PairingCodeRequest>;

export const PairingCodeResponse = z.object({
  /** Shown as `XXXX-XXXX`; the hub keeps only its hash. */
  code: z.string(),
  expiresAt: z.string(),
  validMinutes: z.number().int().positive(),
  locationId: z.string(),
  groupId: z.string(),
  serverTime: z.string(),
});
export type PairingCodeResponse = z.infer<typeof PairingCodeResponse>;

export const LocationCommandRequest = z.object({ sessionId: SessionId, locationId: Id }).strict();
export type LocationCommandRequest = z.infer<typeof LocationCommandRequest>;

export const RevokeDeviceRequest = z
  .object({
    sessionId: SessionId,
    /**
     * When the person gave the command on the desk: a revocation queued offline counts when the
     * session was valid then (like pushed work), so signing out meanwhile never keeps an iPad alive.
     */
    createdAt: z.string().datetime({ offset: true }),
    /** The desk's id for this command (its queue row): retries send the same one. */
    commandId: Id,
    deviceId: Id,
    reason: RevocationReason,
    note: z.string().trim().max(REVOCATION_NOTE_MAX).default(''),
  })
  .strict()
  .refine((r) => r.reason !== 'other' || r.note.length > 0, { path: ['note'], message: 'bij reden "anders" is een toelichting nodig' });
export type RevokeDeviceRequest = z.input<typeof RevokeDeviceRequest>;

const Person = z.object({ userId: z.string(), name: z.string() });

export const GroupDeviceWire = z.object({
  id: z.string(),
  locationId: z.string(),
  groupId: z.string(),
  name: z.string(),
  status: GroupDeviceStatus,
  pairedBy: Person,
  pairedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  appVersion: z.string().nullable(),
  revokedBy: Person.nullable(),
  revokedAt: z.string().nullable(),
  revokedReason: RevocationReason.nullable(),
  revokedNote: z.string().nullable(),
  wipeConfirmedAt: z.string().nullable(),
});
export type GroupDeviceWire = z.infer<typeof GroupDeviceWire>;

export const DeviceListResponse = z.object({
  devices: z.array(GroupDeviceWire),
  /** The lease the hub gives devices, so the desk can say when a silent device locks itself. */
  leaseHours: z.number().positive(),
  serverTime: z.string(),
});
export type DeviceListResponse = z.infer<typeof DeviceListResponse>;

export const RevokeDeviceResponse = z.object({
  device: GroupDeviceWire,
  /** True when the device was already revoked (a retry, or another desk was first): nothing changed. */
  alreadyRevoked: z.boolean(),
  serverTime: z.string(),
});
export type RevokeDeviceResponse = z.infer<typeof RevokeDeviceResponse>;

export const AuditEvent = z.enum(['code_issued', 'paired', 'revoked', 'wiped']);
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditEntryWire = z.object({
  locationId: z.string(),
  /** 1, 2, 3, ... per location: the chain's order. */
  seq: z.number().int().positive(),
  at: z.string(),
  event: AuditEvent,
  /** Who: a person (desk commands) or the device itself (`wiped`). */
  actorUserId: z.string().nullable(),
  actorName: z.string(),
  /** The desk the command came through (null for what a device reported itself). */
  deskId: z.string().nullable(),
  deviceId: z.string().nullable(),
  groupId: z.string(),
  /** What the event carries: reason and note, device name, code expiry, app version. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryWire = z.infer<typeof AuditEntryWire>;

export const ChainVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int().min(0),
  /** The first entry that does not hold, with what is wrong with it. */
  brokenAtSeq: z.number().int().nullable(),
  problem: z.enum(['hash_mismatch', 'prev_hash_mismatch', 'sequence_gap']).nullable(),
  headHash: z.string().nullable(),
});
export type ChainVerification = z.infer<typeof ChainVerification>;

export const AuditLogResponse = z.object({
  entries: z.array(AuditEntryWire),
  /** The hub's own check of the chain; the desk checks it again itself. */
  verification: ChainVerification,
  serverTime: z.string(),
});
export type AuditLogResponse = z.infer<typeof AuditLogResponse>;

// --- The device API (iPads) -----------------------------------------------------------------------

/** Until when the device may work without reaching the hub; after it, it locks itself. */
export const DeviceLease = z.object({ expiresAt: z.string(), hours: z.number().min(0) });
export type DeviceLease = z.infer<typeof DeviceLease>;

export const DevicePairRequest = z
  .object({
    code: z.string().trim().min(8).max(32),
    deviceName: z.string().trim().min(1).max(100),
    /** The device's public key (PEM, SPKI): kept for request signing; never a secret. */
    publicKey: z.string().min(40).max(4000),
    appVersion: z.string().trim().min(1).max(40).optional(),
  })
  .strict();
export type DevicePairRequest = z.input<typeof DevicePairRequest>;

export const DevicePairResponse = z.object({
  deviceId: z.string(),
  /** The device's bearer credential, given once; the hub keeps only its hash. */
  credential: z.string(),
  organisationId: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  lease: DeviceLease,
  serverTime: z.string(),
});
export type DevicePairResponse = z.infer<typeof DevicePairResponse>;

export const DeviceDayResponse = z.object({
  date: z.string(),
  locationId: z.string(),
  group: z.object({ id: z.string(), name: z.string(), careType: z.string() }),
  /** Children expected today, with their times (`HH:MM`), in order of arrival. */
  children: z.array(z.object({ childId: z.string(), firstName: z.string(), lastName: z.string(), start: z.string(), end: z.string() })),
  /** Staff on shift in the group today. */
  staff: z.array(
    z.object({
      staffId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      start: z.string(),
      end: z.string(),
      breaks: z.array(z.object({ start: z.string(), end: z.string() })),
    }),
  ),
  lease: DeviceLease,
  serverTime: z.string(),
});
export type DeviceDayResponse = z.infer<typeof DeviceDayResponse>;

export const DeviceCheckInRequest = z.object({ appVersion: z.string().trim().min(1).max(40) }).strict();
export const DeviceCheckInResponse = z.object({ status: z.literal('active'), lease: DeviceLease, serverTime: z.string() });
export type DeviceCheckInResponse = z.infer<typeof DeviceCheckInResponse>;

export const DeviceWipeConfirmRequest = z.object({ wipedAt: z.string().datetime({ offset: true }) }).strict();
export const DeviceWipeConfirmResponse = z.object({
  status: z.literal('wiped'),
  confirmedAt: z.string(),
  lease: DeviceLease,
  serverTime: z.string(),
});
export type DeviceWipeConfirmResponse = z.infer<typeof DeviceWipeConfirmResponse>;

/** What a device hears when its credential is revoked: wipe everything, then confirm. */
export const DEVICE_WIPE_INSTRUCTION = 'wipe';

export const DeviceRefusal = z.object({
  ok: z.literal(false),
  error: z.object({ code: z.string(), message: z.string() }).passthrough(),
  instruction: z.literal(DEVICE_WIPE_INSTRUCTION).optional(),
  lease: DeviceLease.optional(),
});
export type DeviceRefusal = z.infer<typeof DeviceRefusal>;
