import { describe, expect, test } from 'vitest';
import { requestMessages } from './messages';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';

describe('request settings', () => {
  test('settings: the defaults are the spec’s numbers', () => {
    const s = requestSettingsSchema.parse({});
    expect(s.swapDay).toEqual({
      minDaysBefore: 14,
      maxDaysBefore: 30,
      maxDaysBetween: 30,
      blackoutMonths: [7, 8],
      blackoutAppliesTo: 'both_days',
    });
    expect(s.extraDay).toMatchObject({
      cancelMinDaysBefore: 14,
      minNoticeDays: 14,
      allowMixedPayment: false,
      invoiceCentsPerHour: 1100,
      structuralMonthsInARow: 3,
    });
    expect(s.flexDay).toEqual({
      deadline: { rule: 'days_before_month', days: 21 },
      minNoticeDays: 14,
      cancelMinDaysBefore: 14,
      carryOverMinDaysAhead: 21,
    });
    expect(s.extension).toEqual({ unitMinutes: 60, minDaysBefore: 3 });
    expect(s.schoolClosureDay).toEqual({ minDaysBefore: 28, openingThreshold: 6 });
    expect(s.queue).toEqual({ expiringWithinHours: 48, lateApprovalHours: 24 });
    expect(s.swapHours).toEqual({
      plannedAbsenceMinHoursAhead: 96,
      validity: { until: 'end_of_year' },
      expiryWarningDays: 28,
      earnHorizonDays: null,
    });
    expect(defaultRequestSettings).toEqual(s);
  });

  test('settings: a partial override keeps the other defaults', () => {
    const s = requestSettingsSchema.parse({
      swapDay: { minDaysBefore: 7 },
      flexDay: { deadline: { rule: 'months_before_month', months: 1 } },
    });
    expect(s.swapDay.minDaysBefore).toBe(7);
    expect(s.swapDay.maxDaysBefore).toBe(30);
    expect(s.flexDay.deadline).toEqual({ rule: 'months_before_month', months: 1 });
    expect(s.flexDay.cancelMinDaysBefore).toBe(14);
  });

  test('settings: nonsense is refused', () => {
    expect(requestSettingsSchema.safeParse({ swapDay: { minDaysBefore: -1 } }).success).toBe(false);
    expect(requestSettingsSchema.safeParse({ swapDay: { blackoutMonths: [13] } }).success).toBe(false);
    expect(requestSettingsSchema.safeParse({ extraDay: { standardCareTimes: [{ careType: 'KDV', start: 600, end: 500 }] } }).success).toBe(
      false,
    );
  });

  test('messages: every Dutch sentence has an English one and the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(requestMessages.en).sort()).toEqual(Object.keys(requestMessages.nl).sort());
    for (const [key, nl] of Object.entries(requestMessages.nl)) {
      expect([key, placeholders(requestMessages.en[key as keyof typeof requestMessages.en])]).toEqual([key, placeholders(nl)]);
    }
  });
});
