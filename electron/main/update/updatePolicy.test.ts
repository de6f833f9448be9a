import { describe, expect, test } from 'vitest';
import type { UpdateStatus } from '../../../shared/contract/views';
import {
  decideInstall,
  initialStatus,
  isAllowedUpdateUrl,
  nextCheckDelayMs,
  nextStatus,
  parseUpdateSettings,
  releaseNotesAfterStart,
  releaseNotesText,
  resolveFeed,
  shouldCheck,
  updateErrorMessages,
  updateTiming,
  type UpdaterEvent,
} from './updatePolicy';

const packaged = {
  isPackaged: true,
  builtInConfig: true,
  settings: { url: null, enabled: true },
  platform: 'win32' as const,
  appImage: false,
};

function run(
  events: UpdaterEvent[],
  from: UpdateStatus = initialStatus({ version: '1.0.0', feed: { kind: 'built_in' }, installed: null }),
) {
  return events.reduce(nextStatus, from);
}

describe('update feed: where updates come from', () => {
  test('a packaged desk uses the URL built into app-update.yml', () => {
    expect(resolveFeed(packaged)).toEqual({ kind: 'built_in' });
  });

  test('update.json in the data folder overrides the built-in URL', () => {
    expect(resolveFeed({ ...packaged, settings: { url: 'https://updates.example.nl/pilot', enabled: true } })).toEqual({
      kind: 'setting',
      url: 'https://updates.example.nl/pilot',
    });
  });

  test('off in a development build, without a configured URL, when disabled, and on Linux outside an AppImage', () => {
    expect(resolveFeed({ ...packaged, isPackaged: false })).toEqual({ kind: 'none', reason: 'development' });
    expect(resolveFeed({ ...packaged, builtInConfig: false })).toEqual({ kind: 'none', reason: 'not_configured' });
    expect(resolveFeed({ ...packaged, settings: { url: 'https://u.example.nl', enabled: false } })).toEqual({
      kind: 'none',
      reason: 'not_configured',
    });
    expect(resolveFeed({ ...packaged, platform: 'linux' })).toEqual({ kind: 'none', reason: 'not_configured' });
    expect(resolveFeed({ ...packaged, platform: 'linux', appImage: true })).toEqual({ kind: 'built_in' });
  });

  test('update URLs: https only (plain http only on this machine), never with credentials', () => {
    expect(isAllowedUpdateUrl('https://updates.opvangdesk.nl/desk/')).toBe(true);
    expect(isAllowedUpdateUrl('http://updates.opvangdesk.nl/desk/')).toBe(false);
    expect(isAllowedUpdateUrl('http://127.0.0.1:8080/')).toBe(true);
    expect(isAllowedUpdateUrl('https://user:secret@updates.opvangdesk.nl/')).toBe(false);
    expect(isAllowedUpdateUrl('file:///tmp/update')).toBe(false);
    expect(isAllowedUpdateUrl('geen adres')).toBe(false);
  });

  test('update.json: a missing file is the defaults; a malformed one is ignored with a warning', () => {
    expect(parseUpdateSettings(null)).toEqual({ settings: { url: null, enabled: true }, warning: null });
    expect(parseUpdateSettings('{"url":"https://u.example.nl/"}')).toEqual({
      settings: { url: 'https://u.example.nl/', enabled: true },
      warning: null,
    });
    expect(parseUpdateSettings('{"enabled":false}').settings.enabled).toBe(false);
    expect(parseUpdateSettings('{ kapot').warning).toMatch(/geen geldige JSON/);
    expect(parseUpdateSettings('{"url":42}').warning).toMatch(/klopt niet/);
    expect(parseUpdateSettings('{"url":"http://u.example.nl/"}')).toMatchObject({
      settings: { url: null },
      warning: expect.stringMatching(/https/),
    });
  });
});

describe('update checks: on start and daily', () => {
  test('first check 30 seconds after start, then daily, an hour after a failure', () => {
    expect(nextCheckDelayMs('start')).toBe(30_000);
    expect(nextCheckDelayMs('ok')).toBe(24 * 60 * 60_000);
    expect(nextCheckDelayMs('error')).toBe(60 * 60_000);
  });

  test('no check while a download runs or a restart is under way', () => {
    expect(shouldCheck('idle')).toBe(true);
    expect(shouldCheck('ready')).toBe(true);
    expect(shouldCheck('downloading')).toBe(false);
    expect(shouldCheck('waiting_for_sync')).toBe(false);
    expect(shouldCheck('installing')).toBe(false);
    expect(shouldCheck('unsupported')).toBe(false);
  });
});

describe('restart to update: never during a sync push', () => {
  test('installs when an update is ready and nothing is being pushed', () => {
    expect(decideInstall({ state: 'ready', pushing: false, waitedMs: 0, retry: false })).toEqual({ action: 'install' });
  });

  test('waits while a sync push is in progress, and asks again', () => {
    expect(decideInstall({ state: 'ready', pushing: true, waitedMs: 0, retry: false })).toEqual({
      action: 'wait',
      retryInMs: updateTiming.installRetryMs,
    });
    expect(decideInstall({ state: 'waiting_for_sync', pushing: true, waitedMs: 10_000, retry: true })).toMatchObject({ action: 'wait' });
    expect(decideInstall({ state: 'waiting_for_sync', pushing: false, waitedMs: 10_000, retry: true })).toEqual({ action: 'install' });
  });

  test('gives up waiting after five minutes of pushing, the update stays ready', () => {
    expect(decideInstall({ state: 'waiting_for_sync', pushing: true, waitedMs: 5 * 60_000, retry: true })).toEqual({ action: 'give_up' });
    expect(run([{ type: 'downloaded', version: '1.1.0' }, { type: 'install_waiting' }, { type: 'install_gave_up' }])).toMatchObject({
      state: 'ready',
      lastError: updateErrorMessages.gaveUp,
    });
  });

  test('a second click while the restart waits or runs changes nothing', () => {
    expect(decideInstall({ state: 'waiting_for_sync', pushing: true, waitedMs: 0, retry: false })).toEqual({ action: 'under_way' });
    expect(decideInstall({ state: 'installing', pushing: false, waitedMs: 0, retry: false })).toEqual({ action: 'under_way' });
  });

  test('refused without a downloaded update, and in browser mode or a development build', () => {
    for (const state of ['idle', 'checking', 'downloading'] as const) {
      expect(decideInstall({ state, pushing: false, waitedMs: 0, retry: false })).toEqual({ action: 'refuse', reason: 'not_ready' });
    }
    expect(decideInstall({ state: 'unsupported', pushing: false, waitedMs: 0, retry: false })).toEqual({
      action: 'refuse',
      reason: 'unsupported',
    });
  });
});

describe('update status: what the status bar is told', () => {
  test('without a feed the status is unsupported with the reason, and stays so', () => {
    const off = initialStatus({ version: '1.0.0', feed: { kind: 'none', reason: 'development' }, installed: null });
    expect(off).toMatchObject({ state: 'unsupported', unsupportedReason: 'development', currentVersion: '1.0.0' });
    expect(run([{ type: 'downloaded', version: '2.0.0' }], off)).toBe(off);
  });

  test('check, download with progress, ready', () => {
    const status = run([
      { type: 'checking', at: '2026-11-23T08:00:00.000Z' },
      { type: 'available', version: '1.1.0' },
      { type: 'progress', percent: 41.6 },
    ]);
    expect(status).toMatchObject({
      state: 'downloading',
      availableVersion: '1.1.0',
      downloadPercent: 42,
      lastCheckAt: '2026-11-23T08:00:00.000Z',
    });
    expect(nextStatus(status, { type: 'downloaded', version: '1.1.0' })).toMatchObject({ state: 'ready', downloadPercent: 100 });
  });

  test('nothing new: back to idle, quietly', () => {
    expect(run([{ type: 'checking', at: '2026-11-23T08:00:00.000Z' }, { type: 'not_available' }])).toMatchObject({
      state: 'idle',
      lastError: null,
    });
  });

  test('a failed check or download returns to idle with a quiet sentence, never a broken state', () => {
    expect(
      run([
        { type: 'checking', at: 'x' },
        { type: 'error', during: 'check' },
      ]),
    ).toMatchObject({
      state: 'idle',
      lastError: updateErrorMessages.check,
    });
    expect(
      run([
        { type: 'available', version: '1.1.0' },
        { type: 'error', during: 'download' },
      ]),
    ).toMatchObject({
      state: 'idle',
      downloadPercent: null,
      lastError: updateErrorMessages.download,
    });
  });

  test('a downloaded update stays ready after a later failed or empty check', () => {
    const ready = run([{ type: 'downloaded', version: '1.1.0' }]);
    expect(
      run(
        [
          { type: 'checking', at: 'y' },
          { type: 'error', during: 'check' },
        ],
        ready,
      ),
    ).toMatchObject({ state: 'ready', lastError: null });
    expect(run([{ type: 'checking', at: 'y' }, { type: 'not_available' }], ready)).toMatchObject({ state: 'ready' });
    expect(run([{ type: 'available', version: '1.1.0' }], ready)).toBe(ready);
  });

  test('a newer version found while one is ready is downloaded in its place', () => {
    const ready = run([{ type: 'downloaded', version: '1.1.0' }]);
    expect(nextStatus(ready, { type: 'available', version: '1.2.0' })).toMatchObject({ state: 'downloading', availableVersion: '1.2.0' });
  });

  test('a failed restart leaves the update ready, with a sentence', () => {
    expect(run([{ type: 'downloaded', version: '1.1.0' }, { type: 'installing' }, { type: 'error', during: 'install' }])).toMatchObject({
      state: 'ready',
      lastError: updateErrorMessages.install,
    });
  });

  test('a restart under way is not interrupted by a check result', () => {
    const installing = run([{ type: 'downloaded', version: '1.1.0' }, { type: 'installing' }]);
    expect(nextStatus(installing, { type: 'available', version: '1.2.0' })).toBe(installing);
  });
});

describe('release notes: plain text, shown once after the update', () => {
  test('HTML notes become plain text, markup and scripts never reach the screen', () => {
    expect(
      releaseNotesText('<h2>Nieuw</h2><ul><li>Rooster &amp; ratio sneller</li><li>Te laat ophalen</li></ul><script>alert(1)</script>'),
    ).toBe('Nieuw\n\n• Rooster & ratio sneller\n• Te laat ophalen');
    expect(releaseNotesText('Regel 1<br>Regel 2')).toBe('Regel 1\nRegel 2');
  });

  test('notes per version (fullChangelog) are listed under their version', () => {
    expect(
      releaseNotesText([
        { version: '1.2.0', note: 'Apparaten intrekken' },
        { version: '1.1.0', note: null },
      ]),
    ).toBe('1.2.0\nApparaten intrekken\n\n1.1.0');
  });

  test('no notes is an empty text; very long notes are cut off', () => {
    expect(releaseNotesText(null)).toBe('');
    expect(releaseNotesText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  test('after the restart into the new version the notes are shown and then forgotten', () => {
    expect(releaseNotesAfterStart({ version: '1.1.0', notes: 'n' }, '1.1.0')).toEqual({
      show: { version: '1.1.0', notes: 'n' },
      keep: false,
    });
  });

  test('kept while the update is not installed yet; dropped when older than the running version', () => {
    expect(releaseNotesAfterStart({ version: '1.1.0', notes: 'n' }, '1.0.0')).toEqual({ show: null, keep: true });
    expect(releaseNotesAfterStart({ version: '1.0.0', notes: 'n' }, '1.1.0')).toEqual({ show: null, keep: false });
    expect(releaseNotesAfterStart(null, '1.1.0')).toEqual({ show: null, keep: false });
  });

  test('the notes are part of the first status after the update', () => {
    expect(initialStatus({ version: '1.1.0', feed: { kind: 'built_in' }, installed: { version: '1.1.0', notes: 'n' } }).installed).toEqual({
      version: '1.1.0',
      notes: 'n',
    });
  });
});
