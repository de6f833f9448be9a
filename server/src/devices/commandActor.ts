/**
 * Who may send a device command (spec/devices.md, "Who may do what"). A desk command names the
 * session of the person acting on the desk (auth/userSessions.ts), as pushed mutations do; the
 * hub finds the person from it and decides with its own tables:
 *
 *   the location must be one the desk is enrolled for             -> else 403 devices.location_not_enrolled
 *   the session must be this desk's, and valid (see `at`)         -> else 401 hub.unknown_session,
 *                                                                     hub.session_ended, hub.session_expired
 *   the user's role at that location (user_roles) must be allowed -> else 403 devices.role_not_allowed
 *
 * The desk's credential proves the machine, the session the person: a desk credential alone acts
 * as nobody.
 */
import type { Role } from '../../../shared/model/roles';
import { MAX_CLOCK_SKEW_MS } from '../../../shared/sync/protocol';
import type { AuthenticatedDevice } from '../auth/deviceAuth';
import { nowRefusal, sessionFacts, workRefusal } from '../auth/userSessions';
import type { Queryable } from '../db/db';
import { HubError } from '../http/hubError';

export type AuthorisedActor = { userId: string; name: string; role: Role };

/**
 * When the session must have been valid: `now` for what acts now (pairing codes, lists, the log:
 * its online window), or the instant the person gave a queued command (a revocation: its work
 * window, as for pushed changes; never ahead of the hub's clock).
 */
export type CommandTime = { now: Date; givenAt?: string };

const roleNames: Record<Role, string> = { manager: 'locatiemanager', assistant: 'assistent' };

export async function authoriseActor(
  q: Queryable,
  desk: AuthenticatedDevice,
  sessionId: string,
  locationId: string,
  allowed: readonly Role[],
  what: string,
  time: CommandTime,
): Promise<AuthorisedActor> {
  if (!desk.locationIds.includes(locationId)) {
    throw new HubError('forbidden', 'Deze desk is niet gekoppeld aan deze locatie en mag haar apparaten niet beheren.', {
      error: { rule: 'devices.location_not_enrolled' },
    });
  }
  const session = await sessionFacts(q, desk.id, sessionId);
  if (!session) {
    throw new HubError('unauthorized', 'Deze aanmelding is onbekend op deze desk. Meld u opnieuw aan.', {
      error: { rule: 'hub.unknown_session' },
    });
  }
  const now = time.now.getTime();
  const givenAt = time.givenAt === undefined ? undefined : Date.parse(time.givenAt);
  if (givenAt !== undefined && givenAt > now + MAX_CLOCK_SKEW_MS) {
    throw new HubError('validation_failed', 'Deze opdracht is gedateerd na de tijd van de hub; de klok van deze desk loopt voor.', {
      error: { rule: 'hub.created_in_future' },
    });
  }
  const refusal = givenAt === undefined ? nowRefusal(session, now) : workRefusal(session, givenAt);
  if (refusal) throw new HubError('unauthorized', refusal.message, { error: { rule: refusal.rule } });
  const role = session.roles.get(locationId);
  if (!role) {
    throw new HubError('forbidden', 'U heeft geen rol op deze locatie.', { error: { rule: 'devices.role_not_allowed' } });
  }
  if (!allowed.includes(role)) {
    throw new HubError('forbidden', `Met de rol ${roleNames[role]} mag u geen ${what}.`, {
      error: { rule: 'devices.role_not_allowed', params: { role } },
    });
  }
  return { userId: session.userId, name: session.name, role };
}
