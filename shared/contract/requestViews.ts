/**
 * What the request screens get from the core (spec/requests.md): the week's queue with, per
 * request, whether it fits and why, the ratio effect, hour balances and the parent's message;
 * the hour ledgers; the intake form's choices. Plain data: every sentence is already rendered in
 * Dutch (`message`), with the rule id and params to render it in English (`requestText`).
 */
import type { RequestChannel } from '../model/requestRows';
import type { AbsenceReason, RejectionReason, RequestKind, RequestStatus } from '../domain/requests/request';
import type { LedgerAccount, LedgerCause } from '../domain/requests/hourLedger';
import type { SlotLevel } from '../domain/roster/ratioImpact';

export type RequestRuleView = { rule: string; message: string; params: Record<string, string | number> };

/** A stretch of slots whose ratio level changes when the child comes (null: nobody there). */
export type RequestSlotChangeView = { start: number; end: number; from: SlotLevel | null; to: SlotLevel | null };

export type RequestCheckView = {
  /** No rule fails, and the day fits with the child (ratio and group size). */
  fits: boolean;
  /** Every failing rule: the kind's rules, then the what-if's (`request.group_full`, `request.ratio_*`). */
  failures: RequestRuleView[];
  /** The unit the what-if checked (a group, or the location's BSO); '' for an absence. */
  unitName: string;
  changes: RequestSlotChangeView[];
};

export type RequestEventView = {
  action: string;
  at: string;
  byName: string | null;
  note: string;
  parentMessage: string;
};

/** A decision the hub refused (another desk's reached it first, or the day no longer fits): both versions. */
export type RequestConflictView = {
  seq: number;
  reason: { code: string; rule: string | null; message: string };
  /** What this desk did. */
  ours: { mutation: string; byName: string; at: string };
  /** What the hub has now. */
  hub: { status: RequestStatus; byName: string | null; at: string | null };
};

export type RequestItem = {
  id: string;
  kind: RequestKind;
  childId: string;
  childName: string;
  groupId: string;
  groupName: string;
  /** The child's home group that day, when another group was asked. */
  homeGroupName: string | null;
  date: string;
  endDate: string;
  start: number | null;
  end: number | null;
  originalDate: string | null;
  payment: 'swap_hours' | 'invoice' | null;
  absenceReason: AbsenceReason | null;
  channel: RequestChannel;
  enteredByName: string | null;
  parentNote: string;
  submittedAt: string;
  expiresAt: string | null;
  /** The expiry moment is within 48 hours (or passed): shown on top, flagged. */
  expiring: boolean;
  /** Open, but the expiry moment has passed: can only expire. */
  expired: boolean;
  status: RequestStatus;
  /** Decided on this desk and not yet accepted by the hub. */
  provisional: boolean;
  awaitingParentConfirmation: boolean;
  decidedByName: string | null;
  decidedAt: string | null;
  outOfOrderReason: string | null;
  rejection: RejectionReason | null;
  revokeReason: string | null;
  /** The rules that failed when it came in. */
  intakeFailures: RequestRuleView[];
  /** Open requests: the check now (rules and what-if). Null for decided ones. */
  check: RequestCheckView | null;
  /** An earlier request for the same day and group is waiting: approving needs a reason (manager). */
  outOfOrder: boolean;
  /** Approving now is less than 24 hours before care starts: it waits for the parent (manager). */
  late: boolean;
  /** Balances on the day, in minutes; flex null without a flex budget. */
  balances: { swapHours: number; flex: number | null };
  /**
   * A school closure day: the children registered for the day at the location (live requests),
   * the number from which the BSO opens (`thresholdSet`: the manager's for the day, else the
   * organisation's). Null for other kinds.
   */
  schoolClosure: { registered: number; threshold: number; thresholdSet: boolean } | null;
  /** Invoice lines of the request, in minutes: charged, and credited after a revocation or cancellation. Null without any. */
  billing: { charged: number; credited: number } | null;
  /** The message the parent receives: for a decided request, the last decision's; for an open one, what approving sends. */
  parentMessage: string | null;
  conflict: RequestConflictView | null;
  history: RequestEventView[];
};

export type RequestQueueGroup = { groupId: string; groupName: string; items: RequestItem[] };
export type RequestQueueDay = { date: string; groups: RequestQueueGroup[] };

export type RequestQueue = {
  locationId: string;
  weekStart: string;
  /** The desk's clock when evaluated. */
  now: string;
  role: 'manager' | 'assistant' | null;
  /** Open requests expiring within 48 hours, soonest first (not repeated below). */
  expiring: RequestItem[];
  days: RequestQueueDay[];
  groups: { groupId: string; name: string }[];
  counts: Record<RequestStatus, number>;
  tasks: { id: string; requestId: string; childName: string; note: string; createdAt: string }[];
};

export type BulkApproveResult = {
  approved: string[];
  /** Where approving stopped for a group, or a request was left: the rule, its params and the (Dutch) sentence. */
  stopped: {
    requestId: string;
    childName: string;
    groupName: string;
    rule: string;
    params: Record<string, string | number>;
    message: string;
  }[];
};

export type LedgerEntryView = {
  id: string;
  account: LedgerAccount;
  minutes: number;
  cause: LedgerCause;
  validFrom: string;
  validUntil: string;
  postedAt: string;
  note: string;
  locationInitiated: boolean;
};

export type ChildLedgerView = {
  childId: string;
  childName: string;
  groupName: string;
  /** Balances valid on `date`, minutes. */
  swapHours: number;
  flex: number | null;
  entries: LedgerEntryView[];
};

export type ExpiringCreditView = {
  childId: string;
  childName: string;
  groupName: string;
  validUntil: string;
  minutes: number;
  daysLeft: number;
  /** Open days in the coming weeks on which the child's group has room (what-if). */
  daysWithRoom: string[];
};

export type RequestLedgers = { locationId: string; date: string; children: ChildLedgerView[]; expiring: ExpiringCreditView[] };

export type RequestFormChild = {
  childId: string;
  name: string;
  groupId: string;
  groupName: string;
  careType: 'KDV' | 'BSO';
  flex: boolean;
  otherGroupConsent: boolean;
};

export type RequestForm = {
  locationId: string;
  children: RequestFormChild[];
  groups: { groupId: string; name: string; careType: 'KDV' | 'BSO' }[];
};
