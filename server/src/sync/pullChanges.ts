/**
 * The rows a device has not seen yet: per space (sorted by wire name), versions above its cursor,
 * in version order, at most `pageSize` in all; `hasMore` when a page was cut short. Runs inside
 * the pull's read-only snapshot so changes, cursors and `lastMutationId` agree with each other.
 */
import type { Change, Control } from '../../../shared/sync/protocol';
import type { TableName } from '../../../shared/model/tables';
import type { Queryable } from '../db/db';
import { toStoredSpace } from './spaces';

export type PullPage = { changes: Change[]; cursors: Record<string, number>; hasMore: boolean; resets: Control[] };

type StoredChange = { tbl: TableName; id: string; version: number; deleted: boolean; row: Record<string, unknown> | null };

export async function pullChanges(
  q: Queryable,
  organisationId: string,
  wireSpaces: readonly string[],
  cursors: Readonly<Record<string, number>>,
  pageSize: number,
): Promise<PullPage> {
  const stored = wireSpaces.map((space) => toStoredSpace(organisationId, space));
  const { rows: versions } = await q.query<{ space: string; version: number }>(
    'SELECT space, version FROM space_versions WHERE space = ANY($1)',
    [stored],
  );
  const current = new Map(versions.map((v) => [v.space, v.version]));

  const page: PullPage = { changes: [], cursors: {}, hasMore: false, resets: [] };
  let remaining = pageSize;
  for (const space of [...wireSpaces].sort()) {
    const storedSpace = toStoredSpace(organisationId, space);
    let from = cursors[space] ?? 0;
    // A cursor beyond anything this hub handed out (a restored or replaced hub): start over.
    if (from > (current.get(storedSpace) ?? 0)) {
      page.resets.push({ type: 'reset', space });
      from = 0;
    }
    page.cursors[space] = from;
    if (page.hasMore) continue;
    const { rows } = await q.query<StoredChange>(
      'SELECT tbl, id, version, deleted, row FROM sync_rows WHERE space = $1 AND version > $2 ORDER BY version LIMIT $3',
      [storedSpace, from, remaining + 1],
    );
    const taken = rows.slice(0, remaining);
    for (const r of taken)
      page.changes.push({ space, table: r.tbl, id: r.id, version: r.version, deleted: r.deleted, row: r.deleted ? null : r.row });
    const lastTaken = taken[taken.length - 1];
    if (lastTaken) page.cursors[space] = lastTaken.version;
    remaining -= taken.length;
    if (rows.length > taken.length) page.hasMore = true;
  }
  return page;
}
