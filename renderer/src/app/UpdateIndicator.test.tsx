import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PushEvent } from '../../../shared/contract/events';
import type { UpdateStatus } from '../../../shared/contract/views';
import { i18n } from '../i18n';
import { UpdateIndicator } from './UpdateIndicator';

const listeners = vi.hoisted(() => new Set<(e: PushEvent) => void>());
const api = vi.hoisted(() => ({
  'update.status': vi.fn(),
  'update.install': vi.fn(),
  onEvent: vi.fn((l: (e: PushEvent) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }),
}));
vi.mock('../api/client', () => ({ api }));

const base: UpdateStatus = {
  state: 'idle',
  unsupportedReason: null,
  currentVersion: '1.0.0',
  availableVersion: null,
  downloadPercent: null,
  lastCheckAt: null,
  lastError: null,
  installed: null,
};

beforeEach(() => {
  api['update.status'].mockReset();
  api['update.install'].mockReset();
  api.onEvent.mockClear();
  listeners.clear();
  localStorage.clear();
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('nl');
});

function push(status: UpdateStatus) {
  act(() => {
    for (const l of listeners) l({ type: 'updateStatus', status });
  });
}

describe('update in the status bar: quiet', () => {
  test('browser mode: nothing shown and no event subscription', async () => {
    api['update.status'].mockResolvedValue({ ok: true, value: { ...base, state: 'unsupported', unsupportedReason: 'browser_mode' } });
    const { container } = render(<UpdateIndicator />);
    await act(async () => undefined);
    expect(container.innerHTML).toBe('');
    expect(api.onEvent).not.toHaveBeenCalled();
  });

  test('nothing while checking or downloading; "Herstarten om bij te werken" once ready, which asks the core to install', async () => {
    api['update.status'].mockResolvedValue({ ok: true, value: base });
    const { container } = render(<UpdateIndicator />);
    await act(async () => undefined);
    push({ ...base, state: 'downloading', availableVersion: '1.1.0', downloadPercent: 40 });
    expect(container.innerHTML).toBe('');

    push({ ...base, state: 'ready', availableVersion: '1.1.0', downloadPercent: 100 });
    const restart = screen.getByRole('button', { name: 'Herstarten om bij te werken' });
    expect(restart.getAttribute('title')).toContain('1.1.0');
    api['update.install'].mockResolvedValue({ ok: true, value: { ...base, state: 'waiting_for_sync', availableVersion: '1.1.0' } });
    fireEvent.click(restart);
    expect(await screen.findByText('Bijwerken wacht tot de synchronisatie klaar is…')).toBeTruthy();
    expect(api['update.install']).toHaveBeenCalledOnce();
  });

  test('a refused restart is said quietly, the update stays available', async () => {
    api['update.status'].mockResolvedValue({ ok: true, value: { ...base, state: 'ready', availableVersion: '1.1.0' } });
    render(<UpdateIndicator />);
    api['update.install'].mockResolvedValue({
      ok: false,
      error: { code: 'conflict', message: 'Er staat geen update klaar om te installeren.' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Herstarten om bij te werken' }));
    expect(await screen.findByText('Er staat geen update klaar om te installeren.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Herstarten om bij te werken' })).toBeTruthy();
  });

  test('after an update the release notes are shown once, as text', async () => {
    const installed = { version: '1.1.0', notes: 'Nieuw: <b>sneller</b> rooster' };
    api['update.status'].mockResolvedValue({ ok: true, value: { ...base, currentVersion: '1.1.0', installed } });
    render(<UpdateIndicator />);
    // jsdom has no modal dialogs (showModal), so the <dialog> counts as hidden for role queries
    expect(await screen.findByRole('heading', { name: 'Opvangdesk is bijgewerkt naar versie 1.1.0', hidden: true })).toBeTruthy();
    expect(screen.getByText('Nieuw: <b>sneller</b> rooster')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten', hidden: true }));
    expect(screen.queryByRole('heading', { name: /bijgewerkt/, hidden: true })).toBeNull();

    cleanup();
    render(<UpdateIndicator />);
    await act(async () => undefined);
    expect(screen.queryByRole('heading', { name: /bijgewerkt/, hidden: true })).toBeNull();
  });
});
