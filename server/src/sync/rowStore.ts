/**
 * The synced rows in `sync_rows`, the one place that writes them. Every write takes the next
 * version of its space from `space_versions` while holding that row's lock until the transaction
 * ends (`putRow`/`tombstoneRow` with an UPDATE; a push batch with `lockSpaces` and, at its end,
 * `writeRows` + `setSpaceVersions`): writers of one space queue behind each other (in every hub
 * process), so versions become visible in the order they were handed out and a pull cursor never
 * skips one.
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
 * Locks the version rows of these spaces until the transaction ends and returns their versions.
 * One statement, rows locked in `ORDER BY space` order, so two transactions locking overlapping
 * sets cannot deadlock. `share` lets other readers lock the same rows but keeps every writer of
 * the space (`putRow`, `tombstoneRow`, another batch's `update`) waiting until the end.
 */
export async function lockSpaces(
  q: Queryable,
  spaces: readonly string[],
  mode: 'update' | 'share' = 'update',
): Promise<Map<string, number>> {
  if (spaces.length === 0) return new Map();
  const { rows } = await q.query<{ space: string; version: number }>(
    `SELECT space, version FROM space_versions WHERE space = ANY($1) ORDER BY space FOR ${mode === 'update' ? 'UPDATE' : 'SHARE'}`,
    [[...new Set(spaces)]],
  );
  return new Map(rows.map((r) => [r.space, Number(r.version)]));
}

/** Sets the versions of spaces locked with `lockSpaces(..., 'update')` in this transaction. */
export async function setSpaceVersions(q: Queryable, versions: ReadonlyMap<string, number>): Promise<void> {
  if (versions.size === 0) return;
  await q.query(
    `UPDATE space_versions AS s SET version = v.version
     FROM jsonb_to_recordset($1::jsonb) AS v(space text, version bigint) WHERE s.space = v.space`,
    [JSON.stringify([...versions].map(([space, version]) => ({ space, version })))],
  );
}

/** One row's new state: the row, or null for a tombstone. */
export type RowWrite = { space: string; table: TableName; id: string; version: number; row: object | null };

/**
 * Writes these rows (at most one per space, table and id) in one statement, with the versions
 * they carry: the caller took them from spaces it holds locked (`lockSpaces`).
 */
export async function writeRows(q: Queryable, writes: readonly RowWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await q.query(
    `INSERT INTO sync_rows (space, tbl, id, version, deleted, row)
     SELECT w.space, w.tbl, w.id, w.version, w.row IS NULL, w.row
     FROM jsonb_to_recordset($1::jsonb) AS w(space text, tbl text, id text, version bigint, "row" jsonb)
     ON CONFLICT (space, tbl, id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted, row = excluded.row`,
    [JSON.stringify(writes.map((w) => ({ space: w.space, tbl: w.table, id: w.id, version: w.version, row: w.row })))],
  );
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

/** Live rows of `table` with these ids in one of `spaces`, with their spaces. */
export async function liveRowsById<T extends TableName>(
  q: Queryable,
  spaces: readonly string[],
  table: T,
  ids: readonly string[],
): Promise<{ space: string; id: string; row: RowOf<T> }[]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<{ space: string; id: string; row: RowOf<T> }>(
    'SELECT space, id, row FROM sync_rows WHERE space = ANY($1) AND tbl = $2 AND id = ANY($3) AND NOT deleted',
    [[...spaces], table, [...ids]],
  );
  return rows;
}

const PLAIN_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A field name that may be written into SQL as a literal (`row ->> 'staffId'`). */
export function isPlainField(field: string): boolean {
  return PLAIN_FIELD.test(field);
}

/**
 * Live rows whose fields equal `where`, with their spaces, in no particular order. The equality
 * of a string field is also asked as `row ->> 'field' = value`, which the expression indexes of
 * the mutators' lookups answer (migration 003); the containment (`@>`, GIN) holds for the rest,
 * and the exact comparison afterwards keeps the meaning "equal" for arrays and objects too.
 */
export async function findLiveRows<T extends TableName>(
  q: Queryable,
  spaces: readonly string[],
  table: T,
  where: Partial<RowOf<T>>,
  orderById = false,
): Promise<{ space: string; id: string; row: RowOf<T> }[]> {
  const conditions = definedFields(where);
  const params: unknown[] = [[...spaces], table, JSON.stringify(conditions)];
  let sql = 'SELECT space, id, row FROM sync_rows WHERE space = ANY($1) AND tbl = $2 AND NOT deleted AND row @> $3::jsonb';
  for (const [field, value] of Object.entries(conditions)) {
    if (typeof value !== 'string' || !isPlainField(field)) continue;
    params.push(value);
    sql += ` AND row ->> '${field}' = $${params.length}`;
  }
  if (orderById) sql += ' ORDER BY id';
  const { rows } = await q.query<{ space: string; id: string; row: RowOf<T> }>(sql, params);
  return rows.filter((r) => fieldsEqual(r.row, conditions));
}

/**
 * Live rows whose string fields `fields` (plain names) hold one of the combinations of values
 * given column by column (`columns[i][j]`: the value of `fields[i]` in combination j), with
 * their spaces. The caller compares exactly (`fieldsEqual`): `->>` also matches numbers.
 */
export async function findLiveRowsAmong(
  q: Queryable,
  spaces: readonly string[],
  table: TableName,
  fields: readonly string[],
  columns: readonly (readonly string[])[],
): Promise<{ space: string; id: string; row: object }[]> {
  if (fields.length === 0 || fields.length !== columns.length || !fields.every(isPlainField))
    throw new Error('findLiveRowsAmong: bad fields');
  const values = fields.map((_, i) => `$${i + 3}::text[]`).join(', ');
  const names = fields.map((_, i) => `v${i}`);
  const joins = fields.map((field, i) => `s.row ->> '${field}' = k.${names[i]!}`).join(' AND ');
  const { rows } = await q.query<{ space: string; id: string; row: object }>(
    `SELECT s.space, s.id, s.row FROM unnest(${values}) AS k(${names.join(', ')})
     JOIN sync_rows s ON ${joins}
     WHERE s.space = ANY($1) AND s.tbl = $2 AND NOT s.deleted`,
    [[...spaces], table, ...columns.map((column) => [...column])],
  );
  return rows;
}

/** Live rows whose fields equal `where`, ordered by id. */
export async function findRows<T extends TableName>(
  q: Queryable,
  spaces: readonly string[],
  table: T,
  where: Partial<RowOf<T>>,
): Promise<RowOf<T>[]> {
  return (await findLiveRows(q, spaces, table, where, true)).map((r) => r.row);
}

/** `where` without its undefined fields (they ask nothing). */
export function definedFields(where: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(where).filter(([, value]) => value !== undefined));
}

/** Whether every field of `conditions` equals the row's (JSON equality). */
export function fieldsEqual(row: object, conditions: Record<string, unknown>): boolean {
  return Object.entries(conditions).every(([key, value]) => sameJson((row as Record<string, unknown>)[key], value));
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
