/**
 * Extra day rules (extra opvang): only on the organisation's standard care times, not
 * structural, and paid either from swap and make-up hours or on invoice, never partly each
 * (spec/requests.md). Cancelling: cancellation.ts.
 *
 * Structural: the parent asked for it to recur, or the child's live extra days (this one
 * included) fall in `structuralMonthsInARow` (3) consecutive calendar months.
 * Payment from hours: the balance valid on the requested day must cover the asked minutes.
 */
import type { CareType } from '../../model/rows';
import { bsoDayKind } from '../calendar/calendar';
import type { CalendarSettings } from '../calendar/calendarSettings';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import {
  checkDayNotPassed,
  checkNoDuplicate,
  checkNotExpired,
  checkOpenDay,
  checkOpeningHours,
  checkOtherGroup,
  ratioCheck,
} from './commonRules';
import { balanceOn, canPayFromCredit } from './hourLedger';
import { isLive } from './request';
import type { ExtraDayRequest, RequestWithState } from './request';
import { contractedDayOn, placementFor } from './requestContext';
import type { ExtraDayContext } from './requestContext';
import type { RequestSettings, StandardCareTime } from './requestSettings';
import { failure, passed, requestCheck } from './requestText';
import type { RequestCheck, RuleCheck } from './requestText';

/** The standard care times that apply on `date` for `careType` (BSO: school or holiday day). */
export function standardTimesOn(
  date: LocalDate,
  careType: CareType,
  calendar: CalendarSettings,
  settings: RequestSettings,
): StandardCareTime[] {
  const dayKind = careType === 'BSO' ? bsoDayKind(date, calendar.schoolHolidays) : null;
  return settings.extraDay.standardCareTimes.filter(
    (t) => t.careType === careType && (t.bsoDayKind === null || dayKind === null || t.bsoDayKind === dayKind),
  );
}

/** `extra.standard_times`: the asked times are exactly one of the standard care times. */
export function checkStandardTimes(
  request: Pick<ExtraDayRequest, 'date' | 'start' | 'end'>,
  careType: CareType,
  calendar: CalendarSettings,
  settings: RequestSettings,
): RuleCheck {
  const allowed = standardTimesOn(request.date, careType, calendar, settings);
  if (allowed.some((t) => t.start === request.start && t.end === request.end)) return passed;
  return failure('extra.standard_times', {
    start: formatTime(request.start),
    end: formatTime(request.end),
    allowed: allowed.map((t) => `${formatTime(t.start)}-${formatTime(t.end)}`).join(', '),
  });
}

const monthKey = (date: LocalDate): string => date.slice(0, 7);
function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `extra.structural`, `extra.structural_recurring`: incidental, not monthly recurring care. */
export function checkNotStructural(request: ExtraDayRequest, others: readonly RequestWithState[], settings: RequestSettings): RuleCheck {
  if (request.recurring) return failure('extra.structural_recurring');
  const months = new Set(
    others.flatMap((r) =>
      r.kind === 'extraDay' && r.childId === request.childId && r.id !== request.id && isLive(r.state) ? [monthKey(r.date)] : [],
    ),
  );
  const own = monthKey(request.date);
  months.add(own);
  let from = own;
  while (months.has(shiftMonth(from, -1))) from = shiftMonth(from, -1);
  let to = own;
  while (months.has(shiftMonth(to, 1))) to = shiftMonth(to, 1);
  const run = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  if (run < settings.extraDay.structuralMonthsInARow) return passed;
  return failure('extra.structural', { runMonths: run, fromMonth: from, toMonth: to });
}

/** Every extra-day rule that fails for `request`, checked at `context.at`. */
export function checkExtraDay(request: ExtraDayRequest, context: ExtraDayContext, settings: RequestSettings): RequestCheck {
  const checks: RuleCheck[] = [
    checkNotExpired(request, context.at),
    checkDayNotPassed(request.date, context.at),
    checkOpenDay(request.date, context.calendar),
    checkOpeningHours(request, context.openingHours),
  ];
  const placement = placementFor(context.placements, request.childId, request.date, (p) => p.groupId === request.groupId);
  if (!placement) checks.push(failure('request.no_placement', { dayDate: request.date }));
  else {
    checks.push(checkStandardTimes(request, placement.careType, context.calendar, settings));
    checks.push(checkOtherGroup(request.groupId, placement.groupId, context.consent));
  }
  const contracted = contractedDayOn(context.placements, request.childId, request.date);
  if (contracted) {
    checks.push(
      failure('request.already_in_care', { dayDate: request.date, start: formatTime(contracted.start), end: formatTime(contracted.end) }),
    );
  }
  checks.push(checkNoDuplicate(request, context.otherRequests), checkNotStructural(request, context.otherRequests, settings));
  if (request.payment === 'swap_hours') {
    const balance = balanceOn(context.ledger, request.date, { childId: request.childId, account: 'swap_hours' });
    const split = canPayFromCredit(balance, request.end - request.start, settings);
    checks.push(split.ok ? passed : split);
  }
  checks.push(ratioCheck(context.ratio));
  return requestCheck(checks);
}
