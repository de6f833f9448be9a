/**
 * Parents of the portal: a token per parent, bound to the organisation and the children the
 * parent may submit for (one family). Issued by the admin command; kept only as SHA-256, like a
 * desk's credential (a token with 256 random bits needs no slow hash). A token is valid for the
 * hub's `parentTokenDays` from its issue, by the hub's clock, until the admin command revokes it
 * (migration 009).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { ChildRow } from '../../../shared/model/rows';
import { bearerTokenOf, sha256Hex } from '../auth/credentials';
import type { Queryable } from '../db/db';
import { HubError } from '../http/hubError';
import { getRow } from '../sync/rowStore';
import { dutchDate } from '../../../shared/domain/latePickup/letters';
import { localDateAt, localMinutesAt } from '../../../shared/domain/time/localDate';
import { formatTime } from '../../../shared/domain/time/timeOfDay';

/** Prefix that makes a leaked parent token recognisable. */
const TOKEN_PREFIX = 'odp_';

/** How long a parent's token is valid from its issue (HUB_PARENT_TOKEN_DAYS). */
export const DEFAULT_PARENT_TOKEN_DAYS = 90;
const DAY_MS = 24 * 60 * 60_000;

export type Parent = { id: string; organisationId: string; name: string; familyId: string; childIds: string[] };

/** The organisation's location ids: the spaces a parent's children live in. */
export async function locationIdsOf(q: Queryable, organisationId: string): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>('SELECT id FROM locations WHERE organisation_id = $1 ORDER BY id', [organisationId]);
  return rows.map((r) => r.id);
}

/** The child's synced row in one of the organisation's locations, or null. */
export async function childOf(q: Queryable, organisationId: string, childId: string): Promise<ChildRow | null> {
  const found = await getRow(q, await locationIdsOf(q, organisationId), 'children', childId);
  return found?.row ?? null;
}

/**
 * Registers a parent for `childIds` (all of one family, in this organisation) and returns the
 * token, shown once. Run it in a transaction.
 */
export async function issueParentToken(
  q: Queryable,
  input: { organisationId: string; name: string; email?: string; childIds: readonly string[]; issuedAt: Date },
): Promise<{ parentId: string; token: string }> {
  if (input.childIds.length === 0) throw new Error('a parent needs at least one child');
  const families = new Set<string>();
  for (const childId of input.childIds) {
    const child = await childOf(q, input.organisationId, childId);
    if (!child) throw new Error(`child ${childId} is not a child of this organisation`);
    families.add(child.familyId);
  }
  if (families.size !== 1) throw new Error('the children of one parent belong to one family');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const parentId = uuidv7();
  await q.query(
    'INSERT INTO parents (id, organisation_id, name, email, family_id, child_ids, token_hash, issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [
      parentId,
      input.organisationId,
      input.name,
      input.email ?? null,
      [...families][0],
      [...input.childIds],
      sha256Hex(token),
      input.issuedAt.toISOString(),
    ],
  );
  return { parentId, token };
}

/** When a token issued at `issuedAt` stops being valid: at this moment itself it is expired. */
export function parentTokenExpiresAt(issuedAt: Date, validDays: number): Date {
  return new Date(issuedAt.getTime() + validDays * DAY_MS);
}

/**
 * The parent presenting the bearer token, at the hub's `now`; 401 when it is missing or unknown,
 * revoked, or expired (each with its own rule and a Dutch message: the parent asks the location
 * for a new one).
 */
export async function authenticateParent(q: Queryable, request: FastifyRequest, at: { now: Date; validDays: number }): Promise<Parent> {
  const token = bearerTokenOf(request.headers.authorization);
  const unknown = new HubError('unauthorized', 'Deze toegangscode voor het ouderportaal is onbekend of niet meer geldig.', {
    error: { rule: 'portal.token_invalid' },
  });
  if (!token || !token.startsWith(TOKEN_PREFIX)) throw unknown;
  const { rows } = await q.query<{
    id: string;
    organisation_id: string;
    name: string;
    family_id: string;
    child_ids: string[];
    active: boolean;
    issued_at: Date | string;
  }>('SELECT id, organisation_id, name, family_id, child_ids, active, issued_at FROM parents WHERE token_hash = $1', [sha256Hex(token)]);
  const row = rows[0];
  if (!row) throw unknown;
  if (!row.active) {
    throw new HubError(
      'unauthorized',
      'Deze toegangscode voor het ouderportaal is ingetrokken. Vraag de opvang om een nieuwe toegangscode.',
      { error: { rule: 'portal.token_revoked' } },
    );
  }
  const expiresAt = parentTokenExpiresAt(new Date(row.issued_at), at.validDays);
  if (at.now.getTime() >= expiresAt.getTime()) {
    throw new HubError(
      'unauthorized',
      `Deze toegangscode voor het ouderportaal is verlopen (geldig tot ${dutchMoment(expiresAt)}). Vraag de opvang om een nieuwe toegangscode.`,
      { error: { rule: 'portal.token_expired', params: { expiresAt: expiresAt.toISOString() } } },
    );
  }
  await q.query('UPDATE parents SET last_used_at = $2 WHERE id = $1', [row.id, at.now.toISOString()]);
  return { id: row.id, organisationId: row.organisation_id, name: row.name, familyId: row.family_id, childIds: row.child_ids };
}

/** Ends a parent's token for good (`hub:admin revoke-parent-token`); false when there is no active parent with this id. */
export async function revokeParentToken(q: Queryable, parentId: string, reason: string, now: Date): Promise<boolean> {
  const { rows } = await q.query<{ id: string }>(
    'UPDATE parents SET active = false, revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND active RETURNING id',
    [parentId, now.toISOString(), reason],
  );
  return rows.length > 0;
}

/** `maandag 22 februari 2027 om 10:00`, Amsterdam time, as a letter to the parent says it. */
function dutchMoment(at: Date): string {
  return `${dutchDate(localDateAt(at))} om ${formatTime(localMinutesAt(at))}`;
}
