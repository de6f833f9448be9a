/**
 * What the staff roster of a location-week needs besides the week's rows (`loadWeekRows`): every
 * staff member of the location (also those without shifts), the week's publication row and its
 * audit trail. Indexed queries only.
 */
import type { GroupRow, RosterAuditRow, RosterWeekRow, StaffRow } from '../../../../shared/model/rows';
import { rosterWeekId } from '../../../../shared/domain/roster/rosterWeek';
import type { Db } from '../database';
import { decodeRow } from '../rowCodec';

export function loadLocationStaff(db: Db, locationId: string): StaffRow[] {
  return (
    db.prepare('SELECT * FROM staff WHERE location_id = ? ORDER BY first_name, last_name, id').all(locationId) as Record<string, unknown>[]
  ).map((r) => decodeRow('staff', r));
}

export function loadRosterWeek(db: Db, locationId: string, monday: string): RosterWeekRow | null {
  const raw = db.prepare('SELECT * FROM rosterWeeks WHERE id = ?').get(rosterWeekId(locationId, monday)) as
    Record<string, unknown> | undefined;
  return raw ? decodeRow('rosterWeeks', raw) : null;
}

export function countRosterAudit(db: Db, locationId: string, monday: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM rosterAudit WHERE location_id = ? AND week_start = ?').get(locationId, monday) as { n: number }
  ).n;
}

/** The week's audit trail, newest first. */
export function loadRosterAudit(db: Db, locationId: string, monday: string): RosterAuditRow[] {
  return (
    db
      .prepare('SELECT * FROM rosterAudit WHERE location_id = ? AND week_start = ? ORDER BY at DESC, id DESC')
      .all(locationId, monday) as Record<string, unknown>[]
  ).map((r) => decodeRow('rosterAudit', r));
}

/** Staff and groups by id, for names in the audit trail (a person or group may have been removed since). */
export function loadNames(db: Db, locationId: string): { staff: Map<string, StaffRow>; groups: Map<string, GroupRow> } {
  const staff = new Map(loadLocationStaff(db, locationId).map((s) => [s.id, s]));
  const groups = new Map(
    (db.prepare('SELECT * FROM groups WHERE location_id = ?').all(locationId) as Record<string, unknown>[]).map((r) => {
      const g = decodeRow('groups', r);
      return [g.id, g] as const;
    }),
  );
  return { staff, groups };
}
