/**
 * The children's-plan rows of the store: a location's children with their contracts, one child
 * with everything on it, and the check-in/out registrations of a location's days.
 */
import type { AttendanceRow, ChildRow, ConsentRow, GroupRow, PickupPersonRow, PlacementRow } from '../../../../shared/model/rows';
import { SLOT_MINUTES } from '../../../../shared/domain/ratio/ratio';
import { localMinutesAt } from '../../../../shared/domain/time/localDate';
import { todayOf, type CoreContext } from '../../context';
import type { Db } from '../database';
import { decodeRow } from '../rowCodec';

/** A location's registrations from `from` to `to` (inclusive), voided ones included, in time order. */
export function loadAttendance(db: Db, locationId: string, from: string, to: string): AttendanceRow[] {
  return (
    db
      .prepare('SELECT * FROM attendance WHERE location_id = ? AND date BETWEEN ? AND ? ORDER BY date, check_in, id')
      .all(locationId, from, to) as Record<string, unknown>[]
  ).map((r) => decodeRow('attendance', r));
}

/**
 * The minute the day as it happened runs to: for today the end of the current quarter (a child
 * checked in now counts in this quarter), for a past day the closing time; nothing yet for a later day.
 */
export function openUntilOn(ctx: Pick<CoreContext, 'clock'>, date: string, closesAt: number): number {
  const today = todayOf(ctx);
  if (date < today) return closesAt;
  if (date > today) return 0;
  const now = localMinutesAt(ctx.clock());
  return Math.min(24 * 60, now - (now % SLOT_MINUTES) + SLOT_MINUTES);
}

/** What `evaluateRows` needs for the day as it happened. */
export function actualPresenceInput(
  ctx: Pick<CoreContext, 'clock' | 'db'>,
  locationId: string,
  date: string,
  closesAt: number,
): { attendance: AttendanceRow[]; openUntil: number } {
  return { attendance: loadAttendance(ctx.db, locationId, date, date), openUntil: openUntilOn(ctx, date, closesAt) };
}

function all<T extends 'children' | 'placements' | 'groups' | 'pickupPersons'>(db: Db, table: T, sql: string, ...params: unknown[]) {
  return (db.prepare(sql).all(...params) as Record<string, unknown>[]).map((r) => decodeRow(table, r));
}

/** A location's groups (roster order), children (by name) and every contract of those children. */
export function loadLocationChildren(db: Db, locationId: string): { groups: GroupRow[]; children: ChildRow[]; placements: PlacementRow[] } {
  return {
    groups: all(
      db,
      'groups',
      'SELECT * FROM groups WHERE location_id = ? ORDER BY care_type DESC, age_min_months, age_max_months, name',
      locationId,
    ),
    children: all(db, 'children', 'SELECT * FROM children WHERE location_id = ? ORDER BY first_name, last_name, id', locationId),
    placements: all(db, 'placements', 'SELECT * FROM placements WHERE location_id = ? ORDER BY start_date, id', locationId),
  };
}

export type ChildRows = {
  child: ChildRow;
  placements: PlacementRow[];
  consent: ConsentRow | null;
  pickupPersons: PickupPersonRow[];
  siblings: ChildRow[];
  groups: GroupRow[];
};

/** One child with its contracts, consents, pickup persons, siblings and its location's groups; null when unknown. */
export function loadChild(db: Db, childId: string): ChildRows | null {
  const raw = db.prepare('SELECT * FROM children WHERE id = ?').get(childId) as Record<string, unknown> | undefined;
  if (!raw) return null;
  const child = decodeRow('children', raw);
  const consentRaw = db.prepare('SELECT * FROM consents WHERE id = ?').get(childId) as Record<string, unknown> | undefined;
  return {
    child,
    placements: all(db, 'placements', 'SELECT * FROM placements WHERE child_id = ? ORDER BY start_date, id', childId),
    consent: consentRaw ? decodeRow('consents', consentRaw) : null,
    pickupPersons: all(db, 'pickupPersons', 'SELECT * FROM pickupPersons WHERE child_id = ? ORDER BY name, id', childId),
    siblings: all(
      db,
      'children',
      'SELECT * FROM children WHERE family_id = ? AND id <> ? ORDER BY date_of_birth, first_name',
      child.familyId,
      childId,
    ),
    groups: all(
      db,
      'groups',
      'SELECT * FROM groups WHERE location_id = ? ORDER BY care_type DESC, age_min_months, age_max_months, name',
      child.locationId,
    ),
  };
}
