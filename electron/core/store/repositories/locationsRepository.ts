import type { LocationSummary } from '../../../../shared/contract/views';
import type { Db } from '../database';

export function listLocations(db: Db, today: string): LocationSummary[] {
  return db
    .prepare(
      `SELECT l.id, l.name, l.code, l.opens_at AS opensAt, l.closes_at AS closesAt,
         (SELECT count(*) FROM groups g WHERE g.location_id = l.id) AS groupCount,
         (SELECT count(DISTINCT p.child_id) FROM placements p
            WHERE p.location_id = l.id AND p.start_date <= @today AND (p.end_date IS NULL OR p.end_date >= @today)) AS childCount
       FROM locations l ORDER BY l.name`,
    )
    .all({ today }) as LocationSummary[];
}
