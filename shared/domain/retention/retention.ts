/**
 * What is due for deletion on a date (retentionSettings.ts): a record dated before its period's
 * cutoff, a request whose last day is before it and that is decided, a child whose every contract
 * ended before it. Pure rules; the hub's retention run (server/src/retention) applies them by its
 * own clock and deletes through the row store, so desks receive the deletes at their next pull.
 */
import type { PlanSettings } from '../plan/planSettings';
import { retentionCutoff as attendanceMinimumCutoff } from '../plan/attendanceRules';
import type { RequestStatus } from '../requests/request';
import { addMonths, type LocalDate } from '../time/localDate';
import type { RetentionSettings } from './retentionSettings';

/**
 * The first date still kept: `today` minus `years` (29 February minus a year is 28 February).
 * A record dated exactly `years` ago is kept today and due tomorrow.
 */
export function retentionCutoff(today: LocalDate, years: number): LocalDate {
  return addMonths(today, -12 * years);
}

/** Whether a record of `date` is due for deletion, given its period's cutoff. */
export function isDue(date: LocalDate, cutoff: LocalDate): boolean {
  return date < cutoff;
}

export type RetentionCutoffs = {
  attendance: LocalDate;
  latePickups: LocalDate;
  requests: LocalDate;
  children: LocalDate;
  /** Who viewed a child: the attendance period. */
  childViews: LocalDate;
  /**
   * The hub's mutation log keeps a mutation's arguments until the shortest of the row periods: they
   * repeat what the rows held (names, phone numbers), and the rows themselves are gone by then.
   */
  mutationLog: LocalDate;
};

/** The cutoff of every period on `today`; attendance never earlier than the plan's minimum keeps. */
export function retentionCutoffs(today: LocalDate, settings: RetentionSettings, plan: PlanSettings): RetentionCutoffs {
  const byYears = retentionCutoff(today, settings.attendanceYears);
  const minimum = attendanceMinimumCutoff(today, plan);
  const attendance = byYears < minimum ? byYears : minimum;
  const latePickups = retentionCutoff(today, settings.latePickupYears);
  const requests = retentionCutoff(today, settings.requestYears);
  return {
    attendance,
    latePickups,
    requests,
    children: retentionCutoff(today, settings.childYearsAfterLastContract),
    childViews: attendance,
    mutationLog: [attendance, latePickups, requests].sort().at(-1)!,
  };
}

/** A request is due once its last day is before the cutoff and it no longer waits for a decision. */
export function isRequestDue(request: { endDate: LocalDate; status: RequestStatus }, cutoff: LocalDate): boolean {
  return isDue(request.endDate, cutoff) && request.status !== 'submitted';
}

/**
 * A child is due when it has contracts and every one of them ended before the cutoff. A child
 * without any contract (entered, never placed) is never due by this rule: there is no end to
 * count from, and the manager decides.
 */
export function isChildDue(placements: readonly { endDate: LocalDate | null }[], cutoff: LocalDate): boolean {
  return placements.length > 0 && placements.every((p) => p.endDate !== null && isDue(p.endDate, cutoff));
}
