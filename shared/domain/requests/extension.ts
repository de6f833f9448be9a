/**
 * Extension rules (verlenging): extend a day part the child has that day, in whole hours, at
 * least 3 days before (spec/requests.md). Extensions usually arrive by e-mail: staff enter them
 * on the parent's behalf (`enteredBy`), with `submittedAt` the e-mail's arrival.
 *
 * The day part extended: a contracted part (a BSO day may have a before-school and an
 * after-school part) or the times of an approved swap, extra, flex or school closure day. The
 * asked times must contain that part and be longer; the minutes added before and after it must
 * each be a whole number of `unitMinutes` (60). "At least 3 days before": day − submitted date ≥ 3.
 */
import { formatTime } from '../time/timeOfDay';
import type { Minutes } from '../time/timeOfDay';
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
import type { ExtensionRequest } from './request';
import { contractedDayOn, placementFor } from './requestContext';
import type { ExtensionContext } from './requestContext';
import type { RequestSettings } from './requestSettings';
import { failure, passed, requestCheck } from './requestText';
import type { RequestCheck, RuleCheck } from './requestText';

type Part = { start: Minutes; end: Minutes };

/** The day parts the child has on the extension's day: contracted, or approved requests. */
export function careParts(request: ExtensionRequest, context: Pick<ExtensionContext, 'placements' | 'otherRequests'>): Part[] {
  const contracted = contractedDayOn(context.placements, request.childId, request.date);
  const approved: Part[] = [];
  for (const r of context.otherRequests) {
    if (r.kind === 'absence' || r.kind === 'extension') continue;
    if (r.childId === request.childId && r.date === request.date && r.state.status === 'approved')
      approved.push({ start: r.start, end: r.end });
  }
  return [...(contracted?.parts ?? []), ...approved];
}

/** `extension.whole_hours`: minutes added before and after the part are whole units. */
export function checkWholeHours(part: Part, asked: Part, settings: RequestSettings): RuleCheck {
  const unit = settings.extension.unitMinutes;
  const earlierMinutes = part.start - asked.start;
  const laterMinutes = asked.end - part.end;
  if (earlierMinutes % unit === 0 && laterMinutes % unit === 0) return passed;
  return failure('extension.whole_hours', { unitMinutes: unit, earlierMinutes, laterMinutes });
}

/** Every extension rule that fails for `request`, checked at `context.at`. */
export function checkExtension(request: ExtensionRequest, context: ExtensionContext, settings: RequestSettings): RequestCheck {
  const checks: RuleCheck[] = [
    checkNotExpired(request, context.at),
    checkDayNotPassed(request.date, context.at),
    checkOpenDay(request.date, context.calendar),
    checkOpeningHours(request, context.openingHours),
  ];
  const parts = careParts(request, context);
  const first = parts[0];
  if (!first) checks.push(failure('extension.no_care_day', { dayDate: request.date }));
  else {
    const part = parts.find((p) => request.start <= p.start && p.end <= request.end && request.end - request.start > p.end - p.start);
    if (!part) {
      checks.push(
        failure('extension.not_longer', {
          start: formatTime(request.start),
          end: formatTime(request.end),
          currentStart: formatTime(first.start),
          currentEnd: formatTime(first.end),
        }),
      );
    } else checks.push(checkWholeHours(part, request, settings));
  }
  const days = daysBeforeDay(request.submittedAt, request.date);
  const minDays = settings.extension.minDaysBefore;
  if (days < minDays) checks.push(failure('extension.min_days_before', { days, minDays }));
  const placement = placementFor(context.placements, request.childId, request.date, (p) => p.groupId === request.groupId);
  if (placement) checks.push(checkOtherGroup(request.groupId, placement.groupId, context.consent));
  checks.push(checkNoDuplicate(request, context.otherRequests), ratioCheck(context.ratio));
  return requestCheck(checks);
}
