/**
 * Flexible day rules (flexopvang): KDV only, from a flex contract, submitted in time for its
 * month, within the quarter's flex budget, and with the parent's consent for care in another
 * group (spec/requests.md). Cancelling: cancellation.ts.
 *
 * Deadline, in local dates: with the default "21 days before the first day of the month", the
 * last day to submit is the first of the month − 21 days: for any day in December 2026 that is
 * 10 November (submitted 10 November ok, 11 November rejected). With "one month before" it is
 * 1 November. A request arriving at 00:30 on 11 November (Amsterdam) is late, even though it is
 * still 10 November in UTC.
 */
import { addDays } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import { checkDayNotPassed, checkNoDuplicate, checkNotExpired, checkOpenDay, checkOpeningHours, ratioCheck } from './commonRules';
import { quarterOf } from './flexBudget';
import { balanceOn } from './hourLedger';
import type { FlexDayRequest } from './request';
import { contractedDayOn, placementFor } from './requestContext';
import type { FlexDayContext } from './requestContext';
import type { RequestSettings } from './requestSettings';
import { failure, passed, requestCheck } from './requestText';
import type { RequestCheck, RuleCheck } from './requestText';
import { localDateOf } from './requestTime';

/** The first day of `date`'s month, moved back `months` months. */
function firstOfMonth(date: LocalDate, monthsBack = 0): LocalDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The last local date on which a flex request for `date` may be submitted. */
export function flexDeadline(date: LocalDate, settings: RequestSettings): LocalDate {
  const d = settings.flexDay.deadline;
  return d.rule === 'days_before_month' ? addDays(firstOfMonth(date), -d.days) : firstOfMonth(date, d.months);
}

/** `flex.min_days_before_month` or `flex.min_months_before_month`: submitted on or before the deadline. */
export function checkFlexDeadline(request: Pick<FlexDayRequest, 'date' | 'submittedAt'>, settings: RequestSettings): RuleCheck {
  const submittedDate = localDateOf(request.submittedAt);
  const deadlineDate = flexDeadline(request.date, settings);
  if (submittedDate <= deadlineDate) return passed;
  const d = settings.flexDay.deadline;
  const base = { submittedDate, dayMonth: request.date.slice(0, 7), deadlineDate };
  return d.rule === 'days_before_month'
    ? failure('flex.min_days_before_month', { ...base, minDays: d.days })
    : failure('flex.min_months_before_month', { ...base, minMonths: d.months });
}

/** Every flex-day rule that fails for `request`, checked at `context.at`. */
export function checkFlexDay(request: FlexDayRequest, context: FlexDayContext, settings: RequestSettings): RequestCheck {
  const checks: RuleCheck[] = [
    checkNotExpired(request, context.at),
    checkDayNotPassed(request.date, context.at),
    checkOpenDay(request.date, context.calendar),
    checkOpeningHours(request, context.openingHours),
  ];
  const placement = placementFor(context.placements, request.childId, request.date, (p) => p.kind === 'flex');
  if (!placement) checks.push(failure('request.no_placement', { dayDate: request.date }));
  else if (placement.careType !== 'KDV') checks.push(failure('flex.kdv_only'));
  else if (placement.kind !== 'flex') checks.push(failure('flex.no_flex_contract', { dayDate: request.date }));

  checks.push(checkFlexDeadline(request, settings));

  const asked = request.end - request.start;
  const balance = balanceOn(context.ledger, request.date, { childId: request.childId, account: 'flex' });
  if (asked > balance) {
    const q = quarterOf(request.date);
    checks.push(
      failure('flex.budget', { askedHours: asked / 60, balanceHours: Math.max(0, balance) / 60, quarter: q.quarter, year: q.year }),
    );
  }
  if (context.consent?.otherGroup !== true) checks.push(failure('flex.needs_other_group_consent'));

  const contracted = contractedDayOn(context.placements, request.childId, request.date);
  if (contracted) {
    checks.push(
      failure('request.already_in_care', { dayDate: request.date, start: formatTime(contracted.start), end: formatTime(contracted.end) }),
    );
  }
  checks.push(checkNoDuplicate(request, context.otherRequests), ratioCheck(context.ratio));
  return requestCheck(checks);
}
