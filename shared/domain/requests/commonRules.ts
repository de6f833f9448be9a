/**
 * Rules every care request passes (swap, extra, flex, extension, school closure day): not
 * expired, the day not passed, the location open, within opening hours, no second request for
 * the same day, consent for another group.
 *
 * Expiry at the minute: a request "not decided by" its expiry moment is expired AT that moment.
 * With an expiry moment of 10:00, deciding at 09:59 is in time, at 10:00:00 it is expired.
 */
import type { CalendarSettings } from '../calendar/calendarSettings';
import { closureOn } from '../calendar/calendar';
import { addDays, daysBetween } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import type { Minutes } from '../time/timeOfDay';
import { isLive, requestDay } from './request';
import type { CareRequest, Request, RequestWithState } from './request';
import type { RequestSettings } from './requestSettings';
import { compareInstants, instantAtLocal, localDateOf } from './requestTime';
import { failure, passed } from './requestText';
import type { RuleCheck } from './requestText';

/**
 * The organisation's minimum notice for a kind, in days: the swap's and the extension's own
 * submission rule, the notice setting of extra and flex days. A school closure day has none: it
 * opens once enough children are registered (the manager's threshold), which may be known only
 * shortly before, so it waits until its day.
 */
export function minimumNoticeDays(kind: CareRequest['kind'], settings: RequestSettings): number {
  switch (kind) {
    case 'swapDay':
      return settings.swapDay.minDaysBefore;
    case 'extension':
      return settings.extension.minDaysBefore;
    case 'schoolClosureDay':
      return 0;
    case 'extraDay':
      return settings.extraDay.minNoticeDays;
    case 'flexDay':
      return settings.flexDay.minNoticeDays;
  }
}

/**
 * The expiry moment (vervalmoment) a care request is stored with at intake, so that no request
 * waits for ever (spec/requests.md, "Expiry"):
 * - the parent's own moment when given, otherwise the default: the end of the day the minimum
 *   notice (`minimumNoticeDays`) lies before the requested day. Like "at least 14 days before",
 *   that last day still counts: an extra day on Thursday 10 December with 14 days' notice can be
 *   decided through Thursday 26 November and expires at 00:00 on Friday 27 November;
 * - a request made inside the notice (the default would have passed on arrival) keeps its day:
 *   the default is then the end of the requested day, so a late request can still be decided;
 * - never after the end of the requested day: a request whose day has passed expires in any case.
 * The parent is told the moment with the receipt of the request.
 */
export function expiryMomentOf(request: CareRequest, settings: RequestSettings): string {
  const dayEnd = instantAtLocal(addDays(request.date, 1), 0);
  const noticeEnd = instantAtLocal(addDays(request.date, 1 - minimumNoticeDays(request.kind, settings)), 0);
  const fallback = compareInstants(noticeEnd, request.submittedAt) > 0 ? noticeEnd : dayEnd;
  const moment = request.expiresAt ?? fallback;
  return compareInstants(moment, dayEnd) < 0 ? moment : dayEnd;
}

/** True when `request` has an expiry moment and `at` is at or after it. */
export function isExpiredAt(request: Pick<Request, 'expiresAt'>, at: string): boolean {
  return request.expiresAt !== null && compareInstants(at, request.expiresAt) >= 0;
}

/** `request.expired`: the expiry moment has come (at 10:00 a request expiring at 10:00 is expired). */
export function checkNotExpired(request: Pick<Request, 'expiresAt'>, at: string): RuleCheck {
  if (!isExpiredAt(request, at) || request.expiresAt === null) return passed;
  return failure('request.expired', { expiresAt: request.expiresAt, checkedAt: at });
}

/**
 * Whole local days from the submitted date to `day` (`day` − submitted date): 14 when submitted
 * on 1 December for 15 December, whatever the time of day it arrived.
 */
export function daysBeforeDay(submittedAt: string, day: LocalDate): number {
  return daysBetween(localDateOf(submittedAt), day);
}

/** `request.day_passed`: at `at` the local date is after `day` (the day itself still counts). */
export function checkDayNotPassed(day: LocalDate, at: string): RuleCheck {
  return localDateOf(at) > day ? failure('request.day_passed', { dayDate: day, checkedAt: at }) : passed;
}

/** `request.closed_day`: the location is closed on `day` (weekend, public holiday, study day). */
export function checkOpenDay(day: LocalDate, calendar: CalendarSettings): RuleCheck {
  const closure = closureOn(day, calendar);
  return closure ? failure('request.closed_day', { dayDate: day, closure: closure.key }) : passed;
}

/** `request.outside_opening_hours`: the asked times lie (partly) outside the opening hours. */
export function checkOpeningHours(times: { start: Minutes; end: Minutes }, hours: { opensAt: Minutes; closesAt: Minutes }): RuleCheck {
  if (times.start >= hours.opensAt && times.end <= hours.closesAt) return passed;
  return failure('request.outside_opening_hours', {
    start: formatTime(times.start),
    end: formatTime(times.end),
    opening: formatTime(hours.opensAt),
    closing: formatTime(hours.closesAt),
  });
}

const CARE_DAY_KINDS: readonly Request['kind'][] = ['swapDay', 'extraDay', 'flexDay', 'schoolClosureDay'];

/**
 * `request.duplicate`: the child already has a live (submitted or approved) request for care on
 * the same day: any two of swap, extra, flex and school closure day; or two extensions.
 */
export function checkNoDuplicate(request: CareRequest, others: readonly RequestWithState[]): RuleCheck {
  const sameFamilyOfKinds = (kind: Request['kind']): boolean =>
    request.kind === 'extension' ? kind === 'extension' : CARE_DAY_KINDS.includes(kind);
  const other = others.find(
    (o) =>
      o.id !== request.id &&
      o.childId === request.childId &&
      o.kind !== 'absence' &&
      sameFamilyOfKinds(o.kind) &&
      requestDay(o) === request.date &&
      isLive(o.state),
  );
  return other ? failure('request.duplicate', { dayDate: request.date, otherKind: other.kind, otherStatus: other.state.status }) : passed;
}

/**
 * `request.needs_other_group_consent`: care in `groupId`, which is not the child's home group,
 * without the parent's recorded consent for care in another group.
 */
export function checkOtherGroup(groupId: string, homeGroupId: string, consent: { otherGroup: boolean } | null): RuleCheck {
  if (groupId === homeGroupId || consent?.otherGroup === true) return passed;
  return failure('request.needs_other_group_consent', { groupId });
}

/** The ratio what-if, computed by the caller; absent at intake. Its failure passes through as is. */
export function ratioCheck(ratio: RuleCheck | undefined): RuleCheck {
  return ratio ?? passed;
}
