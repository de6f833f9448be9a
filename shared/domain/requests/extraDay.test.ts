import { describe, expect, test } from 'vitest';
import { checkExtraDay } from './extraDay';
import type { LedgerRow } from './hourLedger';
import type { ExtraDayRequest } from './request';
import type { RequestContext } from './requestContext';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';
import { approved, context, extra, noorBso, t, withState } from './testFixtures';

const settings = defaultRequestSettings;
function check(request: ExtraDayRequest, over: Partial<RequestContext> = {}, s = settings) {
  return checkExtraDay(request, context({ at: request.submittedAt, ...over }), s);
}
const rules = (request: ExtraDayRequest, over: Partial<RequestContext> = {}, s = settings) =>
  check(request, over, s).failures.map((f) => f.rule);

const hours = (minutes: number, validFrom = '2026-01-01', validUntil = '2026-12-31'): LedgerRow => ({
  childId: 'child-sem',
  account: 'swap_hours',
  minutes,
  cause: 'planned_absence',
  validFrom,
  validUntil,
  sourceRequestId: 'absence-x',
  locationInitiated: false,
});

describe('extra day: standard care times', () => {
  test('extra day: accepted on a standard KDV package (Tue 24 Nov 07:30-18:00)', () => {
    expect(check(extra())).toEqual({ ok: true, failures: [] });
  });

  test('extra day: rejected on other times (07:45-17:15), naming the standard times', () => {
    const r = check(extra({ start: t('07:45'), end: t('17:15') }));
    expect(r.failures.map((f) => f.rule)).toEqual(['extra.standard_times']);
    expect(r.failures[0]?.message).toMatch(
      /^Gevraagd 07:45-17:15; extra opvang kan alleen op de standaardtijden: 07:30-18:00, 08:00-17:30, /,
    );
  });

  test('extra day: BSO school day and holiday day have their own packages', () => {
    const noor = (over: Parameters<typeof extra>[0]) => extra({ childId: 'child-noor', groupId: 'group-bso', ...over });
    // Wed 11 Nov: a school day; Wed 21 Oct: autumn holiday.
    expect(rules(noor({ date: '2026-11-11', start: t('15:00'), end: t('18:00') }))).toEqual([]);
    expect(rules(noor({ date: '2026-11-11', start: t('07:30'), end: t('18:00') }))).toEqual(['extra.standard_times']);
    expect(rules(noor({ date: '2026-10-21', start: t('07:30'), end: t('18:00'), submitted: '2026-10-01' }))).toEqual([]);
    expect(rules(noor({ date: '2026-10-21', start: t('15:00'), end: t('18:00'), submitted: '2026-10-01' }))).toEqual([
      'extra.standard_times',
    ]);
  });
});

describe('extra day: structural requests', () => {
  const month = (id: string, date: string) => withState(extra({ id, date }), approved());

  test('extra day: rejected as structural in the third month in a row (Sep, Oct, Nov)', () => {
    const r = check(extra(), { otherRequests: [month('sep', '2026-09-15'), month('oct', '2026-10-13')] });
    expect(r.failures.map((f) => f.rule)).toEqual(['extra.structural']);
    expect(r.failures[0]?.message).toBe(
      'Extra opvang in 3 maanden achter elkaar (september 2026 t/m november 2026) is structureel; pas daarvoor het contract aan.',
    );
  });

  test('extra day: two months in a row, or three with a gap, are incidental', () => {
    expect(rules(extra(), { otherRequests: [month('oct', '2026-10-13')] })).toEqual([]);
    expect(rules(extra(), { otherRequests: [month('aug', '2026-08-11'), month('sep', '2026-09-15')] })).toEqual([]);
  });

  test('extra day: a request that fills the gap between two months is structural too', () => {
    expect(rules(extra(), { otherRequests: [month('oct', '2026-10-13'), month('dec', '2026-12-08')] })).toEqual(['extra.structural']);
  });

  test('extra day: rejected or cancelled earlier requests do not count', () => {
    const cancelled = withState(extra({ id: 'sep', date: '2026-09-15' }), {
      status: 'cancelled',
      at: '2026-09-01T08:00:00.000Z',
      by: null,
      afterApproval: false,
    });
    expect(rules(extra(), { otherRequests: [cancelled, month('oct', '2026-10-13')] })).toEqual([]);
  });

  test('extra day: a recurring request is structural', () => {
    expect(rules(extra({ recurring: true }))).toEqual(['extra.structural_recurring']);
  });
});

describe('extra day: payment from swap hours, never partly', () => {
  test('extra day: paid from hours when the valid balance covers it', () => {
    expect(rules(extra({ payment: 'swap_hours' }), { ledger: [hours(630)] })).toEqual([]);
  });

  test('extra day: rejected when the hours cover only part (no mixing by default)', () => {
    expect(rules(extra({ payment: 'swap_hours' }), { ledger: [hours(600)] })).toEqual(['extra.payment_no_mixing']);
  });

  test('extra day: hours valid only after the day do not count', () => {
    expect(rules(extra({ payment: 'swap_hours' }), { ledger: [hours(630, '2026-11-25')] })).toEqual(['extra.payment_no_mixing']);
  });

  test('extra day: with mixing allowed a short balance is fine (split shown before approval)', () => {
    const s = requestSettingsSchema.parse({ extraDay: { allowMixedPayment: true } });
    expect(rules(extra({ payment: 'swap_hours' }), { ledger: [hours(600)] }, s)).toEqual([]);
  });

  test('extra day: on invoice the balance plays no part', () => {
    expect(rules(extra({ payment: 'invoice' }), { ledger: [] })).toEqual([]);
  });
});

describe('extra day: other rules', () => {
  test('extra day: rejected on a contracted day (Wed 25 Nov): that is an extension', () => {
    expect(rules(extra({ date: '2026-11-25' }))).toEqual(['request.already_in_care']);
  });

  test('extra day: rejected on a public holiday (Christmas, Fri 25 Dec) and at weekends', () => {
    expect(rules(extra({ date: '2026-12-22', submitted: '2026-12-01' }))).toEqual([]);
    expect(rules(extra({ date: '2026-12-25', submitted: '2026-12-01' }))).toEqual(['request.closed_day', 'request.already_in_care']);
    expect(rules(extra({ date: '2026-11-28' }))).toEqual(['request.closed_day']);
  });

  test('extra day: a second live request for the same day is a duplicate', () => {
    const first = withState(extra({ id: 'first' }));
    expect(rules(extra({ id: 'second' }), { otherRequests: [first] })).toEqual(['request.duplicate']);
  });

  test('extra day: no contract that day', () => {
    expect(rules(extra(), { placements: [noorBso()] })).toEqual(['request.no_placement']);
  });

  test('extra day: expired at the decision instant', () => {
    const r = extra({ expiresAt: '2026-11-20T09:00:00.000Z' });
    expect(rules(r, { at: '2026-11-20T08:59:00.000Z' })).toEqual([]);
    expect(rules(r, { at: '2026-11-20T09:00:00.000Z' })).toEqual(['request.expired']);
  });
});
