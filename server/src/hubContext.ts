/** What every route needs; built once per hub process from its options. */
import type { Db } from './db/db';
import type { FailureLimits } from './auth/rateLimit';

export type HubSettings = {
  /** Changes per pull page (the protocol's PULL_PAGE_SIZE unless a test wants small pages). */
  pullPageSize: number;
  /** How long a device may work without reaching the hub (the `lease` control message). */
  leaseHours: number;
  /** Desks older than this must update first; no control message when unset. */
  minClientVersion?: string;
  signInLimits: FailureLimits;
  enrolLimits: FailureLimits;
};

export type HubContext = {
  db: Db;
  /** The hub's clock for answers (serverTime, lease, skew); expiries use the database's now(). */
  clock: () => Date;
  settings: HubSettings;
};
