/**
 * The desk's core: the store, the services and the boundary, with no Electron in sight. The
 * Electron main process and the browser bridge both create one and forward calls to `call`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApiResult } from '../../shared/contract/errors';
import type { EventListener, PushEvent } from '../../shared/contract/events';
import type { Actor } from '../../shared/model/roles';
import type { Clock, CoreContext } from './context';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';
import { createLogger, type Logger } from './logger';
import { appService } from './services/appService';
import { locationsService } from './services/locationsService';
import { mutationService } from './services/mutationService';
import { rosterService } from './services/rosterService';
import { closeDatabase, openDatabase } from './store/database';
import { loadDemo } from './store/demoLoader';
import { LocalMutations } from './store/localMutations';
import { migrate } from './store/migrate';
import { TableStore } from './store/tableStore';
import { WriteLock } from './store/writeLock';
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
};

export type Core = {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): void;
  /** For tests and tools in the same process. */
  readonly context: CoreContext;
};

export const STORE_FILE = 'opvangdesk.db';

/** Until sign-in exists (sync issue), the person at the desk is its location manager. */
const LOCAL_MANAGER: Actor = { userId: 'local-manager', role: 'manager', name: 'Locatiemanager' };

export async function createCore(options: CoreOptions): Promise<Core> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const log = options.log ?? createLogger(options.dataDir);
  const db = openDatabase(path.join(options.dataDir, STORE_FILE));
  const report = await migrate(db, path.join(options.dataDir, 'backups'));
  if (report.from !== report.to) log.info(report, 'store migrated');

  const listeners = new Set<EventListener>();
  const store = new TableStore(db);
  const lock = new WriteLock();
  const ctx: CoreContext = {
    db,
    store,
    lock,
    mutations: new LocalMutations(db, store, lock),
    clock: options.clock ?? (() => new Date()),
    log,
    dataDir: options.dataDir,
    version: options.version,
    transport: options.transport,
    actor: LOCAL_MANAGER,
    emit(event: PushEvent) {
      for (const l of listeners) l(event);
    },
  };

  if (options.demo && store.isEmpty()) loadDemo(db, store, todayOf(ctx));

  const handlers: Handlers = {
    ...appService(ctx),
    ...locationsService(ctx),
    ...rosterService(ctx),
    ...mutationService(ctx),
  };

  return {
    context: ctx,
    call: (method, input) => dispatch(handlers, method, input, log),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      closeDatabase(db);
    },
  };
}
