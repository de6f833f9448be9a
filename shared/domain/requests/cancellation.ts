/**
 * Cancellation by the parent. A request not yet decided can be withdrawn at any time. An
 * approved one is binding:
 * - extra day, flex day: until 14 days before the day (day − cancel date ≥ 14: 14 ok, 13 refused);
 * - swap day, extension, school closure day (no number in the terms): until the day before;
 * - an approval still waiting for the parent's "still needed" (late approval) can always be
 *   declined (`parentConfirm` with `stillNeeded: false`, or a cancel);
 * - an absence never: the right to care is forfeited; undoing it is a new request.
 * Which states allow a cancel at all is the state machine's part (requestState.ts).
 */
import { daysBetween } from '../time/localDate';
import { requestDay } from './request';
import type { Request, RequestState } from './request';
import type { RequestSettings } from './requestSettings';
import { failure, passed } from './requestText';
import type { RuleCheck } from './requestText';
import { localDateOf } from './requestTime';

/** Whether the parent may cancel `request` in `state` at `at`. */
export function checkCancel(request: Request, state: RequestState, at: string, settings: RequestSettings): RuleCheck {
  if (request.kind === 'absence') return failure('cancel.absence_final');
  if (state.status !== 'approved' || state.awaitingParentConfirmation) return passed;
  const day = requestDay(request);
  const days = daysBetween(localDateOf(at), day);
  const minDays =
    request.kind === 'extraDay'
      ? settings.extraDay.cancelMinDaysBefore
      : request.kind === 'flexDay'
        ? settings.flexDay.cancelMinDaysBefore
        : null;
  if (minDays === null) return days >= 1 ? passed : failure('cancel.too_late', { dayDate: day });
  return days >= minDays ? passed : failure('cancel.min_days_before', { minDays, days, dayDate: day });
}
