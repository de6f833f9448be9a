/**
 * What the desk tells when its store cannot be used (issue 15, item 8): the fault's rule, the
 * backups it could restore, and whether it could start again from the hub.
 */
export const storeFaultRules = [
  /** The disk is full: a write was refused and nothing changed. */
  'store.disk_full',
  /** The data folder or the store file may not be written. */
  'store.read_only',
  /** The store file is damaged (header or pages): it is not used. */
  'store.damaged',
  /** Another Opvangdesk process holds this data folder. */
  'store.in_use',
  /** The store file cannot be opened at all (folder gone, network share away). */
  'store.cannot_open',
  /** The disk answered a read or write with an error. */
  'store.io_error',
] as const;

export type StoreFaultRule = (typeof storeFaultRules)[number];

/** A backup the desk can restore: newest first. */
export type StoreBackupView = { file: string; takenAt: string; bytes: number };

export type StoreFaultView = {
  rule: StoreFaultRule;
  /** The Dutch sentence; the renderer words it again from `rule` in the chosen language. */
  message: string;
  dataDir: string;
  /** Backups in the data folder's `backups/`, newest first (only for `store.damaged`). */
  backups: StoreBackupView[];
  /** Enrolled with a hub and its credential at hand: an empty store can be filled from the hub again. */
  canResync: boolean;
};
