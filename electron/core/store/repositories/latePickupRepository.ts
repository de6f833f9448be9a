/**
 * The rows the late-pickup screens read: a location's registrations in a date range, the
 * registrations of some children (for the recount over their year), and the location's groups,
 * children and running contracts (for names and the registration form).
 */
import type { ChildRow, GroupRow, LatePickupRow, LocationRow, PlacementRow } from '../../../../shared/model/rows';
import type { Db } from '../database';
import { decodeRow } from '../rowCodec';

type Raw = Record<string, unknown>;

export function locationRow(db: Db, locationId: string): LocationRow | null {
  const raw = db.prepare('SELECT * FROM locations WHERE id = ?').get(locationId) as Raw | undefined;
  return raw ? decodeRow('locations', raw) : null;
}

export function latePickupRow(db: Db, id: string): LatePickupRow | null {
  const raw = db.prepare('SELECT * FROM latePickups WHERE id = ?').get(id) as Raw | undefined;
  return raw ? decodeRow('latePickups', raw) : null;
}

/** A location's registrations dated `from` to `to` (inclusive), every status. */
export function latePickupsOfLocation(db: Db, locationId: string, from: string, to: string): LatePickupRow[] {
  return (
    db
      .prepare('SELECT * FROM latePickups WHERE location_id = ? AND date BETWEEN ? AND ? ORDER BY date, pickup_time, registered_at, id')
      .all(locationId, from, to) as Raw[]
  ).map((r) => decodeRow('latePickups', r));
}

/** The registrations of `childIds` dated `from` to `to` (inclusive), every status. */
export function latePickupsOfChildren(db: Db, childIds: readonly string[], from: string, to: string): LatePickupRow[] {
  if (childIds.length === 0) return [];
  const select = db.prepare(
    'SELECT * FROM latePickups WHERE child_id = ? AND date BETWEEN ? AND ? ORDER BY date, pickup_time, registered_at, id',
  );
  return [...new Set(childIds)].flatMap((id) => (select.all(id, from, to) as Raw[]).map((r) => decodeRow('latePickups', r)));
}

export function groupsOfLocation(db: Db, locationId: string): GroupRow[] {
  return (
    db
      .prepare('SELECT * FROM groups WHERE location_id = ? ORDER BY care_type DESC, age_min_months, age_max_months, name')
      .all(locationId) as Raw[]
  ).map((r) => decodeRow('groups', r));
}

export function childrenOfLocation(db: Db, locationId: string): ChildRow[] {
  return (db.prepare('SELECT * FROM children WHERE location_id = ? ORDER BY first_name, last_name').all(locationId) as Raw[]).map((r) =>
    decodeRow('children', r),
  );
}

export function childRow(db: Db, childId: string): ChildRow | null {
  const raw = db.prepare('SELECT * FROM children WHERE id = ?').get(childId) as Raw | undefined;
  return raw ? decodeRow('children', raw) : null;
}

/** The location's contracts running on `date`. */
export function placementsRunningOn(db: Db, locationId: string, date: string): PlacementRow[] {
  return (
    db
      .prepare('SELECT * FROM placements WHERE location_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY id')
      .all(locationId, date, date) as Raw[]
  ).map((r) => decodeRow('placements', r));
}
