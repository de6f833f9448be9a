/**
 * The wire contract between desks and the hub (sync.md), versioned. Both sides parse with these
 * schemas; the hub refuses anything else with a 4xx.
 */
import { z } from 'zod';
import { mutatorNames } from '../mutators/names';
import { Role } from '../model/roles';
import { tableNames, type TableName } from '../model/tables';

/** 2: mutations and device commands name the hub-issued session they were made under, not an actor. */
export const PROTOCOL_VERSION = 2;

/** At most this many mutations per push and changes per pull page. */
export const MAX_PUSH_MUTATIONS = 500;
export const PULL_PAGE_SIZE = 1000;

/**
 * Optional request header with the desk's clock at sending (ISO-8601). The hub compares it with
 * its own time and answers `clockSkewMs` when they differ by more than `MAX_CLOCK_SKEW_MS`.
 */
export const CLIENT_TIME_HEADER = 'x-opvangdesk-time';
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The session the hub issued at sign-in (server/src/auth/userSessions.ts): a 256-bit secret in
 * base64url. The hub takes the person, name and role from it, never from the desk.
 */
export const SessionId = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'geen sessie van de hub');

export const WireMutation = z
  .object({
    /** Monotonic per device, starting at 1; the hub's idempotency key with the device id. */
    id: z.number().int().positive(),
    name: z.enum(mutatorNames),
    args: z.unknown(),
    /** Hybrid logical clock of the desk: audit and skew detection only. */
    hlc: z.string().max(64),
    createdAt: z.string().datetime({ offset: true }),
    /** The session of the person who made it on the desk. */
    sessionId: SessionId,
  })
  .strict();
export type WireMutation = z.infer<typeof WireMutation>;

export const PushRequest = z
  .object({
    protocolVersion: z.literal(PROTOCOL_VERSION),
    deviceId: z.string().min(1).max(64),
    mutations: z.array(WireMutation).max(MAX_PUSH_MUTATIONS),
  })
  .strict();
export type PushRequest = z.infer<typeof PushRequest>;

export const MutationReason = z.object({
  code: z.string(),
  rule: z.string().optional(),
  message: z.string(),
});
export type MutationReason = z.infer<typeof MutationReason>;

export const MutationResult = z.object({
  id: z.number().int().positive(),
  status: z.enum(['applied', 'rejected', 'duplicate']),
  reason: MutationReason.optional(),
});
export type MutationResult = z.infer<typeof MutationResult>;

export const PushResponse = z.object({
  lastMutationId: z.number().int().min(0),
  results: z.array(MutationResult),
  serverTime: z.string(),
  /** Present only when the desk's clock is more than `MAX_CLOCK_SKEW_MS` off (desk minus hub). */
  clockSkewMs: z.number().int().optional(),
});
export type PushResponse = z.infer<typeof PushResponse>;

export const PullRequest = z
  .object({
    protocolVersion: z.literal(PROTOCOL_VERSION),
    deviceId: z.string().min(1).max(64),
    /** Last version seen per space; a space not named starts at 0. */
    cursors: z.record(z.string().max(64), z.number().int().min(0)),
    /** The session of whoever is signed in on the desk now: the hub says when it has ended. */
    sessionId: SessionId.optional(),
  })
  .strict();
export type PullRequest = z.infer<typeof PullRequest>;

export const Control = z.discriminatedUnion('type', [
  /** This device's credential was revoked: stop and show it; with `wipe` (iPads always) delete the store too. */
  z.object({ type: z.literal('revoked'), reason: z.string().optional(), wipe: z.boolean().optional() }),
  /** Drop everything of this space and pull it again from version 0. */
  z.object({ type: z.literal('reset'), space: z.string() }),
  /** Until when the device may work without reaching the hub (iPads lock after it). */
  z.object({ type: z.literal('lease'), expiresAt: z.string() }),
  /** The session named in the pull may no longer act (user deactivated, session expired): sign them out now. */
  z.object({ type: z.literal('sessionEnded'), rule: z.string(), message: z.string() }),
  /** Desks older than this must update before syncing again. */
  z.object({ type: z.literal('minClientVersion'), version: z.string() }),
]);
export type Control = z.infer<typeof Control>;

export const Change = z.object({
  space: z.string(),
  table: z.enum(tableNames as [TableName, ...TableName[]]),
  id: z.string(),
  version: z.number().int().positive(),
  deleted: z.boolean(),
  /** The whole row (null for a tombstone). */
  row: z.record(z.string(), z.unknown()).nullable(),
});
export type Change = z.infer<typeof Change>;

export const PullResponse = z.object({
  control: z.array(Control),
  changes: z.array(Change),
  cursors: z.record(z.string(), z.number().int().min(0)),
  hasMore: z.boolean(),
  /** The last mutation of this device the hub has processed, and the outcomes since the last pull. */
  lastMutationId: z.number().int().min(0),
  results: z.array(MutationResult),
  serverTime: z.string(),
  /** Present only when the desk's clock is more than `MAX_CLOCK_SKEW_MS` off (desk minus hub). */
  clockSkewMs: z.number().int().optional(),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const EnrolRequest = z.object({ code: z.string().min(8).max(32), deskName: z.string().min(1).max(100) }).strict();
export const EnrolResponse = z.object({
  deviceId: z.string(),
  /** The desk's bearer credential; the hub keeps only its hash. */
  credential: z.string(),
  organisationId: z.string(),
  locationIds: z.array(z.string()),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

export const SignInRequest = z.object({ email: z.string().email().max(200), password: z.string().min(1).max(200) }).strict();
export const SignInResponse = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), role: Role, locationIds: z.array(z.string()) }),
  /** The session every change and command of this sign-in names (see SessionId). */
  session: z.object({
    id: SessionId,
    /** Online calls until then; then sign in again. */
    expiresAt: z.string(),
    /** Work made under it before then is accepted when it arrives; also the end of offline sign-in. */
    workUntil: z.string(),
  }),
});
export type SignInResponse = z.infer<typeof SignInResponse>;
