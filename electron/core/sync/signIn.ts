/**
 * Signing in on an enrolled desk with a hub account. Online, the hub checks the password and the
 * desk keeps its own argon2 hash of it; when the hub cannot be reached, the desk checks against
 * that hash, so a branch office without connection can still work. Attempts are limited per
 * e-mail address, online and offline alike.
 */
import { hash, verify } from '@node-rs/argon2';
import type { SignedInUser } from '../../../shared/contract/views';
import type { Db } from '../store/database';
import type { HubClient } from './hubClient';

/** At most this many failed attempts per address within the window. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MINUTES = 15;

export type SignInOutcome =
  { ok: true; user: SignedInUser } | { ok: false; code: 'unauthorized' | 'forbidden' | 'unavailable'; rule: string; message: string };

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
    const { user } = online.value;
    if (!user.locationIds.some((id) => locationIds.includes(id))) {
      return {
        ok: false,
        code: 'forbidden',
        rule: 'auth.not_at_this_location',
        message: 'Dit account werkt niet op de locaties van deze desk.',
      };
    }
    db.prepare(
      `INSERT INTO cached_users (id, email, name, role, location_ids, password_hash, signed_in_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET email = excluded.email, name = excluded.name, role = excluded.role,
         location_ids = excluded.location_ids, password_hash = excluded.password_hash, signed_in_at = excluded.signed_in_at`,
    ).run(user.id, address, user.name, user.role, JSON.stringify(user.locationIds), await hash(password), now.toISOString());
    db.prepare('DELETE FROM sign_in_failures WHERE email = ?').run(address);
    return { ok: true, user: { userId: user.id, name: user.name, email: address, role: user.role, offline: false } };
  }
  if (online.failure.kind !== 'unreachable') {
    return fail('Onbekend e-mailadres of verkeerd wachtwoord.');
  }

  const cached = db.prepare('SELECT id, name, role, password_hash FROM cached_users WHERE email = ?').get(address) as
    { id: string; name: string; role: 'manager' | 'assistant'; password_hash: string } | undefined;
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
  return { ok: true, user: { userId: cached.id, name: cached.name, email: address, role: cached.role, offline: true } };
}
