/**
 * The synced rows of parents' requests (spec/requests.md): the request with its state, its full
 * history, the hour ledger, and the follow-up tasks a decision creates. Same shapes on the desk
 * (SQLite) and the hub (PostgreSQL); they change only through the `request.*` mutators.
 *
 * A request row flattens the domain's `Request` (shared/domain/requests/request.ts): the fields
 * of every kind, null where a kind has none (`requestOfRow` and `rowOfRequest` convert). `state`
 * is the state machine's state as JSON and the one truth; `status`, `decidedBy` and `decidedAt`
 * repeat it as columns so the queue can be queried by them.
 */
import { z } from 'zod';
import { LedgerAccount, LedgerCause } from '../domain/requests/hourLedger';
import {
  AbsenceReason,
  NamedRuleSchema,
  RejectionReasonSchema,
  RequestKind,
  RequestStateSchema,
  RequestStatus,
} from '../domain/requests/request';
import { ActorStamp, Id, InstantSchema, LocalDateSchema, MinutesSchema } from './rows';

/** How a request reached the location: the parent portal, or staff entering it on the parent's behalf. */
export const RequestChannel = z.enum(['portal', 'email', 'phone', 'desk']);
export type RequestChannel = z.infer<typeof RequestChannel>;

export const RequestRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  /** The group the care is asked in: the home group unless the parent asked for another. */
  groupId: Id,
  kind: RequestKind,
  submittedAt: InstantSchema,
  /** The parent's expiry moment (vervalmoment). */
  expiresAt: InstantSchema.nullable(),
  /** Null: the parent, through the portal. Otherwise the staff member who entered it. */
  enteredBy: ActorStamp.nullable(),
  channel: RequestChannel,
  /** The day it is about: the swap day, the requested day, an absence's first day. */
  date: LocalDateSchema,
  /** An absence's last day (inclusive); `date` for the other kinds. */
  endDate: LocalDateSchema,
  /** The asked times; null for an absence. */
  start: MinutesSchema.nullable(),
  end: MinutesSchema.nullable(),
  /** Swap day: whose contracted day is given up, and which day. */
  originalChildId: Id.nullable(),
  originalDate: LocalDateSchema.nullable(),
  /** Absence: why, and whether the location asked for it. */
  absenceReason: AbsenceReason.nullable(),
  initiatedBy: z.enum(['parent', 'location']).nullable(),
  /** Extra day: paid from swap hours or on invoice. */
  payment: z.enum(['swap_hours', 'invoice']).nullable(),
  /** Extra day: the parent asked for it to repeat. */
  recurring: z.boolean(),
  /** The parent consented, with this request, to care in another group than the home group. */
  otherGroupConsent: z.boolean(),
  /** What the parent wrote (or what the e-mail said). */
  parentNote: z.string().max(1000),
  status: RequestStatus,
  state: RequestStateSchema,
  decidedBy: ActorStamp.nullable(),
  decidedAt: InstantSchema.nullable(),
  /** The rules that failed when the request came in (the rules run again at decision time). */
  intakeFailures: z.array(NamedRuleSchema).max(40),
});
export type RequestRow = z.infer<typeof RequestRow>;

export const requestEventActions = [
  'submitted',
  'registered',
  'approved',
  'rejected',
  'cancelled',
  'expired',
  'revoked',
  'confirmed',
  'not_needed',
] as const;
export const RequestEventAction = z.enum(requestEventActions);
export type RequestEventAction = z.infer<typeof RequestEventAction>;

/** One step in a request's history: who did what when, and the message the parent receives. */
export const RequestEventRow = z.object({
  id: Id,
  locationId: Id,
  requestId: Id,
  childId: Id,
  at: InstantSchema,
  action: RequestEventAction,
  /** Null: the parent (portal) or the request's own expiry. */
  by: ActorStamp.nullable(),
  fromStatus: RequestStatus.nullable(),
  toStatus: RequestStatus,
  /** The out-of-order reason, the revocation reason, the rejection's note. */
  note: z.string().max(2000),
  /** The rules that failed at intake, or that the rejection names. */
  rules: z.array(NamedRuleSchema).max(40),
  rejection: RejectionReasonSchema.nullable(),
  /** The Dutch message the parent receives for this step ('' when none). */
  parentMessage: z.string().max(4000),
});
export type RequestEventRow = z.infer<typeof RequestEventRow>;

/**
 * A credit or debit of swap/make-up hours or flex budget (shared/domain/requests/hourLedger.ts's
 * `LedgerRow` with its id, location and posting time). A balance is a sum of these rows.
 */
export const HourLedgerRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  account: LedgerAccount,
  /** Positive: credit; negative: debit. */
  minutes: z.number().int().min(-100_000).max(100_000),
  cause: LedgerCause,
  validFrom: LocalDateSchema,
  validUntil: LocalDateSchema,
  sourceRequestId: Id.nullable(),
  locationInitiated: z.boolean(),
  postedAt: InstantSchema,
  note: z.string().max(500),
});
export type HourLedgerRow = z.infer<typeof HourLedgerRow>;

/** Follow-up a decision asks of staff: after revoking an approval, call the parent. */
export const RequestTaskRow = z.object({
  id: Id,
  locationId: Id,
  requestId: Id,
  childId: Id,
  kind: z.enum(['call_parent']),
  note: z.string().max(2000),
  createdAt: InstantSchema,
  createdBy: ActorStamp,
  doneAt: InstantSchema.nullable(),
  doneBy: ActorStamp.nullable(),
});
export type RequestTaskRow = z.infer<typeof RequestTaskRow>;

/**
 * The number of registered children from which the BSO opens on a school closure day, set by the
 * manager for one day of one location (spec/requests.md: "a threshold the manager sets per day").
 * Without a row the organisation's `requests.schoolClosureDay.openingThreshold` applies.
 */
export const SchoolClosureDayRow = z.object({
  id: Id,
  locationId: Id,
  date: LocalDateSchema,
  threshold: z.number().int().min(1).max(500),
  setBy: ActorStamp,
  setAt: InstantSchema,
});
export type SchoolClosureDayRow = z.infer<typeof SchoolClosureDayRow>;

/**
 * Why an invoice line was posted: an approval that is final and billable (`approved`; a late
 * approval only once the parent confirmed it is still needed), or a credit of such a line when
 * the approval is revoked (`revoked_approval`) or the parent cancels in time (`cancelled`).
 */
export const BillingCause = z.enum(['approved', 'revoked_approval', 'cancelled']);
export type BillingCause = z.infer<typeof BillingCause>;

/**
 * A line for the parent's invoice (spec/requests.md: an extra day paid on invoice, an extension,
 * a school closure day billed separately): the minutes of care to bill, priced by billing
 * (kindplanning). Append-only like the hour ledger: a revoked approval is credited with a line
 * of the opposite sign naming the charge, never edited or deleted, so an invoice already sent
 * gets its credit and one not yet sent nets to nothing.
 */
export const BillingLineRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  requestId: Id,
  kind: RequestKind,
  /** The day of care billed. */
  date: LocalDateSchema,
  /** Minutes of care: positive a charge, negative the credit of an earlier charge. */
  minutes: z.number().int().min(-1440).max(1440),
  cause: BillingCause,
  /** A credit: the charge it credits; null for a charge. */
  creditsLineId: Id.nullable(),
  postedAt: InstantSchema,
  note: z.string().max(500),
});
export type BillingLineRow = z.infer<typeof BillingLineRow>;
