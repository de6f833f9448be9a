/**
 * Signing in on an enrolled desk with a hub account. Online, the hub checks the password and
 * issues a session (server/src/auth/userSessions.ts); the desk keeps its own argon2 hash of the
 * password with that session. When the hub cannot be reached, the desk checks against that hash
 * and works under the same session, so a branch office without connection can still work, until
 * the session's `workUntil` (the hub's HUB_OFFLINE_DAYS after the last online sign-in, 14 by
 * default): after that the hub would refuse the work, so the desk refuses the sign-in. A user
 * the hub has deactivated is signed out at the desk's next contact (the `sessionEnded` control)
 * and cannot sign in offline again. Attempts are limited per e-mail address, online and offline alike.
 */
import { hash, verify } from '@node-rs/argon2';
import type { SignedInUser } from '../../../shared/contract/views';
import type { Db } from '../store/database';
import type { HubClient } from './hubClient';

/** At most this many failed attempts per address within the window. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MINUTES = 15;

export type SignInOutcome =
  | { ok: true; user: SignedInUser; sessionId: string }
  | { ok: false; code: 'unauthorized' | 'forbidden' | 'unavailable'; rule: string; message: string };

export async function signIn(
  db: Db,
  client: HubClient,
  locationIds: readonly string[],
  email: string,
  password: string,
  now: Date,
): Promise<SignInOutcome> {
  const address = email.trim().toLowerCase();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000).toISOString();
  const failures = (
    db.prepare('SELECT count(*) AS n FROM sign_in_failures WHERE email = ? AND failed_at > ?').get(address, since) as { n: number }
  ).n;
  if (failures >= SIGN_IN_MAX_FAILURES) {
    return {
      ok: false,
      code: 'forbidden',
      rule: 'auth.too_many_attempts',
      message: `Te veel mislukte pogingen voor ${address}. Probeer het over ${SIGN_IN_WINDOW_MINUTES} minuten opnieuw.`,
    };
  }
  const fail = (message: string): SignInOutcome => {
    db.prepare('INSERT INTO sign_in_failures (email, failed_at) VALUES (?, ?)').run(address, now.toISOString());
    return { ok: false, code: 'unauthorized', rule: 'auth.wrong_credentials', message };
  };

  const online = await client.signIn({ email: address, password });
  if (online.ok) {
    const { user, session } = online.value;
    if (!user.locationIds.some((id) => locationIds.includes(id))) {
      return {
        ok: false,
        code: 'forbidden',
        rule: 'auth.not_at_this_location',
        message: 'Dit account werkt niet op de locaties van deze desk.',
      };
    }
    db.prepare(
      `INSERT INTO cached_users (id, email, name, role, location_ids, password_hash, signed_in_at, session_id, work_until)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, role = excluded.role,
         location_ids = excluded.location_ids, password_hash = excluded.password_hash, signed_in_at = excluded.signed_in_at,
         session_id = excluded.session_id, work_until = excluded.work_until`,
    ).run(
      user.id,
      address,
      user.name,
      user.role,
      JSON.stringify(user.locationIds),
      await hash(password),
      now.toISOString(),
      session.id,
      session.workUntil,
    );
    db.prepare('DELETE FROM sign_in_failures WHERE email = ?').run(address);
    return { ok: true, user: { userId: user.id, name: user.name, email: address, role: user.role, offline: false }, sessionId: session.id };
  }
  if (online.failure.kind !== 'unreachable') {
    return fail('Onbekend e-mailadres of verkeerd wachtwoord.');
  }

  const cached = db
    .prepare('SELECT id, name, role, password_hash, signed_in_at, session_id, work_until FROM cached_users WHERE email = ?')
    .get(address) as
    | {
        id: string;
        name: string;
        role: 'manager' | 'assistant';
        password_hash: string;
        signed_in_at: string;
        session_id: string | null;
        work_until: string | null;
      }
    | undefined;
  if (!cached) {
    return {
      ok: false,
      code: 'unavailable',
      rule: 'auth.first_sign_in_online',
      message: 'De hub is niet bereikbaar. De eerste keer aanmelden op deze desk moet online gebeuren.',
    };
  }
  if (!(await verify(cached.password_hash, password))) return fail('Onbekend e-mailadres of verkeerd wachtwoord.');
  db.prepare('DELETE FROM sign_in_failures WHERE email = ?').run(address);
  if (!cached.session_id || !cached.work_until || now.getTime() >= Date.parse(cached.work_until)) {
    const days = cached.work_until ? Math.round((Date.parse(cached.work_until) - Date.parse(cached.signed_in_at)) / 86_400_000) : null;
    return {
      ok: false,
      code: 'unavailable',
      rule: 'auth.offline_expired',
      message:
        `De hub is niet bereikbaar en offline aanmelden kan niet meer${days ? ` (dat kan tot ${days} dagen na de laatste aanmelding met verbinding)` : ''}. ` +
        'Zorg voor verbinding met de hub en meld u opnieuw aan.',
    };
  }
  return {
    ok: true,
    user: { userId: cached.id, name: cached.name, email: address, role: cached.role, offline: true },
    sessionId: cached.session_id,
  };
}

/**
 * The hub said the session may no longer act (deactivated user, expired): the cached account
 * cannot sign in offline under it any more; an online sign-in gets a new one (or is refused).
 */
export function forgetCachedSession(db: Db, sessionId: string): void {
  db.prepare('UPDATE cached_users SET session_id = NULL, work_until = NULL WHERE session_id = ?').run(sessionId);
}
