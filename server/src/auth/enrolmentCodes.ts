/**
 * One-time enrolment codes for desks: short enough to type, from an alphabet without look-alikes
 * (no 0/O, 1/I/L), 10 characters (50 bits) shown as `XXXXX-XXXXX`. Stored only as SHA-256 of the
 * normalised code, with an expiry; the first successful enrolment marks it used.
 */
import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '../db/db';
import { sha256Hex } from './credentials';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;
export const DEFAULT_CODE_HOURS = 24;

export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a person may type: any case, dashes or spaces between the groups. */
export function normaliseEnrolmentCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function enrolmentCodeHash(input: string): string {
  return sha256Hex(normaliseEnrolmentCode(input));
}

/** Stores a new code for these locations and returns it; the hub keeps only its hash. */
export async function createEnrolmentCode(
  q: Queryable,
  input: { organisationId: string; locationIds: readonly string[]; validMinutes?: number },
): Promise<{ code: string; expiresAt: Date }> {
  if (input.locationIds.length === 0) throw new Error('an enrolment code needs at least one location');
  const { rows: known } = await q.query<{ id: string }>('SELECT id FROM locations WHERE organisation_id = $1 AND id = ANY($2)', [
    input.organisationId,
    [...input.locationIds],
  ]);
  const missing = input.locationIds.filter((id) => !known.some((k) => k.id === id));
  if (missing.length > 0) throw new Error(`unknown location(s) of this organisation: ${missing.join(', ')}`);
  const code = newEnrolmentCode();
  const minutes = input.validMinutes ?? DEFAULT_CODE_HOURS * 60;
  const { rows } = await q.query<{ expires_at: Date }>(
    `INSERT INTO enrolment_codes (id, code_hash, organisation_id, location_ids, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5::int)) RETURNING expires_at`,
    [uuidv7(), enrolmentCodeHash(code), input.organisationId, [...new Set(input.locationIds)], minutes],
  );
  return { code, expiresAt: rows[0]!.expires_at };
}
