/**
 * The desk's update policy as pure decisions (tested under Node): where updates come from, when
 * to check, when a restart may install, what the status bar is told, and the release notes shown
 * once after an update. electron/main/update/autoUpdate.ts only wires them to electron-updater.
 */
import { z } from 'zod';
import type { UpdateState, UpdateStatus } from '../../../shared/contract/views';
import { isOlderVersion } from '../../core/sync/version';

export const updateTiming = {
  /** The first check shortly after start, so starting the desk stays quick. */
  firstCheckDelayMs: 30_000,
  /** Then once a day (a desk is often open for weeks). */
  checkIntervalMs: 24 * 60 * 60_000,
  /** After a failed check (offline, server away) again within the hour, never more often. */
  retryAfterErrorMs: 60 * 60_000,
  /** While a sync push is in progress the restart waits and asks again after this. */
  installRetryMs: 2_000,
  /** A push that lasts longer than this: stop waiting; the manager can try again. */
  installMaxWaitMs: 5 * 60_000,
} as const;

export type UpdateTiming = { [K in keyof typeof updateTiming]: number };

// ---------------------------------------------------------------------------------------------
// Where updates come from

/** The optional settings file in the data folder (`update.json`), for an IT department. */
export const UPDATE_SETTINGS_FILE = 'update.json';

const UpdateSettingsSchema = z
  .object({
    /** Another update server than the one built in (e.g. a pilot channel). */
    url: z.string().max(500).optional(),
    /** false: this desk never checks (updates are deployed another way). */
    enabled: z.boolean().optional(),
  })
  .strict();

export type UpdateSettings = { url: string | null; enabled: boolean };

/** Reads update.json; anything malformed is ignored with a warning, never fatal. */
export function parseUpdateSettings(text: string | null): { settings: UpdateSettings; warning: string | null } {
  const defaults: UpdateSettings = { url: null, enabled: true };
  if (text === null) return { settings: defaults, warning: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { settings: defaults, warning: `${UPDATE_SETTINGS_FILE} is geen geldige JSON en wordt genegeerd` };
  }
  const parsed = UpdateSettingsSchema.safeParse(json);
  if (!parsed.success) return { settings: defaults, warning: `${UPDATE_SETTINGS_FILE} klopt niet en wordt genegeerd` };
  const url = parsed.data.url ?? null;
  if (url !== null && !isAllowedUpdateUrl(url)) {
    return { settings: { url: null, enabled: parsed.data.enabled ?? true }, warning: `${UPDATE_SETTINGS_FILE}: het adres moet https zijn` };
  }
  return { settings: { url, enabled: parsed.data.enabled ?? true }, warning: null };
}

/** Updates are code: only over https (plain http only on this machine, for testing an update server). */
export function isAllowedUpdateUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username !== '' || u.password !== '') return false;
  if (u.protocol === 'https:') return true;
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

export type FeedDecision =
  /** The generic-provider URL electron-builder wrote into resources/app-update.yml at build time. */
  | { kind: 'built_in' }
  /** The URL of update.json. */
  | { kind: 'setting'; url: string }
  | { kind: 'none'; reason: 'development' | 'not_configured' };

export function resolveFeed(input: {
  isPackaged: boolean;
  /** resources/app-update.yml exists (the build had OPVANGDESK_UPDATE_URL). */
  builtInConfig: boolean;
  settings: UpdateSettings;
  platform: NodeJS.Platform;
  /** Linux updates itself only as an AppImage (electron-updater needs $APPIMAGE). */
  appImage: boolean;
}): FeedDecision {
  if (!input.isPackaged) return { kind: 'none', reason: 'development' };
  if (!input.settings.enabled) return { kind: 'none', reason: 'not_configured' };
  if (input.platform === 'linux' && !input.appImage) return { kind: 'none', reason: 'not_configured' };
  if (input.settings.url !== null) return { kind: 'setting', url: input.settings.url };
  return input.builtInConfig ? { kind: 'built_in' } : { kind: 'none', reason: 'not_configured' };
}

// ---------------------------------------------------------------------------------------------
// When to check

export type CheckOutcome = 'start' | 'ok' | 'error';

/** After start: soon; after a check: a day; after a failed check: an hour. */
export function nextCheckDelayMs(last: CheckOutcome, timing: UpdateTiming = updateTiming): number {
  if (last === 'start') return timing.firstCheckDelayMs;
  return last === 'ok' ? timing.checkIntervalMs : timing.retryAfterErrorMs;
}

/** No new check while a download runs or a restart is under way. */
export function shouldCheck(state: UpdateState): boolean {
  return state === 'idle' || state === 'checking' || state === 'ready';
}

// ---------------------------------------------------------------------------------------------
// When a restart may install

export type InstallDecision =
  | { action: 'install' }
  | { action: 'wait'; retryInMs: number }
  | { action: 'give_up' }
  /** A second click while the restart already waits or runs: nothing more to do. */
  | { action: 'under_way' }
  | { action: 'refuse'; reason: 'unsupported' | 'not_ready' };

/**
 * Never restart during a sync push: the push would be cut off mid-batch (the hub stays idempotent,
 * but the desk would only learn the verdicts a round later). Wait for it, a limited time.
 */
export function decideInstall(
  input: { state: UpdateState; pushing: boolean; waitedMs: number; retry: boolean },
  timing: UpdateTiming = updateTiming,
): InstallDecision {
  if (input.state === 'unsupported') return { action: 'refuse', reason: 'unsupported' };
  if (input.state === 'installing') return { action: 'under_way' };
  if (input.state === 'waiting_for_sync' && !input.retry) return { action: 'under_way' };
  if (input.state !== 'ready' && input.state !== 'waiting_for_sync') return { action: 'refuse', reason: 'not_ready' };
  if (!input.pushing) return { action: 'install' };
  if (input.waitedMs >= timing.installMaxWaitMs) return { action: 'give_up' };
  return { action: 'wait', retryInMs: timing.installRetryMs };
}

// ---------------------------------------------------------------------------------------------
// What the status bar is told

export type UpdaterEvent =
  | { type: 'checking'; at: string }
  | { type: 'available'; version: string }
  | { type: 'not_available' }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'error'; during: 'check' | 'download' | 'install' }
  | { type: 'install_waiting' }
  | { type: 'installing' }
  | { type: 'install_gave_up' };

/** Quiet sentences for the status bar; the full error goes to the log only. */
export const updateErrorMessages = {
  check: 'Controleren op updates lukte niet; het wordt later opnieuw geprobeerd.',
  download: 'Downloaden van de update lukte niet; het wordt later opnieuw geprobeerd.',
  install: 'Installeren van de update lukte niet; probeer het opnieuw of sluit Opvangdesk af.',
  gaveUp: 'De synchronisatie duurt lang; de update wacht. Probeer het straks opnieuw.',
} as const;

export function initialStatus(input: {
  version: string;
  feed: FeedDecision;
  installed: { version: string; notes: string } | null;
}): UpdateStatus {
  return {
    state: input.feed.kind === 'none' ? 'unsupported' : 'idle',
    unsupportedReason: input.feed.kind === 'none' ? input.feed.reason : null,
    currentVersion: input.version,
    availableVersion: null,
    downloadPercent: null,
    lastCheckAt: null,
    lastError: null,
    installed: input.installed,
  };
}

const downloaded = (s: UpdateState) => s === 'ready' || s === 'waiting_for_sync' || s === 'installing';

/**
 * The state machine behind the status bar. A downloaded update stays `ready` whatever a later
 * check says; an error never leaves a broken state: back to `idle` (or `ready` when the update was
 * already downloaded), with a quiet sentence.
 */
export function nextStatus(status: UpdateStatus, event: UpdaterEvent): UpdateStatus {
  if (status.state === 'unsupported') return status;
  switch (event.type) {
    case 'checking':
      return { ...status, state: downloaded(status.state) ? status.state : 'checking', lastCheckAt: event.at };
    case 'available':
      // a restart under way is not interrupted; the same version is not fetched twice
      if (status.state === 'waiting_for_sync' || status.state === 'installing') return status;
      if (status.state === 'ready' && status.availableVersion === event.version) return status;
      return { ...status, state: 'downloading', availableVersion: event.version, downloadPercent: 0, lastError: null };
    case 'not_available':
      return downloaded(status.state) ? status : { ...status, state: 'idle', downloadPercent: null, lastError: null };
    case 'progress':
      if (status.state !== 'downloading') return status;
      return { ...status, downloadPercent: Math.max(0, Math.min(100, Math.round(event.percent))) };
    case 'downloaded':
      return { ...status, state: 'ready', availableVersion: event.version, downloadPercent: 100, lastError: null };
    case 'error':
      if (downloaded(status.state)) {
        // the update is still on disk, so it stays ready; only a failed restart deserves a sentence
        const installFailed = event.during === 'install' || status.state !== 'ready';
        return { ...status, state: 'ready', lastError: installFailed ? updateErrorMessages.install : status.lastError };
      }
      return {
        ...status,
        state: 'idle',
        downloadPercent: null,
        lastError: event.during === 'check' ? updateErrorMessages.check : updateErrorMessages.download,
      };
    case 'install_waiting':
      return status.state === 'ready' || status.state === 'waiting_for_sync'
        ? { ...status, state: 'waiting_for_sync', lastError: null }
        : status;
    case 'installing':
      return { ...status, state: 'installing', lastError: null };
    case 'install_gave_up':
      return { ...status, state: 'ready', lastError: updateErrorMessages.gaveUp };
  }
}

// ---------------------------------------------------------------------------------------------
// Release notes, shown once after the update

export type ReleaseNoteInput = string | readonly { version: string; note?: string | null }[] | null | undefined;

const MAX_NOTES_LENGTH = 4_000;

/**
 * The notes of latest.yml as plain text: the update server may send HTML (GitHub-style notes);
 * the renderer shows text only, never markup.
 */
export function releaseNotesText(notes: ReleaseNoteInput, maxLength = MAX_NOTES_LENGTH): string {
  const text =
    notes == null
      ? ''
      : typeof notes === 'string'
        ? plainText(notes)
        : notes
            .map((n) => [n.version, plainText(n.note ?? '')].filter((part) => part !== '').join('\n'))
            .filter((part) => part !== '')
            .join('\n\n');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function plainText(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/<\s*(script|style)[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\s*li[^>]*>/gi, '\n• ')
    .replace(/<\s*\/\s*(p|div|h[1-6]|ul|ol)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => entities[name] ?? '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type SavedReleaseNotes = { version: string; notes: string };

/**
 * After a restart: the notes saved when the update was downloaded are shown when that version now
 * runs (and then forgotten); kept while the update is still waiting; dropped when out of date.
 */
export function releaseNotesAfterStart(
  saved: SavedReleaseNotes | null,
  currentVersion: string,
): { show: SavedReleaseNotes | null; keep: boolean } {
  if (!saved) return { show: null, keep: false };
  if (saved.version === currentVersion) return { show: saved, keep: false };
  if (isOlderVersion(currentVersion, saved.version)) return { show: null, keep: true };
  return { show: null, keep: false };
}
