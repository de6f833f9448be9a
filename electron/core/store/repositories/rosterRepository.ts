/**
 * The rows a location-week needs, in four indexed queries: groups, the contracts running that
 * week with their children, the week's shifts with their staff, and the staff absences.
 */
import type { ChildRow, GroupRow, PlacementRow, ShiftRow, StaffAbsenceRow, StaffRow } from '../../../../shared/model/rows';
import type { RequestWithState } from '../../../../shared/domain/requests/request';
import type { Db } from '../database';
import { approvedRequestsTouching } from './requestRepository';
import { decodeRow } from '../rowCodec';

export type WeekRows = {
  location: { id: string; name: string; code: string; opensAt: number; closesAt: number } | null;
  groups: GroupRow[];
  placements: (PlacementRow & { child: ChildRow })[];
  shifts: (ShiftRow & { staff: StaffRow })[];
  /** Staff registered absent in the range: their shifts those days do not count (`onDuty`). */
  absences: StaffAbsenceRow[];
  /** Approved requests and registered absences of children touching the range: the plan's changes (`plannedPresenceOn`). */
  requests: RequestWithState[];
};

export function loadWeekRows(db: Db, locationId: string, from: string, to: string): WeekRows {
  const location = db
    .prepare('SELECT id, name, code, opens_at AS opensAt, closes_at AS closesAt FROM locations WHERE id = ?')
    .get(locationId) as WeekRows['location'] | undefined;
  const groups = (
    db
      .prepare('SELECT * FROM groups WHERE location_id = ? ORDER BY care_type DESC, age_min_months, age_max_months, name')
      .all(locationId) as Record<string, unknown>[]
  ).map((r) => decodeRow('groups', r));
  const placements = (
    db
      .prepare(
        `SELECT p.*, c.id AS c_id, c.location_id AS c_location_id, c.first_name AS c_first_name, c.last_name AS c_last_name,
                c.date_of_birth AS c_date_of_birth, c.family_id AS c_family_id
         FROM placements p JOIN children c ON c.id = p.child_id
         WHERE p.location_id = ? AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)
         ORDER BY c.first_name, c.last_name`,
      )
      .all(locationId, to, from) as Record<string, unknown>[]
  ).map((r) => ({ ...decodeRow('placements', r), child: decodeRow('children', prefixed(r, 'c_')) }));
  const shifts = (
    db
      .prepare(
        `SELECT s.*, st.id AS st_id, st.location_id AS st_location_id, st.first_name AS st_first_name, st.last_name AS st_last_name,
                st.counts AS st_counts, st.contract_minutes_per_week AS st_contract_minutes_per_week,
                st.ehbo_valid_until AS st_ehbo_valid_until
         FROM shifts s JOIN staff st ON st.id = s.staff_id
         WHERE s.location_id = ? AND s.date BETWEEN ? AND ?
         ORDER BY s.start, st.first_name`,
      )
      .all(locationId, from, to) as Record<string, unknown>[]
  ).map((r) => ({ ...decodeRow('shifts', r), staff: decodeRow('staff', prefixed(r, 'st_')) }));
  const absences = (
    db
      .prepare('SELECT * FROM staffAbsences WHERE location_id = ? AND date BETWEEN ? AND ? ORDER BY date, staff_id')
      .all(locationId, from, to) as Record<string, unknown>[]
  ).map((r) => decodeRow('staffAbsences', r));
  return { location: location ?? null, groups, placements, shifts, absences, requests: approvedRequestsTouching(db, locationId, from, to) };
}

function prefixed(raw: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}
