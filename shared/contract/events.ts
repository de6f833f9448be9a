/**
 * Events the core pushes to the renderer (IPC `api:event`, or the bridge's event stream).
 */
import type { TableName } from '../model/tables';

export type PushEvent =
  /** Rows of these tables changed (a local write or a sync); screens reload what they show. */
  { type: 'changed'; tables: TableName[] };

export type EventListener = (event: PushEvent) => void;
