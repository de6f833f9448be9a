/**
 * Master data (issue 14): the synced rows of locations, groups, children and staff gain fields
 * (shared/model/rows.ts). The hub keeps rows as jsonb in `sync_rows`, so new tables need no
 * schema; rows stored before get the values the desk's migration 009 gives its own rows (a
 * location open Monday to Friday, nothing else recorded yet), so every row the hub serves and its
 * mutators read has the current shape. Only fields a row lacks are added (`||` keeps the row's
 * own value where it has one); versions stay as they are, since desks already hold these values.
 *
 * One lookup index for the import's and the mutators' match on a back-office number
 * (`externalId`), as migration 003 does for children and staff.
 */
import type { Migration } from './index';

export const masterData: Migration = {
  version: 5,
  name: 'master data',
  sql: `
UPDATE sync_rows SET row = '{"lrkNumber": null, "address": null, "openDays": [1, 2, 3, 4, 5]}'::jsonb || row
  WHERE tbl = 'locations' AND NOT deleted;
UPDATE sync_rows SET row = '{"externalId": null, "closedFrom": null}'::jsonb || row
  WHERE tbl = 'groups' AND NOT deleted;
UPDATE sync_rows SET row = '{"externalId": null}'::jsonb || row
  WHERE tbl = 'children' AND NOT deleted;
UPDATE sync_rows SET row = '{"jobTitle": "", "activeFrom": null, "activeTo": null, "prkRegisteredOn": null, "ehboValidUntil": null, "externalId": null}'::jsonb || row
  WHERE tbl = 'staff' AND NOT deleted;

CREATE INDEX sync_rows_by_external_id ON sync_rows (space, tbl, (row ->> 'externalId'))
  WHERE (row ->> 'externalId') IS NOT NULL;
`,
};
