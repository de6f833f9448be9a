/**
 * Copying a roster day or week forward: which shifts to copy to which date, and which to skip
 * with the reason. A shift is skipped (never half-copied) when the target day is closed, the
 * person is registered absent there, or already works at an overlapping time there (a second
 * copy of the same day is then a no-op instead of a double booking).
 */
import type { RuleFailure } from '../../result';
import { addDays } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { Interval, Minutes } from '../time/timeOfDay';
import { formatTime } from '../time/timeOfDay';
import { absenceKey, absenceKeys } from './absence';
import { rosterText } from './messages';
import type { RosterRule } from './messages';

export type CopyShift = {
  id: string;
  staffId: string;
  groupId: string;
  date: LocalDate;
  start: Minutes;
  end: Minutes;
  breaks: readonly Interval[];
};

export type CopyInput = {
  /** The shifts to copy (a day's or a week's). */
  sources: readonly CopyShift[];
  /** Days to move each one forward: 1 (next day), 7 (next week), or any other. */
  offsetDays: number;
  /** Shifts already on the target dates. */
  existing: readonly CopyShift[];
  absences: readonly { staffId: string; date: LocalDate }[];
  /** Closed target dates with the reason: a calendar key (`calendar.holiday.boxing_day`) or words. */
  closures: ReadonlyMap<LocalDate, string>;
  staffName: (staffId: string) => string;
};

export type PlannedCopy = {
  sourceId: string;
  staffId: string;
  groupId: string;
  date: LocalDate;
  start: Minutes;
  end: Minutes;
  breaks: Interval[];
};
export type SkippedCopy = RuleFailure & { sourceId: string; staffId: string; date: LocalDate };

function skipped(
  rule: RosterRule,
  params: Record<string, string>,
  at: { sourceId: string; staffId: string; date: LocalDate },
): SkippedCopy {
  return { ok: false, rule, message: rosterText(rule, params), params, ...at };
}

export function planCopy(input: CopyInput): { copies: PlannedCopy[]; skipped: SkippedCopy[] } {
  const away = absenceKeys(input.absences);
  const taken = new Map<string, Interval[]>();
  for (const s of input.existing) {
    const key = absenceKey(s.staffId, s.date);
    const list = taken.get(key) ?? [];
    list.push({ start: s.start, end: s.end });
    taken.set(key, list);
  }
  const copies: PlannedCopy[] = [];
  const skips: SkippedCopy[] = [];
  const sources = [...input.sources].sort((a, b) => a.date.localeCompare(b.date) || a.start - b.start);
  for (const s of sources) {
    const date = addDays(s.date, input.offsetDays);
    const at = { sourceId: s.id, staffId: s.staffId, date };
    const staff = input.staffName(s.staffId);
    const closed = input.closures.get(date);
    if (closed !== undefined) {
      skips.push(skipped('roster_copy.closed_day', { staff, date, reason: closed }, at));
      continue;
    }
    const key = absenceKey(s.staffId, date);
    if (away.has(key)) {
      skips.push(skipped('roster_copy.absent', { staff, date }, at));
      continue;
    }
    const list = taken.get(key) ?? [];
    const clash = list.find((t) => t.start < s.end && s.start < t.end);
    if (clash) {
      skips.push(skipped('roster_copy.already_working', { staff, date, start: formatTime(clash.start), end: formatTime(clash.end) }, at));
      continue;
    }
    list.push({ start: s.start, end: s.end });
    taken.set(key, list);
    copies.push({ ...at, groupId: s.groupId, start: s.start, end: s.end, breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })) });
  }
  return { copies, skipped: skips };
}
