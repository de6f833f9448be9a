/**
 * Master data (issue 14, spec/master-data.md): the new fields of locations, groups, children and
 * staff, and the synced `childContacts`, `childHealth` and `placementExceptions` tables of
 * shared/model/tables.ts (snake_case columns, JSON fields as in rowCodec).
 *
 * Rows from before keep working: a location open Monday to Friday with no LRK number or address
 * yet, groups open, no back-office numbers, staff with no function, dates or certificates recorded.
 * The hub's migration 005 gives its stored rows the same values.
 */
export const masterDataSchema = `
ALTER TABLE locations ADD COLUMN lrk_number TEXT;
ALTER TABLE locations ADD COLUMN address TEXT NOT NULL DEFAULT 'null';
ALTER TABLE locations ADD COLUMN open_days TEXT NOT NULL DEFAULT '[1,2,3,4,5]';

ALTER TABLE groups ADD COLUMN external_id TEXT;
ALTER TABLE groups ADD COLUMN closed_from TEXT;

ALTER TABLE children ADD COLUMN external_id TEXT;

ALTER TABLE staff ADD COLUMN job_title TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN active_from TEXT;
ALTER TABLE staff ADD COLUMN active_to TEXT;
ALTER TABLE staff ADD COLUMN prk_registered_on TEXT;
ALTER TABLE staff ADD COLUMN ehbo_valid_until TEXT;
ALTER TABLE staff ADD COLUMN external_id TEXT;

CREATE INDEX groups_by_external_id ON groups (location_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX children_by_external_id ON children (location_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX staff_by_external_id ON staff (location_id, external_id) WHERE external_id IS NOT NULL;

CREATE TABLE childContacts (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  guardians TEXT NOT NULL DEFAULT '[]',
  emergency_contacts TEXT NOT NULL DEFAULT '[]',
  gp TEXT NOT NULL DEFAULT 'null',
  school TEXT NOT NULL DEFAULT '',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX child_contacts_by_location ON childContacts (location_id);

CREATE TABLE childHealth (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  allergies TEXT NOT NULL DEFAULT '',
  diet TEXT NOT NULL DEFAULT '',
  medication TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX child_health_by_location ON childHealth (location_id);

CREATE TABLE placementExceptions (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX placement_exceptions_by_location ON placementExceptions (location_id);
`;
