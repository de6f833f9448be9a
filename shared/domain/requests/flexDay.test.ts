import { describe, expect, test } from 'vitest';
import { flexCarryOverApplies, flexLedger, flexQuarters, quarterOf } from './flexBudget';
import { checkFlexDay, flexDeadline } from './flexDay';
import { balanceOn } from './hourLedger';
import type { FlexDayRequest, RequestState, RequestWithState } from './request';
import type { RequestContext } from './requestContext';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';
import { approved, context, flex, local, manager, milaFlex, noorBso, withState } from './testFixtures';

const settings = defaultRequestSettings;
const budget = (requests: RequestWithState[] = [], allowanceMinutes: number | [number, number, number, number] = 3000) =>
  flexLedger({ childId: 'child-mila', year: 2026, allowanceMinutes, requests }, settings);

function check(request: FlexDayRequest, over: Partial<RequestContext> = {}, s = settings) {
  return checkFlexDay(request, context({ at: request.submittedAt, ledger: budget(), ...over }), s);
}
const rules = (request: FlexDayRequest, over: Partial<RequestContext> = {}, s = settings) =>
  check(request, over, s).failures.map((f) => f.rule);

const rejectedFor = (code: 'staff_shortage' | 'group_full'): RequestState => ({
  status: 'rejected',
  decidedAt: local('2026-01-20'),
  decidedBy: manager,
  reason: { code },
  provisional: false,
});

describe('flex day: 21 days before the first day of the month', () => {
  test('flex day: the deadline for December 2026 is 10 November (1 Dec − 21 days)', () => {
    expect(flexDeadline('2026-12-09', settings)).toBe('2026-11-10');
    expect(flexDeadline('2026-12-31', settings)).toBe('2026-11-10');
    expect(flexDeadline('2027-01-04', settings)).toBe('2026-12-11');
    expect(flexDeadline('2026-03-02', settings)).toBe('2026-02-08');
  });

  test('flex day: accepted when submitted on 10 November for a day in December', () => {
    expect(rules(flex({ submitted: '2026-11-10' }))).toEqual([]);
  });

  test('flex day: rejected when submitted on 11 November for a day in December (minimum 21 days before the month)', () => {
    const r = check(flex({ submitted: '2026-11-11' }));
    expect(r.failures.map((f) => f.rule)).toEqual(['flex.min_days_before_month']);
    expect(r.failures[0]?.message).toBe(
      'Aangevraagd op wo 11 nov; flexopvang voor december 2026 moet minstens 21 dagen vóór de eerste dag van de maand zijn aangevraagd, dus uiterlijk di 10 nov.',
    );
  });

  test('flex day: 00:30 on 11 November in Amsterdam (23:30 UTC on the 10th) is late', () => {
    expect(rules(flex({ submittedAt: '2026-11-10T23:30:00.000Z' }))).toEqual(['flex.min_days_before_month']);
    expect(rules(flex({ submittedAt: '2026-11-10T22:59:00.000Z' }))).toEqual([]);
  });

  test('flex day: the "one month before" reading: for December, 1 November ok, 2 November rejected', () => {
    const s = requestSettingsSchema.parse({ flexDay: { deadline: { rule: 'months_before_month', months: 1 } } });
    expect(flexDeadline('2026-12-09', s)).toBe('2026-11-01');
    expect(flexDeadline('2027-01-04', s)).toBe('2026-12-01');
    expect(rules(flex({ submitted: '2026-11-01' }), {}, s)).toEqual([]);
    expect(rules(flex({ submitted: '2026-11-02' }), {}, s)).toEqual(['flex.min_months_before_month']);
  });
});

describe('flex day: KDV only, flex contract, consent, budget', () => {
  test('flex day: rejected for BSO (flex.kdv_only)', () => {
    const r = rules(flex(), { placements: [milaFlex({ careType: 'BSO' })] });
    expect(r).toEqual(['flex.kdv_only']);
  });

  test('flex day: rejected without a flex contract (fixed KDV contract, day not contracted)', () => {
    expect(rules(flex(), { placements: [milaFlex({ kind: 'fixed', days: [] })] })).toEqual(['flex.no_flex_contract']);
  });

  test('flex day: rejected without any contract that day', () => {
    expect(rules(flex(), { placements: [noorBso()] })).toEqual(['request.no_placement']);
  });

  test('flex day: needs the parent’s consent for care in another group', () => {
    expect(rules(flex(), { consent: { otherGroup: false } })).toEqual(['flex.needs_other_group_consent']);
    expect(rules(flex(), { consent: null })).toEqual(['flex.needs_other_group_consent']);
  });

  test('flex day: rejected when the quarter’s budget is short (600 minutes left, 630 asked)', () => {
    const used = withState(flex({ id: 'used', date: '2026-10-14' }), approved());
    const ledger = budget([used], 1230);
    expect(balanceOn(ledger, '2026-12-09')).toBe(600);
    const r = check(flex(), { ledger });
    expect(r.failures.map((f) => f.rule)).toEqual(['flex.budget']);
    expect(r.failures[0]?.message).toBe('Gevraagd 10,5 uur; in het flexbudget van kwartaal 4 van 2026 staat nog 10 uur.');
  });

  test('flex day: exactly enough budget is fine (630 left, 630 asked)', () => {
    expect(rules(flex(), { ledger: budget([], 630) })).toEqual([]);
  });

  test('flex day: closed days and times outside opening hours fail', () => {
    expect(rules(flex({ date: '2026-12-25', submitted: '2026-11-01' }))).toEqual(['request.closed_day']);
    expect(rules(flex({ start: 6 * 60 }))).toEqual(['request.outside_opening_hours']);
  });
});

describe('flex budget: quarters and carry-over', () => {
  test('flex budget: the quarter of a date', () => {
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1, from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2026-04-01').quarter).toBe(2);
    expect(quarterOf('2026-12-31')).toMatchObject({ quarter: 4, from: '2026-10-01', to: '2026-12-31' });
  });

  test('flex budget: unused hours expire at quarter end without a staff-shortage rejection', () => {
    const q = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 3000, requests: [] }, settings);
    expect(q.map((x) => [x.quarter, x.carriedIn, x.carriedOut, x.expired])).toEqual([
      [1, 0, 0, 3000],
      [2, 0, 0, 3000],
      [3, 0, 0, 3000],
      [4, 0, 0, 3000],
    ]);
    expect(balanceOn(budget(), '2026-03-31')).toBe(3000);
    expect(balanceOn(budget(), '2026-04-01')).toBe(3000);
  });

  test('flex budget: a staff-shortage rejection submitted 21 days ahead carries its hours from Q1 to Q2', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-21' }), rejectedFor('staff_shortage'));
    const used = withState(flex({ id: 'u1', date: '2026-02-12', submitted: '2026-01-10' }), approved());
    const q = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 3000, requests: [rejected, used] }, settings);
    expect(q[0]).toMatchObject({ used: 630, left: 2370, protectedMinutes: 630, carriedOut: 630, expired: 1740 });
    expect(q[1]).toMatchObject({ carriedIn: 630, left: 3630 });
    const ledger = budget([rejected, used]);
    expect(balanceOn(ledger, '2026-03-31')).toBe(2370);
    expect(balanceOn(ledger, '2026-04-01')).toBe(3630);
    expect(ledger.filter((r) => r.cause === 'flex_carry_over')).toEqual([
      expect.objectContaining({ minutes: 630, validFrom: '2026-04-01', validUntil: '2026-06-30' }),
    ]);
  });

  test('flex budget: submitted 20 days ahead, a staff-shortage rejection does not carry', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-22' }), rejectedFor('staff_shortage'));
    const q = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 3000, requests: [rejected] }, settings);
    expect(q[0]?.carriedOut).toBe(0);
  });

  test('flex budget: a rejection for a full group does not carry', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-01' }), rejectedFor('group_full'));
    expect(flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 3000, requests: [rejected] }, settings)[0]?.carriedOut).toBe(
      0,
    );
  });

  test('flex budget: carry-over is capped by what is left unused (300 left of a protected 630)', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-08-12', submitted: '2026-07-01' }), rejectedFor('staff_shortage'));
    const used = withState(flex({ id: 'u1', date: '2026-08-13', submitted: '2026-07-01' }), approved());
    const q = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 930, requests: [rejected, used] }, settings);
    expect(q[2]).toMatchObject({ quarter: 3, left: 300, carriedOut: 300, expired: 0 });
    expect(q[3]).toMatchObject({ quarter: 4, carriedIn: 300 });
  });

  test('flex budget: Q4 hours expire even with a staff-shortage rejection', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-11-11', submitted: '2026-10-01' }), rejectedFor('staff_shortage'));
    const q = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 3000, requests: [rejected] }, settings);
    expect(q[3]).toMatchObject({ protectedMinutes: 630, carriedOut: 0, expired: 3000 });
    expect(flexCarryOverApplies(rejected, { code: 'staff_shortage' }, settings)).toBe(false);
  });

  test('flex budget: carried-in hours left unused lapse at the end of the next quarter', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-01' }), rejectedFor('staff_shortage'));
    const q = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 3000, requests: [rejected] }, settings);
    expect(q.map((x) => x.carriedIn)).toEqual([0, 630, 0, 0]);
  });

  test('flex budget: per-quarter allowances, other children’s requests ignored', () => {
    const other = withState(flex({ id: 'x', childId: 'child-sem', date: '2026-02-11' }), approved());
    const q = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: [100, 200, 300, 400], requests: [other] }, settings);
    expect(q.map((x) => [x.allowance, x.used])).toEqual([
      [100, 0],
      [200, 0],
      [300, 0],
      [400, 0],
    ]);
  });

  test('flex budget: a revoked flex day gives its hours back (no debit row)', () => {
    const revoked = withState(flex({ id: 'v', date: '2026-12-09' }), {
      status: 'revoked',
      at: local('2026-12-01'),
      by: manager,
      reason: 'Groep dicht',
      approval: approved(),
    });
    expect(balanceOn(budget([revoked]), '2026-12-09')).toBe(3000);
  });
});
