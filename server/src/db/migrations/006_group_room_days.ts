/**
 * A group's room and the days it runs (shared/model/rows.ts GroupRow): stored group rows get the
 * values the desk's migration 011 gives its own, no room and the days their location is open, so
 * every row the hub serves and its mutators read has the current shape (`||` keeps a row's own
 * values; versions stay, since desks already hold these values).
 */
import type { Migration } from './index';

export const groupRoomDays: Migration = {
  version: 6,
  name: "groups' room and running days",
  sql: `
UPDATE sync_rows g SET row = jsonb_build_object(
    'room', '',
    'days', COALESCE(
      (SELECT l.row -> 'openDays' FROM sync_rows l
        WHERE l.tbl = 'locations' AND l.id = g.row ->> 'locationId' AND NOT l.deleted LIMIT 1),
      '[1, 2, 3, 4, 5]'::jsonb)
  ) || g.row
  WHERE g.tbl = 'groups' AND NOT g.deleted;
`,
};
