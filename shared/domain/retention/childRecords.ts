/**
 * Everything recorded about one child in the synced tables: what goes with the child when it is
 * deleted (retention) and what an access request (inzageverzoek) exports. Kept in one list, so a
 * table added for children is added to both.
 */
import type { TableName } from '../../model/tables';

/** Tables whose row id is the child's id (one row per child). */
export const tablesKeyedByChild = [
  'children',
  'consents',
  'childContacts',
  'childHealth',
  'childMentors',
] as const satisfies readonly TableName[];

/** Tables whose rows name the child in `childId`. */
export const tablesNamingChild = [
  'placements',
  'pickupPersons',
  'attendance',
  'latePickups',
  'requests',
  'requestEvents',
  'requestTasks',
  'hourLedger',
  'billingLines',
  'childViews',
] as const satisfies readonly TableName[];

/** Tables whose row id is a contract's id: they go with the child's contracts. */
export const tablesKeyedByPlacement = ['placementExceptions'] as const satisfies readonly TableName[];
