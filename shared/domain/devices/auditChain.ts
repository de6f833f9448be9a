/**
 * The devices audit log as a hash chain (spec/devices.md, "Every pairing, revocation and wipe is in
 * an append-only audit log"): per location, entry n carries the SHA-256 of entry n-1, and its own
 * hash covers every field and that previous hash. Changing, removing or reordering any entry
 * breaks the chain from there on; only someone who rewrites every later hash too goes unnoticed by
 * the chain alone, which is why the desk also remembers the last head it saw (an anchor).
 *
 * Pure: the hash function is passed in (node:crypto on the hub and in the desk's core).
 */
import type { AuditEntryWire, ChainVerification } from '../../sync/deviceProtocol';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type Sha256Hex = (text: string) => string;

export type AuditEntryFields = Omit<AuditEntryWire, 'hash'>;

/** JSON with object keys sorted at every level: the same text on every machine, whatever order a database keeps. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The exact text an entry's hash is taken of (version-tagged, so the format can change later). */
export function auditEntryPayload(e: AuditEntryFields): string {
  return canonicalJson([
    'opvangdesk.device-audit.v1',
    e.locationId,
    e.seq,
    e.at,
    e.event,
    e.actorUserId,
    e.actorName,
    e.deskId,
    e.deviceId,
    e.groupId,
    e.details,
    e.prevHash,
  ]);
}

export function auditEntryHash(e: AuditEntryFields, sha256: Sha256Hex): string {
  return sha256(auditEntryPayload(e));
}

/**
 * Checks a location's entries in order: sequence 1, 2, 3, ...; each `prevHash` is the hash of the
 * entry before (the genesis hash for the first); each hash is the hash of the entry's fields.
 * Reports the first entry that does not hold.
 */
export function verifyAuditChain(entries: readonly AuditEntryWire[], sha256: Sha256Hex): ChainVerification {
  let prev = GENESIS_HASH;
  let checked = 0;
  for (const [i, e] of entries.entries()) {
    const broken = (problem: NonNullable<ChainVerification['problem']>): ChainVerification => ({
      ok: false,
      checked,
      brokenAtSeq: e.seq,
      problem,
      headHash: null,
    });
    if (e.seq !== i + 1) return broken('sequence_gap');
    if (e.prevHash !== prev) return broken('prev_hash_mismatch');
    const { hash, ...fields } = e;
    if (auditEntryHash(fields, sha256) !== hash) return broken('hash_mismatch');
    prev = hash;
    checked++;
  }
  return { ok: true, checked, brokenAtSeq: null, problem: null, headHash: entries.length > 0 ? prev : null };
}
