/**
 * Events the core pushes to the renderer (IPC `api:event`, or the bridge's event stream).
 */
import type { TableName } from '../model/tables';
import type { SessionInfo, SyncStatus, UpdateStatus } from './views';

export type PushEvent =
  /** Rows of these tables changed (a local write or a sync); screens reload what they show. */
  | { type: 'changed'; tables: TableName[] }
  /** The sync state changed (online/offline, pending count, needs attention, ...). */
  | { type: 'syncStatus'; status: SyncStatus }
  /** Group iPads of these locations changed on this desk (a revocation made, delivered or refused). */
  | { type: 'devicesChanged'; locationIds: string[] }
  /** The desk's own update state changed (checking, downloaded, waiting for a sync push, ...). */
  | { type: 'updateStatus'; status: UpdateStatus }
  /** The desk signed the person out by itself (the hub ended their session, or revoked the desk). */
  | { type: 'session'; session: SessionInfo };

export type EventListener = (event: PushEvent) => void;
