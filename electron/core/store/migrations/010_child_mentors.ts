/**
 * A child's mentor (spec/master-data.md "A mentor"): the synced `childMentors` table of
 * shared/model/tables.ts, one row per child. Children from before have none recorded; the desk
 * lists them as "zonder mentor" until the manager chooses one. The hub keeps rows as jsonb and
 * needs no migration.
 */
export const childMentorsSchema = `
CREATE TABLE childMentors (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  staff_id TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX child_mentors_by_location ON childMentors (location_id);
CREATE INDEX child_mentors_by_staff ON childMentors (staff_id);
`;
