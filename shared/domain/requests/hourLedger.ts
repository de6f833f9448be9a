/**
 * Swap and make-up hours (ruil- en inhaaluren) and the flex budget as ledger rows: every credit
 * and debit is a row with its cause and validity; a balance is a sum of rows, never a stored
 * number (spec/requests.md, "Hour balances").
 *
 * Validity windows: a credit is valid from `validFrom` to `validUntil` (both inclusive). A debit
 * that spends credit copies the window of the credit it spends, so credit and spending cancel
 * out on every date of that window, and hours not spent lapse with their window. Spending takes
 * the credit that expires first.
 *
 * Credit for an absent day (default rules):
 * - planned absence reported at least 96 hours before the care starts: the contracted minutes of
 *   that day (exactly 96 hours ahead earns; 95:59 does not);
 * - illness: nothing;
 * - asked for by the location (staff shortage, closure): always, flagged `locationInitiated`;
 * - public holidays never (the location is closed); a study day neither (the manager swaps it).
 * Valid from the absent day until 31 December of its year (or `days_after` per the setting),
 * never past the contract's last day.
 */
import { z } from 'zod';
import { Id, LocalDateSchema } from '../../model/rows';
import { fail, ok } from '../../result';
import type { RuleResult } from '../../result';
import { closureOn } from '../calendar/calendar';
import { addDays, daysBetween, yearOf } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { AbsenceRequest, ExtraDayRequest, SwapDayRequest } from './request';
import { contractedDayOn } from './requestContext';
import type { AbsenceContext } from './requestContext';
import type { RequestSettings } from './requestSettings';
import { failure, requestText } from './requestText';
import { hoursBetween, instantAtLocal, localDateOf } from './requestTime';

export const LedgerAccount = z.enum(['swap_hours', 'flex']);
export type LedgerAccount = z.infer<typeof LedgerAccount>;

export const LedgerCause = z.enum([
  /** Planned absence reported long enough ahead. */
  'planned_absence',
  /** Absence the location asked for (staff shortage, closure). */
  'location_absence',
  /** An extra day paid from swap hours (debit). */
  'extra_day',
  /** Undoes the rows of a revoked approval (hours spent come back). */
  'revoked_approval',
  /** Takes back an absence's credit for a day then given up in an approved swap (debit). */
  'swapped_day',
  /** The flex contract's hours for a quarter. */
  'flex_allowance',
  /** A flex day approved (debit). */
  'flex_day',
  /**
   * Flex hours of staff-shortage rejections carried to the next quarter: a debit in the closed
   * quarter and the same credit in the next.
   */
  'flex_carry_over',
  /** Flex hours left unused at quarter end (not carried over): they lapse. */
  'flex_expired',
  /** A correction by the manager. */
  'correction',
]);
export type LedgerCause = z.infer<typeof LedgerCause>;

export const LedgerRowSchema = z
  .object({
    childId: Id,
    account: LedgerAccount,
    /** Positive: credit; negative: debit. */
    minutes: z.number().int(),
    cause: LedgerCause,
    validFrom: LocalDateSchema,
    validUntil: LocalDateSchema,
    /** The request that caused it (absence, extra day, flex day); null for allowances. */
    sourceRequestId: Id.nullable(),
    /** Credit for an absence the location asked for. */
    locationInitiated: z.boolean(),
  })
  .refine((r) => r.validFrom <= r.validUntil, { message: 'geldig tot ligt voor geldig vanaf', path: ['validUntil'] });
export type LedgerRow = z.infer<typeof LedgerRowSchema>;

/** True when `row` is valid on `date`. */
export function validOn(row: Pick<LedgerRow, 'validFrom' | 'validUntil'>, date: LocalDate): boolean {
  return row.validFrom <= date && date <= row.validUntil;
}

/**
 * The sum of `rows` valid on `date`, in minutes. Pass one child's rows of one account (the
 * optional filter does that for mixed rows).
 */
export function balanceOn(rows: readonly LedgerRow[], date: LocalDate, filter?: { childId?: string; account?: LedgerAccount }): number {
  return rows
    .filter((r) => validOn(r, date))
    .filter((r) => filter?.childId === undefined || r.childId === filter.childId)
    .filter((r) => filter?.account === undefined || r.account === filter.account)
    .reduce((sum, r) => sum + r.minutes, 0);
}

// ---------------------------------------------------------------------------------------------
// Credit for an absence

export type CreditRule =
  | 'credit.planned_absence'
  | 'credit.location_initiated'
  | 'credit.too_late'
  | 'credit.illness'
  | 'credit.public_holiday'
  | 'credit.closed_day'
  | 'credit.no_care_day';

export type AbsenceCredit =
  | {
      earns: true;
      date: LocalDate;
      rule: CreditRule;
      message: string;
      params: Record<string, string | number>;
      row: LedgerRow;
      /**
       * When to post the row: the reporting date, or, with an earning horizon, the day the window
       * opens (the absence is stored now, its credit posted then).
       */
      postOn: LocalDate;
    }
  | { earns: false; date: LocalDate; rule: CreditRule; message: string; params: Record<string, string | number> };

function noCredit(date: LocalDate, rule: CreditRule, params: Record<string, string | number>): AbsenceCredit {
  return { earns: false, date, rule, message: requestText(rule, params), params };
}

/** The last day credit earned on `date` is valid: per the setting, never past the contract's end. */
export function creditValidUntil(date: LocalDate, contractEnd: LocalDate | null, settings: RequestSettings): LocalDate {
  const v = settings.swapHours.validity;
  const until = v.until === 'end_of_year' ? `${yearOf(date)}-12-31` : addDays(date, v.days);
  return contractEnd !== null && contractEnd < until ? contractEnd : until;
}

/** The credit one absent `date` of `absence` earns (or why none). */
export function creditForAbsence(
  absence: AbsenceRequest,
  date: LocalDate,
  context: AbsenceContext,
  settings: RequestSettings,
): AbsenceCredit {
  const contracted = contractedDayOn(context.placements, absence.childId, date);
  if (!contracted) return noCredit(date, 'credit.no_care_day', { dayDate: date });
  const closure = closureOn(date, context.calendar);
  if (closure?.reason === 'public_holiday') {
    return noCredit(date, 'credit.public_holiday', { dayDate: date, holiday: closure.key });
  }
  if (closure) return noCredit(date, 'credit.closed_day', { dayDate: date, closure: closure.key });

  const validUntil = creditValidUntil(date, contracted.placement.endDate, settings);
  const reported = localDateOf(absence.submittedAt);
  const horizon = settings.swapHours.earnHorizonDays;
  const windowOpens = horizon === null ? reported : addDays(date, -horizon);
  const postOn = windowOpens > reported ? windowOpens : reported;
  const earned = (rule: CreditRule, cause: LedgerCause, params: Record<string, string | number>): AbsenceCredit => ({
    earns: true,
    date,
    rule,
    message: requestText(rule, params),
    params,
    postOn,
    row: {
      childId: absence.childId,
      account: 'swap_hours',
      minutes: contracted.minutes,
      cause,
      validFrom: date,
      validUntil,
      sourceRequestId: absence.id,
      locationInitiated: cause === 'location_absence',
    },
  });
  const creditParams = { dayDate: date, creditHours: contracted.minutes / 60, validUntilDate: validUntil };

  if (absence.initiatedBy === 'location') return earned('credit.location_initiated', 'location_absence', creditParams);
  if (absence.reason === 'illness') return noCredit(date, 'credit.illness', { dayDate: date });
  const ahead = hoursBetween(absence.submittedAt, instantAtLocal(date, contracted.start));
  const aheadHours = Math.floor(ahead * 100) / 100;
  const minHours = settings.swapHours.plannedAbsenceMinHoursAhead;
  if (ahead < minHours) return noCredit(date, 'credit.too_late', { dayDate: date, aheadHours, minHours });
  return earned('credit.planned_absence', 'planned_absence', { ...creditParams, aheadHours });
}

/** Longest absence handled in one request (a year and a bit); a longer one is a programming error. */
const MAX_ABSENCE_DAYS = 400;

/** The credit outcome of every contracted day of `absence` (days without a contract day are left out). */
export function creditsForAbsence(absence: AbsenceRequest, context: AbsenceContext, settings: RequestSettings): AbsenceCredit[] {
  const length = daysBetween(absence.from, absence.to);
  if (length > MAX_ABSENCE_DAYS) throw new Error(`absence of ${length} days`);
  const out: AbsenceCredit[] = [];
  for (let i = 0; i <= length; i += 1) {
    const date = addDays(absence.from, i);
    if (!contractedDayOn(context.placements, absence.childId, date)) continue;
    out.push(creditForAbsence(absence, date, context, settings));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Spending

export type PaymentSplit = { fromCredit: number; onInvoice: number };

/**
 * Whether `minutes` of care can be paid from a credit `balance` (the balance valid on the day):
 * all of it when the balance suffices; otherwise, when the organisation allows mixing, what the
 * balance covers plus the rest on invoice; by default (no mixing) `extra.payment_no_mixing`.
 */
export function canPayFromCredit(balance: number, minutes: number, settings: RequestSettings): RuleResult<PaymentSplit> {
  if (balance >= minutes) return ok({ fromCredit: minutes, onInvoice: 0 });
  const fromCredit = Math.max(0, balance);
  if (settings.extraDay.allowMixedPayment) return ok({ fromCredit, onInvoice: minutes - fromCredit });
  const f = failure('extra.payment_no_mixing', { balanceHours: fromCredit / 60, askedHours: minutes / 60 });
  return fail(f.rule, f.message, f.params);
}

type Window = { validFrom: LocalDate; validUntil: LocalDate; minutes: number };

/** One child's remaining minutes per validity window (credits and their spending netted). */
function windows(rows: readonly LedgerRow[]): Window[] {
  const byKey = new Map<string, Window>();
  for (const r of rows) {
    const key = `${r.validFrom}/${r.validUntil}`;
    const w = byKey.get(key) ?? { validFrom: r.validFrom, validUntil: r.validUntil, minutes: 0 };
    w.minutes += r.minutes;
    byKey.set(key, w);
  }
  return [...byKey.values()].sort((a, b) =>
    a.validUntil !== b.validUntil
      ? a.validUntil < b.validUntil
        ? -1
        : 1
      : a.validFrom < b.validFrom
        ? -1
        : a.validFrom > b.validFrom
          ? 1
          : 0,
  );
}

export type ExtraDayDebit = { rows: LedgerRow[] } & PaymentSplit;

/**
 * The debit rows for an extra day paid from swap hours: spends the child's credit valid on the
 * day, earliest expiry first, one row per window spent (copying that window). Fails with
 * `extra.payment_no_mixing` when the credit does not cover it and mixing is not allowed.
 */
export function debitForExtraDay(
  rows: readonly LedgerRow[],
  request: ExtraDayRequest,
  settings: RequestSettings,
): RuleResult<ExtraDayDebit> {
  const mine = rows.filter((r) => r.childId === request.childId && r.account === 'swap_hours');
  const minutes = request.end - request.start;
  const split = canPayFromCredit(balanceOn(mine, request.date), minutes, settings);
  if (!split.ok) return split;
  let left = split.value.fromCredit;
  const debits: LedgerRow[] = [];
  for (const w of windows(mine.filter((r) => validOn(r, request.date)))) {
    if (left <= 0) break;
    const take = Math.min(left, w.minutes);
    if (take <= 0) continue;
    debits.push({
      childId: request.childId,
      account: 'swap_hours',
      minutes: -take,
      cause: 'extra_day',
      validFrom: w.validFrom,
      validUntil: w.validUntil,
      sourceRequestId: request.id,
      locationInitiated: false,
    });
    left -= take;
  }
  return ok({ rows: debits, ...split.value });
}

/**
 * A day is compensated once (spec/requests.md, "Hour balances" and swap rule 6). A swap may give
 * up a day the child was already reported absent on (the spec even requires that report when the
 * day lies before the swap day), and a planned absence reported in time earns that day's hours.
 * Keeping both would pay for one day twice, so the careful reading is: the parent chooses, and
 * asking for the swap is choosing the day over the hours. Approving the swap takes the day's
 * credit back with a `swapped_day` row (the swap as its source, in the credit's own window), so
 * the ledger tells why the hours went, and revoking or cancelling the swap returns them
 * (`rowsUndoingRequest`). Refusing such swaps instead would leave the parent no way to swap a
 * day that lies before the swap day.
 *
 * When the credit was (partly) spent already, by an approved extra day, taking it back would
 * leave the balance negative: the swap is refused with `swap.original_credit_spent`.
 *
 * The day's credit is every swap-hour row in a window that starts on the original day: only an
 * absence on that day opens one; spending and undoing copy the window they touch.
 */
export function creditTakenBackBySwap(
  rows: readonly LedgerRow[],
  swap: Pick<SwapDayRequest, 'id' | 'originalChildId' | 'originalDate'>,
): RuleResult<LedgerRow[]> {
  const day = rows.filter((r) => r.childId === swap.originalChildId && r.account === 'swap_hours' && r.validFrom === swap.originalDate);
  const netBySource = new Map<string, number>();
  for (const r of day)
    if (r.sourceRequestId !== null) netBySource.set(r.sourceRequestId, (netBySource.get(r.sourceRequestId) ?? 0) + r.minutes);
  const spenders = new Set(day.flatMap((r) => (r.cause === 'extra_day' && r.sourceRequestId !== null ? [r.sourceRequestId] : [])));
  const spent = -[...spenders].reduce((sum, id) => sum + Math.min(0, netBySource.get(id) ?? 0), 0);
  if (spent > 0) {
    const f = failure('swap.original_credit_spent', { originalDate: swap.originalDate, spentHours: spent / 60 });
    return fail(f.rule, f.message, f.params);
  }
  return ok(
    windows(day)
      .filter((w) => w.minutes > 0)
      .map((w) => ({
        childId: swap.originalChildId,
        account: 'swap_hours' as const,
        minutes: -w.minutes,
        cause: 'swapped_day' as const,
        validFrom: w.validFrom,
        validUntil: w.validUntil,
        sourceRequestId: swap.id,
        locationInitiated: false,
      })),
  );
}

/**
 * The rows that undo a revoked approval: each row the request caused, negated in the same
 * window (hours spent come back; credit earned is taken back).
 */
export function rowsUndoingRequest(rows: readonly LedgerRow[], requestId: string): LedgerRow[] {
  return rows
    .filter((r) => r.sourceRequestId === requestId && r.cause !== 'revoked_approval')
    .map((r) => ({ ...r, minutes: -r.minutes, cause: 'revoked_approval' as const, locationInitiated: false }));
}

// ---------------------------------------------------------------------------------------------
// Expiring credit

export type ExpiringCredit = { childId: string; validUntil: LocalDate; minutes: number; daysLeft: number };

/**
 * Swap-hour credit that lapses within `expiryWarningDays` (four weeks) from `today` (today and
 * the 28th day after it included), per child and expiry date, earliest first: the list the desk
 * shows so the manager can tell the parents.
 */
export function expiringCredits(rows: readonly LedgerRow[], today: LocalDate, settings: RequestSettings): ExpiringCredit[] {
  const byChild = new Map<string, LedgerRow[]>();
  for (const r of rows) {
    if (r.account !== 'swap_hours') continue;
    byChild.set(r.childId, [...(byChild.get(r.childId) ?? []), r]);
  }
  const out: ExpiringCredit[] = [];
  for (const [childId, childRows] of byChild) {
    const perExpiry = new Map<LocalDate, number>();
    for (const w of windows(childRows)) {
      const daysLeft = daysBetween(today, w.validUntil);
      if (w.minutes <= 0 || daysLeft < 0 || daysLeft > settings.swapHours.expiryWarningDays) continue;
      perExpiry.set(w.validUntil, (perExpiry.get(w.validUntil) ?? 0) + w.minutes);
    }
    for (const [validUntil, minutes] of perExpiry) out.push({ childId, validUntil, minutes, daysLeft: daysBetween(today, validUntil) });
  }
  return out.sort((a, b) => (a.validUntil !== b.validUntil ? (a.validUntil < b.validUntil ? -1 : 1) : a.childId < b.childId ? -1 : 1));
}
