/**
 * Swap day rules (ruildag, spec/requests.md "Swap day rules"). `checkSwapDay` returns every rule
 * that fails, not just the first.
 *
 * Edges, all in local dates at the location (the time of day a request arrives plays no part):
 * - "at least 14 days before": swap day − submitted date ≥ 14 (13 rejected, 14 ok);
 * - "at most 30 days before": swap day − submitted date ≤ 30 (30 ok, 31 rejected);
 * - "at most 30 days between": |swap day − original day| ≤ 30 (30 ok, 31 rejected);
 * - after the fact: submitted on or after the swap day (then the minimum-notice rule is not
 *   reported as well: the one sentence says it);
 * - summer blackout: a day whose month is in `blackoutMonths` (default July and August: 30 June
 *   ok, 1 July and 31 August blocked, 1 September ok); by default it applies to both days;
 * - the original day before the swap day: only when the absence on it was reported before that
 *   day, by an absence registration dated before it or by this request itself arriving before it;
 * - public holiday: neither day may be one; a closed swap day (weekend, study day) is
 *   `request.closed_day`; the study day as the original day only when the manager entered it;
 * - BSO: the two days are both school days or both holiday days (the location's school holidays);
 * - a day is compensated once: the original day's absence credit is taken back on approval
 *   (`creditTakenBackBySwap`), so a day whose credit was already spent cannot be swapped.
 * At most one failure per rule id; when both days break a rule, the swap day is named.
 */
import { bsoDayKind, closureOn, isStudyDay } from '../calendar/calendar';
import { daysBetween, monthOf, yearOf } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import {
  checkDayNotPassed,
  checkNoDuplicate,
  checkNotExpired,
  checkOpeningHours,
  checkOtherGroup,
  daysBeforeDay,
  ratioCheck,
} from './commonRules';
import { creditTakenBackBySwap } from './hourLedger';
import { isLive } from './request';
import type { SwapDayRequest } from './request';
import { contractedDayOn, placementFor } from './requestContext';
import type { SwapDayContext } from './requestContext';
import type { RequestSettings } from './requestSettings';
import { failure, passed, requestCheck } from './requestText';
import type { RequestCheck, RuleCheck } from './requestText';
import { localDateOf } from './requestTime';

/** `swap.min_days_before`, `swap.max_days_before`, `swap.after_the_fact`: the notice given. */
export function checkSwapNotice(request: SwapDayRequest, settings: RequestSettings): RuleCheck[] {
  const days = daysBeforeDay(request.submittedAt, request.date);
  if (days <= 0) return [failure('swap.after_the_fact', { submittedDate: localDateOf(request.submittedAt), swapDate: request.date })];
  const { minDaysBefore, maxDaysBefore } = settings.swapDay;
  return [
    days < minDaysBefore ? failure('swap.min_days_before', { days, minDays: minDaysBefore }) : passed,
    days > maxDaysBefore ? failure('swap.max_days_before', { days, maxDays: maxDaysBefore }) : passed,
  ];
}

/** `swap.max_days_between`: at most `maxDaysBetween` days between the two days, either way. */
export function checkSwapDistance(request: SwapDayRequest, settings: RequestSettings): RuleCheck {
  const days = Math.abs(daysBetween(request.originalDate, request.date));
  const maxDays = settings.swapDay.maxDaysBetween;
  return days > maxDays
    ? failure('swap.max_days_between', { originalDate: request.originalDate, swapDate: request.date, days, maxDays })
    : passed;
}

/** True when `date` falls in a summer blackout month. */
export function inSummerBlackout(date: LocalDate, settings: RequestSettings): boolean {
  return settings.swapDay.blackoutMonths.includes(monthOf(date));
}

/** `swap.summer_blackout`: the swap day (and by default the original day) outside the blackout months. */
export function checkSummerBlackout(request: SwapDayRequest, settings: RequestSettings): RuleCheck {
  const days = settings.swapDay.blackoutAppliesTo === 'both_days' ? [request.date, request.originalDate] : [request.date];
  const blocked = days.find((d) => inSummerBlackout(d, settings));
  if (blocked === undefined) return passed;
  const monthList = [...settings.swapDay.blackoutMonths].sort((a, b) => a - b).join(',');
  return failure('swap.summer_blackout', { dayDate: blocked, monthList });
}

/** `swap.public_holiday` for either day; `request.closed_day` for a swap day on another closed day. */
function checkClosures(request: SwapDayRequest, context: SwapDayContext): RuleCheck[] {
  const onSwap = closureOn(request.date, context.calendar);
  const onOriginal = closureOn(request.originalDate, context.calendar);
  const holiday =
    onSwap?.reason === 'public_holiday'
      ? { dayDate: request.date, holiday: onSwap.key }
      : onOriginal?.reason === 'public_holiday'
        ? { dayDate: request.originalDate, holiday: onOriginal.key }
        : null;
  return [
    holiday ? failure('swap.public_holiday', holiday) : passed,
    onSwap && onSwap.reason !== 'public_holiday' ? failure('request.closed_day', { dayDate: request.date, closure: onSwap.key }) : passed,
    isStudyDay(request.originalDate, context.calendar) && request.enteredBy?.role !== 'manager'
      ? failure('swap.study_day_manager_only', { originalDate: request.originalDate })
      : passed,
  ];
}

/** Whether the child's absence on `date` was registered (reported) before that day. */
function absenceReportedBefore(request: SwapDayRequest, context: SwapDayContext): boolean {
  const date = request.originalDate;
  if (localDateOf(request.submittedAt) < date) return true;
  return context.otherRequests.some(
    (r) =>
      r.kind === 'absence' &&
      r.childId === request.originalChildId &&
      isLive(r.state) &&
      r.from <= date &&
      date <= r.to &&
      localDateOf(r.submittedAt) < date,
  );
}

/** `swap.reported_ill`: the original day is not a day the child was reported ill. */
function checkNotIll(request: SwapDayRequest, context: SwapDayContext): RuleCheck {
  const date = request.originalDate;
  const ill =
    context.illDates.includes(date) ||
    context.otherRequests.some(
      (r) =>
        r.kind === 'absence' &&
        r.reason === 'illness' &&
        r.childId === request.originalChildId &&
        isLive(r.state) &&
        r.from <= date &&
        date <= r.to,
    );
  return ill ? failure('swap.reported_ill', { originalDate: date }) : passed;
}

/** Every swap-day rule that fails for `request`, checked at `context.at`. */
export function checkSwapDay(request: SwapDayRequest, context: SwapDayContext, settings: RequestSettings): RequestCheck {
  const checks: RuleCheck[] = [checkNotExpired(request, context.at), checkDayNotPassed(request.date, context.at)];

  const otherChild = request.originalChildId !== request.childId;
  if (otherChild) {
    const name = context.family.find((c) => c.id === request.originalChildId)?.firstName ?? 'een ander kind';
    checks.push(failure('swap.other_child', { otherChild: name }));
  }

  checks.push(...checkSwapNotice(request, settings), checkSwapDistance(request, settings));
  if (yearOf(request.originalDate) !== yearOf(request.date)) {
    checks.push(
      failure('swap.same_year', {
        originalDate: request.originalDate,
        originalYear: yearOf(request.originalDate),
        swapDate: request.date,
        swapYear: yearOf(request.date),
      }),
    );
  }
  checks.push(checkSummerBlackout(request, settings), ...checkClosures(request, context));

  const original = contractedDayOn(context.placements, request.originalChildId, request.originalDate);
  if (!original && !otherChild) checks.push(failure('swap.original_not_contracted', { originalDate: request.originalDate }));
  checks.push(checkNotIll(request, context));
  if (request.originalDate < request.date && !absenceReportedBefore(request, context)) {
    checks.push(failure('swap.original_before_swap_needs_absence', { originalDate: request.originalDate }));
  }

  const alreadySwapped = context.otherRequests.find(
    (r) =>
      r.kind === 'swapDay' &&
      r.id !== request.id &&
      r.originalChildId === request.originalChildId &&
      r.originalDate === request.originalDate &&
      isLive(r.state),
  );
  const takenBack = creditTakenBackBySwap(context.ledger, request);
  if (!takenBack.ok) checks.push(takenBack);
  if (alreadySwapped?.kind === 'swapDay') {
    checks.push(failure('swap.original_already_swapped', { originalDate: request.originalDate, otherSwapDate: alreadySwapped.date }));
  }

  if (original) {
    const asked = request.end - request.start;
    if (asked > original.minutes)
      checks.push(failure('swap.not_more_hours', { askedHours: asked / 60, originalHours: original.minutes / 60 }));
    const contract = original.placement;
    if (contract.endDate !== null && request.date > contract.endDate) {
      checks.push(failure('swap.before_contract_end', { swapDate: request.date, endDate: contract.endDate }));
    }
    const onSwapDay = placementFor(context.placements, request.childId, request.date, (p) => p.id === contract.id);
    if (onSwapDay && onSwapDay.careType !== contract.careType) {
      checks.push(failure('swap.same_care_type', { originalCareType: contract.careType, swapCareType: onSwapDay.careType }));
    }
    if (!onSwapDay && (contract.endDate === null || request.date <= contract.endDate)) {
      checks.push(failure('request.no_placement', { dayDate: request.date }));
    }
    if (contract.careType === 'BSO' && (!onSwapDay || onSwapDay.careType === 'BSO')) {
      const originalDayKind = bsoDayKind(request.originalDate, context.calendar.schoolHolidays);
      const swapDayKind = bsoDayKind(request.date, context.calendar.schoolHolidays);
      if (originalDayKind !== swapDayKind) checks.push(failure('swap.bso_day_kind', { originalDayKind, swapDayKind }));
    }
    if (onSwapDay) checks.push(checkOtherGroup(request.groupId, onSwapDay.groupId, context.consent));
  }

  const already = contractedDayOn(context.placements, request.childId, request.date);
  if (already) {
    checks.push(
      failure('request.already_in_care', { dayDate: request.date, start: formatTime(already.start), end: formatTime(already.end) }),
    );
  }
  checks.push(
    checkNoDuplicate(request, context.otherRequests),
    checkOpeningHours(request, context.openingHours),
    ratioCheck(context.ratio),
  );
  return requestCheck(checks);
}
