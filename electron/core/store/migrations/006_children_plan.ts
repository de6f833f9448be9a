/**
 * The children's side of issue 5: the synced `pickupPersons` and `attendance` tables of
 * shared/model/tables.ts (snake_case columns, JSON and 0/1 fields as in rowCodec).
 *
 * `attendance` is the presence list the inspectorate asks for: rows are kept at least
 * `planSettings.attendanceRetentionWeeks` (never under six weeks); only `attendance.purge`
 * removes older ones, never anything younger.
 */
export const childrenPlanSchema = `
CREATE TABLE pickupPersons (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  name TEXT NOT NULL,
  relation TEXT NOT NULL,
  phone TEXT NOT NULL,
  id_checked INTEGER NOT NULL,
  id_checked_by TEXT NOT NULL DEFAULT 'null',
  id_checked_at TEXT,
  note TEXT NOT NULL DEFAULT '',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX pickup_persons_by_child ON pickupPersons (child_id);
CREATE INDEX pickup_persons_by_location ON pickupPersons (location_id);

CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  date TEXT NOT NULL,
  check_in INTEGER NOT NULL,
  check_out INTEGER,
  checked_in_by TEXT NOT NULL,
  checked_in_at TEXT NOT NULL,
  checked_out_by TEXT NOT NULL DEFAULT 'null',
  checked_out_at TEXT,
  voided INTEGER NOT NULL DEFAULT 0,
  history TEXT NOT NULL DEFAULT '[]',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX attendance_by_location_date ON attendance (location_id, date);
CREATE INDEX attendance_by_child_date ON attendance (child_id, date);
`;
