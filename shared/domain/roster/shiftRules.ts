/**
 * The hard rules of one shift, checked by the shift mutators (desk and hub) and by the roster's
 * preview before anything is saved. A shift that breaks one is refused and changes nothing.
 *
 * Opening hours (a choice, see the roster note): a shift that lies ENTIRELY outside the
 * location's opening hours is refused (nobody can be in a group of a closed location); a shift
 * that starts before opening or ends after closing is allowed, because staff open up and tidy
 * away, and is flagged as a warning (`conflicts.ts`). Shifts at exactly the opening or closing
 * time are within.
 */
import type { Catalogue } from '../../i18n/messages';
import { textOf } from '../../i18n/messages';
import { fail, ok } from '../../result';
import type { RuleResult } from '../../result';
import { formatTime } from '../time/timeOfDay';
import type { Interval, Minutes } from '../time/timeOfDay';

export type ShiftTimes = { start: Minutes; end: Minutes; breaks: readonly Interval[] };

export const shiftRuleMessages = {
  nl: {
    'shift.end_after_start': 'De dienst eindigt ({{end}}) niet na de begintijd ({{start}}).',
    'shift.break_within_shift': 'De pauze {{from}}-{{to}} valt niet binnen de dienst.',
    'shift.breaks_overlap': 'De pauzes {{first}} en {{second}} overlappen.',
    'shift.outside_opening_hours': 'De dienst {{start}}-{{end}} valt helemaal buiten de openingstijden ({{opensAt}}-{{closesAt}}).',
  },
  en: {
    'shift.end_after_start': 'The shift ends ({{end}}) no later than it starts ({{start}}).',
    'shift.break_within_shift': 'The break {{from}}-{{to}} is not within the shift.',
    'shift.breaks_overlap': 'The breaks {{first}} and {{second}} overlap.',
    'shift.outside_opening_hours': 'The shift {{start}}-{{end}} lies entirely outside the opening hours ({{opensAt}}-{{closesAt}}).',
  },
} satisfies Catalogue;

type ShiftRule = keyof (typeof shiftRuleMessages)['nl'];

function refused(rule: ShiftRule, params: Record<string, string>): RuleResult<never> {
  return fail(rule, textOf(shiftRuleMessages, rule, params), params);
}

const range = (i: Interval) => `${formatTime(i.start)}-${formatTime(i.end)}`;

/** End after start, breaks within the shift and apart, and some of it within the opening hours. */
export function checkShift(shift: ShiftTimes, opening: Interval): RuleResult<ShiftTimes> {
  if (shift.end <= shift.start) return refused('shift.end_after_start', { start: formatTime(shift.start), end: formatTime(shift.end) });
  const breaks = [...shift.breaks].sort((a, b) => a.start - b.start);
  for (const b of breaks) {
    if (b.end <= b.start || b.start < shift.start || b.end > shift.end) {
      return refused('shift.break_within_shift', { from: formatTime(b.start), to: formatTime(b.end) });
    }
  }
  for (let i = 1; i < breaks.length; i++) {
    const prev = breaks[i - 1] as Interval;
    const next = breaks[i] as Interval;
    if (next.start < prev.end) return refused('shift.breaks_overlap', { first: range(prev), second: range(next) });
  }
  if (shift.end <= opening.start || shift.start >= opening.end) {
    return refused('shift.outside_opening_hours', {
      start: formatTime(shift.start),
      end: formatTime(shift.end),
      opensAt: formatTime(opening.start),
      closesAt: formatTime(opening.end),
    });
  }
  return ok(shift);
}

/** Minutes worked: the shift without its breaks (breaks clipped to the shift, overlaps counted once). */
export function workedMinutes(shift: ShiftTimes): Minutes {
  let away = 0;
  let until = shift.start;
  for (const b of [...shift.breaks].sort((x, y) => x.start - y.start)) {
    const from = Math.max(b.start, until);
    const to = Math.min(b.end, shift.end);
    if (to > from) {
      away += to - from;
      until = to;
    }
  }
  return Math.max(0, shift.end - shift.start - away);
}
