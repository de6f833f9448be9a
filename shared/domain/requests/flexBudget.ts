/**
 * The flex budget (flexopvang): hours per quarter per child from the flex contract, expiring at
 * quarter end, not transferable to another child (spec/requests.md).
 *
 * Carry-over: a flex request rejected for staff shortage (personeelstekort) that was submitted
 * at least `carryOverMinDaysAhead` (21) days before its day keeps its hours past quarter end:
 * what is left unused of quarters 1-3 carries to the next quarter, up to the minutes of such
 * rejections in that quarter; hours left after quarter 4 expire. Carried-in hours that stay
 * unused lapse at the end of the next quarter unless that quarter has its own protected
 * rejections. The budget of a quarter is valid from its first day (the parent sees it a month
 * before; requests are checked against the quarter of their day).
 *
 * The budget is derived as ledger rows (allowance, approved flex days, carry-over), so its
 * balance is a sum like any other: `balanceOn(flexLedger(...), date)`.
 */
import { daysBetween, monthOf, yearOf } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { LedgerRow } from './hourLedger';
import type { FlexDayRequest, RejectionReason, RequestWithState } from './request';
import type { RequestSettings } from './requestSettings';
import { localDateOf } from './requestTime';

export type Quarter = 1 | 2 | 3 | 4;
export type QuarterSpan = { year: number; quarter: Quarter; from: LocalDate; to: LocalDate };

const QUARTER_BOUNDS: Record<Quarter, [string, string]> = {
  1: ['01-01', '03-31'],
  2: ['04-01', '06-30'],
  3: ['07-01', '09-30'],
  4: ['10-01', '12-31'],
};

export function quarterSpan(year: number, quarter: Quarter): QuarterSpan {
  const [from, to] = QUARTER_BOUNDS[quarter];
  return { year, quarter, from: `${year}-${from}`, to: `${year}-${to}` };
}

/** The quarter `date` falls in. */
export function quarterOf(date: LocalDate): QuarterSpan {
  return quarterSpan(yearOf(date), (Math.floor((monthOf(date) - 1) / 3) + 1) as Quarter);
}

/**
 * Whether a rejection of `request` for `reason` keeps its hours past quarter end: staff
 * shortage, submitted at least `carryOverMinDaysAhead` days before the day, in quarters 1-3.
 */
export function flexCarryOverApplies(request: FlexDayRequest, reason: RejectionReason, settings: RequestSettings): boolean {
  return reason.code === 'staff_shortage' && protects(request, settings) && quarterOf(request.date).quarter < 4;
}

function protects(request: FlexDayRequest, settings: RequestSettings): boolean {
  return daysBetween(localDateOf(request.submittedAt), request.date) >= settings.flexDay.carryOverMinDaysAhead;
}

export type FlexBudgetInput = {
  childId: string;
  year: number;
  /** The contract's flex minutes per quarter: one number for every quarter, or Q1-Q4. */
  allowanceMinutes: number | readonly [number, number, number, number];
  /** The child's flex-day requests (any state; other kinds and children are ignored). */
  requests: readonly RequestWithState[];
};

export type FlexQuarter = QuarterSpan & {
  allowance: number;
  carriedIn: number;
  /** Minutes of approved flex days in the quarter. */
  used: number;
  /** allowance + carriedIn − used (may be negative after an overspend). */
  left: number;
  /** Minutes of staff-shortage rejections submitted in time, in this quarter. */
  protectedMinutes: number;
  carriedOut: number;
  /** Minutes that lapse at quarter end. */
  expired: number;
};

type FlexRequestWithState = FlexDayRequest & { state: RequestWithState['state'] };

const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** The year's four quarters of the child's flex budget, with carry-over. */
export function flexQuarters(input: FlexBudgetInput, settings: RequestSettings): FlexQuarter[] {
  const flex = input.requests.filter(
    (r): r is FlexRequestWithState => r.kind === 'flexDay' && r.childId === input.childId && yearOf(r.date) === input.year,
  );
  const out: FlexQuarter[] = [];
  let carriedIn = 0;
  for (const q of QUARTERS) {
    const span = quarterSpan(input.year, q);
    const inQuarter = flex.filter((r) => span.from <= r.date && r.date <= span.to);
    const allowance = typeof input.allowanceMinutes === 'number' ? input.allowanceMinutes : input.allowanceMinutes[q - 1];
    const used = inQuarter.filter((r) => r.state.status === 'approved').reduce((sum, r) => sum + (r.end - r.start), 0);
    const protectedMinutes = inQuarter
      .filter((r) => r.state.status === 'rejected' && r.state.reason.code === 'staff_shortage' && protects(r, settings))
      .reduce((sum, r) => sum + (r.end - r.start), 0);
    const left = (allowance ?? 0) + carriedIn - used;
    const carriedOut = q < 4 ? Math.min(protectedMinutes, Math.max(0, left)) : 0;
    out.push({
      ...span,
      allowance: allowance ?? 0,
      carriedIn,
      used,
      left,
      protectedMinutes,
      carriedOut,
      expired: Math.max(0, left) - carriedOut,
    });
    carriedIn = carriedOut;
  }
  return out;
}

/** The flex budget of the year as ledger rows: allowance and carry-over credits, approved days as debits. */
export function flexLedger(input: FlexBudgetInput, settings: RequestSettings): LedgerRow[] {
  const rows: LedgerRow[] = [];
  const base = { childId: input.childId, account: 'flex' as const, locationInitiated: false };
  const quarters = flexQuarters(input, settings);
  for (const q of quarters) {
    rows.push({ ...base, minutes: q.allowance, cause: 'flex_allowance', validFrom: q.from, validUntil: q.to, sourceRequestId: null });
    if (q.carriedIn > 0) {
      rows.push({ ...base, minutes: q.carriedIn, cause: 'flex_carry_over', validFrom: q.from, validUntil: q.to, sourceRequestId: null });
    }
  }
  for (const r of input.requests) {
    if (r.kind !== 'flexDay' || r.childId !== input.childId || yearOf(r.date) !== input.year || r.state.status !== 'approved') continue;
    const q = quarterOf(r.date);
    rows.push({ ...base, minutes: -(r.end - r.start), cause: 'flex_day', validFrom: q.from, validUntil: q.to, sourceRequestId: r.id });
  }
  return rows;
}

/** The quarter after `span` (Q4 is followed by Q1 of the next year). */
export function nextQuarter(span: Pick<QuarterSpan, 'year' | 'quarter'>): QuarterSpan {
  return span.quarter === 4 ? quarterSpan(span.year + 1, 1) : quarterSpan(span.year, (span.quarter + 1) as Quarter);
}

export type FlexQuarterClose = {
  quarter: QuarterSpan;
  /** Minutes left in the quarter's budget at its end (the flex rows whose window ends with it). */
  left: number;
  /** Minutes of the quarter's staff-shortage rejections submitted in time. */
  protectedMinutes: number;
  carriedOut: number;
  expired: number;
  /** The rows that close the quarter (none when nothing is left). */
  rows: LedgerRow[];
};

/**
 * Closing a quarter of one child's flex budget, as ledger rows posted after its last day:
 * what is left of the budget whose window ends with the quarter (allowance, carried-in hours,
 * minus approved flex days) is carried to the next quarter up to the minutes of the quarter's
 * staff-shortage rejections submitted at least `carryOverMinDaysAhead` days ahead (quarters 1-3
 * only): a `flex_carry_over` debit in this quarter and the same credit in the next; the rest
 * lapses as a `flex_expired` debit in this quarter. After closing, the quarter's window sums to
 * zero, so closing again posts nothing: the close is idempotent by its own sums.
 *
 * The same numbers as `flexQuarters` on the same rows.
 */
export function closeFlexQuarter(
  input: { childId: string; year: number; quarter: Quarter; ledger: readonly LedgerRow[]; requests: readonly RequestWithState[] },
  settings: RequestSettings,
): FlexQuarterClose {
  const q = quarterSpan(input.year, input.quarter);
  const left = input.ledger
    .filter((r) => r.childId === input.childId && r.account === 'flex' && r.validUntil === q.to)
    .reduce((sum, r) => sum + r.minutes, 0);
  const protectedMinutes = input.requests
    .filter(
      (r): r is FlexRequestWithState =>
        r.kind === 'flexDay' &&
        r.childId === input.childId &&
        q.from <= r.date &&
        r.date <= q.to &&
        r.state.status === 'rejected' &&
        r.state.reason.code === 'staff_shortage',
    )
    .filter((r) => protects(r, settings))
    .reduce((sum, r) => sum + (r.end - r.start), 0);
  const carriedOut = input.quarter < 4 ? Math.min(protectedMinutes, Math.max(0, left)) : 0;
  const expired = Math.max(0, left) - carriedOut;
  const base = { childId: input.childId, account: 'flex' as const, sourceRequestId: null, locationInitiated: false };
  const rows: LedgerRow[] = [];
  if (carriedOut > 0) {
    const next = nextQuarter(q);
    rows.push({ ...base, minutes: -carriedOut, cause: 'flex_carry_over', validFrom: q.from, validUntil: q.to });
    rows.push({ ...base, minutes: carriedOut, cause: 'flex_carry_over', validFrom: next.from, validUntil: next.to });
  }
  if (expired > 0) rows.push({ ...base, minutes: -expired, cause: 'flex_expired', validFrom: q.from, validUntil: q.to });
  return { quarter: q, left, protectedMinutes, carriedOut, expired, rows };
}
