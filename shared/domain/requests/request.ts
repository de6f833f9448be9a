/**
 * Parent requests (spec/requests.md): the six kinds, what each asks, and the state a request is
 * in. The shapes are zod schemas so the store, the contract and the hub parse the same thing.
 *
 * A request is what the parent asked and never changes; its `state` changes only through
 * `transition` (requestState.ts). Dates are local `YYYY-MM-DD`, times minutes since midnight,
 * instants UTC ISO-8601.
 */
import { z } from 'zod';
import { Role } from '../../model/roles';
import { Id, LocalDateSchema, MinutesSchema } from '../../model/rows';
import type { LocalDate } from '../time/localDate';
import { instantAtLocal } from './requestTime';

const Instant = z
  .string()
  .max(40)
  .refine((s) => Number.isFinite(Date.parse(s)), { message: 'geen geldig tijdstip' });

export const requestKinds = ['absence', 'swapDay', 'extraDay', 'flexDay', 'extension', 'schoolClosureDay'] as const;
export const RequestKind = z.enum(requestKinds);
export type RequestKind = z.infer<typeof RequestKind>;

export const ActorSchema = z.object({ userId: Id, role: Role, name: z.string().min(1).max(200) });

const base = {
  id: Id,
  /** The child the care (or the absence) is for. */
  childId: Id,
  /**
   * The group the care is asked in: the child's home group (stamgroep), unless the parent asked
   * for another. Queue order compares requests of the same day and group.
   */
  groupId: Id,
  /**
   * When the request arrived: through the portal, or the e-mail's arrival when staff enter it on
   * the parent's behalf. Every "days before" rule counts from its local date.
   */
  submittedAt: Instant,
  /** The parent's expiry moment (vervalmoment): not decided by then, the request expires. */
  expiresAt: Instant.nullable(),
  /** Null: the parent, through the portal. Otherwise the staff member who entered it. */
  enteredBy: ActorSchema.nullable(),
};

const times = { start: MinutesSchema, end: MinutesSchema };
const endAfterStart = { message: 'eindtijd ligt niet na begintijd', path: ['end'] };

export const AbsenceReason = z.enum(['illness', 'holiday', 'other']);
export type AbsenceReason = z.infer<typeof AbsenceReason>;

/** Afwezigheid: the child will not come on its contracted days from `from` to `to` (inclusive). */
export const AbsenceRequestSchema = z
  .object({
    ...base,
    kind: z.literal('absence'),
    from: LocalDateSchema,
    to: LocalDateSchema,
    reason: AbsenceReason,
    /** `location`: the location asked for it (staff shortage, closure); always earns credit. */
    initiatedBy: z.enum(['parent', 'location']),
  })
  .refine((r) => r.from <= r.to, { message: 'de afwezigheid eindigt voor ze begint', path: ['to'] });

/** Ruildag: give up the contracted `originalDate` of `originalChildId`, come on `date` instead. */
export const SwapDayRequestSchema = z
  .object({
    ...base,
    kind: z.literal('swapDay'),
    /** Whose contracted day is given up: must be `childId` (no swapping with a sibling). */
    originalChildId: Id,
    originalDate: LocalDateSchema,
    /** The swap day and the times wanted on it. */
    date: LocalDateSchema,
    ...times,
  })
  .refine((r) => r.end > r.start, endAfterStart);

/** Extra opvang: an incidental extra day or day part. */
export const ExtraDayRequestSchema = z
  .object({
    ...base,
    kind: z.literal('extraDay'),
    date: LocalDateSchema,
    ...times,
    /** Paid from swap and make-up hours, or on invoice; never partly each (by default). */
    payment: z.enum(['swap_hours', 'invoice']),
    /** The parent asked for it to repeat (structural: advice to change the contract). */
    recurring: z.boolean().default(false),
  })
  .refine((r) => r.end > r.start, endAfterStart);

/** Flexopvang: a day from a flex contract's quarterly hour budget. */
export const FlexDayRequestSchema = z
  .object({ ...base, kind: z.literal('flexDay'), date: LocalDateSchema, ...times })
  .refine((r) => r.end > r.start, endAfterStart);

/**
 * Verlenging: the day's times after the extension (e.g. contracted 07:30-18:00, asked
 * 07:30-19:00). Usually arrives by e-mail: staff enter it with `enteredBy` set.
 */
export const ExtensionRequestSchema = z
  .object({ ...base, kind: z.literal('extension'), date: LocalDateSchema, ...times })
  .refine((r) => r.end > r.start, endAfterStart);

/** Extra sluitingsdag: BSO care on a day the school is closed outside the holidays. */
export const SchoolClosureDayRequestSchema = z
  .object({ ...base, kind: z.literal('schoolClosureDay'), date: LocalDateSchema, ...times })
  .refine((r) => r.end > r.start, endAfterStart);

export const RequestSchema = z.discriminatedUnion('kind', [
  AbsenceRequestSchema,
  SwapDayRequestSchema,
  ExtraDayRequestSchema,
  FlexDayRequestSchema,
  ExtensionRequestSchema,
  SchoolClosureDayRequestSchema,
]);

export type AbsenceRequest = z.infer<typeof AbsenceRequestSchema>;
export type SwapDayRequest = z.infer<typeof SwapDayRequestSchema>;
export type ExtraDayRequest = z.infer<typeof ExtraDayRequestSchema>;
export type FlexDayRequest = z.infer<typeof FlexDayRequestSchema>;
export type ExtensionRequest = z.infer<typeof ExtensionRequestSchema>;
export type SchoolClosureDayRequest = z.infer<typeof SchoolClosureDayRequestSchema>;
export type Request = z.infer<typeof RequestSchema>;
/** The kinds that ask for care on a day (all but absence). */
export type CareRequest = Exclude<Request, AbsenceRequest>;

// ---------------------------------------------------------------------------------------------
// State

export const requestStatuses = ['submitted', 'approved', 'rejected', 'cancelled', 'expired', 'revoked'] as const;
export const RequestStatus = z.enum(requestStatuses);
export type RequestStatus = z.infer<typeof RequestStatus>;

/** Final: nothing leads out of these (approved is binding but can still be revoked or cancelled). */
export const finalStatuses: readonly RequestStatus[] = ['rejected', 'cancelled', 'expired', 'revoked'];

/** A rule's message has a handful of values (names, dates, hours). */
const MAX_RULE_PARAMS = 20;

/**
 * A rule failure as stored with a rejection: enough to render the sentence again. `message` is
 * the Dutch sentence, kept for rules outside this folder's catalogue (the ratio engine's).
 */

export const NamedRuleSchema = z.object({
  rule: z.string().min(1).max(100),
  params: z
    .record(z.string().max(100), z.union([z.string().max(1000), z.number()]))
    .refine((params) => Object.keys(params).length <= MAX_RULE_PARAMS, { message: `ten hoogste ${MAX_RULE_PARAMS} waarden` })
    .optional(),
  message: z.string().max(1000).optional(),
});
export type NamedRule = z.infer<typeof NamedRuleSchema>;

const note = z.string().max(2000);

/**
 * Why a request was rejected: the spec's list plus free text. `outside_rules` names the rules;
 * `other` needs the text.
 */
export const RejectionReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('staff_shortage'), note: note.optional() }),
  z.object({ code: z.literal('group_full'), note: note.optional() }),
  z.object({ code: z.literal('outside_rules'), rules: z.array(NamedRuleSchema).min(1).max(40), note: note.optional() }),
  z.object({ code: z.literal('structural_extra_care'), note: note.optional() }),
  z.object({ code: z.literal('other'), note: note.min(1) }),
]);
export type RejectionReason = z.infer<typeof RejectionReasonSchema>;
export type RejectionCode = RejectionReason['code'];

export const ApprovedStateSchema = z.object({
  status: z.literal('approved'),
  decidedAt: Instant,
  decidedBy: ActorSchema,
  /** The group the child is cared for in that day (another group only with the parent's consent). */
  groupId: Id,
  /** Made on a desk and not yet accepted by the hub: nothing reaches the parent or billing. */
  provisional: z.boolean(),
  /** Approved less than `lateApprovalHours` before care starts: waits for the parent's "still needed". */
  awaitingParentConfirmation: z.boolean(),
  /** Approved before an earlier competing request: the reason, logged. */
  outOfOrderReason: z.string().nullable(),
});

export const RequestStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('submitted'),
    /** Back in the queue because the hub rejected a desk's approval as a conflict. */
    conflict: z.object({ at: Instant, reason: z.string(), decidedBy: ActorSchema }).nullable(),
  }),
  ApprovedStateSchema,
  z.object({
    status: z.literal('rejected'),
    decidedAt: Instant,
    decidedBy: ActorSchema,
    reason: RejectionReasonSchema,
    provisional: z.boolean(),
  }),
  z.object({
    status: z.literal('cancelled'),
    at: Instant,
    /** Null: the parent (portal, or "no longer needed" after a late approval). */
    by: ActorSchema.nullable(),
    afterApproval: z.boolean(),
  }),
  z.object({ status: z.literal('expired'), at: Instant }),
  z.object({ status: z.literal('revoked'), at: Instant, by: ActorSchema, reason: note.min(1), approval: ApprovedStateSchema }),
]);
export type RequestState = z.infer<typeof RequestStateSchema>;
export type ApprovedState = z.infer<typeof ApprovedStateSchema>;
export type StateOf<S extends RequestStatus> = Extract<RequestState, { status: S }>;

/** A request with its current state, as the queue and the budget rules read them. */
export type RequestWithState = Request & { state: RequestState };

export const submittedState: StateOf<'submitted'> = { status: 'submitted', conflict: null };

export function isFinal(state: RequestState): boolean {
  return finalStatuses.includes(state.status);
}

/** Submitted or approved: the request still claims its day. */
export function isLive(state: RequestState): boolean {
  return state.status === 'submitted' || state.status === 'approved';
}

// ---------------------------------------------------------------------------------------------
// What a request asks

/** The day a request is about: the swap day, the requested day, the first day of an absence. */
export function requestDay(request: Request): LocalDate {
  return request.kind === 'absence' ? request.from : request.date;
}

/** Minutes of care asked (end − start); 0 for an absence. */
export function askedMinutes(request: Request): number {
  return request.kind === 'absence' ? 0 : request.end - request.start;
}

/** The instant the asked care starts; null for an absence. */
export function careStartOf(request: Request): string | null {
  return request.kind === 'absence' ? null : instantAtLocal(request.date, request.start);
}
