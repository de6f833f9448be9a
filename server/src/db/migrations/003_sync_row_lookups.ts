/**
 * Lookups of the shared mutators (`MutationTx.find`: equality on a few fields of a row) from
 * btree expression indexes. Without them such a lookup reads every row of the table in the
 * location: the GIN index of 001 answers `@>` only where the planner has statistics to prefer it
 * (PGlite never gathers any), and the primary key's (space, tbl) prefix is the cheaper-looking
 * choice. `findLiveRows` (sync/rowStore.ts) asks each string field also as
 * `row ->> 'field' = value`, which these indexes match whatever the statistics say.
 *
 * One index per kind of lookup the mutators make (and the date that usually comes with it):
 * a staff member's rows (shifts, absences), a child's (placements, late pickups, attendance),
 * a group's (a group's day on an iPad). Partial, so rows without the field take no room; a
 * lookup on a field not listed here still works, from the primary key and the GIN index.
 */
import type { Migration } from './index';

export const syncRowLookups: Migration = {
  version: 3,
  name: 'sync row lookups',
  sql: `
CREATE INDEX sync_rows_by_staff ON sync_rows (space, tbl, (row ->> 'staffId'), (row ->> 'date'))
  WHERE (row ->> 'staffId') IS NOT NULL;
CREATE INDEX sync_rows_by_child ON sync_rows (space, tbl, (row ->> 'childId'), (row ->> 'date'))
  WHERE (row ->> 'childId') IS NOT NULL;
CREATE INDEX sync_rows_by_group ON sync_rows (space, tbl, (row ->> 'groupId'), (row ->> 'date'))
  WHERE (row ->> 'groupId') IS NOT NULL;
`,
};
