/**
 * Limits on failed sign-ins and enrolments, counted in the database so that every hub process
 * sees the same count: per device + email (guessing one person's password) and per IP address
 * (guessing many). A success clears the device + email count; the IP count runs out by itself.
 */
import type { Queryable } from '../db/db';

export type FailureLimits = {
  windowMinutes: number;
  perDeviceEmail: number;
  perIp: number;
};

export const DEFAULT_SIGN_IN_LIMITS: FailureLimits = { windowMinutes: 15, perDeviceEmail: 5, perIp: 20 };
export const DEFAULT_ENROL_LIMITS: FailureLimits = { windowMinutes: 15, perDeviceEmail: 0, perIp: 20 };
export const DEFAULT_PAIR_LIMITS: FailureLimits = { windowMinutes: 15, perDeviceEmail: 0, perIp: 20 };

export type FailureKey = { kind: 'sign_in' | 'enrol' | 'pair'; ip: string; deviceId?: string; email?: string };

/** True when this key already has as many failures in the window as allowed. */
export async function isLimited(q: Queryable, key: FailureKey, limits: FailureLimits): Promise<boolean> {
  const { rows } = await q.query<{ by_ip: number; by_device_email: number }>(
    `SELECT
       count(*) FILTER (WHERE ip = $2)::int AS by_ip,
       count(*) FILTER (WHERE device_id = $3 AND email = $4)::int AS by_device_email
     FROM auth_failures
     WHERE kind = $1 AND at > now() - make_interval(mins => $5::int) AND (ip = $2 OR (device_id = $3 AND email = $4))`,
    [key.kind, key.ip, key.deviceId ?? null, key.email ?? null, limits.windowMinutes],
  );
  const counts = rows[0] ?? { by_ip: 0, by_device_email: 0 };
  if (counts.by_ip >= limits.perIp) return true;
  return key.deviceId !== undefined && key.email !== undefined && counts.by_device_email >= limits.perDeviceEmail;
}

export async function recordFailure(q: Queryable, key: FailureKey): Promise<void> {
  await q.query('INSERT INTO auth_failures (kind, ip, device_id, email) VALUES ($1, $2, $3, $4)', [
    key.kind,
    key.ip,
    key.deviceId ?? null,
    key.email ?? null,
  ]);
  // Keep the table small: failures older than a day count for nothing.
  await q.query("DELETE FROM auth_failures WHERE at < now() - interval '1 day'");
}

export async function clearFailures(
  q: Queryable,
  key: Required<Pick<FailureKey, 'deviceId' | 'email'>> & Pick<FailureKey, 'kind'>,
): Promise<void> {
  await q.query('DELETE FROM auth_failures WHERE kind = $1 AND device_id = $2 AND email = $3', [key.kind, key.deviceId, key.email]);
}
