/**
 * The organisation's rules a manager of a single-location organisation edits on the desk
 * (spec/master-data.md "Who edits what"): the request terms and the late-pickup terms that are
 * the organisation's own choice. Enrolled desks show them read-only: the hub's administrator sets
 * them. The fields are a subset of `OrganisationSettings` (shared/domain/settings.ts); every
 * other setting keeps its value.
 */
import { z } from 'zod';
import { ok, type RuleResult } from '../../result';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, type RetentionSettings } from '../retention/retentionSettings';
import type { OrganisationSettings } from '../settings';
import { masterDataFailure } from './messages';

/** The bounds of the settings schemas (requestSettings.ts, latePickupSettings.ts). */
export const MAX_NOTICE_DAYS = 366;
export const MAX_GRACE_MINUTES = 60;
export const MAX_COUNT = 100;
export const MAX_INVOICE_CENTS_PER_HOUR = 100_000;
export const MAX_FINE_CENTS = 1_000_000;

const days = z.number().int().min(0).max(MAX_NOTICE_DAYS);
const count = z.number().int().min(1).max(MAX_COUNT);
const fine = z.number().int().min(0).max(MAX_FINE_CENTS);
const years = z.number().int().min(MIN_RETENTION_YEARS).max(MAX_RETENTION_YEARS);

/** The retention periods (shared/domain/retention/retentionSettings.ts), set with the rules; all four at once. */
export const RetentionRules = z
  .object({ attendanceYears: years, latePickupYears: years, requestYears: years, childYearsAfterLastContract: years })
  .strict();

/** What the desk's manager may set, all at once (the form shows them all). */
export const OrganisationRules = z
  .object({
    extraDay: z
      .object({
        minNoticeDays: days,
        cancelMinDaysBefore: days,
        allowMixedPayment: z.boolean(),
        invoiceCentsPerHour: z.number().int().min(0).max(MAX_INVOICE_CENTS_PER_HOUR),
      })
      .strict(),
    swapDay: z.object({ minDaysBefore: days }).strict(),
    latePickup: z
      .object({
        graceMinutes: z.number().int().min(0).max(MAX_GRACE_MINUTES),
        warningFromCount: count,
        flatFineFromCount: count,
        flatFineCents: fine,
        perHourFineFromCount: count,
        perStartedHourCents: fine,
        perStartedQuarterAfterClosingCents: fine,
      })
      .strict(),
    /** Left out: the periods stay as they are (the desk's Instellingen form does not show them). */
    retention: RetentionRules.optional(),
  })
  .strict();
export type OrganisationRules = z.infer<typeof OrganisationRules>;

/** The retention periods as they stand, in the shape `OrganisationRules.retention` sets them. */
export function retentionRulesOf(settings: OrganisationSettings): RetentionSettings {
  const { attendanceYears, latePickupYears, requestYears, childYearsAfterLastContract } = settings.retention;
  return { attendanceYears, latePickupYears, requestYears, childYearsAfterLastContract };
}

/** The editable rules as they stand in the organisation's settings. */
export function organisationRulesOf(settings: OrganisationSettings): OrganisationRules {
  const { extraDay, swapDay } = settings.requests;
  const late = settings.latePickup;
  return {
    extraDay: {
      minNoticeDays: extraDay.minNoticeDays,
      cancelMinDaysBefore: extraDay.cancelMinDaysBefore,
      allowMixedPayment: extraDay.allowMixedPayment,
      invoiceCentsPerHour: extraDay.invoiceCentsPerHour,
    },
    swapDay: { minDaysBefore: swapDay.minDaysBefore },
    latePickup: {
      graceMinutes: late.graceMinutes,
      warningFromCount: late.warningFromCount,
      flatFineFromCount: late.flatFineFromCount,
      flatFineCents: late.flatFineCents,
      perHourFineFromCount: late.perHourFineFromCount,
      perStartedHourCents: late.perStartedHourCents,
      perStartedQuarterAfterClosingCents: late.perStartedQuarterAfterClosingCents,
    },
  };
}

/** The stored settings (raw JSON, unknown keys kept) with the rules written over them. */
export function withOrganisationRules(stored: Record<string, unknown>, rules: OrganisationRules): Record<string, unknown> {
  const part = (key: string): Record<string, unknown> => {
    const value = stored[key];
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  };
  const requests = part('requests');
  const sub = (key: string): Record<string, unknown> => {
    const value = requests[key];
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  };
  return {
    ...stored,
    requests: {
      ...requests,
      extraDay: { ...sub('extraDay'), ...rules.extraDay },
      swapDay: { ...sub('swapDay'), ...rules.swapDay },
    },
    latePickup: { ...part('latePickup'), ...rules.latePickup },
    ...(rules.retention ? { retention: { ...part('retention'), ...rules.retention } } : {}),
  };
}

/** The longest organisation name the store holds. */
const MAX_NAME_LENGTH = 200;

/** An organisation has a name, trimmed, of at most 200 characters. */
export function checkOrganisationName(name: string): RuleResult<string> {
  const trimmed = name.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH ? ok(trimmed) : masterDataFailure('organisation.name');
}

/** A number of days as typed: a whole number from 0 to 366. */
export function checkDays(value: string): RuleResult<number> {
  const n = wholeNumber(value);
  return n !== null && n <= MAX_NOTICE_DAYS ? ok(n) : masterDataFailure('organisation.days', { value, max: MAX_NOTICE_DAYS });
}

/** The minutes of grace as typed: a whole number from 0 to 60. */
export function checkGraceMinutes(value: string): RuleResult<number> {
  const n = wholeNumber(value);
  return n !== null && n <= MAX_GRACE_MINUTES ? ok(n) : masterDataFailure('organisation.minutes', { value, max: MAX_GRACE_MINUTES });
}

/** The how-many-th late pickup as typed: a whole number from 1 to 100. */
export function checkCount(value: string): RuleResult<number> {
  const n = wholeNumber(value);
  return n !== null && n >= 1 && n <= MAX_COUNT ? ok(n) : masterDataFailure('organisation.count', { value, max: MAX_COUNT });
}

/**
 * An amount in euros as typed, Dutch style ("11", "11,5", "11,50", "€ 1.100,00"): integer cents
 * from 0 to `maxCents`. A point before exactly three digits groups thousands; otherwise it is
 * read as the decimal separator ("11.50"), as people type it.
 */
export function checkEuros(value: string, maxCents: number): RuleResult<number> {
  const compact = value.replace(/€|\s/g, '');
  const normalised = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(compact) ? compact.replace(/\./g, '') : compact;
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(normalised);
  const cents = match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
  return cents !== null && cents <= maxCents
    ? ok(cents)
    : masterDataFailure('organisation.euros', { value, max: `€ ${Math.floor(maxCents / 100)}` });
}

/** The late-pickup steps in order: a warning before a flat fine, a flat fine before the hourly fine. */
export function checkLatePickupOrder(
  late: Pick<OrganisationRules['latePickup'], 'warningFromCount' | 'flatFineFromCount' | 'perHourFineFromCount'>,
): RuleResult<true> {
  const { warningFromCount: warning, flatFineFromCount: flat, perHourFineFromCount: perHour } = late;
  return warning <= flat && flat <= perHour ? ok(true) : masterDataFailure('organisation.late_pickup_order', { warning, flat, perHour });
}

function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}
