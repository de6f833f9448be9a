/**
 * Keyboard entry of a roster cell: what a manager types for one staff member on one day.
 *
 * The grammar (forgiving; case, accents and extra spaces do not matter):
 *
 *   entry    = "" | absence | shift { ";" shift }
 *   absence  = "ziek" | "verlof" | "vakantie" | "afwezig"
 *   shift    = time "-" time [ group ] { break }          (group and breaks in any order)
 *   break    = ( "p" | "pauze" ) time "-" time
 *   time     = H | HH | HMM | HHMM | H sep MM | HH sep MM  (sep is ":", ".", "," "u" or "h"; "16u" too)
 *   group    = the start of a group's name, or of one of its words ("rups", "vlinders" for "De Vlinders")
 *
 * Examples: "7:30-16:00 Rupsjes", "730-16 rups", "7.30-16.00 Rupsjes p12:00-12:30",
 * "7:15-8:45 boom; 13:45-18:45 boom", "ziek". "-" may also be "–" or "tot".
 *
 * An empty entry empties the cell. The group may be left out when the caller knows the staff
 * member's usual group (`defaultGroupId`). Groups match case-insensitively: an exact name first,
 * then the one name that starts with the text, then the one name with a word that starts with
 * it; more than one candidate is ambiguous, none is unknown. Every refusal names what was not
 * understood, in Dutch, with a rule id.
 */
import { fail, ok } from '../../result';
import type { RuleResult } from '../../result';
import type { StaffAbsenceKind } from '../../model/rows';
import { formatTime } from '../time/timeOfDay';
import type { Interval, Minutes } from '../time/timeOfDay';
import { rosterText } from './messages';
import type { RosterRule } from './messages';

/** At most this many shifts in one cell (a BSO colleague: before and after school, plus one). */
export const MAX_SHIFTS_PER_ENTRY = 4;
/** As `ShiftRow.breaks`. */
export const MAX_BREAKS_PER_SHIFT = 6;

export type EntryGroup = { id: string; name: string };

export type EnteredShift = { groupId: string; start: Minutes; end: Minutes; breaks: Interval[] };

export type ShiftEntry = { kind: 'empty' } | { kind: 'absence'; absence: StaffAbsenceKind } | { kind: 'shifts'; shifts: EnteredShift[] };

export type ShiftEntryOptions = {
  groups: readonly EntryGroup[];
  /** Used when the entry names no group (the group of the cell's shift, or the staff member's usual group). */
  defaultGroupId?: string | null;
};

const ABSENCE_WORDS: Record<string, StaffAbsenceKind> = {
  ziek: 'sick',
  verlof: 'leave',
  vakantie: 'leave',
  afwezig: 'other',
};

const TIME = String.raw`\d{1,4}(?:[:.,uh]\d{2})?u?`;
const RANGE = new RegExp(String.raw`^(${TIME})\s*(?:-|tot)\s*(${TIME})(?=\s|$|p)`);
const BREAK = new RegExp(String.raw`(?:^|\s)(?:pauze|p)\s*(${TIME})\s*(?:-|tot)\s*(${TIME})(?=\s|$)`, 'g');
const STARTS_WITH_TIME = new RegExp(String.raw`^(${TIME})(?=\s|$|-)`);

function failure(rule: RosterRule, params: Record<string, string | number> = {}): RuleResult<never> {
  return fail(rule, rosterText(rule, params), params);
}

/** Lower case, no accents, one kind of dash, single spaces. */
export function normaliseEntry(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A typed time to minutes since midnight, or null: "7" 07:00, "730" 07:30, "1600" 16:00, "7.30", "16u", "24:00". */
export function parseEntryTime(token: string): Minutes | null {
  const t = token.endsWith('u') ? token.slice(0, -1) : token;
  let hours: number;
  let minutes: number;
  const sep = /^(\d{1,2})[:.,uh](\d{2})$/.exec(t);
  if (sep) {
    hours = Number(sep[1]);
    minutes = Number(sep[2]);
  } else if (/^\d{1,2}$/.test(t)) {
    hours = Number(t);
    minutes = 0;
  } else if (/^\d{3,4}$/.test(t)) {
    hours = Number(t.slice(0, t.length - 2));
    minutes = Number(t.slice(-2));
  } else return null;
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Parses what was typed in a cell; see the file comment for the grammar. */
export function parseShiftEntry(text: string, options: ShiftEntryOptions): RuleResult<ShiftEntry> {
  const normal = normaliseEntry(text);
  if (normal === '') return ok({ kind: 'empty' });
  const absence = ABSENCE_WORDS[normal];
  if (absence) return ok({ kind: 'absence', absence });

  const parts = normal
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > MAX_SHIFTS_PER_ENTRY) return failure('roster_entry.too_many_shifts', { max: MAX_SHIFTS_PER_ENTRY });
  const shifts: EnteredShift[] = [];
  for (const part of parts) {
    const shift = parseOneShift(part, options);
    if (!shift.ok) return shift;
    shifts.push(shift.value);
  }
  const sorted = [...shifts].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as EnteredShift;
    const next = sorted[i] as EnteredShift;
    if (next.start < prev.end) {
      return failure('roster_entry.shifts_overlap', { first: rangeText(prev), second: rangeText(next) });
    }
  }
  return ok({ kind: 'shifts', shifts: sorted });
}

function parseOneShift(part: string, options: ShiftEntryOptions): RuleResult<EnteredShift> {
  const range = RANGE.exec(part);
  if (!range) {
    const lone = STARTS_WITH_TIME.exec(part);
    if (lone) {
      const start = parseEntryTime(lone[1] as string);
      if (start === null) return failure('roster_entry.time_not_understood', { text: lone[1] as string });
      return failure('roster_entry.missing_end', { start: formatTime(start) });
    }
    const firstWord = part.split(' ')[0] ?? part;
    const dash = /^([^\s-]+)\s*-/.exec(part);
    if (dash && /\d/.test(dash[1] as string)) return failure('roster_entry.time_not_understood', { text: dash[1] as string });
    return failure('roster_entry.no_time', { text: firstWord });
  }
  const start = parseEntryTime(range[1] as string);
  if (start === null) return failure('roster_entry.time_not_understood', { text: range[1] as string });
  const end = parseEntryTime(range[2] as string);
  if (end === null) return failure('roster_entry.time_not_understood', { text: range[2] as string });
  if (end <= start) return failure('roster_entry.end_before_start', { start: formatTime(start), end: formatTime(end) });

  let rest = part.slice(range[0].length);
  const breaks: Interval[] = [];
  for (const m of rest.matchAll(BREAK)) {
    const from = parseEntryTime(m[1] as string);
    const to = parseEntryTime(m[2] as string);
    if (from === null || to === null || to <= from) return failure('roster_entry.break_not_understood', { text: m[0].trim() });
    if (from < start || to > end) {
      return failure('roster_entry.break_outside_shift', {
        from: formatTime(from),
        to: formatTime(to),
        start: formatTime(start),
        end: formatTime(end),
      });
    }
    breaks.push({ start: from, end: to });
  }
  rest = rest.replace(BREAK, ' ').replace(/\s+/g, ' ').trim();
  if (breaks.length > MAX_BREAKS_PER_SHIFT) return failure('roster_entry.too_many_breaks', { max: MAX_BREAKS_PER_SHIFT });
  breaks.sort((a, b) => a.start - b.start);
  for (let i = 1; i < breaks.length; i++) {
    const prev = breaks[i - 1] as Interval;
    const next = breaks[i] as Interval;
    if (next.start < prev.end) return failure('roster_entry.breaks_overlap', { first: rangeText(prev), second: rangeText(next) });
  }
  // What is left over must be the group; a word that looks like a break is a break not understood.
  const breakLike = rest.split(' ').find((w) => /^p(auze)?\d/.test(w) || w === 'p' || w === 'pauze');
  if (breakLike !== undefined) {
    const at = rest.indexOf(breakLike);
    return failure('roster_entry.break_not_understood', { text: rest.slice(at).split(' ').slice(0, 2).join(' ') });
  }
  const group = rest === '' ? defaultGroup(options) : matchGroup(rest, options.groups);
  if (!group.ok) return group;
  return ok({ groupId: group.value, start, end, breaks });
}

function defaultGroup(options: ShiftEntryOptions): RuleResult<string> {
  const id = options.defaultGroupId ?? null;
  if (id !== null && options.groups.some((g) => g.id === id)) return ok(id);
  return failure('roster_entry.missing_group', { example: `7:30-16:00 ${options.groups[0]?.name ?? 'Rupsjes'}` });
}

/** Group text to a group id: exact name, then a unique name prefix, then a unique word prefix. */
export function matchGroup(text: string, groups: readonly EntryGroup[]): RuleResult<string> {
  const typed = normaliseName(text);
  const names = groups.map((g) => ({ group: g, name: normaliseName(g.name) }));
  const exact = names.filter((n) => n.name === typed);
  if (exact.length === 1) return ok((exact[0] as (typeof names)[number]).group.id);
  const byName = names.filter((n) => n.name.startsWith(typed));
  const candidates = byName.length > 0 ? byName : names.filter((n) => n.name.split(' ').some((w) => w.startsWith(typed)));
  if (candidates.length === 1) return ok((candidates[0] as (typeof names)[number]).group.id);
  if (candidates.length > 1) {
    return failure('roster_entry.ambiguous_group', { text: text.trim(), groups: candidates.map((c) => c.group.name).join(', ') });
  }
  return failure('roster_entry.unknown_group', { text: text.trim(), groups: groups.map((g) => g.name).join(', ') });
}

function normaliseName(name: string): string {
  return normaliseEntry(name)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function rangeText(i: Interval): string {
  return `${formatTime(i.start)}-${formatTime(i.end)}`;
}

/** A cell's shifts as the text the parser reads back: "07:30-16:00 Rupsjes p12:00-12:30; ...". */
export function formatShiftEntry(
  shifts: readonly { groupId: string; start: Minutes; end: Minutes; breaks: readonly Interval[] }[],
  groupName: (groupId: string) => string,
): string {
  return [...shifts]
    .sort((a, b) => a.start - b.start)
    .map((s) => [rangeText(s), groupName(s.groupId), ...s.breaks.map((b) => `p${rangeText(b)}`)].join(' '))
    .join('; ');
}
