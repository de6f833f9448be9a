import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { storeFaultMessages } from '../../../../shared/i18n/storeFaultMessages';
import { ErrorState } from '../../app/StateViews';
import { i18n } from '../../i18n';
import { isStoreFault } from './StoreFaultPage';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

const diskFull = { code: 'unavailable' as const, rule: 'store.disk_full', message: storeFaultMessages.nl['store.disk_full'] };

describe('store faults in the renderer: worded from the rule, in the chosen language', () => {
  test('a failed write on a full disk: the Dutch sentence, then the English one after a language switch', async () => {
    render(<ErrorState error={diskFull} />);
    expect(screen.getByRole('alert').textContent).toContain(storeFaultMessages.nl['store.disk_full']);
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('alert').textContent).toContain(storeFaultMessages.en['store.disk_full']);
    expect(screen.getByRole('alert').textContent).not.toMatch(/verbinding|connection/i);
  });

  test('only store.* rules are the fault state; other errors stay ordinary errors', () => {
    expect(isStoreFault(diskFull)).toBe(true);
    expect(isStoreFault({ code: 'rule_violated', rule: 'shift.double_booked', message: 'x' })).toBe(false);
    expect(isStoreFault({ code: 'internal_error', message: 'x' })).toBe(false);
    expect(isStoreFault(null)).toBe(false);
  });
});
