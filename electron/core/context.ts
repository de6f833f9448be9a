/**
 * What services share: the store, the clock, the acting person and the event emitter.
 */
import type { PushEvent } from '../../shared/contract/events';
import { localDateAt } from '../../shared/domain/time/localDate';
import type { Clock } from '../../shared/domain/time/clock';
import type { Db } from './store/database';
import type { LocalMutations } from './store/localMutations';
import type { TableStore } from './store/tableStore';
import type { WriteLock } from './store/writeLock';
import type { Logger } from './logger';
import type { Session } from './session';
import type { CredentialStore } from './sync/credentialStore';
import type { SyncEngine } from './sync/syncEngine';

export type { Clock } from '../../shared/domain/time/clock';

export type CoreContext = {
  db: Db;
  store: TableStore;
  lock: WriteLock;
  mutations: LocalMutations;
  clock: Clock;
  log: Logger;
  dataDir: string;
  version: string;
  transport: 'ipc' | 'bridge';
  /** Who works at this desk now. */
  session: Session;
  sync: SyncEngine;
  credentials: CredentialStore;
  emit(event: PushEvent): void;
};

export const todayOf = (ctx: Pick<CoreContext, 'clock'>): string => localDateAt(ctx.clock());
