/**
 * Parents of the portal: a token per parent, bound to the organisation and the children the
 * parent may submit for (one family). Issued by the admin command; kept only as SHA-256, like a
 * desk's credential (a token with 256 random bits needs no slow hash).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { ChildRow } from '../../../shared/model/rows';
import { bearerTokenOf, sha256Hex } from '../auth/credentials';
import type { Queryable } from '../db/db';
import { HubError } from '../http/hubError';
import { getRow } from '../sync/rowStore';

/** Prefix that makes a leaked parent token recognisable. */
const TOKEN_PREFIX = 'odp_';

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
  input: { organisationId: string; name: string; email?: string; childIds: readonly string[] },
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
    'INSERT INTO parents (id, organisation_id, name, email, family_id, child_ids, token_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [parentId, input.organisationId, input.name, input.email ?? null, [...families][0], [...input.childIds], sha256Hex(token)],
  );
  return { parentId, token };
}

/** The parent presenting the bearer token; 401 (nothing else said) when it is missing, unknown or inactive. */
export async function authenticateParent(q: Queryable, request: FastifyRequest): Promise<Parent> {
  const token = bearerTokenOf(request.headers.authorization);
  const refused = new HubError('unauthorized', 'Deze toegangscode voor het ouderportaal is onbekend of niet meer geldig.', {
    error: { rule: 'portal.token_invalid' },
  });
  if (!token || !token.startsWith(TOKEN_PREFIX)) throw refused;
  const { rows } = await q.query<{ id: string; organisation_id: string; name: string; family_id: string; child_ids: string[] }>(
    'UPDATE parents SET last_used_at = now() WHERE token_hash = $1 AND active RETURNING id, organisation_id, name, family_id, child_ids',
    [sha256Hex(token)],
  );
  const row = rows[0];
  if (!row) throw refused;
  return { id: row.id, organisationId: row.organisation_id, name: row.name, familyId: row.family_id, childIds: row.child_ids };
}
