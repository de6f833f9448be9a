/** What every route needs; built once per hub process from its options. */
import type { Db } from './db/db';
import type { FailureLimits, SignInLimits } from './auth/rateLimit';

export type HubSettings = {
  /** Changes per pull page (the protocol's PULL_PAGE_SIZE unless a test wants small pages). */
  pullPageSize: number;
  /** How long a device may work without reaching the hub (the `lease` control message). */
  leaseHours: number;
  /** Desks older than this must update first; no control message when unset. */
  minClientVersion?: string;
  signInLimits: SignInLimits;
  enrolLimits: FailureLimits;
  /** Group iPads: how long one may work without reaching the hub before it locks itself (12). */
  deviceLeaseHours: number;
  /** Group iPads: how long a pairing code is valid (10). */
  pairingCodeMinutes: number;
  /** Failed pairings per IP (a pairing code is short: guessing must stay slow). */
  pairLimits: FailureLimits;
  /** User sessions (auth/userSessions.ts): online use in hours (12), work accepted in days (14). */
  sessionHours: number;
  offlineDays: number;
  /** The most work one push may ask (sync/pushBudget.ts; MAX_PUSH_WORK unless a test wants less). */
  pushWorkBudget: number;
  /** Parent-portal tokens: valid this many days from their issue, by the hub's clock (90). */
  parentTokenDays: number;
};

export type HubContext = {
  db: Db;
  /**
   * The hub's clock for answers (serverTime, lease, skew); desk enrolment codes expire by the
   * database's now(), pairing codes and everything of group devices by this clock (tests inject it).
   */
  clock: () => Date;
  settings: HubSettings;
};
