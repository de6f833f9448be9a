import type { StoreFaultError } from './storeFaults';
import { describe, expect, test } from 'vitest';
import { storeFaultRules } from '../../../shared/contract/storeFaultViews';
import { storeFaultMessages } from '../../../shared/i18n/storeFaultMessages';
import { asStoreFault, storeFaultResult, storeFaultRuleOf } from './storeFaults';

const sqliteError = (code: string, message = 'raw') => Object.assign(new Error(message), { code });

describe('store faults: SQLite and file-system errors become a plain rule', () => {
  test.each([
    ['SQLITE_FULL', 'store.disk_full'],
    ['ENOSPC', 'store.disk_full'],
    ['SQLITE_READONLY', 'store.read_only'],
    ['SQLITE_READONLY_DIRECTORY', 'store.read_only'],
    ['SQLITE_READONLY_DBMOVED', 'store.read_only'],
    ['EACCES', 'store.read_only'],
    ['EROFS', 'store.read_only'],
    ['SQLITE_CANTOPEN', 'store.cannot_open'],
    ['SQLITE_CANTOPEN_ISDIR', 'store.cannot_open'],
    ['SQLITE_NOTADB', 'store.damaged'],
    ['SQLITE_CORRUPT', 'store.damaged'],
    ['SQLITE_CORRUPT_INDEX', 'store.damaged'],
    ['SQLITE_IOERR_WRITE', 'store.io_error'],
    ['SQLITE_IOERR_SHORT_READ', 'store.io_error'],
    ['SQLITE_BUSY', 'store.in_use'],
    ['SQLITE_BUSY_SNAPSHOT', 'store.in_use'],
    ['SQLITE_LOCKED', 'store.in_use'],
  ])('%s is %s', (code, rule) => {
    expect(storeFaultRuleOf(sqliteError(code))).toBe(rule);
  });

  test('a programming error (no code, or a code of another kind) is no store fault', () => {
    expect(storeFaultRuleOf(new TypeError('x is undefined'))).toBeNull();
    expect(storeFaultRuleOf(sqliteError('SQLITE_CONSTRAINT_FOREIGNKEY'))).toBeNull();
    expect(storeFaultRuleOf(sqliteError('SQLITE_ERROR'))).toBeNull();
    expect(storeFaultRuleOf('SQLITE_FULL')).toBeNull();
    expect(asStoreFault(new TypeError('x'))).toBeInstanceOf(TypeError);
  });

  test('the answer is unavailable with the rule and a Dutch sentence that never says "verbinding"', () => {
    for (const rule of storeFaultRules) {
      const result = storeFaultResult(rule);
      expect(result).toMatchObject({ ok: false, error: { code: 'unavailable', rule } });
      if (result.ok) continue;
      expect(result.error.message).toBe(storeFaultMessages.nl[rule]);
      expect(result.error.message).not.toMatch(/verbinding|SQLITE|database disk image/i);
    }
  });

  test('every rule has a Dutch and an English sentence', () => {
    for (const rule of storeFaultRules) {
      expect(storeFaultMessages.nl[rule]).toMatch(/\w/);
      expect(storeFaultMessages.en[rule]).toMatch(/\w/);
    }
  });

  test('a StoreFaultError keeps what SQLite said for the log, and shows the Dutch sentence', () => {
    const raw = sqliteError('SQLITE_NOTADB', 'file is not a database');
    const fault = asStoreFault(raw) as StoreFaultError;
    expect(fault.rule).toBe('store.damaged');
    expect(fault.message).toBe(storeFaultMessages.nl['store.damaged']);
    expect(fault.underlying).toBe(raw);
  });
});
