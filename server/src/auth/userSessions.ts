/**
 * User sessions issued by the hub (sync.md, "Who made a change"). A successful sign-in on a desk
 * gets a session bound to that desk: a random 256-bit id the desk keeps (the hub stores only its
 * SHA-256). Every pushed mutation and every device command names its session; the hub takes the
 * person, their name and their roles from its own rows, never from what the desk wrote.
 *
 * Two windows, both from the hub's clock at sign-in:
 * - `expiresAt` (issued + `sessionHours`, 12 by default: a working day): online calls that act
 *   now (pairing codes, device lists, the audit log) need it; after it the desk asks to sign in
 *   again.
 * - `workUntil` (issued + `offlineDays`, 14 by default, the desk's offline sign-in limit): a change
 *   made under the session at an instant before it is accepted whenever it arrives, so a branch
 *   office without connection loses nothing.
 * A session ends earlier when its user is deactivated or its desk is revoked; work made
 * before that instant still counts (a user deactivated at 10:00 whose offline changes from 09:00
 * arrive at 11:00), work made at or after it does not. "Made at" is the mutation's `createdAt`,
 * which the hub already refuses when it is ahead of its own clock (hub.created_in_future).
 *
 * Signing out on the desk does not end the session: the desk forgets it, but changes made before
 * still have to arrive, and the same person signing in offline the next morning works under it
 * (the desk's offline sign-in ends at `workUntil`). A new online sign-in gets a new session.
 *
 * What this does not prevent: someone holding both the desk's credential and a live session id
 * (that is, the desk's data folder and its key) can backdate changes within the session's window.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../../shared/model/roles';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync/protocol';
import type { Queryable } from '../db/db';

export const DEFAULT_SESSION_HOURS = 12;
export const DEFAULT_OFFLINE_DAYS = 14;

export type SessionWindows = { sessionHours: number; offlineDays: number };

export type IssuedSession = { id: string; expiresAt: string; workUntil: string };

export type EndReason = 'deactivated' | 'device_revoked';

/** What the hub knows about a session and its user, to judge work made under it. */
export type SessionFacts = {
  userId: string;
  name: string;
  issuedAt: number;
  expiresAt: number;
  workUntil: number;
  /** When it stopped counting (deactivation, revocation), or null. */
  endedAt: number | null;
  endedReason: EndReason | null;
  /** The user's role per location id, from user_roles. */
  roles: Map<string, Role>;
};

export type SessionRefusal = { rule: string; message: string };

/** Timestamps as the two drivers give them (Date) or as text, in milliseconds. */
const ms = (value: Date | string): number => new Date(value).getTime();

const hashOf = (id: string): string => createHash('sha256').update(id, 'utf8').digest('hex');

export async function issueSession(
  q: Queryable,
  input: { userId: string; deviceId: string; now: Date; windows: SessionWindows },
): Promise<IssuedSession> {
  const id = randomBytes(32).toString('base64url');
  const issued = input.now.getTime();
  const expiresAt = new Date(issued + input.windows.sessionHours * 3_600_000).toISOString();
  const workUntil = new Date(issued + input.windows.offlineDays * 86_400_000).toISOString();
  await q.query(
    `INSERT INTO user_sessions (id_hash, user_id, device_id, issued_at, expires_at, work_until) VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz, $6::timestamptz)`,
    [hashOf(id), input.userId, input.deviceId, input.now.toISOString(), expiresAt, workUntil],
  );
  return { id, expiresAt, workUntil };
}

/** The session `id` of this desk with its user's name and roles, or null when the desk never got it. */
export async function sessionFacts(q: Queryable, deviceId: string, id: string): Promise<SessionFacts | null> {
  const { rows } = await q.query<{
    user_id: string;
    name: string;
    issued_at: Date;
    expires_at: Date;
    work_until: Date;
    ended_at: Date | null;
    ended_reason: EndReason | null;
    active: boolean;
    deactivated_at: Date | null;
    location_id: string | null;
    role: Role | null;
  }>(
    `SELECT s.user_id, u.name, s.issued_at, s.expires_at, s.work_until, s.ended_at, s.ended_reason,
            u.active, u.deactivated_at, r.location_id, r.role
     FROM user_sessions s
     JOIN users u ON u.id = s.user_id
     LEFT JOIN user_roles r ON r.user_id = s.user_id
     WHERE s.id_hash = $1 AND s.device_id = $2`,
    [hashOf(id), deviceId],
  );
  const first = rows[0];
  if (!first) return null;
  // A user switched off without deactivate-user (no instant recorded) counts as ended from the start.
  const deactivatedAt = first.active ? null : first.deactivated_at ? ms(first.deactivated_at) : Number.NEGATIVE_INFINITY;
  const sessionEnd = first.ended_at ? ms(first.ended_at) : null;
  const endedAt = [sessionEnd, deactivatedAt]
    .filter((t): t is number => t !== null)
    .reduce<number | null>((a, b) => (a === null ? b : Math.min(a, b)), null);
  const roles = new Map<string, Role>();
  for (const row of rows) if (row.location_id && row.role) roles.set(row.location_id, row.role);
  return {
    userId: first.user_id,
    name: first.name,
    issuedAt: ms(first.issued_at),
    expiresAt: ms(first.expires_at),
    workUntil: ms(first.work_until),
    endedAt,
    endedReason: deactivatedAt !== null && (sessionEnd === null || deactivatedAt <= sessionEnd) ? 'deactivated' : first.ended_reason,
    roles,
  };
}

const endedMessages: Record<EndReason, string> = {
  deactivated: 'Het account van deze gebruiker was op dat moment gedeactiveerd.',
  device_revoked: 'Deze desk was op dat moment ontkoppeld.',
};

/**
 * Whether work made at `madeAt` counts under the session: after it was issued (allowing the
 * permitted clock skew), before it ended and before its work window closed.
 */
export function workRefusal(facts: SessionFacts, madeAt: number): SessionRefusal | null {
  if (facts.endedAt !== null && madeAt >= facts.endedAt) {
    return { rule: 'hub.session_ended', message: endedMessages[facts.endedReason ?? 'deactivated'] };
  }
  if (madeAt < facts.issuedAt - MAX_CLOCK_SKEW_MS) {
    return { rule: 'hub.session_not_started', message: 'Deze wijziging is gedateerd vóór de aanmelding waaronder ze is gemaakt.' };
  }
  if (madeAt >= facts.workUntil) {
    return {
      rule: 'hub.session_expired',
      message: 'De aanmelding waaronder deze wijziging is gemaakt was toen al verlopen (te lang zonder verbinding met de hub).',
    };
  }
  return null;
}

/** The same ends, said to the person now (a device command refused, the desk signing them out). */
const endedNowMessages: Record<EndReason, string> = {
  deactivated: 'Uw account is gedeactiveerd door de beheerder van uw organisatie.',
  device_revoked: 'Deze desk is ingetrokken door de hub.',
};

/** Whether the session may act now (online calls): not ended, not past `expiresAt`. */
export function nowRefusal(facts: SessionFacts, now: number): SessionRefusal | null {
  if (facts.endedAt !== null && now >= facts.endedAt) {
    return { rule: 'hub.session_ended', message: endedNowMessages[facts.endedReason ?? 'deactivated'] };
  }
  if (now >= facts.expiresAt) return { rule: 'hub.session_expired', message: 'Uw aanmelding is verlopen. Meld u opnieuw aan.' };
  return null;
}

/** Ends every running session of a user or of a desk at `now`. */
export async function endSessionsOf(
  q: Queryable,
  of: { userId: string } | { deviceId: string },
  reason: EndReason,
  now: Date,
): Promise<void> {
  const [column, value] = 'userId' in of ? ['user_id', of.userId] : ['device_id', of.deviceId];
  await q.query(`UPDATE user_sessions SET ended_at = $2::timestamptz, ended_reason = $3 WHERE ${column} = $1 AND ended_at IS NULL`, [
    value,
    now.toISOString(),
    reason,
  ]);
}
