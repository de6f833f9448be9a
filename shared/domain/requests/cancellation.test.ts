import { describe, expect, test } from 'vitest';
import { checkCancel } from './cancellation';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';
import { absence, approved, extension, extra, flex, local, submitted, swap } from './testFixtures';

const settings = defaultRequestSettings;
const ruleOf = (r: ReturnType<typeof checkCancel>): string => (r.ok ? 'ok' : r.rule);

describe('cancellation by the parent', () => {
  test('cancel: an approved extra day can be cancelled 14 days before (Tue 10 Nov for Tue 24 Nov)', () => {
    expect(ruleOf(checkCancel(extra(), approved(), local('2026-11-10', '23:59'), settings))).toBe('ok');
  });

  test('cancel: an approved extra day is refused 13 days before (minimum 14)', () => {
    const r = checkCancel(extra(), approved(), local('2026-11-11', '00:01'), settings);
    expect(ruleOf(r)).toBe('cancel.min_days_before');
    expect(r.ok ? '' : r.message).toBe('Annuleren kan tot 14 dagen voor de dag; het is nu nog 13 dagen tot di 24 nov.');
  });

  test('cancel: an approved flex day: 14 days ok, 13 refused (its own setting)', () => {
    expect(ruleOf(checkCancel(flex(), approved(), local('2026-11-25'), settings))).toBe('ok');
    expect(ruleOf(checkCancel(flex(), approved(), local('2026-11-26'), settings))).toBe('cancel.min_days_before');
    const s = requestSettingsSchema.parse({ flexDay: { cancelMinDaysBefore: 7 } });
    expect(ruleOf(checkCancel(flex(), approved(), local('2026-11-26'), s))).toBe('ok');
  });

  test('cancel: a request not yet decided can always be withdrawn', () => {
    expect(ruleOf(checkCancel(extra(), submitted, local('2026-11-23'), settings))).toBe('ok');
  });

  test('cancel: a late approval waiting for the parent can always be declined', () => {
    expect(ruleOf(checkCancel(extra(), approved({ awaitingParentConfirmation: true }), local('2026-11-23'), settings))).toBe('ok');
  });

  test('cancel: an approved swap day or extension until the day before', () => {
    expect(ruleOf(checkCancel(swap(), approved(), local('2026-11-09', '22:00'), settings))).toBe('ok');
    expect(ruleOf(checkCancel(swap(), approved(), local('2026-11-10', '06:00'), settings))).toBe('cancel.too_late');
    expect(ruleOf(checkCancel(extension(), approved(), local('2026-11-16'), settings))).toBe('cancel.too_late');
  });

  test('cancel: an absence cannot be withdrawn (the right to care is forfeited)', () => {
    expect(ruleOf(checkCancel(absence(), approved(), local('2026-11-01'), settings))).toBe('cancel.absence_final');
  });
});
