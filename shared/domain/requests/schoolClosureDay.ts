/**
 * School closure day rules (extra sluitingsdag): BSO care on a day the school is closed outside
 * the holidays, submitted at least 28 days before (day − submitted date ≥ 28; 27 rejected).
 * Billed separately and possibly held at another location: that is the caller's business. The
 * BSO opens that day only when enough children are registered: `checkSchoolClosureThreshold`,
 * with the threshold the manager set for the day.
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
import type { SchoolClosureDayRequest } from './request';
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
  checks.push(checkNoDuplicate(request, context.otherRequests), ratioCheck(context.ratio));
  return requestCheck(checks);
}

/**
 * `school_closure.below_threshold`: the BSO opens on a school closure day only when at least
 * `threshold` children are registered (the manager's number for that day).
 */
export function checkSchoolClosureThreshold(date: LocalDate, registered: number, threshold: number): RuleCheck {
  return registered >= threshold ? passed : failure('school_closure.below_threshold', { dayDate: date, registered, threshold });
}
