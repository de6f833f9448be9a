/**
 * The editable staff roster of a location-week (issue 5, the staff side), built from the store:
 *
 * - `roster.staffWeek`: staff by day with shifts and absences, contract hours, the week's
 *   conflicts (shared/domain/roster/conflicts.ts), per day the ratio's worst level per unit and
 *   the units falling short, and the week's publication.
 * - `roster.preview`: the what-if of one cell (a person's shifts that day) or of an absence:
 *   the same day evaluated with and without the change (`evaluateRows`, the ratio service's one
 *   place where presence and staffing are built, absences included), compared per slot. A shift
 *   of another cell listed in the edit moves (a drag, cut and paste): its day is compared too.
 * - `roster.planCopy`: what copying a day or a week forward would copy and skip (`planCopy`).
 * - `roster.audit`: the audit trail of a published week, with names.
 *
 * All rules are shared; this file only loads, combines and names.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type {
  RatioLevel,
  RosterAudit,
  RosterAuditShift,
  RosterConflictView,
  RosterCopyPlan,
  RosterImpactView,
  RosterPreview,
  RosterPublication,
  RosterShortfallView,
  StaffRosterDay,
  StaffRosterRow,
  StaffRosterWeek,
} from '../../../shared/contract/views';
import { closureOn } from '../../../shared/domain/calendar/calendar';
import { groupWithoutStaffConflicts, shiftConflicts, shortfallConflicts, shortfallsOf } from '../../../shared/domain/roster/conflicts';
import type { CoverageUnit, RosterConflict } from '../../../shared/domain/roster/conflicts';
import { planCopy } from '../../../shared/domain/roster/copyPlan';
import { ratioImpact, slotLevel, SLOT_LEVELS } from '../../../shared/domain/roster/ratioImpact';
import type { ImpactUnit } from '../../../shared/domain/roster/ratioImpact';
import { workedMinutes } from '../../../shared/domain/roster/shiftRules';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import { addDays, daysBetween, isoWeekday, weekDates, weekStart } from '../../../shared/domain/time/localDate';
import type { AuditedShift, RosterAuditRow, RosterWeekRow, StaffAbsenceRow, StaffRow } from '../../../shared/model/rows';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { loadWeekRows, type WeekRows } from '../store/repositories/rosterRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';
import {
  countRosterAudit,
  loadLocationStaff,
  loadNames,
  loadRosterAudit,
  loadRosterWeek,
} from '../store/repositories/staffRosterRepository';
import { evaluateRows } from './ratioService';

type EvaluatedDay = ReturnType<typeof evaluateRows>;

/** Everything a location-week's roster is built from. */
export type StaffWeekData = {
  monday: string;
  rows: WeekRows;
  staff: StaffRow[];
  week: RosterWeekRow | null;
  auditCount: number;
  settings: OrganisationSettings;
};

export function loadStaffWeek(ctx: Pick<CoreContext, 'db'>, locationId: string, date: string): StaffWeekData | null {
  const monday = weekStart(date);
  const rows = loadWeekRows(ctx.db, locationId, monday, addDays(monday, 6));
  if (!rows.location) return null;
  return {
    monday,
    rows,
    staff: loadLocationStaff(ctx.db, locationId),
    week: loadRosterWeek(ctx.db, locationId, monday),
    auditCount: countRosterAudit(ctx.db, locationId, monday),
    settings: organisationSettings(ctx.db),
  };
}

export function staffRosterService(
  ctx: CoreContext,
): HandlersOf<'roster.staffWeek' | 'roster.preview' | 'roster.planCopy' | 'roster.audit'> {
  const notFound = () => apiError('not_found', 'Deze locatie bestaat niet.');
  return {
    'roster.staffWeek': async ({ locationId, weekStart: requested }) => {
      const data = loadStaffWeek(ctx, locationId, requested);
      return data ? apiOk(buildStaffRosterWeek(data)) : notFound();
    },

    'roster.preview': async (input) => {
      const data = loadStaffWeek(ctx, input.locationId, input.date);
      if (!data) return notFound();
      if (!data.staff.some((s) => s.id === input.staffId)) return apiError('not_found', 'Deze medewerker bestaat niet op deze locatie.');
      return apiOk(buildPreview(data, input));
    },

    'roster.planCopy': async ({ locationId, from, to, span }) => {
      const source = loadStaffWeek(ctx, locationId, from);
      if (!source) return notFound();
      const first = span === 'week' ? weekStart(from) : from;
      const target = span === 'week' ? weekStart(to) : to;
      const offset = daysBetween(first, target);
      if (offset === 0) return apiError('validation_failed', 'Kies een andere dag of week om naartoe te kopiëren.');
      const days = span === 'week' ? 7 : 1;
      const last = addDays(first, days - 1);
      const sources = loadWeekRows(ctx.db, locationId, first, last).shifts;
      const targetRows = loadWeekRows(ctx.db, locationId, addDays(first, offset), addDays(last, offset));
      const names = new Map(source.staff.map((s) => [s.id, fullName(s)]));
      const groupNames = new Map(source.rows.groups.map((g) => [g.id, g.name]));
      const closures = new Map<string, string>();
      for (let i = 0; i < days; i++) {
        const date = addDays(first, i + offset);
        const closed = closureOf(date, source.settings);
        if (closed) closures.set(date, closed);
      }
      const plan = planCopy({
        sources,
        offsetDays: offset,
        existing: targetRows.shifts,
        absences: targetRows.absences,
        closures,
        staffName: (id) => names.get(id) ?? id,
      });
      const view: RosterCopyPlan = {
        from: first,
        to: addDays(first, offset),
        copies: plan.copies.map((c) => ({
          sourceId: c.sourceId,
          staffId: c.staffId,
          staffName: names.get(c.staffId) ?? c.staffId,
          date: c.date,
          groupName: groupNames.get(c.groupId) ?? c.groupId,
          start: c.start,
          end: c.end,
        })),
        skipped: plan.skipped.map((s) => ({
          sourceId: s.sourceId,
          staffId: s.staffId,
          date: s.date,
          rule: s.rule,
          message: s.message,
          params: { ...(s.params ?? {}) },
        })),
      };
      return apiOk(view);
    },

    'roster.audit': async ({ locationId, weekStart: requested }) => {
      const data = loadStaffWeek(ctx, locationId, requested);
      if (!data) return notFound();
      const names = loadNames(ctx.db, locationId);
      const shiftView = (s: AuditedShift | null): RosterAuditShift | null =>
        s && {
          date: s.date,
          staffName: names.staff.has(s.staffId) ? fullName(names.staff.get(s.staffId) as StaffRow) : s.staffId,
          groupName: names.groups.get(s.groupId)?.name ?? s.groupId,
          start: s.start,
          end: s.end,
          breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })),
        };
      const view: RosterAudit = {
        locationId,
        weekStart: data.monday,
        publication: publicationOf(data),
        entries: loadRosterAudit(ctx.db, locationId, data.monday).map((a: RosterAuditRow) => ({
          id: a.id,
          shiftId: a.shiftId,
          action: a.action,
          before: shiftView(a.before),
          after: shiftView(a.after),
          by: a.by.name,
          at: a.at,
        })),
      };
      return apiOk(view);
    },
  };
}

const fullName = (s: { firstName: string; lastName: string }) => `${s.firstName} ${s.lastName}`;

/** A closed day's reason as its calendar key, which the roster sentences name in either language. */
function closureOf(date: string, settings: OrganisationSettings): string | null {
  return closureOn(date, settings.calendar)?.key ?? null;
}

function publicationOf(data: StaffWeekData): RosterPublication {
  const w = data.week;
  return {
    status: w?.status ?? 'draft',
    publishedAt: w?.publishedAt ?? null,
    publishedBy: w?.publishedBy?.name ?? null,
    revision: w?.revision ?? 0,
    changes: data.auditCount,
  };
}

function unitName(unit: EvaluatedDay['day']['units'][number], rows: WeekRows): string {
  return unit.groupIds.map((id) => rows.groups.find((g) => g.id === id)?.name ?? id).join(' + ');
}

function coverageOf(evaluated: EvaluatedDay, rows: WeekRows): CoverageUnit[] {
  if (evaluated.closed) return [];
  return evaluated.day.units.map((u) => ({
    unitId: u.unitId,
    name: unitName(u, rows),
    date: evaluated.date,
    intervals: u.timeline.intervals,
  }));
}

function impactUnits(evaluated: EvaluatedDay, rows: WeekRows): ImpactUnit[] {
  return evaluated.day.units.map((u) => ({
    unitId: u.unitId,
    name: unitName(u, rows),
    slots: u.timeline.slots.map((s) => ({ start: s.start, end: s.end, level: slotLevel(s.worst) })),
  }));
}

function worstLevel(unit: EvaluatedDay['day']['units'][number]): RatioLevel | null {
  let worst = -1;
  for (const i of unit.timeline.intervals) worst = Math.max(worst, SLOT_LEVELS.indexOf(slotLevel(i)));
  return worst < 0 ? null : (SLOT_LEVELS[worst] as RatioLevel);
}

function shortfallViews(units: readonly CoverageUnit[]): RosterShortfallView[] {
  const shortfalls = shortfallsOf(units);
  const sentences = shortfallConflicts(shortfalls);
  return shortfalls.map((s, i) => ({
    ...s,
    stretches: s.stretches.map((x) => ({ ...x })),
    rule: 'roster.group_short',
    message: sentences[i]?.message ?? '',
    params: { ...(sentences[i]?.params ?? {}) },
  }));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function conflictView(c: RosterConflict): RosterConflictView {
  return {
    rule: c.rule,
    message: c.message,
    params: { ...(c.params ?? {}) },
    severity: c.severity,
    staffId: c.staffId,
    date: c.date,
    shiftId: c.shiftId,
    unitId: c.unitId,
  };
}

function sortConflicts(list: RosterConflict[]): RosterConflictView[] {
  return list
    .map(conflictView)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.date ?? '').localeCompare(b.date ?? ''));
}

function weekShiftConflicts(data: StaffWeekData, rows: WeekRows, dates: readonly string[]): RosterConflict[] {
  const location = rows.location as NonNullable<WeekRows['location']>;
  const closures = new Map<string, string>();
  for (const date of weekDates(data.monday, 7)) {
    const closed = closureOf(date, data.settings);
    if (closed && (dates.includes(date) || rows.shifts.some((s) => s.date === date))) closures.set(date, closed);
  }
  return shiftConflicts({
    opening: { start: location.opensAt, end: location.closesAt },
    closures,
    staff: data.staff.map((s) => ({ id: s.id, name: fullName(s), contractMinutesPerWeek: s.contractMinutesPerWeek })),
    shifts: rows.shifts,
    absences: rows.absences,
  });
}

export function buildStaffRosterWeek(data: StaffWeekData): StaffRosterWeek {
  const { rows, settings, monday } = data;
  const location = rows.location as NonNullable<WeekRows['location']>;
  const dates = weekDates(monday, 7).filter((d) => settings.calendar.openingWeekdays.includes(isoWeekday(d)));
  const groupName = new Map(rows.groups.map((g) => [g.id, g.name]));

  const days: StaffRosterDay[] = [];
  const coverage: CoverageUnit[] = [];
  for (const date of dates) {
    const evaluated = evaluateRows(rows, date, settings);
    const units = coverageOf(evaluated, rows);
    coverage.push(...units);
    const closure = closureOn(date, settings.calendar);
    days.push({
      date,
      closed: closure ? { reason: closure.reason, name: closure.name, key: closure.key } : null,
      units: evaluated.day.units.map((u) => ({
        unitId: u.unitId,
        name: unitName(u, rows),
        worst: evaluated.closed ? null : worstLevel(u),
      })),
      shortfalls: shortfallViews(units),
    });
  }

  const byPersonDay = new Map<string, WeekRows['shifts']>();
  for (const s of rows.shifts) {
    const key = `${s.staffId}|${s.date}`;
    const list = byPersonDay.get(key);
    if (list) list.push(s);
    else byPersonDay.set(key, [s]);
  }
  const absenceOf = new Map<string, StaffAbsenceRow>(rows.absences.map((a) => [`${a.staffId}|${a.date}`, a]));

  const staff: StaffRosterRow[] = data.staff.map((person) => {
    const mine = rows.shifts.filter((s) => s.staffId === person.id);
    const groupCount = new Map<string, number>();
    for (const s of mine) groupCount.set(s.groupId, (groupCount.get(s.groupId) ?? 0) + 1);
    let defaultGroupId: string | null = null;
    for (const [id, n] of groupCount) if (defaultGroupId === null || n > (groupCount.get(defaultGroupId) ?? 0)) defaultGroupId = id;
    return {
      staffId: person.id,
      name: fullName(person),
      counts: person.counts,
      contractMinutes: person.contractMinutesPerWeek,
      plannedMinutes: mine.reduce((sum, s) => sum + workedMinutes(s), 0),
      defaultGroupId,
      cells: dates.map((date) => {
        const absence = absenceOf.get(`${person.id}|${date}`);
        return {
          date,
          shifts: (byPersonDay.get(`${person.id}|${date}`) ?? [])
            .map((s) => ({
              shiftId: s.id,
              groupId: s.groupId,
              groupName: groupName.get(s.groupId) ?? s.groupId,
              start: s.start,
              end: s.end,
              breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })),
            }))
            .sort((a, b) => a.start - b.start),
          absence: absence ? { id: absence.id, kind: absence.kind, note: absence.note } : null,
        };
      }),
    };
  });

  const conflicts = [
    ...weekShiftConflicts(data, rows, dates),
    ...groupWithoutStaffConflicts(coverage),
    ...shortfallConflicts(shortfallsOf(coverage)),
  ];

  return {
    locationId: location.id,
    locationName: location.name,
    weekStart: monday,
    opensAt: location.opensAt,
    closesAt: location.closesAt,
    dates,
    days,
    groups: rows.groups.map((g) => ({ groupId: g.id, name: g.name, careType: g.careType })),
    staff,
    conflicts: sortConflicts(conflicts),
    publication: publicationOf(data),
  };
}

/** The rules a save is refused on (the mutators check the same ones). */
const HARD_RULES = new Set([
  'shift.end_after_start',
  'shift.break_within_shift',
  'shift.breaks_overlap',
  'shift.outside_opening_hours',
  'roster.double_booked',
]);

export type PreviewInput = {
  staffId: string;
  date: string;
  shifts?: { id?: string | undefined; groupId: string; start: number; end: number; breaks: { start: number; end: number }[] }[] | undefined;
  absence?: StaffAbsenceRow['kind'] | null | undefined;
};

/** The week's rows with one cell (and/or the person's absence that day) changed as proposed. */
export function withEdit(data: StaffWeekData, input: PreviewInput): WeekRows {
  const { rows } = data;
  const person = data.staff.find((s) => s.id === input.staffId) as StaffRow;
  const location = rows.location as NonNullable<WeekRows['location']>;
  const inCell = (s: { staffId: string; date: string }) => s.staffId === input.staffId && s.date === input.date;
  const moved = new Set((input.shifts ?? []).flatMap((s) => (s.id ? [s.id] : [])));
  const shifts =
    input.shifts === undefined
      ? rows.shifts
      : [
          ...rows.shifts.filter((s) => !inCell(s) && !moved.has(s.id)),
          ...input.shifts.map((s, i) => ({
            id: s.id ?? `preview-${i}`,
            locationId: location.id,
            staffId: input.staffId,
            groupId: s.groupId,
            date: input.date,
            start: s.start,
            end: s.end,
            breaks: s.breaks,
            staff: person,
          })),
        ];
  let absences = rows.absences;
  if (input.absence !== undefined) {
    const current = rows.absences.find(inCell);
    absences = rows.absences.filter((a) => !inCell(a));
    if (input.absence !== null) {
      absences.push({
        id: current?.id ?? 'preview',
        locationId: location.id,
        staffId: input.staffId,
        date: input.date,
        kind: input.absence,
        note: current?.note ?? '',
        registeredBy: current?.registeredBy ?? { userId: 'preview', role: 'manager', name: 'preview' },
        registeredAt: current?.registeredAt ?? '1970-01-01T00:00:00.000Z',
      });
    }
  }
  return { ...rows, shifts, absences };
}

export function buildPreview(data: StaffWeekData, input: PreviewInput): RosterPreview {
  const edited = withEdit(data, input);
  const ids = new Set((input.shifts ?? []).flatMap((s) => (s.id ? [s.id] : [])));
  const movedFrom = data.rows.shifts.filter((s) => ids.has(s.id) && s.date !== input.date).map((s) => s.date);
  const changedDates = [...new Set([input.date, ...movedFrom])].sort();
  const impact: RosterImpactView[] = [];
  const afterCoverage: CoverageUnit[] = [];
  const touched = new Set<string>();
  for (const date of changedDates) {
    const before = evaluateRows(data.rows, date, data.settings);
    const after = evaluateRows(edited, date, data.settings);
    const units = coverageOf(after, edited);
    const changed = ratioImpact(impactUnits(before, data.rows), impactUnits(after, edited));
    for (const u of changed) {
      impact.push({ ...u, date, changes: u.changes.map((c) => ({ ...c })) });
      touched.add(`${date}|${u.unitId}`);
    }
    afterCoverage.push(...units);
  }
  const dates = weekDates(data.monday, 7);
  const personal = weekShiftConflicts(data, edited, dates).filter(
    (c) => c.staffId === input.staffId && (c.date === null || c.date === input.date),
  );
  const groups = groupWithoutStaffConflicts(afterCoverage.filter((u) => touched.has(`${u.date}|${u.unitId}`)));
  const conflicts = sortConflicts([...personal, ...groups]);
  return {
    ok: !conflicts.some((c) => HARD_RULES.has(c.rule)),
    conflicts,
    impact,
    shortfalls: shortfallViews(afterCoverage),
  };
}
