/**
 * The desk's core: the store, the services and the boundary, with no Electron in sight. The
 * Electron main process and the browser bridge both create one and forward calls to `call`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApiResult } from '../../shared/contract/errors';
import type { EventListener, PushEvent } from '../../shared/contract/events';
import type { Clock, CoreContext } from './context';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';
import { createLogger, type Logger } from './logger';
import { appService } from './services/appService';
import { locationsService } from './services/locationsService';
import { authService } from './services/authService';
import { mutationService } from './services/mutationService';
import { ratioService } from './services/ratioService';
import { rosterService } from './services/rosterService';
import { syncService } from './services/syncService';
import { Session } from './session';
import { closeDatabase, openDatabase } from './store/database';
import { loadDemo } from './store/demoLoader';
import { LocalMutations } from './store/localMutations';
import { migrate } from './store/migrate';
import { TableStore } from './store/tableStore';
import { WriteLock } from './store/writeLock';
import { fileCredentialStore, type CredentialStore } from './sync/credentialStore';
import { HlcClock } from './sync/hlcClock';
import { SyncEngine, defaultSyncTiming, type SyncTiming } from './sync/syncEngine';
import { readEnrolment } from './sync/syncRepository';
import { todayOf } from './context';

export type CoreOptions = {
  dataDir: string;
  transport: 'ipc' | 'bridge';
  version: string;
  /** Create the demo organisation when the store is empty (`--demo`). */
  demo?: boolean;
  clock?: Clock;
  /** Null: no log file (tests). */
  log?: Logger;
  /** Where the hub credential is kept: the OS's secure storage under Electron; default a file in dataDir. */
  credentials?: CredentialStore;
  syncTiming?: Partial<SyncTiming>;
};

export type Core = {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
  /** For tests and tools in the same process. */
  readonly context: CoreContext;
};

export const STORE_FILE = 'opvangdesk.db';

export async function createCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = options.log ?? createLogger(options.dataDir);
  const db = openDatabase(path.join(options.dataDir, STORE_FILE));
  const report = await migrate(db, path.join(options.dataDir, 'backups'));
  if (report.from !== report.to) log.info(report, 'store migrated');

  const listeners = new Set<EventListener>();
  const store = new TableStore(db);
  const lock = new WriteLock();
  const hlc = new HlcClock(db, () => readEnrolment(db)?.deviceId ?? 'local');
  const ctx = {
    db,
    store,
    lock,
    mutations: new LocalMutations(db, store, lock, hlc),
    clock: options.clock ?? (() => new Date()),
    log,
    dataDir: options.dataDir,
    version: options.version,
    transport: options.transport,
    session: new Session(() => readEnrolment(db) !== null),
    credentials: options.credentials ?? fileCredentialStore(options.dataDir),
    emit(event: PushEvent) {
      for (const l of listeners) l(event);
    },
  } as Omit<CoreContext, 'sync'> as CoreContext;
  ctx.sync = new SyncEngine(ctx, ctx.credentials, { ...defaultSyncTiming, ...options.syncTiming });

  if (options.demo && store.isEmpty()) loadDemo(db, store, todayOf(ctx));

  const handlers: Handlers = {
    ...appService(ctx),
    ...locationsService(ctx),
    ...rosterService(ctx),
    ...ratioService(ctx),
    ...mutationService(ctx),
    ...syncService(ctx),
    ...authService(ctx),
  };
  ctx.sync.start();

  return {
    context: ctx,
    call: (method, input) => dispatch(handlers, method, input, log),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      ctx.sync.stop();
      await ctx.sync.idle();
      listeners.clear();
      closeDatabase(db);
    },
  };
}
