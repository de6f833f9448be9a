/**
 * Everything the desk holds about one child, for an access request (inzageverzoek, AVG art. 15):
 * the child's own rows and every row that names it (shared/domain/retention/childRecords.ts, the
 * same list the hub's retention deletes), as stored, with the names of the staff it refers to.
 */
import type { tablesKeyedByChild } from '../../../shared/domain/retention/childRecords';
import { tablesKeyedByPlacement, tablesNamingChild } from '../../../shared/domain/retention/childRecords';
import type { ChildRow } from '../../../shared/model/rows';
import type { RowOf, TableName } from '../../../shared/model/tables';
import type { TableStore } from '../store/tableStore';

type Keyed = (typeof tablesKeyedByChild)[number];
type Naming = (typeof tablesNamingChild)[number];
type ByPlacement = (typeof tablesKeyedByPlacement)[number];

export type ChildRecord = {
  child: ChildRow;
  location: { name: string; code: string } | null;
  /** One row each (null: nothing recorded). */
  own: { [T in Exclude<Keyed, 'children'>]: RowOf<T> | null };
  /** Every row naming the child, per table, in the store's order of ids (time order: UUIDv7). */
  naming: { [T in Naming]: RowOf<T>[] };
  byPlacement: { [T in ByPlacement]: RowOf<T>[] };
  /** The names of the staff members the rows refer to (the mentor), by id. */
  staffNames: Record<string, string>;
};

const byId = <R extends { id: string }>(rows: R[]): R[] => [...rows].sort((a, b) => a.id.localeCompare(b.id));

export function childRecordOf(store: TableStore, childId: string): ChildRecord | null {
  const child = store.get('children', childId);
  if (!child) return null;
  const location = store.get('locations', child.locationId);
  const one = <T extends TableName>(table: T) => store.get(table, childId);
  const naming = Object.fromEntries(
    tablesNamingChild.map((table) => [table, byId(store.find(table, { childId } as Partial<RowOf<typeof table>>) as { id: string }[])]),
  ) as ChildRecord['naming'];
  const placementIds = naming.placements.map((p) => p.id);
  const byPlacement = Object.fromEntries(
    tablesKeyedByPlacement.map((table) => [table, placementIds.map((id) => store.get(table, id)).filter((r) => r !== null)]),
  ) as ChildRecord['byPlacement'];
  const mentor = one('childMentors');
  const staff = mentor ? store.get('staff', mentor.staffId) : null;
  return {
    child,
    location: location ? { name: location.name, code: location.code } : null,
    own: {
      consents: one('consents'),
      childContacts: one('childContacts'),
      childHealth: one('childHealth'),
      childMentors: mentor,
    },
    naming,
    byPlacement,
    staffNames: staff ? { [staff.id]: `${staff.firstName} ${staff.lastName}` } : {},
  };
}
