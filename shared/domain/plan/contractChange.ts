/**
 * Changing a contract's days or times within its group (spec/master-data.md "Contract"): one
 * atomic change on an effective date. A contract that has started ends the day before and a new
 * one with the new days starts on it (`split`); one that starts on that date gets the new days
 * (`replace`). The preview says what changes and what the group's licensed places look like per
 * weekday, so the desk can show it before the manager confirms; `placement.change` refuses what
 * the preview shows as over the places.
 */
import type { GroupRow, PlacementDay, PlacementRow } from '../../model/rows';
import type { LocalDate } from '../time/localDate';
import { weekdayCounts, type Booking } from './contractChecks';

export type WeekdayPlaces = {
  weekday: number;
  /** The most children at once on this weekday from the effective date on, without the change and with it. */
  before: number;
  after: number;
  capacity: number;
  /** The first date with the change over the places; null when it fits. */
  overFrom: LocalDate | null;
};

export type ContractChangePreview = {
  mode: 'split' | 'replace';
  effectiveDate: LocalDate;
  /** Day spans the contract gains and loses. */
  added: PlacementDay[];
  removed: PlacementDay[];
  /** Every weekday of the old or the new days, ascending. */
  places: WeekdayPlaces[];
};

const key = (d: PlacementDay) => `${d.weekday}:${d.start}:${d.end}`;
const byDay = (a: PlacementDay, b: PlacementDay) => a.weekday - b.weekday || a.start - b.start;

/** Whether two lists of days are the same spans (in any order). */
export function sameDays(a: readonly PlacementDay[], b: readonly PlacementDay[]): boolean {
  return a.length === b.length && a.map(key).sort().join() === b.map(key).sort().join();
}

/**
 * What changing `placement`'s days to `days` from `effectiveDate` does, with the group's other
 * contracts (`groupPlacements` may hold the contract itself: it is left out).
 */
export function previewContractChange(
  placement: PlacementRow,
  days: readonly PlacementDay[],
  effectiveDate: LocalDate,
  group: Pick<GroupRow, 'capacity'>,
  groupPlacements: readonly (Booking & Pick<PlacementRow, 'id'>)[],
): ContractChangePreview {
  const others = groupPlacements.filter((p) => p.id !== placement.id);
  const period = { startDate: effectiveDate, endDate: placement.endDate };
  const before: Booking = { ...placement, ...period };
  const after: Booking = { ...before, days: [...days] };
  const oldKeys = new Set(placement.days.map(key));
  const newKeys = new Set(days.map(key));
  const weekdays = [...new Set([...placement.days, ...days].map((d) => d.weekday))].sort((a, b) => a - b);
  const most = (bookings: readonly Booking[], weekday: number) => weekdayCounts(bookings, period, weekday);
  return {
    mode: effectiveDate === placement.startDate ? 'replace' : 'split',
    effectiveDate,
    added: days.filter((d) => !oldKeys.has(key(d))).sort(byDay),
    removed: placement.days.filter((d) => !newKeys.has(key(d))).sort(byDay),
    places: weekdays.map((weekday) => {
      const withChange = most([...others, after], weekday);
      return {
        weekday,
        before: Math.max(0, ...most([...others, before], weekday).map((c) => c.count)),
        after: Math.max(0, ...withChange.map((c) => c.count)),
        capacity: group.capacity,
        overFrom: withChange.find((c) => c.count > group.capacity)?.date ?? null,
      };
    }),
  };
}
