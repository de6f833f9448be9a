/**
 * The synced rows in `sync_rows`, the one place that writes them. Every write takes the next
 * version of its space from `space_versions` with an UPDATE, which holds that row's lock until
 * the transaction ends: writers of one space queue behind each other (in every hub process), so
 * versions become visible in the order they were handed out and a pull cursor never skips one.
 */
import type { RowOf, TableName } from '../../../shared/model/tables';
import type { Queryable } from '../db/db';

/** Creates the version row of a space (once). */
export async function ensureSpace(q: Queryable, space: string, organisationId: string): Promise<void> {
  await q.query('INSERT INTO space_versions (space, organisation_id) VALUES ($1, $2) ON CONFLICT (space) DO NOTHING', [
    space,
    organisationId,
  ]);
}

/**
 * Locks the version rows of these spaces until the transaction ends, always in sorted order so
 * two transactions locking overlapping sets cannot deadlock.
 */
export async function lockSpaces(q: Queryable, spaces: readonly string[]): Promise<void> {
  for (const space of [...new Set(spaces)].sort()) {
    await q.query('SELECT version FROM space_versions WHERE space = $1 FOR UPDATE', [space]);
  }
}

async function nextVersion(q: Queryable, space: string): Promise<number> {
  const { rows } = await q.query<{ version: number }>(
    'UPDATE space_versions SET version = version + 1 WHERE space = $1 RETURNING version',
    [space],
  );
  const version = rows[0]?.version;
  if (version === undefined) throw new Error(`space ${space} has no version row`);
  return version;
}

/** Inserts or replaces a row, stamped with the space's next version; returns the version. */
export async function putRow(q: Queryable, space: string, table: TableName, id: string, row: object): Promise<number> {
  const version = await nextVersion(q, space);
  await q.query(
    `INSERT INTO sync_rows (space, tbl, id, version, deleted, row) VALUES ($1, $2, $3, $4, false, $5::jsonb)
     ON CONFLICT (space, tbl, id) DO UPDATE SET version = excluded.version, deleted = false, row = excluded.row`,
    [space, table, id, version, JSON.stringify(row)],
  );
  return version;
}

/** Replaces a row by a tombstone (so pulls learn of the delete), stamped with the next version. */
export async function tombstoneRow(q: Queryable, space: string, table: TableName, id: string): Promise<number> {
  const version = await nextVersion(q, space);
  await q.query('UPDATE sync_rows SET version = $4, deleted = true, row = NULL WHERE space = $1 AND tbl = $2 AND id = $3', [
    space,
    table,
    id,
    version,
  ]);
  return version;
}

/** The live row with this id in one of `spaces`, with its space. */
export async function getRow<T extends TableName>(
  q: Queryable,
  spaces: readonly string[],
  table: T,
  id: string,
): Promise<{ space: string; row: RowOf<T> } | null> {
  const { rows } = await q.query<{ space: string; row: RowOf<T> }>(
    'SELECT space, row FROM sync_rows WHERE space = ANY($1) AND tbl = $2 AND id = $3 AND NOT deleted ORDER BY space LIMIT 1',
    [[...spaces], table, id],
  );
  return rows[0] ?? null;
}

/** Spaces (of `spaces`) holding a live row with this id. */
export async function spacesHolding(q: Queryable, spaces: readonly string[], table: TableName, id: string): Promise<string[]> {
  const { rows } = await q.query<{ space: string }>(
    'SELECT space FROM sync_rows WHERE space = ANY($1) AND tbl = $2 AND id = $3 AND NOT deleted',
    [[...spaces], table, id],
  );
  return rows.map((r) => r.space);
}

/**
 * Live rows whose fields equal `where`. The GIN index answers the containment (`@>`); the exact
 * comparison afterwards keeps the meaning "equal" for arrays and objects too.
 */
export async function findRows<T extends TableName>(
  q: Queryable,
  spaces: readonly string[],
  table: T,
  where: Partial<RowOf<T>>,
): Promise<RowOf<T>[]> {
  const conditions = Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined));
  const { rows } = await q.query<{ row: RowOf<T> }>(
    'SELECT row FROM sync_rows WHERE space = ANY($1) AND tbl = $2 AND NOT deleted AND row @> $3::jsonb ORDER BY id',
    [[...spaces], table, JSON.stringify(conditions)],
  );
  return rows
    .map((r) => r.row)
    .filter((row) => Object.entries(conditions).every(([key, value]) => sameJson((row as Record<string, unknown>)[key], value)));
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
