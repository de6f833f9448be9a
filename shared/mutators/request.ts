/**
 * Parents' requests (spec/requests.md): intake, and every decision as a transition of the state
 * machine (shared/domain/requests/requestState.ts). The desk runs these optimistically; the hub
 * runs them again on its own rows, so a decision is re-checked where it counts:
 *
 * - `request.submit`: intake. Staff enter a request on the parent's behalf (e-mail, phone, at the
 *   desk), or the hub runs it for the parent portal (`portalActor`). The kind's rules run at the
 *   arrival moment and their failures are stored with the request; it waits in the queue, with
 *   its expiry moment (the parent's, or the default from the minimum notice, never after its day:
 *   `expiryMomentOf`), which the parent's receipt names. An
 *   absence needs no decision: it is registered at once, earns its credit (`creditsForAbsence`)
 *   and frees its place.
 * - `request.approve`: re-runs the kind's rules at the decision moment on fresh rows, and the
 *   what-if ratio and group-size check for the care group, computed here from the transaction's
 *   rows (so the hub answers with its own: when another desk's approval for the last place
 *   reached it first, this one is refused and the request stays in the queue). Then posts the
 *   hours spent (an extra day paid from swap hours, a flex day).
 * - `request.reject` (a reason from the list plus free text), `request.cancel` (for the parent,
 *   within the cancellation rules; hours come back), `request.expire` (at or after the expiry
 *   moment), `request.revoke` (manager only, with a reason: hours come back and a call-the-parent
 *   task is made), `request.confirmStillNeeded` (the parent's answer to a late approval),
 *   `requestTask.done`.
 *
 * First decision wins: a decision on a request that is no longer waiting fails with code
 * `already_decided`; the hub records it as rejected and the desk shows both versions.
 *
 * Roles, enforced here (the hub runs this too, with its own role of the actor at the request's
 * location, `roleOf`): an assistant approves and rejects requests that need no exception; an
 * out-of-order approval (which also needs a reason) and a late approval (less than
 * `lateApprovalHours` before care starts: it then waits for the parent's confirmation) are the
 * manager's, as is revoking.
 *
 * Provisional: rows hold the hub's truth (`provisional: false`), because the same mutator makes
 * the hub's row. On the desk, a decision is provisional while an outbox row for it waits to be
 * accepted by the hub (electron/core/store/repositories/requestRepository.ts).
 *
 * Billing (domain/requests/billing.ts): an approval that is final and billable posts the
 * invoice line (a late approval only when the parent confirms it is still needed); revoking it,
 * or the parent cancelling it in time, credits that line. A school closure day is approved only
 * once enough children are registered for the day (the manager's threshold).
 *
 * Every step writes a `requestEvents` row (the full history) with the Dutch message the parent
 * receives. New rows take their ids from the arguments: the event's id, and for the ledger and
 * task rows ids derived from it (`derivedId`), so the desk and the hub write the same rows.
 */
import { z } from 'zod';
import { absenceDays } from '../domain/requests/absence';
import { chargeFor, creditsFor, minutesOnInvoice } from '../domain/requests/billing';
import type { BillingLineDraft } from '../domain/requests/billing';
import { creditsForAbsence, rowsUndoingRequest } from '../domain/requests/hourLedger';
import type { LedgerRow } from '../domain/requests/hourLedger';
import { parentMessage, receiptMessage, settlementOf } from '../domain/requests/parentMessage';
import { expiryMomentOf } from '../domain/requests/commonRules';
import type { ApprovalSettlement } from '../domain/requests/parentMessage';
import { isOutOfOrder } from '../domain/requests/queueOrder';
import { RejectionReasonSchema, RequestSchema, isFinal, submittedState } from '../domain/requests/request';
import type { NamedRule, Request, RequestState, RequestWithState } from '../domain/requests/request';
import { checkForDecision, contextOf, homeGroupOn, ledgerRowsForApproval } from '../domain/requests/requestDecision';
import { namedRule, requestOfRow, rowOfRequest, withState } from '../domain/requests/requestRow';
import { isLateApproval, transition } from '../domain/requests/requestState';
import type { RequestAction } from '../domain/requests/requestState';
import { requestText } from '../domain/requests/requestText';
import { openingThresholdOn, registeredForClosureDay } from '../domain/requests/schoolClosureDay';
import { compareInstants } from '../domain/requests/requestTime';
import type { OrganisationSettings } from '../domain/settings';
import type { Actor } from '../model/roles';
import { RequestChannel } from '../model/requestRows';
import type { BillingCause, RequestEventAction, RequestRow } from '../model/requestRows';
import { Id } from '../model/rows';
import type { ActorStamp, ChildRow, LocationRow } from '../model/rows';
import type { RuleFailure } from '../result';
import { childRowsOf, fitEvaluatorOf, organisationSettingsOf } from './requestReads';
import { applied, defineMutator, refuse, roleOf } from './types';
import type { MutationContext, MutationFailure, MutationTx } from './types';

const PORTAL_PREFIX = 'parent:';

/** The actor the hub runs the portal's requests as: the parent, never a staff account. */
export function portalActor(parentId: string, name: string): Actor {
  // The role is the least one; a parent never reaches a mutator through the desks' push.
  return { userId: `${PORTAL_PREFIX}${parentId}`, role: 'assistant', name };
}

export function isPortalActor(actor: Pick<Actor, 'userId'>): boolean {
  return actor.userId.startsWith(PORTAL_PREFIX);
}

const UUID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{8})([0-9a-f]{4})$/i;

/**
 * The id of the `n`th row a step writes besides its event: the event's id with its last four
 * hex digits moved on by n + 1 (still UUID-shaped), or `<eventId>.<n>` for other ids.
 */
export function derivedId(eventId: string, n: number): string {
  const m = UUID.exec(eventId);
  if (!m) return `${eventId.slice(0, 56)}.${n}`;
  const last = ((parseInt(m[2] ?? '0', 16) + n + 1) & 0xffff).toString(16).padStart(4, '0');
  return `${m[1]}${last}`;
}

const stamp = (actor: Actor): ActorStamp => ({ userId: actor.userId, role: actor.role, name: actor.name || actor.userId });

function refuseRule(code: MutationFailure['code'], rule: string, params: Record<string, string | number> = {}): MutationFailure {
  return refuse(code, rule, requestText(rule, params), params);
}

/** A rule failure as the mutation's refusal; every sentence when there are several. */
function refuseFailures(failures: readonly RuleFailure[]): MutationFailure {
  const [first] = failures;
  if (!first) throw new Error('refuseFailures: nothing failed');
  const message = failures.map((f) => f.message).join(' ');
  return refuse(codeOf(first.rule), first.rule, message.slice(0, 4000), first.params);
}

function codeOf(rule: string): MutationFailure['code'] {
  if (rule === 'request.already_decided') return 'already_decided';
  if (rule.endsWith('_manager_only') || rule === 'request.portal_only' || rule === 'request.staff_only') return 'forbidden';
  if (rule === 'request.invalid_transition') return 'conflict';
  return 'rule_violated';
}

type Loaded = { row: RequestRow; request: RequestWithState; location: LocationRow; child: ChildRow; settings: OrganisationSettings };

async function load(tx: MutationTx, requestId: string): Promise<Loaded | MutationFailure> {
  const row = await tx.get('requests', requestId);
  if (!row) return refuseRule('not_found', 'request.unknown');
  const location = await tx.get('locations', row.locationId);
  const child = await tx.get('children', row.childId);
  if (!location || !child) return refuseRule('not_found', 'request.unknown_child');
  return { row, request: requestOfRow(row), location, child, settings: await organisationSettingsOf(tx, location) };
}

async function groupName(tx: MutationTx, groupId: string): Promise<string> {
  return (await tx.get('groups', groupId))?.name ?? groupId;
}

/** The message the parent receives for `state` ('' while nothing is decided). */
async function messageFor(
  tx: MutationTx,
  loaded: Loaded,
  state: RequestState,
  homeGroupId: string | null,
  settlement?: ApprovalSettlement,
): Promise<string> {
  if (state.status === 'submitted') return '';
  const otherGroup = state.status === 'approved' && homeGroupId !== null && state.groupId !== homeGroupId;
  return parentMessage(
    {
      request: loaded.request,
      state,
      childName: loaded.child.firstName,
      otherGroupName: otherGroup && state.status === 'approved' ? await groupName(tx, state.groupId) : null,
      ...(settlement ? { settlement } : {}),
    },
    'nl',
    loaded.settings.requests,
  );
}

type EventInput = {
  id: string;
  action: RequestEventAction;
  by: Actor | null;
  from: RequestState['status'] | null;
  state: RequestState;
  note?: string;
  rules?: readonly NamedRule[];
  parentMessage: string;
};

async function writeEvent(
  tx: MutationTx,
  row: Pick<RequestRow, 'id' | 'locationId' | 'childId'>,
  at: string,
  e: EventInput,
): Promise<void> {
  await tx.put('requestEvents', {
    id: e.id,
    locationId: row.locationId,
    requestId: row.id,
    childId: row.childId,
    at,
    action: e.action,
    by: e.by ? stamp(e.by) : null,
    fromStatus: e.from,
    toStatus: e.state.status,
    note: (e.note ?? '').slice(0, 2000),
    rules: [...(e.rules ?? [])],
    rejection: e.state.status === 'rejected' ? e.state.reason : null,
    parentMessage: e.parentMessage.slice(0, 4000),
  });
}

async function writeLedger(
  tx: MutationTx,
  locationId: string,
  eventId: string,
  rows: readonly LedgerRow[],
  at: string,
  note: string,
): Promise<void> {
  for (const [i, r] of rows.entries()) {
    await tx.put('hourLedger', { id: derivedId(eventId, i), locationId, ...r, postedAt: at, note: note.slice(0, 500) });
  }
}

/** Offsets of `derivedId` for a step's invoice lines (ledger rows count from 0, the task is 99). */
const BILLING_ROW = 80;

async function writeBilling(
  tx: MutationTx,
  locationId: string,
  eventId: string,
  drafts: readonly BillingLineDraft[],
  at: string,
): Promise<void> {
  for (const [i, d] of drafts.entries()) {
    await tx.put('billingLines', { id: derivedId(eventId, BILLING_ROW + i), locationId, ...d, postedAt: at, note: d.note.slice(0, 500) });
  }
}

/** The invoice line of an approval that is now final and billable. */
async function chargeApproval(tx: MutationTx, loaded: Loaded, eventId: string, at: string): Promise<void> {
  if (loaded.request.kind === 'absence') return;
  const rows = await childRowsOf(tx, loaded.child);
  const minutes = minutesOnInvoice(loaded.request, rows.ledger, { placements: rows.placements, otherRequests: rows.requests });
  await writeBilling(tx, loaded.location.id, eventId, chargeFor(loaded.request, minutes), at);
}

/** Credits the request's invoice lines not credited yet (revoked, or cancelled in time). */
async function creditBilling(
  tx: MutationTx,
  loaded: Loaded,
  eventId: string,
  at: string,
  cause: Exclude<BillingCause, 'approved'>,
  note: string,
): Promise<void> {
  const lines = await tx.find('billingLines', { requestId: loaded.row.id });
  await writeBilling(tx, loaded.location.id, eventId, creditsFor(lines, cause, note), at);
}

/** The school closure day's registrations and threshold, for the opening check at decision time. */
async function closureOpening(tx: MutationTx, loaded: Loaded): Promise<{ registered: number; threshold: number }> {
  const { row, location, settings } = loaded;
  const requests = (await tx.find('requests', { locationId: location.id, date: row.date, kind: 'schoolClosureDay' })).map(requestOfRow);
  const days = await tx.find('schoolClosureDays', { locationId: location.id, date: row.date });
  return { registered: registeredForClosureDay(requests, row.date), threshold: openingThresholdOn(days, row.date, settings.requests) };
}

/** Runs the state machine; its refusal as the mutation's. */
function step(loaded: Loaded, action: RequestAction): RequestState | MutationFailure {
  const next = transition(loaded.row.state, action, loaded.request, loaded.settings.requests);
  if (!next.ok) return refuse(codeOf(next.rule), next.rule, next.message, next.params);
  return next.value;
}

const isFailure = (x: unknown): x is MutationFailure => typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;

// ---------------------------------------------------------------------------------------------
// Intake

export const RequestSubmitArgs = z
  .object({
    /** What the parent asks; `enteredBy` is set from who runs the mutation. */
    request: RequestSchema,
    channel: RequestChannel,
    /** The parent consented, with this request, to care in another group. */
    otherGroupConsent: z.boolean().default(false),
    parentNote: z.string().trim().max(1000).default(''),
    eventId: Id,
  })
  .strict();
export type RequestSubmitArgs = z.input<typeof RequestSubmitArgs>;

export const requestSubmit = defineMutator({
  name: 'request.submit',
  args: RequestSubmitArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const portal = isPortalActor(ctx.actor);
    if (portal !== (args.channel === 'portal')) return refuseRule('forbidden', portal ? 'request.staff_only' : 'request.portal_only');
    if (compareInstants(args.request.submittedAt, ctx.createdAt) > 0) {
      return refuseRule('rule_violated', 'request.submitted_in_future', {
        submittedAt: args.request.submittedAt,
        checkedAt: ctx.createdAt,
      });
    }
    const child = await tx.get('children', args.request.childId);
    if (!child) return refuseRule('not_found', 'request.unknown_child');
    const group = await tx.get('groups', args.request.groupId);
    if (!group || group.locationId !== child.locationId) return refuseRule('not_found', 'request.unknown_group');
    if (await tx.get('requests', args.request.id)) return refuseRule('conflict', 'request.id_taken');
    const location = await tx.get('locations', child.locationId);
    if (!location) return refuseRule('not_found', 'request.unknown_child');
    const settings = await organisationSettingsOf(tx, location);

    const asked: Request = { ...args.request, enteredBy: portal ? null : stamp(ctx.actor) };
    const request: Request = asked.kind === 'absence' ? asked : { ...asked, expiresAt: expiryMomentOf(asked, settings.requests) };
    const rows = await childRowsOf(tx, child);
    const context = contextOf(rows, request.submittedAt, settings.calendar, location, args.otherGroupConsent);
    const intake = checkForDecision(request, context, settings.requests, null, request.groupId, child.dateOfBirth);
    const failures = intake.failures.map(namedRule);
    const extras = {
      locationId: location.id,
      channel: args.channel,
      otherGroupConsent: args.otherGroupConsent,
      parentNote: args.parentNote,
      intakeFailures: failures,
    };

    if (request.kind !== 'absence') {
      const row = rowOfRequest(request, submittedState, extras);
      await tx.put('requests', row);
      await writeEvent(tx, row, ctx.createdAt, {
        id: args.eventId,
        action: 'submitted',
        by: portal ? null : ctx.actor,
        from: null,
        state: submittedState,
        rules: failures,
        note: args.parentNote,
        parentMessage: receiptMessage(request, child.firstName),
      });
      return applied;
    }

    // An absence is registered, not decided: it must cover a contracted day within the contract.
    if (intake.failures.length > 0) return refuseFailures(intake.failures);
    const registered: RequestState = {
      status: 'approved',
      decidedAt: ctx.createdAt,
      decidedBy: stamp(ctx.actor),
      groupId: request.groupId,
      provisional: false,
      awaitingParentConfirmation: false,
      outOfOrderReason: null,
    };
    const row = rowOfRequest(request, registered, extras);
    await tx.put('requests', row);
    const credits = creditsForAbsence(request, context, settings.requests);
    const earned = credits.flatMap((c) => (c.earns ? [c.row] : []));
    const days = absenceDays(request, context).length;
    await writeLedger(tx, location.id, args.eventId, earned, ctx.createdAt, '');
    const loaded: Loaded = { row, request: { ...request, state: registered }, location, child, settings };
    await writeEvent(tx, row, ctx.createdAt, {
      id: args.eventId,
      action: 'registered',
      by: portal ? null : ctx.actor,
      from: null,
      state: registered,
      note: args.parentNote,
      rules: credits.map((c) => ({ rule: c.rule, params: c.params, message: c.message })).slice(0, 40),
      parentMessage: days > 0 ? await messageFor(tx, loaded, registered, null) : '',
    });
    return applied;
  },
});

// ---------------------------------------------------------------------------------------------
// Decisions

const decision = { requestId: Id, eventId: Id };

export const RequestApproveArgs = z
  .object({
    ...decision,
    /** The group the child is cared for in that day; default the group asked for. Another needs the parent's consent. */
    groupId: Id.optional(),
    /** Needed when an earlier request for the same day and group is still waiting. */
    outOfOrderReason: z.string().trim().max(1000).optional(),
  })
  .strict();
export type RequestApproveArgs = z.input<typeof RequestApproveArgs>;

export const requestApprove = defineMutator({
  name: 'request.approve',
  args: RequestApproveArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    if (isPortalActor(ctx.actor)) return refuseRule('forbidden', 'request.staff_only');
    const loaded = await load(tx, args.requestId);
    if (isFailure(loaded)) return loaded;
    const { row, request, location, child, settings } = loaded;
    if (row.state.status !== 'submitted') return refuseRule('already_decided', 'request.already_decided', { status: row.state.status });

    const careGroupId = args.groupId ?? row.groupId;
    const careGroup = await tx.get('groups', careGroupId);
    if (!careGroup || careGroup.locationId !== location.id) return refuseRule('not_found', 'request.unknown_group');

    const competitors = (await tx.find('requests', { locationId: location.id, date: row.date, status: 'submitted' })).map(requestOfRow);
    const outOfOrder = isOutOfOrder(request, competitors);
    const late = isLateApproval(request, ctx.createdAt, settings.requests);
    if (roleOf(ctx, location.id) !== 'manager') {
      if (outOfOrder) return refuseRule('forbidden', 'request.out_of_order_manager_only');
      if (late) return refuseRule('forbidden', 'request.late_manager_only', { lateHours: settings.requests.queue.lateApprovalHours });
    }
    const next = step(loaded, {
      type: 'approve',
      at: ctx.createdAt,
      by: ctx.actor,
      groupId: careGroupId,
      provisional: false,
      outOfOrder,
      ...(args.outOfOrderReason !== undefined ? { outOfOrderReason: args.outOfOrderReason } : {}),
    });
    if (isFailure(next)) return next;

    const rows = await childRowsOf(tx, child);
    const context = contextOf(rows, ctx.createdAt, settings.calendar, location, row.otherGroupConsent);
    if (request.kind === 'schoolClosureDay') context.schoolClosureOpening = await closureOpening(tx, loaded);
    const fit = request.kind === 'absence' ? null : await fitEvaluatorOf(tx, location, row.date, settings);
    const checked = checkForDecision(request, context, settings.requests, fit, careGroupId, child.dateOfBirth);
    const homeGroupId = homeGroupOn(rows.placements, child.id, row.date);
    if (homeGroupId !== null && careGroupId !== homeGroupId && careGroupId !== row.groupId && context.consent?.otherGroup !== true) {
      checked.failures.push({
        ok: false,
        rule: 'request.needs_other_group_consent',
        message: requestText('request.needs_other_group_consent', { groupId: careGroupId }),
        params: { groupId: careGroupId },
      });
    }
    if (checked.failures.length > 0) return refuseFailures(checked.failures);

    const spent = ledgerRowsForApproval(request, rows.ledger, settings.requests) ?? [];
    await tx.put('requests', withState(row, next));
    await writeLedger(tx, location.id, args.eventId, spent, ctx.createdAt, '');
    const minutes = minutesOnInvoice(request, spent, { placements: rows.placements, otherRequests: rows.requests });
    if (next.status === 'approved' && !next.awaitingParentConfirmation) {
      await writeBilling(tx, location.id, args.eventId, chargeFor(request, minutes), ctx.createdAt);
    }
    await writeEvent(tx, row, ctx.createdAt, {
      id: args.eventId,
      action: 'approved',
      by: ctx.actor,
      from: 'submitted',
      state: next,
      note: next.status === 'approved' ? (next.outOfOrderReason ?? '') : '',
      parentMessage: await messageFor(tx, loaded, next, homeGroupId, settlementOf(request, spent, minutes)),
    });
    return applied;
  },
});

export const RequestRejectArgs = z.object({ ...decision, reason: RejectionReasonSchema }).strict();
export type RequestRejectArgs = z.input<typeof RequestRejectArgs>;

export const requestReject = defineMutator({
  name: 'request.reject',
  args: RequestRejectArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    if (isPortalActor(ctx.actor)) return refuseRule('forbidden', 'request.staff_only');
    const loaded = await load(tx, args.requestId);
    if (isFailure(loaded)) return loaded;
    if (loaded.row.state.status !== 'submitted') {
      return refuseRule('already_decided', 'request.already_decided', { status: loaded.row.state.status });
    }
    const next = step(loaded, { type: 'reject', at: ctx.createdAt, by: ctx.actor, reason: args.reason, provisional: false });
    if (isFailure(next)) return next;
    await tx.put('requests', withState(loaded.row, next));
    await writeEvent(tx, loaded.row, ctx.createdAt, {
      id: args.eventId,
      action: 'rejected',
      by: ctx.actor,
      from: 'submitted',
      state: next,
      note: args.reason.note ?? '',
      rules: args.reason.code === 'outside_rules' ? args.reason.rules : [],
      parentMessage: await messageFor(tx, loaded, next, null),
    });
    return applied;
  },
});

/** Hours the request spent or earned come back (or are taken back) in their own windows. */
async function undoHours(tx: MutationTx, loaded: Loaded, eventId: string, at: string, note: string): Promise<void> {
  const ledger = await tx.find('hourLedger', { childId: loaded.row.childId });
  const undo = rowsUndoingRequest(
    ledger.map((r) => ({ ...r })),
    loaded.row.id,
  ).map((r) => ({
    childId: r.childId,
    account: r.account,
    minutes: r.minutes,
    cause: r.cause,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    sourceRequestId: r.sourceRequestId,
    locationInitiated: r.locationInitiated,
  }));
  await writeLedger(tx, loaded.location.id, eventId, undo, at, note);
}

export const RequestCancelArgs = z.object(decision).strict();
export type RequestCancelArgs = z.input<typeof RequestCancelArgs>;

/** For the parent: through the portal, or staff cancelling on the parent's behalf. */
export const requestCancel = defineMutator({
  name: 'request.cancel',
  args: RequestCancelArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const loaded = await load(tx, args.requestId);
    if (isFailure(loaded)) return loaded;
    const portal = isPortalActor(ctx.actor);
    const next = step(loaded, { type: 'cancel', at: ctx.createdAt, by: portal ? null : ctx.actor });
    if (isFailure(next)) return next;
    const from = loaded.row.state.status;
    await tx.put('requests', withState(loaded.row, next));
    if (from === 'approved') {
      await undoHours(tx, loaded, args.eventId, ctx.createdAt, '');
      await creditBilling(tx, loaded, args.eventId, ctx.createdAt, 'cancelled', '');
    }
    await writeEvent(tx, loaded.row, ctx.createdAt, {
      id: args.eventId,
      action: 'cancelled',
      by: portal ? null : ctx.actor,
      from,
      state: next,
      parentMessage: await messageFor(tx, loaded, next, null),
    });
    return applied;
  },
});

export const RequestExpireArgs = z.object(decision).strict();
export type RequestExpireArgs = z.input<typeof RequestExpireArgs>;

/** Not decided by the parent's expiry moment: expired (at the moment itself), and the parent told. */
export const requestExpire = defineMutator({
  name: 'request.expire',
  args: RequestExpireArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const loaded = await load(tx, args.requestId);
    if (isFailure(loaded)) return loaded;
    // Two desks open at the expiry moment both let it expire: the same outcome, not a conflict.
    if (loaded.row.state.status === 'expired') return applied;
    const next = step(loaded, { type: 'expire', at: ctx.createdAt });
    if (isFailure(next)) return next;
    await tx.put('requests', withState(loaded.row, next));
    await writeEvent(tx, loaded.row, ctx.createdAt, {
      id: args.eventId,
      action: 'expired',
      by: null,
      from: loaded.row.state.status,
      state: next,
      parentMessage: await messageFor(tx, loaded, next, null),
    });
    return applied;
  },
});

export const RequestRevokeArgs = z
  .object({ ...decision, reason: z.string().trim().min(1, { message: 'geef een reden' }).max(1000) })
  .strict();
export type RequestRevokeArgs = z.input<typeof RequestRevokeArgs>;

/** The manager revokes an approval: hours come back, and a task to call the parent is made. */
export const requestRevoke = defineMutator({
  name: 'request.revoke',
  args: RequestRevokeArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const loaded = await load(tx, args.requestId);
    if (isFailure(loaded)) return loaded;
    if (isFinal(loaded.row.state)) return refuseRule('already_decided', 'request.already_decided', { status: loaded.row.state.status });
    const role = roleOf(ctx, loaded.location.id);
    if (role === null) return refuseRule('forbidden', 'request.revoke_manager_only');
    const next = step(loaded, { type: 'revoke', at: ctx.createdAt, by: { ...ctx.actor, role }, reason: args.reason });
    if (isFailure(next)) return next;
    await tx.put('requests', withState(loaded.row, next));
    await undoHours(tx, loaded, args.eventId, ctx.createdAt, args.reason);
    await creditBilling(tx, loaded, args.eventId, ctx.createdAt, 'revoked_approval', args.reason);
    await tx.put('requestTasks', {
      id: derivedId(args.eventId, 99),
      locationId: loaded.location.id,
      requestId: loaded.row.id,
      childId: loaded.row.childId,
      kind: 'call_parent',
      note: args.reason,
      createdAt: ctx.createdAt,
      createdBy: stamp(ctx.actor),
      doneAt: null,
      doneBy: null,
    });
    await writeEvent(tx, loaded.row, ctx.createdAt, {
      id: args.eventId,
      action: 'revoked',
      by: ctx.actor,
      from: 'approved',
      state: next,
      note: args.reason,
      parentMessage: await messageFor(tx, loaded, next, null),
    });
    return applied;
  },
});

export const RequestConfirmStillNeededArgs = z.object({ ...decision, stillNeeded: z.boolean() }).strict();
export type RequestConfirmStillNeededArgs = z.input<typeof RequestConfirmStillNeededArgs>;

/** The parent's answer to a late approval: still needed (final and billable), or not (cancelled, hours back). */
export const requestConfirmStillNeeded = defineMutator({
  name: 'request.confirmStillNeeded',
  args: RequestConfirmStillNeededArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const loaded = await load(tx, args.requestId);
    if (isFailure(loaded)) return loaded;
    const next = step(loaded, { type: 'parentConfirm', at: ctx.createdAt, stillNeeded: args.stillNeeded });
    if (isFailure(next)) return next;
    await tx.put('requests', withState(loaded.row, next));
    if (!args.stillNeeded) await undoHours(tx, loaded, args.eventId, ctx.createdAt, '');
    else await chargeApproval(tx, loaded, args.eventId, ctx.createdAt);
    const portal = isPortalActor(ctx.actor);
    await writeEvent(tx, loaded.row, ctx.createdAt, {
      id: args.eventId,
      action: args.stillNeeded ? 'confirmed' : 'not_needed',
      by: portal ? null : ctx.actor,
      from: 'approved',
      state: next,
      parentMessage: args.stillNeeded ? '' : await messageFor(tx, loaded, next, null),
    });
    return applied;
  },
});

export const RequestTaskDoneArgs = z.object({ taskId: Id }).strict();
export type RequestTaskDoneArgs = z.input<typeof RequestTaskDoneArgs>;

export const requestTaskDone = defineMutator({
  name: 'requestTask.done',
  args: RequestTaskDoneArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx: MutationContext) {
    const task = await tx.get('requestTasks', args.taskId);
    if (!task) return refuseRule('not_found', 'request.task_unknown');
    if (task.doneAt !== null) return refuseRule('already_decided', 'request.task_done');
    await tx.put('requestTasks', { ...task, doneAt: ctx.createdAt, doneBy: stamp(ctx.actor) });
    return applied;
  },
});
