/** The hub's migrations in order; a new one gets the next number and is never edited afterwards. */
import { initial } from './001_initial';
import { groupDevices } from './002_group_devices';
import { syncRowLookups } from './003_sync_row_lookups';
import { parents } from './004_parents';
import { masterData } from './005_master_data';
import { groupRoomDays } from './006_group_room_days';
import { userSessions } from './007_user_sessions';
import { knownSignIns } from './008_known_sign_ins';
import { parentTokenExpiry } from './009_parent_token_expiry';
import { retentionMutationLog } from './010_retention_mutation_log';

export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  initial,
  groupDevices,
  syncRowLookups,
  parents,
  masterData,
  groupRoomDays,
  userSessions,
  knownSignIns,
  parentTokenExpiry,
  retentionMutationLog,
];
