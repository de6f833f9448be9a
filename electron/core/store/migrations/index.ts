/**
 * Numbered migrations, applied in order, each in a transaction; the number reached is kept in
 * `PRAGMA user_version`. Append only: a released migration is never edited.
 */
import { initialSchema } from './001_initial';
import { syncSchema } from './002_sync';
import { latePickupsSchema } from './003_late_pickups';
import { deviceCommandsSchema } from './004_device_commands';
import { rosterEditingSchema } from './005_roster_editing';
import { childrenPlanSchema } from './006_children_plan';
import { requestsSchema } from './007_requests';
import { requestBillingSchema } from './008_request_billing';
import { masterDataSchema } from './009_master_data';
import { childMentorsSchema } from './010_child_mentors';
import { groupRoomDaysSchema } from './011_group_room_days';
import { userSessionsSchema } from './012_user_sessions';
import { childViewsSchema } from './013_child_views';

export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: initialSchema },
  { version: 2, name: 'sync engine', sql: syncSchema },
  { version: 3, name: 'late pickups', sql: latePickupsSchema },
  { version: 4, name: 'device commands', sql: deviceCommandsSchema },
  { version: 5, name: 'roster editing', sql: rosterEditingSchema },
  { version: 6, name: "children's plan: pickup persons and attendance", sql: childrenPlanSchema },
  { version: 7, name: "parents' requests, their history and hour ledgers", sql: requestsSchema },
  { version: 8, name: 'school closure day thresholds and invoice lines of requests', sql: requestBillingSchema },
  { version: 9, name: 'master data: location settings, group closing, staff facts, child contacts and health', sql: masterDataSchema },
  { version: 10, name: "children's mentors", sql: childMentorsSchema },
  { version: 11, name: "groups' room and running days", sql: groupRoomDaysSchema },
  { version: 12, name: 'hub-issued user sessions', sql: userSessionsSchema },
  { version: 13, name: 'who viewed a child', sql: childViewsSchema },
];
