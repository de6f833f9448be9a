/**
 * electron-updater wired to the decisions of updatePolicy.ts: the generic provider (the URL built
 * into resources/app-update.yml, or update.json in the data folder), a check shortly after start
 * and then daily, downloads in the background, and "restart to update" only while no sync push is
 * in progress. Every failure is logged and becomes a quiet status: nothing here may break the desk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { autoUpdater, type ProgressInfo, type UpdateDownloadedEvent, type UpdateInfo } from 'electron-updater';
import type { UpdateStatus } from '../../../shared/contract/views';
import type { Logger } from '../../core/logger';
import type { DeskUpdater, InstallOutcome } from '../../core/update/deskUpdater';
import { saveReleaseNotes, takeReleaseNotes } from './releaseNotesFile';
import {
  UPDATE_SETTINGS_FILE,
  decideInstall,
  initialStatus,
  nextCheckDelayMs,
  nextStatus,
  parseUpdateSettings,
  releaseNotesText,
  resolveFeed,
  shouldCheck,
  type CheckOutcome,
  type UpdaterEvent,
} from './updatePolicy';

export type AutoUpdateOptions = {
  dataDir: string;
  version: string;
  isPackaged: boolean;
  resourcesPath: string;
  log: Logger;
  /** Asks the core's sync engine; the restart waits while this is true. */
  isPushing: () => boolean;
};

export type AutoUpdate = DeskUpdater & { start(): void; stop(): void };

/** Time for the answer "installing" to reach the status bar before the app quits. */
const QUIT_DELAY_MS = 500;

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function createAutoUpdate(options: AutoUpdateOptions): AutoUpdate {
  const log = options.log.child({ module: 'updater' });
  const { settings, warning } = parseUpdateSettings(readText(path.join(options.dataDir, UPDATE_SETTINGS_FILE)));
  if (warning) log.warn({ warning }, 'update settings ignored');
  const feed = resolveFeed({
    isPackaged: options.isPackaged,
    builtInConfig: fs.existsSync(path.join(options.resourcesPath, 'app-update.yml')),
    settings,
    platform: process.platform,
    appImage: Boolean(process.env.APPIMAGE),
  });
  let installed: { version: string; notes: string } | null = null;
  try {
    installed = takeReleaseNotes(options.dataDir, options.version);
  } catch (err) {
    log.warn({ err }, 'release notes not read');
  }

  let status = initialStatus({ version: options.version, feed, installed });
  const listeners = new Set<(status: UpdateStatus) => void>();
  const apply = (event: UpdaterEvent) => {
    const next = nextStatus(status, event);
    if (next === status) return;
    status = next;
    for (const listener of listeners) {
      try {
        listener(status);
      } catch (err) {
        log.warn({ err }, 'update status listener failed');
      }
    }
  };
  const base = {
    status: () => status,
    onStatus(listener: (status: UpdateStatus) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };

  const off = (): AutoUpdate => ({
    ...base,
    install: async () => ({ accepted: false, reason: 'unsupported', status }),
    start: () => undefined,
    stop: () => undefined,
  });
  if (feed.kind === 'none') {
    log.info({ reason: feed.reason }, 'updates off');
    return off();
  }

  /** electron-updater on the feed, its events into the status. */
  function configure(): void {
    autoUpdater.logger = {
      info: (m?: unknown) => log.info(String(m)),
      warn: (m?: unknown) => log.warn(String(m)),
      error: (m?: unknown) => log.error(String(m)),
      debug: (m: string) => log.debug(m),
    };
    autoUpdater.autoDownload = true;
    // An update that is ready is also installed when the manager closes the desk (after the
    // will-quit handler has let the sync round finish and closed the store).
    autoUpdater.autoInstallOnAppQuit = true;
    autoUpdater.allowDowngrade = false;
    autoUpdater.allowPrerelease = false;
    if (feed.kind === 'setting') autoUpdater.setFeedURL({ provider: 'generic', url: feed.url });
    log.info({ feed: feed.kind === 'setting' ? feed.url : 'app-update.yml' }, 'updates on');

    autoUpdater.on('checking-for-update', () => apply({ type: 'checking', at: new Date().toISOString() }));
    autoUpdater.on('update-available', (info: UpdateInfo) => apply({ type: 'available', version: info.version }));
    autoUpdater.on('update-not-available', () => apply({ type: 'not_available' }));
    autoUpdater.on('download-progress', (progress: ProgressInfo) => apply({ type: 'progress', percent: progress.percent }));
    autoUpdater.on('update-downloaded', (event: UpdateDownloadedEvent) => {
      try {
        saveReleaseNotes(options.dataDir, { version: event.version, notes: releaseNotesText(event.releaseNotes) });
      } catch (err) {
        log.warn({ err }, 'release notes not saved');
      }
      apply({ type: 'downloaded', version: event.version });
    });
    autoUpdater.on('error', (err: Error) => {
      log.warn({ err }, 'update failed');
      const during =
        status.state === 'downloading'
          ? 'download'
          : status.state === 'installing' || status.state === 'waiting_for_sync'
            ? 'install'
            : 'check';
      apply({ type: 'error', during });
    });
  }

  try {
    configure();
  } catch (err) {
    // electron-updater could not start on this system: the desk runs on without updates
    log.error({ err }, 'updates off: the updater could not start');
    status = initialStatus({ version: options.version, feed: { kind: 'none', reason: 'not_configured' }, installed });
    return off();
  }

  let stopped = false;
  let checkTimer: NodeJS.Timeout | null = null;
  let installTimer: NodeJS.Timeout | null = null;
  let waitingSince: number | null = null;

  const schedule = (last: CheckOutcome) => {
    if (stopped) return;
    checkTimer = setTimeout(() => void check(), nextCheckDelayMs(last));
    checkTimer.unref();
  };

  const check = async () => {
    checkTimer = null;
    let outcome: CheckOutcome = 'ok';
    if (shouldCheck(status.state)) {
      try {
        const result = await autoUpdater.checkForUpdates();
        // a failed download arrives as an 'error' event; its promise must not go unhandled
        void result?.downloadPromise?.catch(() => undefined);
      } catch (err) {
        outcome = 'error';
        log.warn({ err }, 'update check failed');
        apply({ type: 'error', during: 'check' });
      }
    }
    schedule(outcome);
  };

  const isPushing = () => {
    try {
      return options.isPushing();
    } catch (err) {
      log.warn({ err }, 'sync state unknown; the restart waits');
      return true;
    }
  };

  const quitAndInstall = () => {
    try {
      // silent (no installer pages on Windows) and start the desk again afterwards
      autoUpdater.quitAndInstall(true, true);
    } catch (err) {
      log.warn({ err }, 'install failed');
      apply({ type: 'error', during: 'install' });
    }
  };

  const tryInstall = (retry: boolean): InstallOutcome => {
    if (retry) installTimer = null;
    const waitedMs = waitingSince === null ? 0 : Date.now() - waitingSince;
    const decision = decideInstall({ state: status.state, pushing: isPushing(), waitedMs, retry });
    switch (decision.action) {
      case 'refuse':
        return { accepted: false, reason: decision.reason, status };
      case 'under_way':
        return { accepted: true, status };
      case 'give_up':
        waitingSince = null;
        log.info({ waitedMs }, 'update restart gave up waiting for the sync push');
        apply({ type: 'install_gave_up' });
        return { accepted: true, status };
      case 'wait':
        waitingSince ??= Date.now();
        apply({ type: 'install_waiting' });
        if (!stopped) installTimer = setTimeout(() => tryInstall(true), decision.retryInMs);
        return { accepted: true, status };
      case 'install':
        waitingSince = null;
        log.info({ version: status.availableVersion }, 'restarting to install the update');
        apply({ type: 'installing' });
        setTimeout(quitAndInstall, QUIT_DELAY_MS);
        return { accepted: true, status };
    }
  };

  return {
    ...base,
    install: async () => tryInstall(false),
    start() {
      stopped = false;
      if (!checkTimer) schedule('start');
    },
    stop() {
      stopped = true;
      if (checkTimer) clearTimeout(checkTimer);
      if (installTimer) clearTimeout(installTimer);
      checkTimer = installTimer = null;
    },
  };
}
