/**
 * School closure day rules (extra sluitingsdag): BSO care on a day the school is closed outside
 * the holidays, submitted at least 28 days before (day − submitted date ≥ 28; 27 rejected).
 * Billed separately (an invoice line on approval, billing.ts) and possibly held at another
 * location: that is the caller's business.
 *
 * Opening threshold: the BSO opens that day only when enough children are registered. At
 * decision time the caller passes `context.schoolClosureOpening` (the live requests for the day
 * at the location, this one included, and the manager's number for the day, else the
 * organisation's `openingThreshold`): below it, approving fails with
 * `school_closure.below_threshold` (5 registered with threshold 6: closed; 6 and 7: open). At
 * intake the threshold plays no part: the registrations are still coming in.
 */
import { schoolHolidayOn } from '../calendar/calendar';
import type { LocalDate } from '../time/localDate';
import {
  checkDayNotPassed,
  checkNoDuplicate,
  checkNotExpired,
  checkOpenDay,
  checkOpeningHours,
  checkOtherGroup,
  daysBeforeDay,
  ratioCheck,
} from './commonRules';
import { isLive } from './request';
import type { RequestWithState, SchoolClosureDayRequest } from './request';
import { placementFor } from './requestContext';
import type { SchoolClosureDayContext } from './requestContext';
import type { RequestSettings } from './requestSettings';
import { failure, passed, requestCheck } from './requestText';
import type { RequestCheck, RuleCheck } from './requestText';

/** Every school-closure-day rule that fails for `request`, checked at `context.at`. */
export function checkSchoolClosureDay(
  request: SchoolClosureDayRequest,
  context: SchoolClosureDayContext,
  settings: RequestSettings,
): RequestCheck {
  const checks: RuleCheck[] = [
    checkNotExpired(request, context.at),
    checkDayNotPassed(request.date, context.at),
    checkOpenDay(request.date, context.calendar),
    checkOpeningHours(request, context.openingHours),
  ];
  const placement = placementFor(context.placements, request.childId, request.date, (p) => p.careType === 'BSO');
  if (!placement) checks.push(failure('request.no_placement', { dayDate: request.date }));
  else if (placement.careType !== 'BSO') checks.push(failure('school_closure.bso_only'));
  else checks.push(checkOtherGroup(request.groupId, placement.groupId, context.consent));

  const holiday = schoolHolidayOn(request.date, context.calendar.schoolHolidays);
  if (holiday) checks.push(failure('school_closure.in_holiday', { dayDate: request.date, holidayName: holiday.name }));

  const days = daysBeforeDay(request.submittedAt, request.date);
  const minDays = settings.schoolClosureDay.minDaysBefore;
  if (days < minDays) checks.push(failure('school_closure.min_days_before', { days, minDays }));
  if (context.schoolClosureOpening) {
    const { registered, threshold } = context.schoolClosureOpening;
    checks.push(checkSchoolClosureThreshold(request.date, registered, threshold));
  }
  checks.push(checkNoDuplicate(request, context.otherRequests), ratioCheck(context.ratio));
  return requestCheck(checks);
}

/**
 * The children registered for the school closure day `date` among `requests` (the location's):
 * live (submitted or approved) school-closure-day requests, one per child.
 */
export function registeredForClosureDay(requests: readonly RequestWithState[], date: LocalDate): number {
  return new Set(requests.filter((r) => r.kind === 'schoolClosureDay' && r.date === date && isLive(r.state)).map((r) => r.childId)).size;
}

/**
 * The threshold for `date`: the manager's number for the day (the latest set, when two desks set
 * one while apart), else the organisation's `openingThreshold`.
 */
export function openingThresholdOn(
  days: readonly { date: LocalDate; threshold: number; setAt: string }[],
  date: LocalDate,
  settings: RequestSettings,
): number {
  const set = days.filter((d) => d.date === date).sort((a, b) => (a.setAt < b.setAt ? 1 : a.setAt > b.setAt ? -1 : 0))[0];
  return set?.threshold ?? settings.schoolClosureDay.openingThreshold;
}

/**
 * `school_closure.below_threshold`: the BSO opens on a school closure day only when at least
 * `threshold` children are registered (the manager's number for that day).
 */
export function checkSchoolClosureThreshold(date: LocalDate, registered: number, threshold: number): RuleCheck {
  return registered >= threshold ? passed : failure('school_closure.below_threshold', { dayDate: date, registered, threshold });
}
