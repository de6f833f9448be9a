/**
 * The hub's own view of who made a mutation: the actor named on the wire must be an active user
 * of the device's organisation; its name comes from `users` and its role per location from
 * `user_roles`, never from what the desk wrote into the mutation.
 */
import type { Role } from '../../../shared/model/roles';
import type { Queryable } from '../db/db';

export type KnownActor = { name: string; roles: Map<string, Role> };

/** The user's name and role per location id, or null when unknown, inactive or of another organisation. */
export async function activeActor(q: Queryable, organisationId: string, userId: string): Promise<KnownActor | null> {
  const { rows } = await q.query<{ active: boolean; name: string; location_id: string | null; role: Role | null }>(
    `SELECT u.active, u.name, r.location_id, r.role
     FROM users u LEFT JOIN user_roles r ON r.user_id = u.id
     WHERE u.id = $1 AND u.organisation_id = $2`,
    [userId, organisationId],
  );
  if (rows.length === 0 || !rows[0]!.active) return null;
  const roles = new Map<string, Role>();
  for (const row of rows) if (row.location_id && row.role) roles.set(row.location_id, row.role);
  return { name: rows[0]!.name, roles };
}
