/**
 * The request state machine (spec/requests.md, "Decisions"). Decisions are transitions; the
 * first to reach the hub wins, and a decision is never silently overwritten.
 *
 *   submitted --approve--> approved (provisional until the hub accepts; awaiting the parent's
 *                                    "still needed" when approved < 24 h before care starts)
 *   submitted --reject---> rejected            submitted --cancel--> cancelled (withdrawn)
 *   submitted --expire---> expired (at/after the expiry moment)
 *   approved  --hubAccept--> approved, not provisional (also for a provisional rejection)
 *   approved  --hubConflict--> submitted, flagged with the conflict (the day no longer fits)
 *   approved  --parentConfirm--> approved (still needed) | cancelled (no longer needed)
 *   approved  --cancel--> cancelled (by the parent, within the cancellation rules)
 *   approved  --revoke--> revoked (manager only, with a reason)
 *
 * rejected, cancelled, expired and revoked are final: every action on them fails with
 * `request.already_decided` (a replayed hub acceptance of a settled decision is a no-op). A
 * second approve or reject of a decided request fails with `request.already_decided` as well:
 * the first decision stands. Expiry is at the minute: from the expiry moment itself (10:00 for
 * 10:00) the request can no longer be approved or rejected, only expired.
 */
import type { Actor } from '../../model/roles';
import { fail, ok } from '../../result';
import type { RuleResult } from '../../result';
import { checkCancel } from './cancellation';
import { isExpiredAt } from './commonRules';
import { careStartOf, isFinal } from './request';
import type { RejectionReason, Request, RequestState } from './request';
import type { RequestSettings } from './requestSettings';
import { failure } from './requestText';
import { hoursBetween } from './requestTime';

export type RequestAction =
  | {
      type: 'approve';
      at: string;
      by: Actor;
      /** The group the child is cared for in that day (the home group, or another with consent). */
      groupId: string;
      /** True on a desk (until the hub accepts); false when the hub itself decides. */
      provisional: boolean;
      /** From `isOutOfOrder`: an earlier competing request is waiting. Needs `outOfOrderReason`. */
      outOfOrder?: boolean;
      outOfOrderReason?: string;
    }
  | { type: 'reject'; at: string; by: Actor; reason: RejectionReason; provisional: boolean }
  /** `by` null: the parent (portal); otherwise staff cancelling on the parent's behalf. */
  | { type: 'cancel'; at: string; by: Actor | null }
  | { type: 'expire'; at: string }
  | { type: 'revoke'; at: string; by: Actor; reason: string }
  | { type: 'hubAccept'; at: string }
  | { type: 'hubConflict'; at: string; reason: string }
  | { type: 'parentConfirm'; at: string; stillNeeded: boolean };

export type RequestActionType = RequestAction['type'];

const alreadyDecided = (state: RequestState) => {
  const f = failure('request.already_decided', { status: state.status });
  return fail(f.rule, f.message, f.params);
};
const invalid = (state: RequestState, action: RequestAction) => {
  const f = failure('request.invalid_transition', { action: action.type, status: state.status });
  return fail(f.rule, f.message, f.params);
};
const failed = (rule: string, params: Record<string, string | number> = {}) => {
  const f = failure(rule, params);
  return fail(f.rule, f.message, f.params);
};

/**
 * True when approving at `at` is less than `lateApprovalHours` (24) before the care starts:
 * the approval then waits for the parent's confirmation. Exactly 24 hours before is not late.
 */
export function isLateApproval(request: Request, at: string, settings: RequestSettings): boolean {
  const start = careStartOf(request);
  return start !== null && hoursBetween(at, start) < settings.queue.lateApprovalHours;
}

function checkReason(reason: RejectionReason): RuleResult<true> {
  if (reason.code === 'other' && reason.note.trim() === '') return failed('request.reason_needs_text');
  if (reason.code === 'outside_rules' && reason.rules.length === 0) return failed('request.reason_needs_rule');
  return ok(true);
}

/** The state after `action`, or the rule that forbids it. Pure: `at` comes with the action. */
export function transition(
  state: RequestState,
  action: RequestAction,
  request: Request,
  settings: RequestSettings,
): RuleResult<RequestState> {
  if (action.type === 'hubAccept') {
    if (state.status === 'approved' || state.status === 'rejected') return ok({ ...state, provisional: false });
    return isFinal(state) ? ok(state) : invalid(state, action);
  }
  if (isFinal(state)) return alreadyDecided(state);

  switch (action.type) {
    case 'approve': {
      if (state.status !== 'submitted') return alreadyDecided(state);
      if (request.expiresAt !== null && isExpiredAt(request, action.at)) {
        return failed('request.expired', { expiresAt: request.expiresAt, checkedAt: action.at });
      }
      const reason = action.outOfOrderReason?.trim() ?? '';
      if (action.outOfOrder === true && reason === '') return failed('request.out_of_order_needs_reason');
      return ok({
        status: 'approved',
        decidedAt: action.at,
        decidedBy: action.by,
        groupId: action.groupId,
        provisional: action.provisional,
        awaitingParentConfirmation: isLateApproval(request, action.at, settings),
        outOfOrderReason: action.outOfOrder === true ? reason : null,
      });
    }
    case 'reject': {
      if (state.status !== 'submitted') return alreadyDecided(state);
      if (request.expiresAt !== null && isExpiredAt(request, action.at)) {
        return failed('request.expired', { expiresAt: request.expiresAt, checkedAt: action.at });
      }
      const valid = checkReason(action.reason);
      if (!valid.ok) return valid;
      return ok({ status: 'rejected', decidedAt: action.at, decidedBy: action.by, reason: action.reason, provisional: action.provisional });
    }
    case 'expire': {
      if (state.status !== 'submitted') return alreadyDecided(state);
      if (request.expiresAt === null) return failed('request.no_expiry');
      if (!isExpiredAt(request, action.at)) return failed('request.not_yet_expired', { expiresAt: request.expiresAt });
      return ok({ status: 'expired', at: request.expiresAt });
    }
    case 'cancel': {
      const allowed = checkCancel(request, state, action.at, settings);
      if (!allowed.ok) return fail(allowed.rule, allowed.message, allowed.params);
      return ok({ status: 'cancelled', at: action.at, by: action.by, afterApproval: state.status === 'approved' });
    }
    case 'revoke': {
      if (state.status !== 'approved') return invalid(state, action);
      if (action.by.role !== 'manager') return failed('request.revoke_manager_only');
      if (action.reason.trim() === '') return failed('request.reason_needs_text');
      return ok({ status: 'revoked', at: action.at, by: action.by, reason: action.reason.trim(), approval: state });
    }
    case 'hubConflict': {
      if (state.status !== 'approved' || !state.provisional) return invalid(state, action);
      return ok({ status: 'submitted', conflict: { at: action.at, reason: action.reason, decidedBy: state.decidedBy } });
    }
    case 'parentConfirm': {
      if (state.status !== 'approved' || !state.awaitingParentConfirmation) return invalid(state, action);
      if (action.stillNeeded) return ok({ ...state, awaitingParentConfirmation: false });
      return ok({ status: 'cancelled', at: action.at, by: null, afterApproval: true });
    }
  }
}
