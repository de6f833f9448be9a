import { describe, expect, test } from 'vitest';
import type { RuleResult } from '../../result';
import { RequestStateSchema } from './request';
import type { RequestState } from './request';
import type { RequestAction } from './requestState';
import { isLateApproval, transition } from './requestState';
import { defaultRequestSettings } from './requestSettings';
import { approved, assistant, extra, local, manager, submitted, swap } from './testFixtures';

const settings = defaultRequestSettings;
/** Expires Fri 20 Nov 2026 at 10:00 in Amsterdam (09:00 UTC, winter time). */
const request = swap({ expiresAt: '2026-11-20T09:00:00.000Z', date: '2026-12-01', originalDate: '2026-12-03', submitted: '2026-11-12' });

const approve = (at: string, over: Partial<Extract<RequestAction, { type: 'approve' }>> = {}): RequestAction => ({
  type: 'approve',
  at,
  by: assistant,
  groupId: 'group-dolfijnen',
  provisional: true,
  ...over,
});
const reject = (at: string): RequestAction => ({ type: 'reject', at, by: manager, reason: { code: 'staff_shortage' }, provisional: true });

function value(r: RuleResult<RequestState>): RequestState {
  if (!r.ok) throw new Error(`expected ok, got ${r.rule}: ${r.message}`);
  RequestStateSchema.parse(r.value);
  return r.value;
}
const ruleOf = (r: RuleResult<RequestState>): string => (r.ok ? 'ok' : r.rule);

const finals: RequestState[] = [
  { status: 'rejected', decidedAt: local('2026-11-13'), decidedBy: manager, reason: { code: 'group_full' }, provisional: false },
  { status: 'cancelled', at: local('2026-11-13'), by: null, afterApproval: false },
  { status: 'expired', at: '2026-11-20T09:00:00.000Z' },
  { status: 'revoked', at: local('2026-11-14'), by: manager, reason: 'Groep gesloten', approval: approved() },
];

describe('request state machine: approve', () => {
  test('state machine: approving a submitted request gives a provisional approval in the chosen group', () => {
    const s = value(transition(submitted, approve(local('2026-11-13')), request, settings));
    expect(s).toEqual({
      status: 'approved',
      decidedAt: local('2026-11-13'),
      decidedBy: assistant,
      groupId: 'group-dolfijnen',
      provisional: true,
      awaitingParentConfirmation: false,
      outOfOrderReason: null,
    });
  });

  test('state machine: the hub accepting makes the approval final (and a replay changes nothing)', () => {
    const s = value(transition(submitted, approve(local('2026-11-13')), request, settings));
    const accepted = value(transition(s, { type: 'hubAccept', at: local('2026-11-13', '09:05') }, request, settings));
    expect(accepted).toMatchObject({ status: 'approved', provisional: false });
    expect(value(transition(accepted, { type: 'hubAccept', at: local('2026-11-13', '09:06') }, request, settings))).toEqual(accepted);
  });

  test('state machine: first decision wins: a second approve or a reject of an approved request is request.already_decided', () => {
    const s = value(transition(submitted, approve(local('2026-11-13')), request, settings));
    expect(ruleOf(transition(s, approve(local('2026-11-13', '09:01')), request, settings))).toBe('request.already_decided');
    const r = transition(s, reject(local('2026-11-13', '09:01')), request, settings);
    expect(ruleOf(r)).toBe('request.already_decided');
    expect(r.ok ? '' : r.message).toBe('Deze aanvraag is al goedgekeurd; de eerste beslissing blijft staan.');
  });

  test('state machine: out of order approval needs a reason, which is kept', () => {
    expect(ruleOf(transition(submitted, approve(local('2026-11-13'), { outOfOrder: true }), request, settings))).toBe(
      'request.out_of_order_needs_reason',
    );
    expect(
      ruleOf(transition(submitted, approve(local('2026-11-13'), { outOfOrder: true, outOfOrderReason: '  ' }), request, settings)),
    ).toBe('request.out_of_order_needs_reason');
    const s = value(
      transition(
        submitted,
        approve(local('2026-11-13'), { outOfOrder: true, outOfOrderReason: 'Broertje al in de groep' }),
        request,
        settings,
      ),
    );
    expect(s).toMatchObject({ outOfOrderReason: 'Broertje al in de groep' });
  });

  test('state machine: hub conflict sends a provisional approval back to the queue, flagged', () => {
    const s = value(transition(submitted, approve(local('2026-11-13')), request, settings));
    const back = value(
      transition(s, { type: 'hubConflict', at: local('2026-11-13', '10:00'), reason: 'Laatste plek al vergeven' }, request, settings),
    );
    expect(back).toEqual({
      status: 'submitted',
      conflict: { at: local('2026-11-13', '10:00'), reason: 'Laatste plek al vergeven', decidedBy: assistant },
    });
    expect(value(transition(back, approve(local('2026-11-13', '11:00')), request, settings)).status).toBe('approved');
  });

  test('state machine: a hub conflict on an accepted approval is not a valid transition', () => {
    const accepted = approved({ provisional: false });
    expect(ruleOf(transition(accepted, { type: 'hubConflict', at: local('2026-11-13'), reason: 'x' }, request, settings))).toBe(
      'request.invalid_transition',
    );
  });
});

describe('request state machine: expiry at the minute', () => {
  test('expiry: approving at 09:59 with an expiry moment of 10:00 is in time', () => {
    expect(value(transition(submitted, approve('2026-11-20T08:59:00.000Z'), request, settings)).status).toBe('approved');
    expect(value(transition(submitted, approve('2026-11-20T08:59:59.999Z'), request, settings)).status).toBe('approved');
  });

  test('expiry: approving at 10:00 with an expiry moment of 10:00 fails with request.expired', () => {
    const r = transition(submitted, approve('2026-11-20T09:00:00.000Z'), request, settings);
    expect(ruleOf(r)).toBe('request.expired');
    expect(r.ok ? '' : r.message).toBe('Vervallen: er moest uiterlijk vr 20 nov 10:00 over beslist zijn (nu vr 20 nov 10:00).');
  });

  test('expiry: rejecting at or after the expiry moment fails too (the parent is told it expired)', () => {
    expect(ruleOf(transition(submitted, reject('2026-11-20T09:00:00.000Z'), request, settings))).toBe('request.expired');
  });

  test('expiry: expire at 09:59 is refused (request.not_yet_expired); at 10:00 the request is expired at its expiry moment', () => {
    expect(ruleOf(transition(submitted, { type: 'expire', at: '2026-11-20T08:59:00.000Z' }, request, settings))).toBe(
      'request.not_yet_expired',
    );
    expect(value(transition(submitted, { type: 'expire', at: '2026-11-20T09:00:00.000Z' }, request, settings))).toEqual({
      status: 'expired',
      at: '2026-11-20T09:00:00.000Z',
    });
  });

  test('expiry: a request without an expiry moment cannot expire', () => {
    expect(ruleOf(transition(submitted, { type: 'expire', at: local('2026-11-30') }, { ...request, expiresAt: null }, settings))).toBe(
      'request.no_expiry',
    );
  });

  test('expiry: an approved request does not expire (request.already_decided)', () => {
    expect(ruleOf(transition(approved(), { type: 'expire', at: '2026-11-21T09:00:00.000Z' }, request, settings))).toBe(
      'request.already_decided',
    );
  });
});

describe('request state machine: final states', () => {
  const actions: RequestAction[] = [
    approve(local('2026-11-15')),
    reject(local('2026-11-15')),
    { type: 'cancel', at: local('2026-11-15'), by: null },
    { type: 'expire', at: local('2026-11-21') },
    { type: 'revoke', at: local('2026-11-15'), by: manager, reason: 'x' },
    { type: 'hubConflict', at: local('2026-11-15'), reason: 'x' },
    { type: 'parentConfirm', at: local('2026-11-15'), stillNeeded: true },
  ];
  for (const state of finals) {
    test(`state machine: no transition out of ${state.status}`, () => {
      for (const action of actions) expect(ruleOf(transition(state, action, request, settings))).toBe('request.already_decided');
    });
  }

  test('state machine: a replayed hub acceptance of a final state changes nothing', () => {
    for (const state of finals) {
      const r = transition(state, { type: 'hubAccept', at: local('2026-11-15') }, request, settings);
      expect(r.ok && r.value.status).toBe(state.status);
    }
  });
});

describe('request state machine: reject, revoke, cancel, parent confirmation', () => {
  test('state machine: reject "other" needs text; "outside the rules" needs a rule', () => {
    const at = local('2026-11-13');
    expect(
      ruleOf(
        transition(
          submitted,
          { type: 'reject', at, by: manager, reason: { code: 'other', note: ' ' }, provisional: true },
          request,
          settings,
        ),
      ),
    ).toBe('request.reason_needs_text');
    expect(
      ruleOf(
        transition(
          submitted,
          { type: 'reject', at, by: manager, reason: { code: 'outside_rules', rules: [] }, provisional: true },
          request,
          settings,
        ),
      ),
    ).toBe('request.reason_needs_rule');
    const s = value(
      transition(
        submitted,
        {
          type: 'reject',
          at,
          by: manager,
          reason: { code: 'outside_rules', rules: [{ rule: 'swap.min_days_before', params: { days: 9, minDays: 14 } }] },
          provisional: true,
        },
        request,
        settings,
      ),
    );
    expect(s.status).toBe('rejected');
  });

  test('state machine: only the manager revokes an approval, with a reason', () => {
    const a = approved();
    const at = local('2026-11-14');
    expect(ruleOf(transition(a, { type: 'revoke', at, by: assistant, reason: 'Groep dicht' }, request, settings))).toBe(
      'request.revoke_manager_only',
    );
    expect(ruleOf(transition(a, { type: 'revoke', at, by: manager, reason: '' }, request, settings))).toBe('request.reason_needs_text');
    expect(value(transition(a, { type: 'revoke', at, by: manager, reason: 'Groep dicht' }, request, settings))).toEqual({
      status: 'revoked',
      at,
      by: manager,
      reason: 'Groep dicht',
      approval: a,
    });
  });

  test('state machine: a submitted request cannot be revoked (request.invalid_transition)', () => {
    expect(ruleOf(transition(submitted, { type: 'revoke', at: local('2026-11-14'), by: manager, reason: 'x' }, request, settings))).toBe(
      'request.invalid_transition',
    );
  });

  test('state machine: the parent withdraws a submitted request at any time', () => {
    expect(value(transition(submitted, { type: 'cancel', at: local('2026-11-30'), by: null }, request, settings))).toMatchObject({
      status: 'cancelled',
      afterApproval: false,
    });
  });

  test('state machine: cancelling an approved extra day follows the 14-day rule', () => {
    const e = extra({ date: '2026-11-24' });
    expect(value(transition(approved(), { type: 'cancel', at: local('2026-11-10'), by: null }, e, settings))).toMatchObject({
      status: 'cancelled',
      afterApproval: true,
    });
    expect(ruleOf(transition(approved(), { type: 'cancel', at: local('2026-11-11'), by: null }, e, settings))).toBe(
      'cancel.min_days_before',
    );
  });

  test('late approval: approving less than 24 hours before care starts waits for the parent; exactly 24 hours does not', () => {
    // Swap day Tue 1 Dec, care from 07:30 (06:30 UTC).
    const r = { ...request, expiresAt: null };
    expect(isLateApproval(r, '2026-11-30T06:30:00.000Z', settings)).toBe(false);
    expect(isLateApproval(r, '2026-11-30T06:31:00.000Z', settings)).toBe(true);
    const late = value(transition(submitted, approve('2026-11-30T12:00:00.000Z'), r, settings));
    expect(late).toMatchObject({ status: 'approved', awaitingParentConfirmation: true });
  });

  test('late approval: the parent confirms (final) or declines (cancelled, whatever the cancel rules)', () => {
    const waiting = approved({ awaitingParentConfirmation: true });
    const e = extra({ date: '2026-11-24' });
    const at = local('2026-11-23', '20:00');
    expect(value(transition(waiting, { type: 'parentConfirm', at, stillNeeded: true }, e, settings))).toMatchObject({
      status: 'approved',
      awaitingParentConfirmation: false,
    });
    expect(value(transition(waiting, { type: 'parentConfirm', at, stillNeeded: false }, e, settings))).toEqual({
      status: 'cancelled',
      at,
      by: null,
      afterApproval: true,
    });
    expect(ruleOf(transition(approved(), { type: 'parentConfirm', at, stillNeeded: true }, e, settings))).toBe(
      'request.invalid_transition',
    );
  });
});
