import { describe, expect, test } from 'vitest';
import { closeFlexQuarter, flexQuarters, nextQuarter, quarterSpan } from './flexBudget';
import type { Quarter } from './flexBudget';
import { balanceOn } from './hourLedger';
import type { LedgerRow } from './hourLedger';
import type { RequestState, RequestWithState } from './request';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';
import { approved, flex, local, manager, withState } from './testFixtures';

const settings = defaultRequestSettings;
const staffShortage: RequestState = {
  status: 'rejected',
  decidedAt: local('2026-01-20'),
  decidedBy: manager,
  reason: { code: 'staff_shortage' },
  provisional: false,
};

/** Mila's stored flex rows: the allowance of each quarter and the debits of approved flex days. */
function stored(allowance: number, requests: RequestWithState[]): LedgerRow[] {
  const rows: LedgerRow[] = ([1, 2, 3, 4] as Quarter[]).map((q) => {
    const span = quarterSpan(2026, q);
    return {
      childId: 'child-mila',
      account: 'flex',
      minutes: allowance,
      cause: 'flex_allowance',
      validFrom: span.from,
      validUntil: span.to,
      sourceRequestId: null,
      locationInitiated: false,
    };
  });
  for (const r of requests) {
    if (r.kind !== 'flexDay' || r.state.status !== 'approved') continue;
    const span = quarterSpan(2026, (Math.floor((Number(r.date.slice(5, 7)) - 1) / 3) + 1) as Quarter);
    rows.push({
      childId: r.childId,
      account: 'flex',
      minutes: -(r.end - r.start),
      cause: 'flex_day',
      validFrom: span.from,
      validUntil: span.to,
      sourceRequestId: r.id,
      locationInitiated: false,
    });
  }
  return rows;
}

const close = (quarter: Quarter, ledger: LedgerRow[], requests: RequestWithState[], s = settings) =>
  closeFlexQuarter({ childId: 'child-mila', year: 2026, quarter, ledger, requests }, s);

describe('flex budget: closing a quarter as ledger rows', () => {
  test('quarter close: what is left unused lapses as a flex_expired row; the quarter then sums to zero', () => {
    const used = withState(flex({ id: 'u1', date: '2026-02-12', submitted: '2026-01-10' }), approved());
    const ledger = stored(3000, [used]);
    const c = close(1, ledger, [used]);
    expect(c).toMatchObject({ left: 2370, protectedMinutes: 0, carriedOut: 0, expired: 2370 });
    expect(c.rows).toEqual([
      expect.objectContaining({ minutes: -2370, cause: 'flex_expired', validFrom: '2026-01-01', validUntil: '2026-03-31' }),
    ]);
    expect(balanceOn([...ledger, ...c.rows], '2026-03-31', { account: 'flex' })).toBe(0);
    expect(balanceOn([...ledger, ...c.rows], '2026-04-01', { account: 'flex' })).toBe(3000);
  });

  test('quarter close: a staff-shortage rejection asked 21 days ahead carries its hours to the next quarter (debit here, credit there)', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-21' }), staffShortage);
    const ledger = stored(3000, []);
    const c = close(1, ledger, [rejected]);
    expect(c).toMatchObject({ left: 3000, protectedMinutes: 630, carriedOut: 630, expired: 2370 });
    expect(c.rows.map((r) => [r.cause, r.minutes, r.validFrom, r.validUntil])).toEqual([
      ['flex_carry_over', -630, '2026-01-01', '2026-03-31'],
      ['flex_carry_over', 630, '2026-04-01', '2026-06-30'],
      ['flex_expired', -2370, '2026-01-01', '2026-03-31'],
    ]);
    expect(balanceOn([...ledger, ...c.rows], '2026-04-01', { account: 'flex' })).toBe(3630);
  });

  test.each([
    ['2026-01-22', 20, 0],
    ['2026-01-21', 21, 630],
    ['2026-01-20', 22, 630],
  ])(
    'quarter close: a staff-shortage rejection submitted %s (%i days before Wed 11 Feb) carries %i minutes',
    (submitted, _days, carried) => {
      const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted }), staffShortage);
      expect(close(1, stored(3000, []), [rejected]).carriedOut).toBe(carried);
    },
  );

  test('quarter close: the carry-over minimum is a setting (14 days: 20 days ahead carries)', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-22' }), staffShortage);
    const s = requestSettingsSchema.parse({ flexDay: { carryOverMinDaysAhead: 14 } });
    expect(close(1, stored(3000, []), [rejected], s).carriedOut).toBe(630);
  });

  test('quarter close: after quarter 4 everything lapses, staff shortage or not', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-11-11', submitted: '2026-10-01' }), staffShortage);
    const c = close(4, stored(3000, []), [rejected]);
    expect(c).toMatchObject({ carriedOut: 0, expired: 3000 });
    expect(nextQuarter(c.quarter)).toMatchObject({ year: 2027, quarter: 1 });
  });

  test('quarter close: idempotent: closing again posts nothing', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-01' }), staffShortage);
    const ledger = stored(3000, []);
    const first = close(1, ledger, [rejected]);
    expect(close(1, [...ledger, ...first.rows], [rejected]).rows).toEqual([]);
  });

  test('quarter close: carried-in hours left unused lapse at the end of the next quarter; an overspent quarter posts nothing', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-02-11', submitted: '2026-01-01' }), staffShortage);
    let ledger = stored(3000, []);
    ledger = [...ledger, ...close(1, ledger, [rejected]).rows];
    const q2 = close(2, ledger, [rejected]);
    expect(q2).toMatchObject({ left: 3630, carriedOut: 0, expired: 3630 });
    const over: LedgerRow = { ...ledger[2]!, minutes: -3500, cause: 'correction' };
    expect(close(3, [...ledger, over], []).rows).toEqual([]);
  });

  test('quarter close: the same numbers as the derived budget (flexQuarters)', () => {
    const rejected = withState(flex({ id: 'r1', date: '2026-08-12', submitted: '2026-07-01' }), staffShortage);
    const used = withState(flex({ id: 'u1', date: '2026-08-13', submitted: '2026-07-01' }), approved());
    const derived = flexQuarters({ childId: 'child-mila', year: 2026, allowanceMinutes: 930, requests: [rejected, used] }, settings);
    let ledger = stored(930, [used]);
    for (const q of [1, 2, 3, 4] as Quarter[]) {
      const c = close(q, ledger, [rejected, used]);
      expect([q, c.carriedOut, c.expired]).toEqual([q, derived[q - 1]!.carriedOut, derived[q - 1]!.expired]);
      ledger = [...ledger, ...c.rows];
    }
  });
});
