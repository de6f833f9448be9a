/**
 * The rows of one location due for deletion (shared/domain/retention): a child due with everything
 * recorded about it, and the dated records past their period. The dated records are chosen in SQL
 * by `date < cutoff` (the pure rule `isDue` on `YYYY-MM-DD` text) so a location's years of
 * attendance never travel to the hub process; children and requests are judged by the pure rules.
 */
import { tablesKeyedByChild, tablesKeyedByPlacement, tablesNamingChild } from '../../../shared/domain/retention/childRecords';
import { isChildDue, isRequestDue, type RetentionCutoffs } from '../../../shared/domain/retention/retention';
import type { RequestStatus } from '../../../shared/domain/requests/request';
import { instantAtLocal } from '../../../shared/domain/requests/requestTime';
import type { TableName } from '../../../shared/model/tables';
import type { Queryable } from '../db/db';

export type DueRow = { table: TableName; id: string };
export type DueInLocation = { rows: DueRow[]; childIds: string[]; requestIds: string[] };

type Found = { tbl: TableName; id: string };

/** Children of the location whose every contract ended before the cutoff. */
async function dueChildren(q: Queryable, space: string, cutoff: string): Promise<{ childIds: string[]; placementIds: string[] }> {
  const { rows } = await q.query<{ id: string; child_id: string; end_date: string | null }>(
    `SELECT id, row ->> 'childId' AS child_id, row ->> 'endDate' AS end_date FROM sync_rows
     WHERE space = $1 AND tbl = 'placements' AND NOT deleted`,
    [space],
  );
  const byChild = new Map<string, { id: string; endDate: string | null }[]>();
  for (const r of rows) byChild.set(r.child_id, [...(byChild.get(r.child_id) ?? []), { id: r.id, endDate: r.end_date }]);
  const childIds = [...byChild].filter(([, placements]) => isChildDue(placements, cutoff)).map(([childId]) => childId);
  return { childIds, placementIds: childIds.flatMap((id) => byChild.get(id)!.map((p) => p.id)) };
}

/** Everything recorded about these children in the location. */
async function rowsOfChildren(q: Queryable, space: string, childIds: string[], placementIds: string[]): Promise<Found[]> {
  if (childIds.length === 0) return [];
  const { rows } = await q.query<Found>(
    `SELECT tbl, id FROM sync_rows WHERE space = $1 AND NOT deleted AND (
       (tbl = ANY($2) AND id = ANY($4)) OR (tbl = ANY($3) AND row ->> 'childId' = ANY($4)) OR (tbl = ANY($5) AND id = ANY($6)))`,
    [space, [...tablesKeyedByChild], [...tablesNamingChild], childIds, [...tablesKeyedByPlacement], placementIds],
  );
  return rows;
}

/** Decided requests whose last day is before the cutoff, and what hangs off them. */
async function dueRequests(q: Queryable, space: string, cutoff: string): Promise<{ requestIds: string[]; rows: Found[] }> {
  const { rows } = await q.query<{ id: string; end_date: string; status: RequestStatus }>(
    `SELECT id, row ->> 'endDate' AS end_date, row ->> 'status' AS status FROM sync_rows
     WHERE space = $1 AND tbl = 'requests' AND NOT deleted AND row ->> 'endDate' < $2`,
    [space, cutoff],
  );
  const requestIds = rows.filter((r) => isRequestDue({ endDate: r.end_date, status: r.status }, cutoff)).map((r) => r.id);
  if (requestIds.length === 0) return { requestIds, rows: [] };
  const { rows: attached } = await q.query<Found>(
    `SELECT tbl, id FROM sync_rows WHERE space = $1 AND NOT deleted
     AND tbl IN ('requestEvents', 'requestTasks', 'billingLines') AND row ->> 'requestId' = ANY($2)`,
    [space, requestIds],
  );
  return { requestIds, rows: [...requestIds.map((id): Found => ({ tbl: 'requests', id })), ...attached] };
}

/** Records past their own period: by date, by the end of their validity, by the instant of a view. */
async function dueDated(q: Queryable, space: string, cutoffs: RetentionCutoffs): Promise<Found[]> {
  const { rows } = await q.query<Found>(
    `SELECT tbl, id FROM sync_rows WHERE space = $1 AND NOT deleted AND (
       (tbl = 'attendance' AND row ->> 'date' < $2) OR (tbl = 'latePickups' AND row ->> 'date' < $3)
       OR (tbl = 'billingLines' AND row ->> 'date' < $4) OR (tbl = 'hourLedger' AND row ->> 'validUntil' < $4)
       OR (tbl = 'childViews' AND row ->> 'at' < $5))`,
    [space, cutoffs.attendance, cutoffs.latePickups, cutoffs.requests, instantAtLocal(cutoffs.childViews, 0)],
  );
  return rows;
}

export async function dueInLocation(q: Queryable, space: string, cutoffs: RetentionCutoffs): Promise<DueInLocation> {
  const children = await dueChildren(q, space, cutoffs.children);
  const requests = await dueRequests(q, space, cutoffs.requests);
  const found = [
    ...(await rowsOfChildren(q, space, children.childIds, children.placementIds)),
    ...requests.rows,
    ...(await dueDated(q, space, cutoffs)),
  ];
  const seen = new Set<string>();
  const rows: DueRow[] = [];
  for (const f of found) {
    const key = `${f.tbl}\u0000${f.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ table: f.tbl, id: f.id });
  }
  const childRequestIds = rows.filter((r) => r.table === 'requests').map((r) => r.id);
  return { rows, childIds: children.childIds, requestIds: childRequestIds };
}
