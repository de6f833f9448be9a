/**
 * Events the core pushes to the renderer (IPC `api:event`, or the bridge's event stream).
 */
import type { TableName } from '../model/tables';
import type { SyncStatus } from './views';

export type PushEvent =
  /** Rows of these tables changed (a local write or a sync); screens reload what they show. */
  | { type: 'changed'; tables: TableName[] }
  /** The sync state changed (online/offline, pending count, needs attention, ...). */
  | { type: 'syncStatus'; status: SyncStatus };

export type EventListener = (event: PushEvent) => void;
