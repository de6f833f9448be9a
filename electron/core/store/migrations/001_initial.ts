/**
 * The first schema: organisation, locations, groups, children, placements, consents, staff and
 * shifts (the synced tables of shared/model/tables.ts, snake_case), plus the desk's own tables:
 * the outbox, the pre-images of rows touched by pending mutations, and meta.
 *
 * Synced tables carry `sync_version` (the hub's version of the row; 0 = never synced). They have
 * no foreign keys: the hub is the authority and rows of one change may arrive in any order during
 * a rebase; the mutators check references themselves, on both sides.
 */
export const initialSchema = `
CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  settings TEXT NOT NULL DEFAULT '{}',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE locations (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL,
  name TEXT NOT NULL,
  opens_at INTEGER NOT NULL,
  closes_at INTEGER NOT NULL,
  code TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE groups (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  name TEXT NOT NULL,
  care_type TEXT NOT NULL CHECK (care_type IN ('KDV', 'BSO')),
  age_min_months INTEGER NOT NULL,
  age_max_months INTEGER NOT NULL,
  capacity INTEGER NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX groups_by_location ON groups (location_id);

CREATE TABLE children (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  family_id TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX children_by_location ON children (location_id);
CREATE INDEX children_by_family ON children (family_id);

CREATE TABLE placements (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  care_type TEXT NOT NULL CHECK (care_type IN ('KDV', 'BSO')),
  kind TEXT NOT NULL CHECK (kind IN ('fixed', 'flex')),
  start_date TEXT NOT NULL,
  end_date TEXT,
  days TEXT NOT NULL DEFAULT '[]',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX placements_by_location ON placements (location_id, start_date);
CREATE INDEX placements_by_child ON placements (child_id);
CREATE INDEX placements_by_group ON placements (group_id);

CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  photos INTEGER NOT NULL,
  trips INTEGER NOT NULL,
  other_group INTEGER NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  counts TEXT NOT NULL CHECK (counts IN ('full', 'trainee', 'none')),
  contract_minutes_per_week INTEGER NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX staff_by_location ON staff (location_id);

CREATE TABLE shifts (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  staff_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  date TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  breaks TEXT NOT NULL DEFAULT '[]',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX shifts_by_location_date ON shifts (location_id, date);
CREATE INDEX shifts_by_staff_date ON shifts (staff_id, date);

-- Local changes not yet acknowledged by the hub, in order; seq is the mutation id pushed.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  args TEXT NOT NULL,
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;

-- The row as it was before the first pending mutation touched it (NULL row: did not exist).
-- A rebase restores these, applies the hub's rows, and replays the outbox.
CREATE TABLE pending_preimages (
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  row TEXT,
  PRIMARY KEY (table_name, row_id)
) STRICT;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
`;
