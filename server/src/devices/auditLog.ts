/**
 * The devices audit log (spec/devices.md): append-only per location, each entry chained to the one
 * before by SHA-256 (shared/domain/devices/auditChain.ts). Appending locks the location's row
 * (`FOR NO KEY UPDATE`: it does not block foreign-key checks), so the entries of one location get
 * consecutive numbers in every hub process; the primary key (location, seq) refuses a fork anyway.
 */
import { auditEntryHash, GENESIS_HASH, verifyAuditChain } from '../../../shared/domain/devices/auditChain';
import type { AuditEntryWire, AuditEvent, ChainVerification } from '../../../shared/sync/deviceProtocol';
import { sha256Hex } from '../auth/credentials';
import type { Queryable } from '../db/db';

export type AuditInput = {
  locationId: string;
  at: Date;
  event: AuditEvent;
  actorUserId: string | null;
  actorName: string;
  deskId: string | null;
  deviceId: string | null;
  groupId: string;
  details: Record<string, string | number | boolean | null>;
};

type AuditRow = {
  location_id: string;
  seq: number | string;
  at: Date;
  event: AuditEvent;
  actor_user_id: string | null;
  actor_name: string;
  desk_id: string | null;
  device_id: string | null;
  group_id: string;
  details: Record<string, string | number | boolean | null>;
  prev_hash: string;
  hash: string;
};

/** Appends one entry to its location's chain; run it in the transaction that made the change. */
export async function appendAudit(tx: Queryable, input: AuditInput): Promise<AuditEntryWire> {
  await tx.query('SELECT id FROM locations WHERE id = $1 FOR NO KEY UPDATE', [input.locationId]);
  const { rows } = await tx.query<{ seq: number | string; hash: string }>(
    'SELECT seq, hash FROM device_audit_log WHERE location_id = $1 ORDER BY seq DESC LIMIT 1',
    [input.locationId],
  );
  const head = rows[0];
  const fields = {
    locationId: input.locationId,
    seq: head ? Number(head.seq) + 1 : 1,
    at: input.at.toISOString(),
    event: input.event,
    actorUserId: input.actorUserId,
    actorName: input.actorName,
    deskId: input.deskId,
    deviceId: input.deviceId,
    groupId: input.groupId,
    details: input.details,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const entry: AuditEntryWire = { ...fields, hash: auditEntryHash(fields, sha256Hex) };
  await tx.query(
    `INSERT INTO device_audit_log (location_id, seq, at, event, actor_user_id, actor_name, desk_id, device_id, group_id, details, prev_hash, hash)
     VALUES ($1, $2, $3::timestamptz, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12)`,
    [
      entry.locationId,
      entry.seq,
      entry.at,
      entry.event,
      entry.actorUserId,
      entry.actorName,
      entry.deskId,
      entry.deviceId,
      entry.groupId,
      JSON.stringify(entry.details),
      entry.prevHash,
      entry.hash,
    ],
  );
  return entry;
}

/** A location's entries in chain order. */
export async function readAudit(q: Queryable, locationId: string): Promise<AuditEntryWire[]> {
  const { rows } = await q.query<AuditRow>('SELECT * FROM device_audit_log WHERE location_id = $1 ORDER BY seq', [locationId]);
  return rows.map((r) => ({
    locationId: r.location_id,
    seq: Number(r.seq),
    at: new Date(r.at).toISOString(),
    event: r.event,
    actorUserId: r.actor_user_id,
    actorName: r.actor_name,
    deskId: r.desk_id,
    deviceId: r.device_id,
    groupId: r.group_id,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

export function verifyAudit(entries: readonly AuditEntryWire[]): ChainVerification {
  return verifyAuditChain(entries, sha256Hex);
}
