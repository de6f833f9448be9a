/**
 * The parent portal's wire contract with the hub (spec/requests.md; issue 4): a parent, with a
 * bearer token of its own, submits requests for its children and reads their state.
 *
 *   POST /v1/portal/requests   a request -> { requestId, status, failures }
 *   GET  /v1/portal/requests   the parent's requests with the message for each decision
 *   POST /v1/portal/requests/:id/confirmation   the parent's answer to a late approval
 *
 * Times of day are `HH:MM` on this wire; the hub sets the arrival moment itself, the child's
 * home group unless another is asked, and runs `request.submit` as the parent. The request then
 * reaches the location's desks through their pull. Only decisions the hub accepted are ever
 * shown here: a desk's provisional decision never reaches the parent.
 */
import { z } from 'zod';
import { AbsenceReason } from '../domain/requests/request';
import type { RequestKind, RequestStatus } from '../domain/requests/request';
import { parseTime } from '../domain/time/timeOfDay';
import { Id, InstantSchema, LocalDateSchema } from '../model/rows';

const Time = z
  .string()
  .refine((s) => parseTime(s) !== null, { message: 'geen geldige tijd (UU:MM)' })
  .transform((s) => parseTime(s) ?? 0);

const common = {
  /** Made by the portal (UUIDv7): sending the same request again is answered `duplicate`. */
  id: Id,
  childId: Id,
  /** Another group than the child's home group (needs consent). */
  groupId: Id.optional(),
  expiresAt: InstantSchema.nullable().default(null),
  note: z.string().trim().max(1000).default(''),
  /** The parent consents to care in another group than the home group. */
  otherGroupConsent: z.boolean().default(false),
};
const times = { date: LocalDateSchema, start: Time, end: Time };

export const PortalRequestBody = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('absence'), from: LocalDateSchema, to: LocalDateSchema, reason: AbsenceReason }).strict(),
  z.object({ ...common, kind: z.literal('swapDay'), originalDate: LocalDateSchema, ...times }).strict(),
  z
    .object({
      ...common,
      kind: z.literal('extraDay'),
      ...times,
      payment: z.enum(['swap_hours', 'invoice']),
      recurring: z.boolean().default(false),
    })
    .strict(),
  z.object({ ...common, kind: z.literal('flexDay'), ...times }).strict(),
  z.object({ ...common, kind: z.literal('extension'), ...times }).strict(),
  z.object({ ...common, kind: z.literal('schoolClosureDay'), ...times }).strict(),
]);
export type PortalRequestBody = z.input<typeof PortalRequestBody>;

export type PortalSubmitResponse = {
  requestId: string;
  /** `submitted`: waiting for the location; `registered`: an absence; `duplicate`: sent before. */
  status: 'submitted' | 'registered' | 'duplicate';
  /** Rules the request does not meet now (the location decides; these sentences say what to expect). */
  failures: { rule: string; message: string }[];
};

export type PortalRequestView = {
  id: string;
  kind: RequestKind;
  childId: string;
  date: string;
  status: RequestStatus;
  /** Approved less than 24 hours before: confirm that it is still needed. */
  awaitingParentConfirmation: boolean;
  /** The message of the last decision (Dutch); null while waiting. */
  message: string | null;
};

export type PortalRequestsResponse = { requests: PortalRequestView[] };

/** The parent's answer to an approval made less than 24 hours before care starts. */
export const PortalConfirmationBody = z
  .object({
    /** true: still needed (the approval becomes final); false: no longer needed (cancelled, hours back). */
    stillNeeded: z.boolean(),
  })
  .strict();
export type PortalConfirmationBody = z.infer<typeof PortalConfirmationBody>;
