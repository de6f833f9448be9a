/**
 * Limits on guessing (sign-in passwords, desk enrolment codes, iPad pairing codes), counted in the
 * database so that every hub process sees the same count, and counted BEFORE the secret is checked:
 *
 * - `claimAttempt` records the attempt (a row in `auth_failures`) in one transaction that first
 *   takes advisory locks on the account and on the address (always in that order, so two claims
 *   never wait on each other in a circle), then counts, then inserts. Parallel requests therefore
 *   queue on the lock and each sees the rows of the ones before it: with a limit of 5, forty
 *   parallel wrong passwords give five checks and 35 refusals (429), on PGlite and on PostgreSQL,
 *   with one hub process or several on one database.
 * - An attempt counts as failed from the moment it is claimed. `succeeded()` takes it back; for
 *   an account (sign-in: desk + email) it clears the account's whole count and remembers the
 *   account as known on that desk. A failure needs no call; a crash mid-check also counts (fails
 *   closed).
 *
 * Per account: at most `perDeviceEmail` failures in the window, whatever the address (guessing
 * one person's password). Per address: at most `perIp` failures in the window over all accounts
 * (guessing many), higher than the account limit. The address limit does NOT hold back an account
 * that signed in successfully on the same desk within `knownAccountDays`: a location's desks share
 * one address, and a burst of wrong guesses there (or a stolen desk credential guessing emails)
 * must not lock out the desk's own people; such an account is still held by its own limit. An
 * account never seen on that desk waits when the address is at its limit. Enrolment and pairing
 * codes belong to nobody, so they have only the address limit: while an address is at its limit,
 * a correct code from it waits too (the 429 says how long).
 */
import type { Db } from '../db/db';

export type FailureLimits = {
  windowMinutes: number;
  /** Failures per account (device + email); 0 where attempts have no account (codes). */
  perDeviceEmail: number;
  perIp: number;
};

export type SignInLimits = FailureLimits & {
  /** An account that signed in on the desk this recently is exempt from the address limit. */
  knownAccountDays: number;
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { windowMinutes: 15, perDeviceEmail: 5, perIp: 20, knownAccountDays: 90 };
export const DEFAULT_ENROL_LIMITS: FailureLimits = { windowMinutes: 15, perDeviceEmail: 0, perIp: 20 };
export const DEFAULT_PAIR_LIMITS: FailureLimits = { windowMinutes: 15, perDeviceEmail: 0, perIp: 20 };

export type FailureKey = { kind: 'sign_in' | 'enrol' | 'pair'; ip: string; deviceId?: string; email?: string };

/** A claimed attempt: counted as failed unless `succeeded()` takes it back. */
export type Attempt = { succeeded(): Promise<void> };

/** Any fixed number: the class of the rate limits' advisory locks (the migrations use another). */
const LOCK_CLASS = 517_900_002;

/** Attempts older than this count for nothing and are removed (a day, or the window if longer). */
const KEEP_MINUTES = 24 * 60;

/** Claims one attempt before the secret is checked; null when the account or address is at its limit. */
export async function claimAttempt(db: Db, key: FailureKey, limits: FailureLimits | SignInLimits): Promise<Attempt | null> {
  const account = key.deviceId !== undefined && key.email !== undefined ? { deviceId: key.deviceId, email: key.email } : null;
  const id = await db.transaction(async (tx) => {
    if (account)
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, `${key.kind} ${account.deviceId} ${account.email}`]);
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, `${key.kind} ip ${key.ip}`]);
    const { rows } = await tx.query<{ by_ip: number; by_account: number; known: boolean }>(
      `SELECT
         count(*) FILTER (WHERE ip = $2)::int AS by_ip,
         count(*) FILTER (WHERE device_id = $3 AND email = $4)::int AS by_account,
         EXISTS (SELECT 1 FROM auth_known_sign_ins
                 WHERE device_id = $3 AND email = $4 AND last_success_at > now() - make_interval(days => $6::int)) AS known
       FROM auth_failures
       WHERE kind = $1 AND at > now() - make_interval(mins => $5::int) AND (ip = $2 OR (device_id = $3 AND email = $4))`,
      [
        key.kind,
        key.ip,
        account?.deviceId ?? null,
        account?.email ?? null,
        limits.windowMinutes,
        'knownAccountDays' in limits ? limits.knownAccountDays : 0,
      ],
    );
    const counts = rows[0] ?? { by_ip: 0, by_account: 0, known: false };
    if (account && counts.by_account >= limits.perDeviceEmail) return null;
    if (counts.by_ip >= limits.perIp && !(account && counts.known)) return null;
    const inserted = await tx.query<{ id: string }>(
      'INSERT INTO auth_failures (kind, ip, device_id, email) VALUES ($1, $2, $3, $4) RETURNING id::text AS id',
      [key.kind, key.ip, account?.deviceId ?? null, account?.email ?? null],
    );
    return inserted.rows[0]!.id;
  });
  if (id === null) return null;
  await pruneOldAttempts(db, Math.max(KEEP_MINUTES, limits.windowMinutes));

  return {
    async succeeded() {
      if (!account) {
        await db.query('DELETE FROM auth_failures WHERE id = $1::bigint', [id]);
        return;
      }
      await db.query('DELETE FROM auth_failures WHERE kind = $1 AND device_id = $2 AND email = $3', [
        key.kind,
        account.deviceId,
        account.email,
      ]);
      await db.query(
        `INSERT INTO auth_known_sign_ins (device_id, email) VALUES ($1, $2)
         ON CONFLICT (device_id, email) DO UPDATE SET last_success_at = now()`,
        [account.deviceId, account.email],
      );
    },
  };
}

/** A small batch per claim; SKIP LOCKED so that hub processes pruning at once never wait on each other. */
async function pruneOldAttempts(db: Db, olderThanMinutes: number): Promise<void> {
  await db.query(
    `DELETE FROM auth_failures WHERE id IN (
       SELECT id FROM auth_failures WHERE at < now() - make_interval(mins => $1::int) LIMIT 100 FOR UPDATE SKIP LOCKED)`,
    [olderThanMinutes],
  );
}
