/**
 * Late pickups (spec/late-pickup.md): the synced `latePickups` table of shared/model/tables.ts.
 * Counts, stages and fines are never stored: they are recomputed from a child's registrations of
 * the year (`recountYear`), so a withdrawn registration changes the later ones at once.
 */
export const latePickupsSchema = `
CREATE TABLE latePickups (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  date TEXT NOT NULL,
  contracted_end INTEGER NOT NULL,
  end_from_plan INTEGER NOT NULL,
  pickup_time INTEGER NOT NULL,
  closing_time INTEGER NOT NULL,
  picked_up_by TEXT NOT NULL,
  note TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('registered', 'disputed', 'confirmed', 'withdrawn')),
  dispute_note TEXT,
  evidence_note TEXT,
  conversation TEXT NOT NULL DEFAULT 'null',
  fine_confirmation TEXT NOT NULL DEFAULT 'null',
  history TEXT NOT NULL DEFAULT '[]',
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX late_pickups_by_location_date ON latePickups (location_id, date);
CREATE INDEX late_pickups_by_child_date ON latePickups (child_id, date);
`;
