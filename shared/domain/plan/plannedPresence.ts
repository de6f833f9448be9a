/**
 * Planned presence from contracts: which children are expected on a date, and when.
 * (Approved requests and absences will adjust this; see the requests issue.)
 */
import type { PlacementRow } from '../../model/rows';
import { isoWeekday, type LocalDate } from '../time/localDate';

/** The contracted times of `placement` on `date`, or null when the child is not expected. */
export function contractedTimesOn(placement: PlacementRow, date: LocalDate): { start: number; end: number } | null {
  if (date < placement.startDate) return null;
  if (placement.endDate !== null && date > placement.endDate) return null;
  if (placement.kind === 'flex') return null;
  const weekday = isoWeekday(date);
  const day = placement.days.find((d) => d.weekday === weekday);
  return day ? { start: day.start, end: day.end } : null;
}
