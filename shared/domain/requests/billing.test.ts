import { describe, expect, test } from 'vitest';
import type { BillingLineRow } from '../../model/requestRows';
import { billedMinutes, chargeFor, creditsFor, minutesOnInvoice } from './billing';
import type { LedgerRow } from './hourLedger';
import { approved, context, extension, extra, flex, schoolClosure, swap, t, withState } from './testFixtures';

const ctx = context();
const debit = (requestId: string, minutes: number): LedgerRow => ({
  childId: 'child-sem',
  account: 'swap_hours',
  minutes: -minutes,
  cause: 'extra_day',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  sourceRequestId: requestId,
  locationInitiated: false,
});
const line = (over: Partial<BillingLineRow>): BillingLineRow => ({
  id: 'line-1',
  locationId: 'location-rho',
  childId: 'child-sem',
  requestId: 'request-1',
  kind: 'extraDay',
  date: '2026-11-24',
  minutes: 630,
  cause: 'approved',
  creditsLineId: null,
  postedAt: '2026-11-10T08:00:00.000Z',
  note: '',
  ...over,
});

describe('invoice lines of approved requests', () => {
  test('billing: an extra day on invoice bills its whole day part (07:30-18:00: 630 minutes)', () => {
    expect(minutesOnInvoice(extra(), [], ctx)).toBe(630);
  });

  test('billing: an extra day paid from swap hours bills only what the hours did not cover', () => {
    const e = extra({ payment: 'swap_hours' });
    expect(minutesOnInvoice(e, [debit(e.id, 630)], ctx)).toBe(0);
    expect(minutesOnInvoice(e, [debit(e.id, 400)], ctx)).toBe(230);
    expect(minutesOnInvoice(e, [debit('another', 630)], ctx)).toBe(630);
  });

  test('billing: an extension bills the minutes it adds (07:30-18:00 to 07:30-19:00: 60 minutes)', () => {
    expect(minutesOnInvoice(extension(), [], ctx)).toBe(60);
    const onApprovedExtra = extension({ date: '2026-11-24', start: t('07:30'), end: t('19:00') });
    const extraDay = withState(extra({ id: 'e1', date: '2026-11-24', start: t('08:00'), end: t('18:00') }), approved());
    expect(minutesOnInvoice(onApprovedExtra, [], context({ otherRequests: [extraDay] }))).toBe(90);
  });

  test('billing: a school closure day is billed separately; a swap day and a flex day are not on the invoice', () => {
    expect(minutesOnInvoice(schoolClosure(), [], ctx)).toBe(630);
    expect(minutesOnInvoice(swap(), [], ctx)).toBe(0);
    expect(minutesOnInvoice(flex(), [], ctx)).toBe(0);
  });

  test('billing: a charge names the request and its day; nothing for zero minutes', () => {
    expect(chargeFor(extra(), 630)).toEqual([
      {
        childId: 'child-sem',
        requestId: 'request-1',
        kind: 'extraDay',
        date: '2026-11-24',
        minutes: 630,
        cause: 'approved',
        creditsLineId: null,
        note: '',
      },
    ]);
    expect(chargeFor(extra(), 0)).toEqual([]);
  });

  test('billing: a revocation credits every charge not credited yet, once; the request then bills nothing', () => {
    const charge = line({});
    const credits = creditsFor([charge], 'revoked_approval', 'groep dicht');
    expect(credits).toEqual([
      expect.objectContaining({ minutes: -630, cause: 'revoked_approval', creditsLineId: 'line-1', note: 'groep dicht' }),
    ]);
    const credit = line({ id: 'line-2', minutes: -630, cause: 'revoked_approval', creditsLineId: 'line-1' });
    expect(creditsFor([charge, credit], 'cancelled')).toEqual([]);
    expect(billedMinutes([charge, credit])).toBe(0);
  });
});
