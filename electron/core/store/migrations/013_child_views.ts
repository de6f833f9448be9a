/**
 * Who viewed a child's data (issue 15, AVG): the synced `childViews` table of shared/model/tables.ts,
 * one row per opening of a child's detail or health notes, or an access request's export. The hub
 * keeps rows as jsonb and needs no table for it.
 */
export const childViewsSchema = `
CREATE TABLE childViews (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  what TEXT NOT NULL,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  sync_version INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX child_views_by_child ON childViews (child_id, at);
`;
