/** The hub's migrations in order; a new one gets the next number and is never edited afterwards. */
import { initial } from './001_initial';
import { groupDevices } from './002_group_devices';
import { syncRowLookups } from './003_sync_row_lookups';
import { parents } from './004_parents';
import { masterData } from './005_master_data';
import { groupRoomDays } from './006_group_room_days';
import { retentionMutationLog } from './007_retention_mutation_log';

export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [initial, groupDevices, syncRowLookups, parents, masterData, groupRoomDays, retentionMutationLog];
