/**
 * Machine credentials: 32 random bytes, given to the device once, stored only as SHA-256. A
 * fast hash is enough for a secret with 256 bits of entropy (no dictionary to try) and lets the
 * hub find the device by the hash of the presented token with one indexed lookup.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Prefix that makes a leaked token recognisable in logs and secret scanners. */
const CREDENTIAL_PREFIX = 'odk_';

export function newCredential(): string {
  return CREDENTIAL_PREFIX + randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerTokenOf(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(header);
  return match?.[1] ?? null;
}
