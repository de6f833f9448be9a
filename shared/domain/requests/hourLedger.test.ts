import { describe, expect, test } from 'vitest';
import {
  balanceOn,
  canPayFromCredit,
  creditForAbsence,
  creditsForAbsence,
  debitForExtraDay,
  expiringCredits,
  LedgerRowSchema,
  rowsUndoingRequest,
} from './hourLedger';
import type { LedgerRow } from './hourLedger';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';
import { absence, context, extra, placement, t } from './testFixtures';

const settings = defaultRequestSettings;
const ctx = context();
const credit = (minutes: number, validFrom: string, validUntil: string, over: Partial<LedgerRow> = {}): LedgerRow => ({
  childId: 'child-sem',
  account: 'swap_hours',
  minutes,
  cause: 'planned_absence',
  validFrom,
  validUntil,
  sourceRequestId: 'absence-x',
  locationInitiated: false,
  ...over,
});

describe('swap hours: credit for an absence', () => {
  // Mon 16 Nov 2026, care 07:30-18:00 (630 minutes), starts 06:30 UTC; 96 hours before is Thu 12 Nov 06:30 UTC.
  test('credit: a planned absence reported exactly 96 hours ahead earns the contracted 630 minutes', () => {
    const c = creditForAbsence(absence({ reported: '2026-11-12T06:30:00.000Z' }), '2026-11-16', ctx, settings);
    expect(c.earns).toBe(true);
    expect(c.rule).toBe('credit.planned_absence');
    if (!c.earns) return;
    expect(c.row).toEqual({
      childId: 'child-sem',
      account: 'swap_hours',
      minutes: 630,
      cause: 'planned_absence',
      validFrom: '2026-11-16',
      validUntil: '2026-12-31',
      sourceRequestId: 'absence-1',
      locationInitiated: false,
    });
    expect(c.postOn).toBe('2026-11-12');
    expect(c.message).toBe('Afwezigheid op ma 16 nov, 96 uur vooraf gemeld: 10,5 uur ruil- en inhaaluren, geldig tot en met do 31 dec.');
    LedgerRowSchema.parse(c.row);
  });

  test('credit: reported 95 hours 59 minutes ahead earns nothing (credit.too_late)', () => {
    const c = creditForAbsence(absence({ reported: '2026-11-12T06:31:00.000Z' }), '2026-11-16', ctx, settings);
    expect(c.earns).toBe(false);
    expect(c.rule).toBe('credit.too_late');
  });

  test('credit: an illness report earns nothing, however early', () => {
    const c = creditForAbsence(absence({ reason: 'illness', reported: '2026-11-01T06:30:00.000Z' }), '2026-11-16', ctx, settings);
    expect([c.earns, c.rule]).toEqual([false, 'credit.illness']);
  });

  test('credit: an absence the location asked for always earns, flagged, even the same morning', () => {
    const c = creditForAbsence(
      absence({ initiatedBy: 'location', reason: 'other', reported: '2026-11-16T05:00:00.000Z' }),
      '2026-11-16',
      ctx,
      settings,
    );
    expect(c.earns).toBe(true);
    expect(c.rule).toBe('credit.location_initiated');
    if (c.earns) expect(c.row).toMatchObject({ cause: 'location_absence', locationInitiated: true, minutes: 630 });
  });

  test('credit: a public holiday never earns (King’s Day, Mon 27 Apr), even at the location’s request', () => {
    for (const initiatedBy of ['parent', 'location'] as const) {
      const c = creditForAbsence(
        absence({ initiatedBy, from: '2026-04-27', to: '2026-04-27', reported: '2026-03-01T08:00:00.000Z' }),
        '2026-04-27',
        ctx,
        settings,
      );
      expect([c.earns, c.rule]).toEqual([false, 'credit.public_holiday']);
    }
  });

  test('credit: a day without contracted care earns nothing', () => {
    const c = creditForAbsence(absence({ reported: '2026-11-01T08:00:00.000Z' }), '2026-11-17', ctx, settings);
    expect([c.earns, c.rule]).toEqual([false, 'credit.no_care_day']);
  });

  test('credit: valid until the contract’s last day when that comes before the end of the year', () => {
    const ending = context({ placements: [placement({ endDate: '2026-11-30' })] });
    const c = creditForAbsence(absence({ reported: '2026-11-01T08:00:00.000Z' }), '2026-11-16', ending, settings);
    expect(c.earns && c.row.validUntil).toBe('2026-11-30');
  });

  test('credit: a validity of 90 days is a setting', () => {
    const s = requestSettingsSchema.parse({ swapHours: { validity: { until: 'days_after', days: 90 } } });
    const c = creditForAbsence(absence({ reported: '2026-11-01T08:00:00.000Z' }), '2026-11-16', ctx, s);
    expect(c.earns && c.row.validUntil).toBe('2027-02-14');
  });

  test('credit: with an earning horizon of 60 days a far absence is posted when the window opens', () => {
    const s = requestSettingsSchema.parse({ swapHours: { earnHorizonDays: 60 } });
    const c = creditForAbsence(absence({ reported: '2026-06-01T08:00:00.000Z' }), '2026-11-16', ctx, s);
    expect(c.earns && c.postOn).toBe('2026-09-17');
  });

  test('credit: a week of absence earns per contracted day (Mon-Sun: Mon, Wed, Thu, Fri)', () => {
    const week = absence({ from: '2026-11-16', to: '2026-11-22', reported: '2026-11-01T08:00:00.000Z' });
    const credits = creditsForAbsence(week, ctx, settings);
    expect(credits.map((c) => [c.date, c.earns])).toEqual([
      ['2026-11-16', true],
      ['2026-11-18', true],
      ['2026-11-19', true],
      ['2026-11-20', true],
    ]);
  });
});

describe('swap hours: balances are sums of valid rows', () => {
  const rows = [
    credit(630, '2026-03-02', '2026-12-31'),
    credit(300, '2026-06-01', '2026-06-30'),
    credit(-200, '2026-03-02', '2026-12-31', { cause: 'extra_day' }),
  ];

  test('balance: the sum of the rows valid on the date', () => {
    expect(balanceOn(rows, '2026-03-01')).toBe(0);
    expect(balanceOn(rows, '2026-03-02')).toBe(430);
    expect(balanceOn(rows, '2026-06-15')).toBe(730);
    expect(balanceOn(rows, '2026-06-30')).toBe(730);
    expect(balanceOn(rows, '2026-07-01')).toBe(430);
    expect(balanceOn(rows, '2026-12-31')).toBe(430);
    expect(balanceOn(rows, '2027-01-01')).toBe(0);
  });

  test('balance: the filter keeps one child and account', () => {
    const mixed = [
      ...rows,
      credit(999, '2026-01-01', '2026-12-31', { childId: 'child-lotte' }),
      credit(50, '2026-01-01', '2026-12-31', { account: 'flex' }),
    ];
    expect(balanceOn(mixed, '2026-06-15', { childId: 'child-sem', account: 'swap_hours' })).toBe(730);
  });
});

describe('swap hours: paying an extra day', () => {
  test('payment: enough hours pays it all from credit', () => {
    expect(canPayFromCredit(630, 630, settings)).toEqual({ ok: true, value: { fromCredit: 630, onInvoice: 0 } });
  });

  test('payment: not enough hours and no mixing (default) fails with extra.payment_no_mixing', () => {
    const r = canPayFromCredit(240, 630, settings);
    expect(r.ok ? '' : r.rule).toBe('extra.payment_no_mixing');
    expect(r.ok ? '' : r.message).toBe(
      'Er staat 4 uur aan ruil- en inhaaluren open; de extra opvang kost 10,5 uur. Deels uit uren en deels op factuur betalen kan niet: kies betalen op factuur.',
    );
  });

  test('payment: with mixing allowed the rest goes on the invoice', () => {
    const s = requestSettingsSchema.parse({ extraDay: { allowMixedPayment: true } });
    expect(canPayFromCredit(240, 630, s)).toEqual({ ok: true, value: { fromCredit: 240, onInvoice: 390 } });
  });

  test('payment: the debit spends the credit that expires first and copies its window', () => {
    const rows = [credit(630, '2026-03-02', '2026-12-31'), credit(300, '2026-11-01', '2026-11-30')];
    const r = debitForExtraDay(rows, extra({ date: '2026-11-24', payment: 'swap_hours' }), settings);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.rows.map((d) => [d.minutes, d.validFrom, d.validUntil, d.cause, d.sourceRequestId])).toEqual([
      [-300, '2026-11-01', '2026-11-30', 'extra_day', 'request-1'],
      [-330, '2026-03-02', '2026-12-31', 'extra_day', 'request-1'],
    ]);
    const after = [...rows, ...r.value.rows];
    expect(balanceOn(after, '2026-11-24')).toBe(300);
    expect(balanceOn(after, '2026-12-15')).toBe(300);
    expect(balanceOn(after, '2026-11-30')).toBe(300);
  });

  test('payment: credit valid only after the day cannot pay for it', () => {
    const rows = [credit(630, '2026-11-30', '2026-12-31')];
    const r = debitForExtraDay(rows, extra({ date: '2026-11-24', payment: 'swap_hours' }), settings);
    expect(r.ok ? 'ok' : r.rule).toBe('extra.payment_no_mixing');
  });

  test('revocation: undoing an approval gives the hours back in the same windows', () => {
    const rows = [credit(630, '2026-03-02', '2026-12-31')];
    const r = debitForExtraDay(
      rows,
      extra({ id: 'extra-9', date: '2026-11-24', start: t('08:00'), end: t('13:00'), payment: 'swap_hours' }),
      settings,
    );
    if (!r.ok) throw new Error(r.message);
    const spent = [...rows, ...r.value.rows];
    expect(balanceOn(spent, '2026-11-24')).toBe(330);
    const undone = [...spent, ...rowsUndoingRequest(spent, 'extra-9')];
    expect(balanceOn(undone, '2026-11-24')).toBe(630);
    expect(rowsUndoingRequest(undone, 'extra-9')).toHaveLength(1);
  });
});

describe('swap hours: credit about to expire', () => {
  const rows = [
    credit(630, '2026-03-02', '2026-12-31'),
    credit(-130, '2026-03-02', '2026-12-31', { cause: 'extra_day' }),
    credit(300, '2026-06-01', '2026-11-30', { childId: 'child-lotte' }),
    credit(120, '2026-02-01', '2026-12-31', { childId: 'child-noor' }),
    credit(-120, '2026-02-01', '2026-12-31', { childId: 'child-noor', cause: 'extra_day' }),
  ];

  test('expiring: four weeks (28 days) before 31 Dec, on 3 Dec, the remaining credit is listed; on 2 Dec not yet', () => {
    expect(expiringCredits(rows, '2026-12-02', settings).map((e) => e.childId)).toEqual([]);
    expect(expiringCredits(rows, '2026-12-03', settings)).toEqual([
      { childId: 'child-sem', validUntil: '2026-12-31', minutes: 500, daysLeft: 28 },
    ]);
  });

  test('expiring: listed up to and including the last valid day, spent credit (Noor) is not listed', () => {
    expect(expiringCredits(rows, '2026-11-30', settings)).toEqual([
      { childId: 'child-lotte', validUntil: '2026-11-30', minutes: 300, daysLeft: 0 },
    ]);
    expect(expiringCredits(rows, '2026-12-10', settings).map((e) => [e.childId, e.daysLeft])).toEqual([['child-sem', 21]]);
    expect(expiringCredits(rows, '2026-12-01', settings).map((e) => e.childId)).toEqual([]);
  });
});
