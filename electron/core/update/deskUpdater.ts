/**
 * The desk's own updates as the core sees them: an interface the Electron main process provides
 * (electron-updater behind it, electron/main/update/). The core never imports `electron`; without
 * an updater (browser mode, tests, tools) updates are `unsupported` and installing is refused.
 */
import type { UpdateStatus } from '../../../shared/contract/views';

export type InstallOutcome =
  /** The restart is under way, or waits for a sync push to finish (`status.state`). */
  { accepted: true; status: UpdateStatus } | { accepted: false; reason: 'unsupported' | 'not_ready'; status: UpdateStatus };

export interface DeskUpdater {
  status(): UpdateStatus;
  /** Restart into the downloaded update as soon as no sync push is in progress. */
  install(): Promise<InstallOutcome>;
  onStatus(listener: (status: UpdateStatus) => void): () => void;
}

export function unsupportedStatus(version: string, reason: NonNullable<UpdateStatus['unsupportedReason']>): UpdateStatus {
  return {
    state: 'unsupported',
    unsupportedReason: reason,
    currentVersion: version,
    availableVersion: null,
    downloadPercent: null,
    lastCheckAt: null,
    lastError: null,
    installed: null,
  };
}

/** The updater of browser mode (and of a core without one): nothing to check, nothing to install. */
export function unsupportedUpdater(version: string, reason: NonNullable<UpdateStatus['unsupportedReason']> = 'browser_mode'): DeskUpdater {
  const status = unsupportedStatus(version, reason);
  return {
    status: () => status,
    install: async () => ({ accepted: false, reason: 'unsupported', status }),
    onStatus: () => () => undefined,
  };
}
