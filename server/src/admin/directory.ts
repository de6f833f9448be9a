/**
 * The hub's directory: organisations, locations, users and their roles, devices. Used by the admin
 * command, the demo loader and the tests. Organisations and locations are also synced rows (the
 * desk shows them), so creating one writes both the registry row and its synced row.
 */
import { v7 as uuidv7 } from 'uuid';
import type { LocationRow, OrganisationRow } from '../../../shared/model/rows';
import type { Role } from '../../../shared/model/roles';
import { hashPassword } from '../auth/passwords';
import { endSessionsOf } from '../auth/userSessions';
import type { Queryable } from '../db/db';
import { ensureSpace, putRow } from '../sync/rowStore';
import { orgSpaceOf } from '../sync/spaces';

export async function createOrganisation(
  q: Queryable,
  input: { id?: string; name: string; settings?: Record<string, unknown> },
): Promise<OrganisationRow> {
  const row: OrganisationRow = { id: input.id ?? uuidv7(), name: input.name, settings: input.settings ?? {} };
  await q.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [row.id, row.name]);
  const space = orgSpaceOf(row.id);
  await ensureSpace(q, space, row.id);
  await putRow(q, space, 'organisations', row.id, row);
  return row;
}

export async function createLocation(
  q: Queryable,
  input: { id?: string; organisationId: string; name: string; code: string; opensAt?: number; closesAt?: number },
): Promise<LocationRow> {
  const row: LocationRow = {
    id: input.id ?? uuidv7(),
    organisationId: input.organisationId,
    name: input.name,
    code: input.code,
    opensAt: input.opensAt ?? 7 * 60,
    closesAt: input.closesAt ?? 19 * 60,
    lrkNumber: null,
    address: null,
    openDays: [1, 2, 3, 4, 5],
  };
  await q.query('INSERT INTO locations (id, organisation_id, name, code) VALUES ($1, $2, $3, $4)', [
    row.id,
    row.organisationId,
    row.name,
    row.code,
  ]);
  await ensureSpace(q, row.id, row.organisationId);
  await putRow(q, row.id, 'locations', row.id, row);
  return row;
}

/**
 * Creates the user, or (same email in the organisation) keeps the existing one; then gives it
 * `role` at `locationId` (replacing a role it had there). The password of an existing user is
 * changed only when `password` is given. Run it in a transaction to make it all-or-nothing.
 */
export async function createUser(
  q: Queryable,
  input: { organisationId: string; email: string; name: string; password?: string; locationId?: string; role?: Role },
): Promise<{ id: string; created: boolean }> {
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
  const { rows } = await q.query<{ id: string }>('SELECT id FROM users WHERE organisation_id = $1 AND lower(email) = lower($2)', [
    input.organisationId,
    input.email,
  ]);
  let id = rows[0]?.id;
  const created = id === undefined;
  if (id === undefined) {
    if (passwordHash === undefined) throw new Error('a new user needs a password');
    id = uuidv7();
    await q.query('INSERT INTO users (id, organisation_id, email, name, password_hash) VALUES ($1, $2, $3, $4, $5)', [
      id,
      input.organisationId,
      input.email.trim(),
      input.name,
      passwordHash,
    ]);
  } else if (passwordHash !== undefined) {
    await q.query('UPDATE users SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
  }
  if (input.locationId && input.role) {
    const { rows: found } = await q.query('SELECT 1 FROM locations WHERE id = $1 AND organisation_id = $2', [
      input.locationId,
      input.organisationId,
    ]);
    if (found.length === 0) throw new Error(`location ${input.locationId} is not a location of this organisation`);
    await q.query(
      'INSERT INTO user_roles (user_id, location_id, role) VALUES ($1, $2, $3) ON CONFLICT (user_id, location_id) DO UPDATE SET role = excluded.role',
      [id, input.locationId, input.role],
    );
  }
  return { id, created };
}

/** The id of the user with this e-mail address in the organisation; throws when there is none. */
export async function userByEmail(q: Queryable, organisationId: string, email: string): Promise<string> {
  const { rows } = await q.query<{ id: string }>('SELECT id FROM users WHERE organisation_id = $1 AND lower(email) = lower($2)', [
    organisationId,
    email.trim(),
  ]);
  if (!rows[0]) throw new Error(`no user ${email} in organisation ${organisationId}`);
  return rows[0].id;
}

/**
 * Deactivates a user at `now` (the hub's clock) and ends their sessions: work they made before
 * `now` still counts when it arrives, later work and every desk's next contact refuse them.
 * Reactivating needs a new sign-in. False when the user was not found or already inactive.
 */
export async function deactivateUser(q: Queryable, userId: string, now: Date): Promise<boolean> {
  const { rowCount } = await q.query('UPDATE users SET active = false, deactivated_at = $2::timestamptz WHERE id = $1 AND active', [
    userId,
    now.toISOString(),
  ]);
  if (rowCount === 0) return false;
  await endSessionsOf(q, { userId }, 'deactivated', now);
  return true;
}

export async function reactivateUser(q: Queryable, userId: string): Promise<void> {
  await q.query('UPDATE users SET active = true, deactivated_at = NULL WHERE id = $1', [userId]);
}

/**
 * Ends a device's access for good at `now`: its next request is refused with `revoked` (with
 * `wipe`, the desk also deletes its store), and the sessions issued on it end.
 */
export async function revokeDevice(q: Queryable, deviceId: string, reason: string, now: Date, wipe = false): Promise<boolean> {
  const { rowCount } = await q.query(
    "UPDATE devices SET status = 'revoked', revoked_at = $3::timestamptz, revoked_reason = $2, wipe = $4 WHERE id = $1 AND status = 'active'",
    [deviceId, reason, now.toISOString(), wipe],
  );
  if (rowCount === 0) return false;
  await endSessionsOf(q, { deviceId }, 'device_revoked', now);
  return true;
}
