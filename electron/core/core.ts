/**
 * The desk's core: the store, the services and the boundary, with no Electron in sight. The
 * Electron main process and the browser bridge both create one and forward calls to `call`.
 */
import path from 'node:path';
import type { ApiResult } from '../../shared/contract/errors';
import type { EventListener, PushEvent } from '../../shared/contract/events';
import { wallClock, type Clock } from '../../shared/domain/time/clock';
import type { CoreContext } from './context';
import { DeviceCommandQueue } from './devices/deviceCommands';
import { accessRefusal } from './access';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';
import { createLogger, type Logger } from './logger';
import { appService } from './services/appService';
import { locationsService } from './services/locationsService';
import { authService } from './services/authService';
import { childrenService } from './services/childrenService';
import { mentorService } from './services/mentorService';
import { childMasterDataService } from './services/childMasterDataService';
import { dayViewService } from './services/dayViewService';
import { devicesService } from './services/devicesService';
import { latePickupService } from './services/latePickupService';
import { importService } from './services/importService';
import { mutationService } from './services/mutationService';
import { presenceService } from './services/presenceService';
import { privacyService } from './privacy/privacyService';
import { recordingViews } from './privacy/viewRecorder';
import { ratioService } from './services/ratioService';
import { requestsService } from './services/requestsService';
import { RequestScheduler, type Timers } from './services/requestScheduler';
import { rosterService } from './services/rosterService';
import { staffRosterService } from './services/staffRosterService';
import { staffService } from './services/staffService';
import { syncService } from './services/syncService';
import { updateService } from './services/updateService';
import { settingsService } from './services/settingsService';
import { storeFaultService } from './services/storeFaultService';
import { Session } from './session';
import { secureDataFolder } from './store/dataFolderPermissions';
import { BACKUP_FOLDER, openKeyedDatabase } from './store/openKeyedStore';
import type { StoreKeyProvider } from './store/storeKey/storeKeyFile';
import { closeDatabase } from './store/database';
import { loadDemo } from './store/demoLoader';
import { LocalMutations } from './store/localMutations';
import { migrate, pruneBackups } from './store/migrate';
import { openCheckedStore, withStoreFaults } from './store/openStore';
import { TableStore } from './store/tableStore';
import { WriteLock } from './store/writeLock';
import { fileCredentialStore, type CredentialStore } from './sync/credentialStore';
import { HlcClock } from './sync/hlcClock';
import { SyncEngine, defaultSyncTiming, type SyncTiming } from './sync/syncEngine';
import { readEnrolment } from './sync/syncRepository';
import { todayOf } from './context';
import { unsupportedUpdater, type DeskUpdater } from './update/deskUpdater';

export type CoreOptions = {
  dataDir: string;
  transport: 'ipc' | 'bridge';
  version: string;
  /** Create the demo organisation when the store is empty (`--demo`). */
  demo?: boolean;
  clock?: Clock;
  /** Null: no log file (tests). */
  log?: Logger;
  /**
   * The key of the encrypted store: the OS keystore under Electron; default browser mode's key
   * (OPVANGDESK_STORE_KEY or a key file beside dataDir, see store/storeKey/storeKeyPolicy.ts).
   * 'unencrypted' only for the encryption benchmark's comparison.
   */
  storeKey?: StoreKeyProvider | 'unencrypted';
  /** Where the hub credential is kept: the OS's secure storage under Electron; default a file in dataDir. */
  credentials?: CredentialStore;
  syncTiming?: Partial<SyncTiming>;
  /** The desk's own updates, provided by the Electron main process; default `unsupported` (browser mode). */
  updater?: DeskUpdater;
  /** How soon an undelivered device revocation is sent again (default 5 s). */
  deviceCommandRetryMs?: number;
  /** The timer functions of the request scheduler (expiry at the minute, quarter end); tests fire them by hand. */
  requestTimers?: Timers;
};

export type Core = {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
  /** For tests and tools in the same process. */
  readonly context: CoreContext;
  readonly requestScheduler: RequestScheduler;
};

export const STORE_FILE = 'opvangdesk.db';

export async function createCore(options: CoreOptions): Promise<Core> {
  // Store faults (issue 15, item 8): lock, open with the folder's key (item 6) and quick check
  // before anything writes to the folder; the log is made once the folder is known to be there.
  let madeLog: Logger | undefined = options.log;
  const logOnce = (): Logger => (madeLog ??= createLogger(options.dataDir));
  const opened = openCheckedStore(options.dataDir, () => {
    const log = logOnce();
    secureDataFolder(options.dataDir);
    return openKeyedDatabase(options.dataDir, STORE_FILE, options.storeKey, log);
  });
  const db = opened.db;
  const log = logOnce();
  const backups = path.join(options.dataDir, BACKUP_FOLDER);
  const report = await withStoreFaults(opened, () => migrate(db, backups));
  if (report.from !== report.to) log.info(report, 'store migrated');
  pruneBackups(backups);

  const listeners = new Set<EventListener>();
  let scheduler: RequestScheduler | null = null;
  const store = new TableStore(db);
  const lock = new WriteLock();
  const hlc = new HlcClock(db, () => readEnrolment(db)?.deviceId ?? 'local');
  const session = new Session(() => readEnrolment(db) !== null);
  const ctx = {
    db,
    store,
    lock,
    mutations: new LocalMutations(db, store, lock, hlc, () => session.sessionId()),
    clock: options.clock ?? wallClock,
    log,
    dataDir: options.dataDir,
    version: options.version,
    transport: options.transport,
    session,
    credentials: options.credentials ?? fileCredentialStore(options.dataDir),
    emit(event: PushEvent) {
      for (const l of listeners) l(event);
      scheduler?.notify(event);
    },
  } as Omit<CoreContext, 'sync'> as CoreContext;
  ctx.sync = new SyncEngine(ctx, ctx.credentials, { ...defaultSyncTiming, ...options.syncTiming });
  ctx.sync.setPriorityCommands(new DeviceCommandQueue(ctx, options.deviceCommandRetryMs));

  const updater = options.updater ?? unsupportedUpdater(options.version);

  if (options.demo && store.isEmpty()) loadDemo(db, store, todayOf(ctx));

  const handlers: Handlers = {
    ...appService(ctx),
    ...locationsService(ctx),
    ...rosterService(ctx),
    ...staffRosterService(ctx),
    ...staffService(ctx),
    ...ratioService(ctx),
    ...childrenService(ctx),
    ...mentorService(ctx),
    ...childMasterDataService(ctx),
    ...dayViewService(ctx),
    ...presenceService(ctx),
    ...latePickupService(ctx),
    ...requestsService(ctx),
    ...mutationService(ctx),
    ...importService(ctx),
    ...syncService(ctx),
    ...authService(ctx),
    ...devicesService(ctx),
    ...updateService(updater),
    ...settingsService(ctx),
    ...storeFaultService(),
    ...privacyService(ctx),
  };
  // A child's detail and health notes are served with a record of who viewed them (AVG).
  Object.assign(handlers, recordingViews(ctx, handlers));
  // Someone signing in may do what waited for a person (an expiry while nobody was signed in).
  const signIn = handlers['auth.signIn'];
  handlers['auth.signIn'] = async (input) => {
    const result = await signIn(input);
    if (result.ok) scheduler?.poke();
    return result;
  };
  const offUpdater = updater.onStatus((status) => ctx.emit({ type: 'updateStatus', status }));
  ctx.sync.start();
  const requestScheduler = new RequestScheduler(ctx, options.requestTimers);
  scheduler = requestScheduler;
  requestScheduler.start();

  return {
    context: ctx,
    requestScheduler,
    call: (method, input) =>
      dispatch(handlers, method, input, log, (name) =>
        accessRefusal(name, {
          enrolled: readEnrolment(db) !== null,
          signedIn: session.current() !== null,
          revoked: ctx.sync.isRevoked(),
        }),
      ),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      offUpdater();
      requestScheduler.stop();
      await requestScheduler.idle();
      ctx.sync.stop();
      await ctx.sync.idle();
      listeners.clear();
      closeDatabase(db);
      opened.lock.release();
    },
  };
}
