/**
 * Who may send a device command (spec/devices.md, "Who may do what"). A desk command names the
 * person acting on the desk (`actor.userId`), as pushed mutations do; the hub decides with its own
 * tables, never with the role the desk wrote down:
 *
 *   the location must be one the desk is enrolled for             -> else 403 devices.location_not_enrolled
 *   the user must be active and of the desk's organisation        -> else 403 devices.unknown_actor
 *   the user's role at that location (user_roles) must be allowed -> else 403 devices.role_not_allowed
 *
 * The desk's credential proves the machine; the actor is the desk's word for who is signed in on
 * it. A stolen desk credential can therefore act as any person of the desk's own locations, but
 * never beyond them, and the audit log records the desk with every entry.
 */
import type { Role } from '../../../shared/model/roles';
import type { CommandActor } from '../../../shared/sync/deviceProtocol';
import type { AuthenticatedDevice } from '../auth/deviceAuth';
import type { Queryable } from '../db/db';
import { HubError } from '../http/hubError';

export type AuthorisedActor = { userId: string; name: string; role: Role };

const roleNames: Record<Role, string> = { manager: 'locatiemanager', assistant: 'assistent' };

export async function authoriseActor(
  q: Queryable,
  desk: AuthenticatedDevice,
  actor: CommandActor,
  locationId: string,
  allowed: readonly Role[],
  what: string,
): Promise<AuthorisedActor> {
  if (!desk.locationIds.includes(locationId)) {
    throw new HubError('forbidden', 'Deze desk is niet gekoppeld aan deze locatie en mag haar apparaten niet beheren.', {
      error: { rule: 'devices.location_not_enrolled' },
    });
  }
  const { rows } = await q.query<{ name: string; active: boolean; role: Role | null }>(
    `SELECT u.name, u.active, r.role
     FROM users u LEFT JOIN user_roles r ON r.user_id = u.id AND r.location_id = $3
     WHERE u.id = $1 AND u.organisation_id = $2`,
    [actor.userId, desk.organisationId, locationId],
  );
  const user = rows[0];
  if (!user || !user.active) {
    throw new HubError('forbidden', 'Deze gebruiker is onbekend of niet (meer) actief.', { error: { rule: 'devices.unknown_actor' } });
  }
  if (!user.role) {
    throw new HubError('forbidden', 'U heeft geen rol op deze locatie.', { error: { rule: 'devices.role_not_allowed' } });
  }
  if (!allowed.includes(user.role)) {
    throw new HubError('forbidden', `Met de rol ${roleNames[user.role]} mag u geen ${what}.`, {
      error: { rule: 'devices.role_not_allowed', params: { role: user.role } },
    });
  }
  return { userId: actor.userId, name: user.name, role: user.role };
}
