/**
 * Roster editing (issue 5, the staff side): the synced tables `staffAbsences` (a staff member away
 * for a day), `rosterWeeks` (a location-week drafted, then published) and `rosterAudit` (every
 * shift change in a published week: who, when, before and after) of shared/model/tables.ts.
 */
export const rosterEditingSchema = `
CREATE TABLE staffAbsences (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  staff_id TEXT NOT NULL,
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sick', 'leave', 'other')),
  note TEXT NOT NULL DEFAULT '',
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX staff_absences_by_location_date ON staffAbsences (location_id, date);
CREATE INDEX staff_absences_by_staff_date ON staffAbsences (staff_id, date);

CREATE TABLE rosterWeeks (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  week_start TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
  published_by TEXT NOT NULL DEFAULT 'null',
  published_at TEXT,
  revision INTEGER NOT NULL DEFAULT 0,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX roster_weeks_by_location ON rosterWeeks (location_id, week_start);

CREATE TABLE rosterAudit (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  week_start TEXT NOT NULL,
  shift_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('added', 'changed', 'removed')),
  before TEXT NOT NULL DEFAULT 'null',
  after TEXT NOT NULL DEFAULT 'null',
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX roster_audit_by_week ON rosterAudit (location_id, week_start);
CREATE INDEX roster_audit_by_shift ON rosterAudit (shift_id);
`;
