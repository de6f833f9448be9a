/**
 * The desk as the hosts start it (browser mode's webMain, Electron's main): the real core when
 * its store opens, or else the store-fault state, which answers every call with the fault's rule
 * and offers the ways out: restore the newest backup, start again from the hub, or close. After a
 * successful repair the real core takes over in the same object, so the host keeps one `Core`.
 */
import type { StoreKey } from './store/database';
import { storeKeyOf } from './store/openKeyedStore';
import { apiError, apiOk, type ApiResult } from '../../shared/contract/errors';
import type { EventListener } from '../../shared/contract/events';
import { methods } from '../../shared/contract/methods';
import type { StoreFaultRule, StoreFaultView } from '../../shared/contract/storeFaultViews';
import { wallClock } from '../../shared/domain/time/clock';
import { STORE_FILE, createCore, type Core, type CoreOptions } from './core';
import { invalidInput, isMethodName } from './dispatch';
import { createLogger } from './logger';
import { listBackups, restoreBackup } from './store/storeBackups';
import { StoreFaultError, storeFaultMessage, storeFaultResult, storeFaultRuleOf } from './store/storeFaults';
import { acquireStoreLock, type StoreLock } from './store/storeLock';
import { findEnrolment, prepareResync } from './store/storeResync';
import { fileCredentialStore } from './sync/credentialStore';

export type StartedCore = Core & {
  /** The fault the desk is in now; null once the store is served. */
  fault(): StoreFaultView | null;
};

export type StartOptions = CoreOptions & {
  /** The manager chose "Sluiten" on the fault screen. */
  onClose(): void;
};

/** The folder's key for reading a damaged store or a backup ('unencrypted' when it cannot be had: then nothing is read). */
function folderKey(options: Pick<CoreOptions, 'dataDir' | 'storeKey' | 'log'>): StoreKey {
  try {
    return storeKeyOf(options.dataDir, STORE_FILE, options.storeKey, options.log ?? createLogger(null));
  } catch {
    return 'unencrypted';
  }
}

/** What the fault screen needs to know, read from the data folder (the store itself is not opened). */
export function faultView(
  rule: StoreFaultRule,
  options: Pick<CoreOptions, 'dataDir' | 'credentials' | 'storeKey' | 'log'>,
): StoreFaultView {
  const damaged = rule === 'store.damaged';
  const credentials = options.credentials ?? fileCredentialStore(options.dataDir);
  return {
    rule,
    message: storeFaultMessage(rule),
    dataDir: options.dataDir,
    backups: damaged ? listBackups(options.dataDir) : [],
    canResync: damaged && findEnrolment(options.dataDir, STORE_FILE, folderKey(options)) !== null && credentials.load() !== null,
  };
}

export async function startCore(options: StartOptions): Promise<StartedCore> {
  const listeners = new Set<EventListener>();
  const clock = options.clock ?? wallClock;
  let current: Core | null = null;
  let fault: StoreFaultView | null = null;
  // held while in the fault state, so no second desk opens the folder during a repair
  let lock: StoreLock | null = null;

  async function open(): Promise<void> {
    lock?.release();
    lock = null;
    try {
      current = await createCore(options);
      fault = null;
      current.onEvent((e) => listeners.forEach((l) => l(e)));
    } catch (err) {
      if (!(err instanceof StoreFaultError)) throw err;
      fault = faultView(err.rule, options);
      logFault(err);
      if (err.rule !== 'store.in_use') lock = tryLock();
    }
  }

  function tryLock(): StoreLock | null {
    try {
      return acquireStoreLock(options.dataDir);
    } catch {
      return null;
    }
  }

  function logFault(err: StoreFaultError): void {
    try {
      (options.log ?? createLogger(options.dataDir)).warn({ rule: err.rule, err: err.underlying }, 'store not served');
    } catch {
      // a read-only or full folder cannot take the log either
    }
  }

  const repaired = (): ApiResult<{ fault: StoreFaultView | null }> => apiOk({ fault });

  const faultCalls: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> = {
    'storeFault.view': async () => apiOk({ fault }),
    'storeFault.close': async () => {
      setImmediate(options.onClose);
      return apiOk({ closing: true });
    },
    'storeFault.restoreBackup': async (input) => {
      const { file } = input as { file: string };
      if (fault?.rule !== 'store.damaged' || !fault.backups.some((b) => b.file === file)) {
        return apiError('not_found', 'Deze reservekopie bestaat niet (meer).', { rule: 'store.no_such_backup' });
      }
      lock?.release();
      lock = null;
      restoreBackup(options.dataDir, STORE_FILE, file, clock().toISOString());
      await open();
      return repaired();
    },
    'storeFault.resync': async () => {
      const key = folderKey(options);
      const enrolment = findEnrolment(options.dataDir, STORE_FILE, key);
      if (fault?.rule !== 'store.damaged' || !fault.canResync || !enrolment) {
        return apiError('conflict', 'Deze desk is niet gekoppeld aan een hub: opnieuw ophalen kan niet.', {
          rule: 'store.resync_not_enrolled',
        });
      }
      const credentials = options.credentials ?? fileCredentialStore(options.dataDir);
      const outcome = await prepareResync(options.dataDir, STORE_FILE, enrolment, credentials, clock, key);
      if (!outcome.ok) return apiError('unavailable', outcome.message, { rule: 'store.resync_failed' });
      await open();
      return repaired();
    },
  };

  await open();

  return {
    get context() {
      if (!current) throw new Error('the store is not served: ' + (fault?.rule ?? 'closed'));
      return current.context;
    },
    get requestScheduler() {
      if (!current) throw new Error('the store is not served: ' + (fault?.rule ?? 'closed'));
      return current.requestScheduler;
    },
    fault: () => fault,
    async call(method, input) {
      if (current) return current.call(method, input);
      if (!isMethodName(method)) return apiError('unknown_method', `Onbekende opdracht: ${method.slice(0, 80)}`);
      const handler = faultCalls[method];
      if (!handler) return storeFaultResult(fault?.rule ?? 'store.cannot_open');
      const parsed = methods[method].input.safeParse(input ?? {});
      if (!parsed.success) return invalidInput(parsed.error);
      try {
        return await handler(parsed.data);
      } catch (err) {
        // a repair that hits a fault of its own (a full disk while copying the backup) says so plainly
        const rule = storeFaultRuleOf(err);
        if (rule) return storeFaultResult(rule);
        throw err;
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      lock?.release();
      await current?.close();
    },
  };
}
