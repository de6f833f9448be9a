/**
 * Store faults told plainly (issue 15, item 8): an error thrown by SQLite or by the file system
 * under the data folder becomes a rule (`store.disk_full`, ...) with a Dutch sentence saying what
 * happened and what to do, instead of a raw English SQLite message or "verbinding".
 *
 * better-sqlite3 gives SQLite's extended result code as the error's `code` (SQLITE_READONLY_DIRECTORY,
 * SQLITE_IOERR_WRITE, ...); Node's fs gives errno names (ENOSPC, EACCES).
 */
import { apiError, type ApiResult } from '../../../shared/contract/errors';
import type { StoreFaultRule } from '../../../shared/contract/storeFaultViews';
import { storeFaultMessages } from '../../../shared/i18n/storeFaultMessages';

/** The rule for an error code, by SQLite's primary code (the part before a second underscore) or errno. */
const ruleByCode: Record<string, StoreFaultRule> = {
  SQLITE_FULL: 'store.disk_full',
  ENOSPC: 'store.disk_full',
  EDQUOT: 'store.disk_full',
  SQLITE_READONLY: 'store.read_only',
  SQLITE_AUTH: 'store.read_only',
  SQLITE_PERM: 'store.read_only',
  EACCES: 'store.read_only',
  EPERM: 'store.read_only',
  EROFS: 'store.read_only',
  SQLITE_NOTADB: 'store.damaged',
  SQLITE_CORRUPT: 'store.damaged',
  SQLITE_BUSY: 'store.in_use',
  SQLITE_LOCKED: 'store.in_use',
  SQLITE_CANTOPEN: 'store.cannot_open',
  ENOENT: 'store.cannot_open',
  ENOTDIR: 'store.cannot_open',
  SQLITE_IOERR: 'store.io_error',
  EIO: 'store.io_error',
};

/** SQLITE_READONLY_DIRECTORY -> SQLITE_READONLY; errno names stay as they are. */
function primaryCode(code: string): string {
  const m = /^SQLITE_[A-Z]+/.exec(code);
  return m ? m[0] : code;
}

/** The fault rule of an error from the store or the data folder; null for anything else (a programming error). */
export function storeFaultRuleOf(error: unknown): StoreFaultRule | null {
  if (error instanceof StoreFaultError) return error.rule;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  return ruleByCode[primaryCode(code)] ?? null;
}

export function storeFaultMessage(rule: StoreFaultRule): string {
  return storeFaultMessages.nl[rule];
}

/** The boundary's answer to a store fault: `unavailable` with the rule, so the UI words it and nothing says "verbinding". */
export function storeFaultResult(rule: StoreFaultRule): ApiResult<never> {
  return apiError('unavailable', storeFaultMessage(rule), { rule });
}

/** Thrown while opening the store: the desk then starts in its fault state instead of serving the store. */
export class StoreFaultError extends Error {
  constructor(
    readonly rule: StoreFaultRule,
    /** What SQLite or the file system said, for the log (never shown as the message). */
    readonly underlying?: unknown,
  ) {
    super(storeFaultMessage(rule));
    this.name = 'StoreFaultError';
  }
}

/** Any error from opening the store as a StoreFaultError when it is one; other errors unchanged. */
export function asStoreFault(error: unknown): unknown {
  if (error instanceof StoreFaultError) return error;
  const rule = storeFaultRuleOf(error);
  return rule ? new StoreFaultError(rule, error) : error;
}
