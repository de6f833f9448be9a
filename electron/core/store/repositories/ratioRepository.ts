/**
 * The rows the ratio of a location needs over a range of dates: the same as the week roster's
 * (groups, the contracts running with their children, the shifts with their staff).
 *
 * Not in the store yet (the row model has no table for them): the achterwacht (on-call backup)
 * registered per location and day, and each child's fixed faces. The ratio service reports both
 * as gaps rather than guessing.
 */
import type { Db } from '../database';
import { loadWeekRows, type WeekRows } from './rosterRepository';

export type RatioRows = WeekRows;

export function loadRatioRows(db: Db, locationId: string, from: string, to: string): RatioRows {
  return loadWeekRows(db, locationId, from, to);
}

/** Every location's id, in name order (the order of `locations.list`). */
export function locationIdsByName(db: Db): string[] {
  return (db.prepare('SELECT id FROM locations ORDER BY name').all() as { id: string }[]).map((r) => r.id);
}
