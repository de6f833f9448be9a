/**
 * The parent portal's wire contract with the hub (spec/requests.md; issue 4): a parent, with a
 * bearer token of its own, submits requests for its children and reads their state.
 *
 *   POST /v1/portal/requests   a request -> { requestId, status, failures }
 *   GET  /v1/portal/requests   the parent's requests with the message for each decision
 *
 * Times of day are `HH:MM` on this wire; the hub sets the arrival moment itself, the child's
 * home group unless another is asked, and runs `request.submit` as the parent. The request then
 * reaches the location's desks through their pull. Only decisions the hub accepted are ever
 * shown here: a desk's provisional decision never reaches the parent.
 */
import { z } from 'zod';
import { RequestKind, RequestStatus } from '../domain/requests/request';
export declare const PortalRequestBody: z.ZodDiscriminatedUnion<
  [
    z.ZodObject<
      {
        kind: z.ZodLiteral<'absence'>;
        from: z.ZodString;
        to: z.ZodString;
        reason: z.ZodEnum<{
          other: 'other';
          illness: 'illness';
          holiday: 'holiday';
        }>;
        id: z.ZodString;
        childId: z.ZodString;
        groupId: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        note: z.ZodDefault<z.ZodString>;
        otherGroupConsent: z.ZodDefault<z.ZodBoolean>;
      },
      z.core.$strict
    >,
    z.ZodObject<
      {
        date: z.ZodString;
        start: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        end: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        kind: z.ZodLiteral<'swapDay'>;
        originalDate: z.ZodString;
        id: z.ZodString;
        childId: z.ZodString;
        groupId: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        note: z.ZodDefault<z.ZodString>;
        otherGroupConsent: z.ZodDefault<z.ZodBoolean>;
      },
      z.core.$strict
    >,
    z.ZodObject<
      {
        payment: z.ZodEnum<{
          swap_hours: 'swap_hours';
          invoice: 'invoice';
        }>;
        recurring: z.ZodDefault<z.ZodBoolean>;
        date: z.ZodString;
        start: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        end: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        kind: z.ZodLiteral<'extraDay'>;
        id: z.ZodString;
        childId: z.ZodString;
        groupId: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        note: z.ZodDefault<z.ZodString>;
        otherGroupConsent: z.ZodDefault<z.ZodBoolean>;
      },
      z.core.$strict
    >,
    z.ZodObject<
      {
        date: z.ZodString;
        start: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        end: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        kind: z.ZodLiteral<'flexDay'>;
        id: z.ZodString;
        childId: z.ZodString;
        groupId: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        note: z.ZodDefault<z.ZodString>;
        otherGroupConsent: z.ZodDefault<z.ZodBoolean>;
      },
      z.core.$strict
    >,
    z.ZodObject<
      {
        date: z.ZodString;
        start: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        end: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        kind: z.ZodLiteral<'extension'>;
        id: z.ZodString;
        childId: z.ZodString;
        groupId: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        note: z.ZodDefault<z.ZodString>;
        otherGroupConsent: z.ZodDefault<z.ZodBoolean>;
      },
      z.core.$strict
    >,
    z.ZodObject<
      {
        date: z.ZodString;
        start: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        end: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        kind: z.ZodLiteral<'schoolClosureDay'>;
        id: z.ZodString;
        childId: z.ZodString;
        groupId: z.ZodOptional<z.ZodString>;
        expiresAt: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        note: z.ZodDefault<z.ZodString>;
        otherGroupConsent: z.ZodDefault<z.ZodBoolean>;
      },
      z.core.$strict
    >,
  ],
  'kind'
>;
export type PortalRequestBody = z.input<typeof PortalRequestBody>;
export type PortalSubmitResponse = {
  requestId: string;
  /** `submitted`: waiting for the location; `registered`: an absence; `duplicate`: sent before. */
  status: 'submitted' | 'registered' | 'duplicate';
  /** Rules the request does not meet now (the location decides; these sentences say what to expect). */
  failures: {
    rule: string;
    message: string;
  }[];
};
export type PortalRequestView = {
  id: string;
  kind: z.infer<typeof RequestKind>;
  childId: string;
  date: string;
  status: z.infer<typeof RequestStatus>;
  /** Approved less than 24 hours before: confirm that it is still needed. */
  awaitingParentConfirmation: boolean;
  /** The message of the last decision (Dutch); null while waiting. */
  message: string | null;
};
export type PortalRequestsResponse = {
  requests: PortalRequestView[];
};
