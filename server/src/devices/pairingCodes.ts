/**
 * One-time pairing codes for group iPads: 8 characters from the unambiguous alphabet
 * (shared/domain/devices/pairingCode.ts), valid `pairingCodeMinutes` (10) by the hub's clock,
 * stored only as SHA-256 of the normalised code, used once: the pairing transaction marks it used
 * with a conditional UPDATE, so a second use (even at the same moment) finds it used.
 */
import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import {
  formatPairingCode,
  normalisePairingCode,
  PAIRING_CODE_ALPHABET,
  PAIRING_CODE_LENGTH,
} from '../../../shared/domain/devices/pairingCode';
import { sha256Hex } from '../auth/credentials';
import type { Queryable } from '../db/db';

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_CODE_ALPHABET[randomInt(PAIRING_CODE_ALPHABET.length)];
  return formatPairingCode(code);
}

export function pairingCodeHash(input: string): string {
  return sha256Hex(normalisePairingCode(input));
}

export type IssuedCode = { id: string; code: string; expiresAt: Date };

export async function issuePairingCode(
  q: Queryable,
  input: { organisationId: string; locationId: string; groupId: string; userId: string; deskId: string; now: Date; validMinutes: number },
): Promise<IssuedCode> {
  const id = uuidv7();
  const code = newPairingCode();
  const expiresAt = new Date(input.now.getTime() + input.validMinutes * 60_000);
  await q.query(
    `INSERT INTO pairing_codes (id, code_hash, organisation_id, location_id, group_id, created_by, created_by_desk, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::timestamptz)`,
    [
      id,
      pairingCodeHash(code),
      input.organisationId,
      input.locationId,
      input.groupId,
      input.userId,
      input.deskId,
      input.now.toISOString(),
      expiresAt.toISOString(),
    ],
  );
  return { id, code, expiresAt };
}

export type ClaimedCode = {
  id: string;
  organisationId: string;
  locationId: string;
  groupId: string;
  createdBy: string;
  createdByDesk: string;
};

/** Marks a valid, unused code used (for `deviceId`) and returns it; null when unknown, used or expired. */
export async function claimPairingCode(tx: Queryable, code: string, deviceId: string, now: Date): Promise<ClaimedCode | null> {
  const { rows } = await tx.query<{
    id: string;
    organisation_id: string;
    location_id: string;
    group_id: string;
    created_by: string;
    created_by_desk: string;
  }>(
    `UPDATE pairing_codes SET used_at = $2::timestamptz, device_id = $3
     WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2::timestamptz
     RETURNING id, organisation_id, location_id, group_id, created_by, created_by_desk`,
    [pairingCodeHash(code), now.toISOString(), deviceId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    organisationId: row.organisation_id,
    locationId: row.location_id,
    groupId: row.group_id,
    createdBy: row.created_by,
    createdByDesk: row.created_by_desk,
  };
}
