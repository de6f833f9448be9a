/**
 * Request settings of an organisation (spec/requests.md). Every number of the request rules is
 * a setting with the spec's default (the terms of a mid-size Dutch childcare organisation).
 *
 * Missing keys take the defaults, so `requestSettingsSchema.parse({})` is the default settings.
 * Day counts compare local dates (`YYYY-MM-DD` at the location), hour counts compare instants.
 */
import { z } from 'zod';
import { CareType } from '../../model/rows';

const days = z.number().int().min(0).max(366);
const hours = z
  .number()
  .int()
  .min(0)
  .max(24 * 366);
const minutesOfDay = z.number().int().min(0).max(1440);
const month = z.number().int().min(1).max(12);

/** A standard care time (pakket) on which extra days may be booked. */
export const StandardCareTimeSchema = z
  .object({
    careType: CareType,
    /** BSO only: on school days or on holiday days; null: any day. */
    bsoDayKind: z.enum(['school', 'holiday']).nullable().default(null),
    start: minutesOfDay,
    end: minutesOfDay,
  })
  .refine((t) => t.end > t.start, { message: 'eindtijd ligt niet na begintijd', path: ['end'] });
export type StandardCareTime = z.infer<typeof StandardCareTimeSchema>;

const hhmm = (h: number, m = 0): number => h * 60 + m;
const times = (careType: CareType, bsoDayKind: 'school' | 'holiday' | null, list: readonly [number, number][]): StandardCareTime[] =>
  list.map(([start, end]) => ({ careType, bsoDayKind, start, end }));

/**
 * The default packages: the KDV day parts the organisation contracts (whole and half days), BSO
 * before school, after school (from the schools' end times, Wednesday from 12:15/12:30) and
 * holiday days.
 */
export const DEFAULT_STANDARD_CARE_TIMES: readonly StandardCareTime[] = [
  ...times('KDV', null, [
    [hhmm(7, 30), hhmm(18)],
    [hhmm(8), hhmm(17, 30)],
    [hhmm(8), hhmm(18)],
    [hhmm(7), hhmm(18, 30)],
    [hhmm(8, 30), hhmm(17)],
    [hhmm(7, 30), hhmm(13)],
    [hhmm(8), hhmm(13)],
    [hhmm(13), hhmm(18)],
  ]),
  ...times('BSO', 'school', [
    [hhmm(7, 30), hhmm(8, 30)],
    [hhmm(12, 15), hhmm(18)],
    [hhmm(12, 30), hhmm(18)],
    [hhmm(14), hhmm(18)],
    [hhmm(14), hhmm(18, 30)],
    [hhmm(15), hhmm(18)],
    [hhmm(15), hhmm(18, 30)],
    [hhmm(15, 15), hhmm(18)],
    [hhmm(15, 15), hhmm(18, 30)],
  ]),
  ...times('BSO', 'holiday', [
    [hhmm(7, 30), hhmm(18)],
    [hhmm(8), hhmm(18)],
    [hhmm(7, 30), hhmm(18, 30)],
    [hhmm(7), hhmm(18, 30)],
  ]),
];

/**
 * When flexible care for a month must be submitted at the latest:
 * `days_before_month`: at least `days` days before the first day of the month (default 21: for
 * December 2026, on or before 10 November);
 * `months_before_month`: at least `months` months before the first day (the other
 * organisation's "one month before": for December 2026, on or before 1 November).
 */
export const FlexDeadlineSchema = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('days_before_month'), days }),
  z.object({ rule: z.literal('months_before_month'), months: z.number().int().min(1).max(12) }),
]);
export type FlexDeadline = z.infer<typeof FlexDeadlineSchema>;

/**
 * How long swap and make-up hours stay valid, always capped at the contract's last day:
 * `end_of_year`: until 31 December of the year the credit was earned in (default);
 * `days_after`: `days` days after the day that earned it.
 */
export const CreditValiditySchema = z.discriminatedUnion('until', [
  z.object({ until: z.literal('end_of_year') }),
  z.object({ until: z.literal('days_after'), days }),
]);
export type CreditValidity = z.infer<typeof CreditValiditySchema>;

export const swapDaySettingsSchema = z.object({
  /** Submitted at least this many days before the swap day (swap day − submitted date ≥ n). */
  minDaysBefore: days.default(14),
  /** Submitted at most this many days before the swap day. */
  maxDaysBefore: days.default(30),
  /** At most this many days between the original day and the swap day (either way). */
  maxDaysBetween: days.default(30),
  /** Months (1-12) in which no swap is possible (zomerstop). */
  blackoutMonths: z.array(month).default(() => [7, 8]),
  /**
   * `both_days` (default): neither the swap day nor the original day may lie in a blackout
   * month ("ruilen is in juli en augustus niet mogelijk"). `swap_day`: only the wanted day.
   */
  blackoutAppliesTo: z.enum(['both_days', 'swap_day']).default('both_days'),
});

export const extraDaySettingsSchema = z.object({
  /** The parent may cancel an approved extra day until this many days before it. */
  cancelMinDaysBefore: days.default(14),
  /**
   * Minimum notice: a request without an expiry moment of its own expires when it is not decided
   * by the end of the day this many days before the extra day (`expiryMomentOf`).
   */
  minNoticeDays: days.default(14),
  /**
   * Structural: the child's extra days (open or approved) fall in this many consecutive
   * calendar months, this one included. Rejected with the advice to change the contract.
   */
  structuralMonthsInARow: z.number().int().min(2).max(12).default(3),
  /**
   * Whether an extra day may be paid partly from swap hours and partly on invoice. Default
   * false: the terms say never partly each.
   */
  allowMixedPayment: z.boolean().default(false),
  /**
   * The price of an hour of extra care on the invoice, in cents: what the parent is shown for the
   * part of a mixed-paid extra day that goes on the invoice ("2 uur op de factuur (€ 22,00)").
   * Billing (kindplanning) prices the invoice lines themselves; the spec names no price, so this
   * default (€ 11,00) is a placeholder each organisation sets to its own hourly rate.
   */
  invoiceCentsPerHour: z.number().int().min(0).max(100_000).default(1100),
  /** The packages on which an extra day may be booked. */
  standardCareTimes: z.array(StandardCareTimeSchema).default(() => DEFAULT_STANDARD_CARE_TIMES.map((t) => ({ ...t }))),
});

export const flexDaySettingsSchema = z.object({
  deadline: FlexDeadlineSchema.default(() => ({ rule: 'days_before_month' as const, days: 21 })),
  /** Minimum notice for the default expiry moment, as for an extra day (`expiryMomentOf`). */
  minNoticeDays: days.default(14),
  /** The parent may cancel an approved flex day until this many days before it. */
  cancelMinDaysBefore: days.default(14),
  /**
   * A flex request rejected for staff shortage keeps its hours past quarter end (quarters 1-3
   * carry to the next quarter) when it was submitted at least this many days before the day.
   */
  carryOverMinDaysAhead: days.default(21),
});

export const extensionSettingsSchema = z.object({
  /** Extensions come in whole units of this many minutes (whole hours). */
  unitMinutes: z.number().int().min(1).max(240).default(60),
  /** Submitted at least this many days before the day. */
  minDaysBefore: days.default(3),
});

export const schoolClosureDaySettingsSchema = z.object({
  /** Submitted at least this many days before the school closure day. */
  minDaysBefore: days.default(28),
  /**
   * The BSO opens on a school closure day only when at least this many children are registered
   * (live requests for the day). The manager sets the number per day
   * (`schoolClosureDay.setThreshold`); this is the number for a day without one. The spec gives
   * no figure: 6 is this organisation's choice.
   */
  openingThreshold: z.number().int().min(1).max(500).default(6),
});

export const queueSettingsSchema = z.object({
  /** A request whose expiry moment lies within this many hours is shown on top, flagged. */
  expiringWithinHours: hours.default(48),
  /**
   * Approving less than this many hours before the care starts makes the approval wait for the
   * parent's "still needed" confirmation.
   */
  lateApprovalHours: hours.default(24),
});

export const swapHoursSettingsSchema = z.object({
  /** A planned absence reported at least this many hours before the care starts earns credit. */
  plannedAbsenceMinHoursAhead: hours.default(96),
  validity: CreditValiditySchema.default(() => ({ until: 'end_of_year' as const })),
  /** The desk lists credits that expire within this many days (four weeks). */
  expiryWarningDays: days.default(28),
  /**
   * How far ahead of the absent day credit is posted; null: no limit (default). With a limit,
   * a later absence is stored now and its credit posted when the window opens.
   */
  earnHorizonDays: days.nullable().default(null),
});

export const requestSettingsSchema = z.object({
  swapDay: swapDaySettingsSchema.prefault({}),
  extraDay: extraDaySettingsSchema.prefault({}),
  flexDay: flexDaySettingsSchema.prefault({}),
  extension: extensionSettingsSchema.prefault({}),
  schoolClosureDay: schoolClosureDaySettingsSchema.prefault({}),
  queue: queueSettingsSchema.prefault({}),
  swapHours: swapHoursSettingsSchema.prefault({}),
});

export type RequestSettings = z.infer<typeof requestSettingsSchema>;

export const defaultRequestSettings: RequestSettings = requestSettingsSchema.parse({});
