import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { ApiError } from '../../../shared/contract/errors';
import { i18n, type Language } from '../i18n';
import { NoticeLine, type Notice } from './NoticeLine';

/** A feature's language helper: the core's Dutch message, or the rule's English sentence. */
const errorText = (error: ApiError, language: Language) => (language === 'nl' ? error.message : `EN ${error.rule}`);

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

describe('the status line renders its notice when shown', () => {
  test('params formatted in the language shown: a list, a day, an amount; a language switch re-renders them', async () => {
    const notice: Notice = {
      kind: 'success',
      key: 'latePickups.register.saved',
      params: { names: { list: ['Noor', 'Daan'] }, date: { day: '2026-11-20' }, time: '18:12' },
    };
    render(<NoticeLine notice={notice} base="lp-notice" errorText={errorText} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Geregistreerd: Noor en Daan (vr 20 nov, opgehaald om 18:12).');
    expect(status.className).toBe('lp-notice lp-notice-success');
    await act(() => i18n.changeLanguage('en'));
    expect(status.textContent).toBe('Registered: Noor and Daan (Fri 20 Nov, picked up at 18:12).');
  });

  test('an amount in cents and another text by its key follow the language too', async () => {
    const { rerender } = render(
      <NoticeLine
        notice={{ kind: 'success', key: 'latePickups.export.done', params: { file: 'x.csv', count: 2, amount: { cents: 5500 } } }}
        base="lp-notice"
        errorText={errorText}
      />,
    );
    // Intl puts a no-break space after the euro sign
    expect(screen.getByRole('status').textContent?.replace(/\s/g, ' ')).toBe('x.csv gedownload: 2 boetes, € 55,00.');
    rerender(
      <NoticeLine
        notice={{ kind: 'success', key: 'children.consents.given', params: { what: { key: 'children.consents.photos' } } }}
        base="cp-notice"
        errorText={errorText}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe("Toestemming vastgelegd: Foto's maken en delen.");
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('status').textContent).toBe('Consent recorded: Taking and sharing photos.');
  });

  test("a refused call goes through the feature's helper; nothing to say keeps an empty line", async () => {
    const error: ApiError = { code: 'rule_violated', rule: 'plan.overlap', message: 'Dit overlapt.' };
    const { rerender } = render(
      <NoticeLine notice={{ kind: 'error', error }} base="cp-notice" className="no-print" errorText={errorText} />,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Dit overlapt.');
    expect(status.className).toBe('cp-notice cp-notice-error no-print');
    await act(() => i18n.changeLanguage('en'));
    expect(status.textContent).toBe('EN plan.overlap');
    rerender(<NoticeLine notice={null} base="cp-notice" errorText={errorText} />);
    expect(status.textContent).toBe('');
    expect(status.className).toBe('cp-notice cp-notice-empty');
  });
});
