/**
 * Conflicts flagged while the roster is edited: pure rules over a location-week, each with a rule
 * id, a severity and the Dutch sentence. Errors are what the mutators also refuse (a preview may
 * still show them); warnings are allowed but worth a look; info explains.
 *
 * - `roster.double_booked` (error): one person in two overlapping shifts on a day.
 * - `shift.outside_opening_hours` (error, `shiftRules.ts`), `roster.before_opening` and
 *   `roster.after_closing` (warnings): see shiftRules.ts for the choice.
 * - `roster.closed_day` (warning): a shift on a public holiday, study day or weekend.
 * - `roster.over_contract` (warning): the week's worked minutes (shifts minus breaks) above the
 *   contract; exactly the contract is fine. Shifts on absent days still count as rostered hours.
 * - `roster.absent_with_shift` (info): the shift of someone registered absent; it does not count.
 * - `roster.group_without_staff` (error): children present in a unit (KDV group, the BSO of the
 *   location) while no counting professional is, from the ratio engine's intervals.
 * - `roster.group_short` (warning): the unit's moments below what the rules allow (understaffed,
 *   beyond the deviation budget, over the maximum), from the same intervals.
 */
import type { RuleFailure } from '../../result';
import type { Params } from '../../i18n/messages';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import type { Interval, Minutes } from '../time/timeOfDay';
import { encodeStretches, hoursText as hoursIn, rosterText } from './messages';
import type { RosterRule } from './messages';
import { checkShift, workedMinutes } from './shiftRules';

export type ConflictSeverity = 'error' | 'warning' | 'info';

export type RosterConflict = RuleFailure & {
  severity: ConflictSeverity;
  staffId: string | null;
  date: LocalDate | null;
  shiftId: string | null;
  /** The unit (group id, or the BSO unit id) for group conflicts. */
  unitId: string | null;
};

export type ConflictShift = {
  id: string;
  staffId: string;
  groupId: string;
  date: LocalDate;
  start: Minutes;
  end: Minutes;
  breaks: readonly Interval[];
};

export type ConflictStaff = { id: string; name: string; contractMinutesPerWeek: number };

export type ShiftConflictInput = {
  opening: Interval;
  /** Closed dates of the week with the reason: a calendar key (`calendar.holiday.boxing_day`) or words. */
  closures: ReadonlyMap<LocalDate, string>;
  staff: readonly ConflictStaff[];
  /** The week's shifts (all of them: the contract rule sums the week). */
  shifts: readonly ConflictShift[];
  absences: readonly { staffId: string; date: LocalDate; kind: 'sick' | 'leave' | 'other' }[];
};

function conflict(
  rule: RosterRule,
  severity: ConflictSeverity,
  params: Params,
  at: { staffId?: string; date?: LocalDate; shiftId?: string; unitId?: string },
): RosterConflict {
  return {
    ok: false,
    rule,
    message: rosterText(rule, params),
    params,
    severity,
    staffId: at.staffId ?? null,
    date: at.date ?? null,
    shiftId: at.shiftId ?? null,
    unitId: at.unitId ?? null,
  };
}

const range = (i: Interval) => `${formatTime(i.start)}-${formatTime(i.end)}`;

/** Minutes as Dutch hours: 1710 -> "28,5", 1800 -> "30" (`hoursText` in messages.ts for English). */
export function hoursText(minutes: Minutes): string {
  return hoursIn(minutes, 'nl');
}

/** The per-shift and per-person rules of a week: double booking, opening hours, closed days, contract hours, absences. */
export function shiftConflicts(input: ShiftConflictInput): RosterConflict[] {
  const out: RosterConflict[] = [];
  const nameOf = new Map(input.staff.map((s) => [s.id, s.name]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const absenceOf = new Map(input.absences.map((a) => [`${a.staffId}|${a.date}`, a.kind]));
  const byPersonDay = new Map<string, ConflictShift[]>();
  const worked = new Map<string, number>();

  for (const s of input.shifts) {
    const key = `${s.staffId}|${s.date}`;
    const list = byPersonDay.get(key);
    if (list) list.push(s);
    else byPersonDay.set(key, [s]);
    worked.set(s.staffId, (worked.get(s.staffId) ?? 0) + workedMinutes(s));

    const at = { staffId: s.staffId, date: s.date, shiftId: s.id };
    const staff = name(s.staffId);
    const date = s.date;
    const hard = checkShift(s, input.opening);
    if (!hard.ok) out.push({ ...hard, params: hard.params ?? {}, severity: 'error', ...nulls(at) });
    else {
      if (s.start < input.opening.start) {
        out.push(
          conflict(
            'roster.before_opening',
            'warning',
            { staff, date, start: formatTime(s.start), opensAt: formatTime(input.opening.start) },
            at,
          ),
        );
      }
      if (s.end > input.opening.end) {
        out.push(
          conflict('roster.after_closing', 'warning', { staff, date, end: formatTime(s.end), closesAt: formatTime(input.opening.end) }, at),
        );
      }
    }
    const closed = input.closures.get(s.date);
    if (closed !== undefined) out.push(conflict('roster.closed_day', 'warning', { staff, date, reason: closed }, at));
    const absent = absenceOf.get(key);
    if (absent !== undefined) {
      out.push(conflict('roster.absent_with_shift', 'info', { staff, date, kind: absent, times: range(s) }, at));
    }
  }

  for (const list of byPersonDay.values()) {
    const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i] as ConflictShift;
        const b = sorted[j] as ConflictShift;
        if (b.start >= a.end) break;
        out.push(
          conflict(
            'roster.double_booked',
            'error',
            { staff: name(a.staffId), date: a.date, first: range(a), second: range(b) },
            { staffId: a.staffId, date: a.date, shiftId: b.id },
          ),
        );
      }
    }
  }

  for (const staff of input.staff) {
    const planned = worked.get(staff.id) ?? 0;
    if (planned > staff.contractMinutesPerWeek) {
      out.push(
        conflict(
          'roster.over_contract',
          'warning',
          {
            staff: staff.name,
            planned,
            over: planned - staff.contractMinutesPerWeek,
            contract: staff.contractMinutesPerWeek,
          },
          { staffId: staff.id },
        ),
      );
    }
  }
  return out;
}

function nulls(at: { staffId: string; date: LocalDate; shiftId: string }) {
  return { staffId: at.staffId, date: at.date, shiftId: at.shiftId, unitId: null };
}

/** What a unit's day timeline says per interval (a subset of the ratio engine's `TimelineInterval`). */
export type CoverageInterval = {
  start: Minutes;
  end: Minutes;
  children: number;
  countingStaff: number;
  required: number | null;
  violation: 'over_budget' | 'below_minimum' | 'over_max' | null;
};

export type CoverageUnit = { unitId: string; name: string; date: LocalDate; intervals: readonly CoverageInterval[] };

/** Runs of adjacent intervals that satisfy `pick`, merged. */
function runsOf(intervals: readonly CoverageInterval[], pick: (i: CoverageInterval) => boolean): CoverageInterval[][] {
  const runs: CoverageInterval[][] = [];
  let current: CoverageInterval[] | null = null;
  for (const i of intervals) {
    if (!pick(i)) {
      current = null;
      continue;
    }
    const last = current?.[current.length - 1];
    if (current && last && last.end === i.start) current.push(i);
    else {
      current = [i];
      runs.push(current);
    }
  }
  return runs;
}

/** Children present while no counting professional is: one conflict per stretch of the day. */
export function groupWithoutStaffConflicts(units: readonly CoverageUnit[]): RosterConflict[] {
  const out: RosterConflict[] = [];
  for (const u of units) {
    for (const run of runsOf(u.intervals, (i) => i.children > 0 && i.countingStaff === 0)) {
      const from = (run[0] as CoverageInterval).start;
      const to = (run[run.length - 1] as CoverageInterval).end;
      out.push(
        conflict(
          'roster.group_without_staff',
          'error',
          { group: u.name, date: u.date, from: formatTime(from), to: formatTime(to) },
          { date: u.date, unitId: u.unitId },
        ),
      );
    }
  }
  return out;
}

/** A unit falling short (understaffed, beyond its budget, over the maximum): its stretches in one sentence. */
export type Shortfall = {
  unitId: string;
  name: string;
  date: LocalDate;
  stretches: { start: Minutes; end: Minutes; staff: number; required: number | null }[];
};

export function shortfallsOf(units: readonly CoverageUnit[]): Shortfall[] {
  const out: Shortfall[] = [];
  for (const u of units) {
    const stretches = runsOf(u.intervals, (i) => i.violation !== null).map((run) => {
      const first = run[0] as CoverageInterval;
      const worst = run.reduce((w, i) => ((i.required ?? 0) - i.countingStaff > (w.required ?? 0) - w.countingStaff ? i : w), first);
      return {
        start: first.start,
        end: (run[run.length - 1] as CoverageInterval).end,
        staff: worst.countingStaff,
        required: worst.required,
      };
    });
    if (stretches.length > 0) out.push({ unitId: u.unitId, name: u.name, date: u.date, stretches });
  }
  return out;
}

export function shortfallConflicts(shortfalls: readonly Shortfall[]): RosterConflict[] {
  return shortfalls.map((s) =>
    conflict(
      'roster.group_short',
      'warning',
      { group: s.name, date: s.date, stretches: encodeStretches(s.stretches) },
      { date: s.date, unitId: s.unitId },
    ),
  );
}
