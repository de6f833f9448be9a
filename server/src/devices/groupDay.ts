/**
 * A group's day as its iPad sees it: the children expected today with their times (the shared
 * planned presence, the same plan the desk's roster shows) and the staff on shift in the group,
 * read from the location's synced rows.
 */
import { plannedPresenceOn } from '../../../shared/domain/plan/plannedPresence';
import { formatTime } from '../../../shared/domain/time/timeOfDay';
import type { ChildRow, GroupRow, PlacementRow, ShiftRow, StaffRow } from '../../../shared/model/rows';
import type { TableName } from '../../../shared/model/tables';
import type { DeviceDayResponse } from '../../../shared/sync/deviceProtocol';
import type { Queryable } from '../db/db';
import { findRows, getRow } from '../sync/rowStore';

async function rowsById<T>(q: Queryable, space: string, table: TableName, ids: readonly string[]): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<{ id: string; row: T }>(
    'SELECT id, row FROM sync_rows WHERE space = $1 AND tbl = $2 AND id = ANY($3) AND NOT deleted',
    [space, table, [...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.row]));
}

export async function groupDay(
  q: Queryable,
  locationId: string,
  groupId: string,
  date: string,
): Promise<Omit<DeviceDayResponse, 'lease' | 'serverTime'> | null> {
  const group = await getRow(q, [locationId], 'groups', groupId);
  if (!group) return null;
  const g = group.row as GroupRow;
  const placements = (await findRows(q, [locationId], 'placements', { groupId })) as PlacementRow[];
  const stays = plannedPresenceOn(placements, date).filter((s) => s.groupId === groupId);
  const children = await rowsById<ChildRow>(
    q,
    locationId,
    'children',
    stays.map((s) => s.childId),
  );
  const shifts = ((await findRows(q, [locationId], 'shifts', { groupId, date })) as ShiftRow[]).sort((a, b) => a.start - b.start);
  const staff = await rowsById<StaffRow>(
    q,
    locationId,
    'staff',
    shifts.map((s) => s.staffId),
  );
  return {
    date,
    locationId,
    group: { id: g.id, name: g.name, careType: g.careType },
    children: stays
      .sort((a, b) => a.start - b.start || a.childId.localeCompare(b.childId))
      .flatMap((s) => {
        const child = children.get(s.childId);
        return child
          ? [
              {
                childId: s.childId,
                firstName: child.firstName,
                lastName: child.lastName,
                start: formatTime(s.start),
                end: formatTime(s.end),
              },
            ]
          : [];
      }),
    staff: shifts.flatMap((s) => {
      const person = staff.get(s.staffId);
      return person
        ? [
            {
              staffId: s.staffId,
              firstName: person.firstName,
              lastName: person.lastName,
              start: formatTime(s.start),
              end: formatTime(s.end),
              breaks: s.breaks.map((b) => ({ start: formatTime(b.start), end: formatTime(b.end) })),
            },
          ]
        : [];
    }),
  };
}
