/**
 * Absence rules (afwezigheid): no approval needed; an absence is registered and confirmed, and
 * the place it frees counts as capacity for other requests that day. It must cover at least one
 * contracted day and lie within the contract (up to and including its last day). The right to
 * care on those days is forfeited: undoing it is a new request (see cancellation.ts). Credit:
 * hourLedger.ts (`creditsForAbsence`).
 */
import { closureOn } from '../calendar/calendar';
import { addDays, daysBetween } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { AbsenceRequest } from './request';
import { contractedDayOn, placementsOn } from './requestContext';
import type { AbsenceContext } from './requestContext';
import { failure, requestCheck } from './requestText';
import type { RequestCheck, RuleCheck } from './requestText';

/** Longest absence handled in one request; a longer one is a programming error. */
const MAX_ABSENCE_DAYS = 400;

/**
 * The days the absence frees: contracted days from `from` to `to` on which the location is
 * open (a public holiday or study day frees nothing).
 */
export function absenceDays(request: AbsenceRequest, context: AbsenceContext): LocalDate[] {
  const length = daysBetween(request.from, request.to);
  if (length > MAX_ABSENCE_DAYS) throw new Error(`absence of ${length} days`);
  const days: LocalDate[] = [];
  for (let i = 0; i <= length; i += 1) {
    const date = addDays(request.from, i);
    if (contractedDayOn(context.placements, request.childId, date) && closureOn(date, context.calendar) === null) days.push(date);
  }
  return days;
}

/** `absence.after_contract_end`, `absence.no_care_day`. */
export function checkAbsence(request: AbsenceRequest, context: AbsenceContext): RequestCheck {
  const checks: RuleCheck[] = [];
  const running = placementsOn(context.placements, request.childId, request.from);
  const ends = running.map((p) => p.endDate);
  const lastDay = ends.includes(null)
    ? null
    : (ends
        .filter((e): e is LocalDate => e !== null)
        .sort()
        .at(-1) ?? null);
  const later = context.placements.some((p) => p.childId === request.childId && p.startDate > request.from && p.startDate <= request.to);
  if (lastDay !== null && request.to > lastDay && !later) {
    checks.push(failure('absence.after_contract_end', { toDate: request.to, endDate: lastDay }));
  }
  if (absenceDays(request, context).length === 0)
    checks.push(failure('absence.no_care_day', { fromDate: request.from, toDate: request.to }));
  return requestCheck(checks);
}
