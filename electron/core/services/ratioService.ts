/**
 * The ratio (beroepskracht-kindratio) of a location, built from the store: the planned presence of
 * the children (contracts, approved requests and registered absences, through
 * `plannedPresenceOn`), the shifts minus breaks, the opening hours, and the calendar (closures,
 * school holidays for the BSO day kind), evaluated by the shared rules (`evaluateLocationDay`).
 *
 * - `ratio.day`: one location-day per unit with its 15-minute slots and who is there.
 *   `view: 'actual'` evaluates the day as it happened: children from check-in/out (`actualPresenceOn`).
 * - `ratio.week`: per unit and day the worst slot (the heat map) and the deviation used.
 * - `ratio.today`: every location's units at the desk's clock (Vandaag).
 *
 * The store has no achterwacht registration nor fixed-face assignment yet: the safety check runs
 * as if no backup is registered, and both gaps are reported as warnings.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type {
  RatioChildEntry,
  RatioDay,
  RatioExplanationView,
  RatioLevel,
  RatioRuleMessage,
  RatioSlot,
  RatioStaffEntry,
  RatioToday,
  RatioTodayUnit,
  RatioUnitDay,
  RatioUnitHeader,
  RatioWeek,
  RatioWeekDay,
} from '../../../shared/contract/views';
import { bsoDayKind, closureOn } from '../../../shared/domain/calendar/calendar';
import { actualPresenceOn } from '../../../shared/domain/plan/actualPresence';
import { plannedPresenceOn } from '../../../shared/domain/plan/plannedPresence';
import { onDuty } from '../../../shared/domain/roster/absence';
import { firstAidCoverage, type FirstAidCentre } from '../../../shared/domain/staff/firstAidCoverage';
import { evaluateLocationDay, presentAt, ratioText } from '../../../shared/domain/ratio/ratio';
import type {
  Explanation,
  LocationDay,
  LocationDayChild,
  LocationDayShift,
  RatioUnit,
  TimelineInterval,
} from '../../../shared/domain/ratio/ratio';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import type { AttendanceRow } from '../../../shared/model/rows';
import { addDays, ageInYears, isoWeekday, localMinutesAt, weekDates, weekStart } from '../../../shared/domain/time/localDate';
import type { RuleFailure } from '../../../shared/result';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { actualPresenceInput } from '../store/repositories/attendanceRepository';
import { loadRatioRows, locationIdsByName, type RatioRows } from '../store/repositories/ratioRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';

/** No achterwacht can be registered in the store yet (see the file comment). */
const BACKUP_REGISTERED = false;

type ChildStay = LocationDayChild & { name: string; age: number };
type StaffShift = LocationDayShift & { shiftId: string; name: string };

type EvaluatedDay = {
  date: string;
  closed: RatioDay['closed'];
  bsoDay: RatioDay['bsoDay'];
  day: LocationDay<ChildStay, StaffShift>;
  /** Kinder-EHBO per centre (KDV, BSO): when children are present without a certificate holder. */
  firstAid: FirstAidCentre[];
};

export function ratioService(ctx: CoreContext): HandlersOf<'ratio.day' | 'ratio.week' | 'ratio.today'> {
  return {
    'ratio.day': async ({ locationId, date, view }) => {
      const rows = loadRatioRows(ctx.db, locationId, date, date);
      if (!rows.location) return apiError('not_found', 'Deze locatie bestaat niet.');
      const actual = view === 'actual' ? actualPresenceInput(ctx, locationId, date, rows.location.closesAt) : undefined;
      return apiOk(buildRatioDay(rows, evaluateRows(rows, date, organisationSettings(ctx.db), actual)));
    },

    'ratio.week': async ({ locationId, weekStart: requested }) => {
      const monday = weekStart(requested);
      const rows = loadRatioRows(ctx.db, locationId, monday, addDays(monday, 6));
      if (!rows.location) return apiError('not_found', 'Deze locatie bestaat niet.');
      return apiOk(buildRatioWeek(rows, monday, organisationSettings(ctx.db)));
    },

    'ratio.today': async () => {
      const now = ctx.clock();
      const date = todayOf(ctx);
      const time = localMinutesAt(now);
      const settings = organisationSettings(ctx.db);
      const locations: RatioToday['locations'] = [];
      for (const id of locationIdsByName(ctx.db)) {
        const rows = loadRatioRows(ctx.db, id, date, date);
        if (!rows.location) continue;
        const evaluated = evaluateRows(rows, date, settings);
        locations.push({
          locationId: rows.location.id,
          name: rows.location.name,
          code: rows.location.code,
          closed: evaluated.closed,
          units: evaluated.day.units.map((u) => todayUnit(u, rows, time, evaluated.closed !== null)),
          safetyOk: evaluated.closed !== null || evaluated.day.safety.ok,
        });
      }
      return apiOk({ date, time, locations });
    },
  };
}

/**
 * Evaluates a location on `date`. A closed day is evaluated without children or staff, so its
 * units still appear (with empty timelines).
 */
/**
 * The day as it happened (spec/ratio.md, "verification"): the children from their check-in/out
 * (`actualPresenceOn`) instead of the plan; an open stay runs until `openUntil`. Staff still come
 * from the shifts (the roster is their registration).
 */
export type ActualPresenceInput = { attendance: readonly AttendanceRow[]; openUntil: number };

export function evaluateRows(rows: RatioRows, date: string, settings: OrganisationSettings, actual?: ActualPresenceInput): EvaluatedDay {
  const location = rows.location;
  if (!location) throw new Error('evaluateRows: no location');
  const closure = closureOn(date, settings.calendar);
  const closed = closure ? { reason: closure.reason, name: closure.name, key: closure.key } : null;
  const bsoDay = bsoDayKind(date, settings.calendar.schoolHolidays) === 'holiday' ? 'full' : 'school';
  const children: ChildStay[] = [];
  const shifts: StaffShift[] = [];
  const certificates = new Map<string, string | null>();
  if (!closed) {
    const childOf = new Map(rows.placements.map((p) => [p.childId, p.child]));
    const stays = actual
      ? actualPresenceOn(actual.attendance, date, actual.openUntil)
      : plannedPresenceOn(rows.placements, date, rows.requests);
    for (const stay of stays) {
      const child = childOf.get(stay.childId);
      if (!child) continue;
      children.push({
        childId: stay.childId,
        groupId: stay.groupId,
        dateOfBirth: child.dateOfBirth,
        start: stay.start,
        end: stay.end,
        name: `${child.firstName} ${child.lastName}`,
        age: ageInYears(child.dateOfBirth, date),
      });
    }
    // Absent staff (sick, leave) do not count: `onDuty` is the one place that decides it.
    for (const s of onDuty(rows.shifts, rows.absences)) {
      if (s.date !== date) continue;
      // As it happened: a shift counts up to `openUntil` (today: the current quarter), not beyond.
      const end = actual ? Math.min(s.end, actual.openUntil) : s.end;
      if (end <= s.start) continue;
      certificates.set(s.staffId, s.staff.ehboValidUntil);
      shifts.push({
        shiftId: s.id,
        staffId: s.staffId,
        groupId: s.groupId,
        counts: s.staff.counts,
        start: s.start,
        end,
        breaks: actual ? s.breaks.filter((b) => b.start < end).map((b) => ({ start: b.start, end: Math.min(b.end, end) })) : s.breaks,
        name: `${s.staff.firstName} ${s.staff.lastName}`,
      });
    }
  }
  const opening = { start: location.opensAt, end: location.closesAt };
  const day = evaluateLocationDay(
    {
      date,
      locationId: location.id,
      opening,
      groups: rows.groups,
      children,
      shifts,
      bsoDay,
      backupRegistered: BACKUP_REGISTERED,
    },
    settings.ratio,
  );
  const firstAid = firstAidCoverage({ date, opening, groups: rows.groups, children, shifts, certificates });
  return { date, closed, bsoDay, day, firstAid };
}

const LEVEL_ORDER: readonly RatioLevel[] = ['ok', 'deviation', 'over_budget', 'understaffed', 'over_max'];

export function levelOf(i: Pick<TimelineInterval, 'status' | 'beyondBudget'>): RatioLevel {
  return i.status === 'deviation' && i.beyondBudget ? 'over_budget' : i.status;
}

function worse(a: RatioLevel | null, b: RatioLevel): RatioLevel {
  return a === null || LEVEL_ORDER.indexOf(b) > LEVEL_ORDER.indexOf(a) ? b : a;
}

/** The worst level of a unit's day; null when nobody was there. */
function worstOf(unit: RatioUnit<ChildStay, StaffShift>): RatioLevel | null {
  let worst: RatioLevel | null = null;
  for (const i of unit.timeline.intervals) worst = worse(worst, levelOf(i));
  return worst;
}

function headerOf(unit: RatioUnit<ChildStay, StaffShift>, rows: RatioRows): RatioUnitHeader {
  const groups = unit.groupIds.map((id) => ({ groupId: id, name: rows.groups.find((g) => g.id === id)?.name ?? id }));
  return { unitId: unit.unitId, kind: unit.kind, name: groups.map((g) => g.name).join(' + '), careType: unit.care, groups };
}

function explanationView(e: Explanation): RatioExplanationView {
  return {
    rule: e.rule,
    params: { ...e.params },
    message: e.message,
    parts: e.parts.map((p) => ({ key: p.key, params: { ...p.params } })),
  };
}

function ruleMessage(f: RuleFailure): RatioRuleMessage {
  return { rule: f.rule, message: f.message, params: { ...(f.params ?? {}) } };
}

/** Something Opvangdesk cannot check yet, as a warning in the rules' catalogue. */
function gapWarning(rule: string): RatioRuleMessage {
  return { rule, message: ratioText(rule), params: {} };
}

export function buildRatioDay(rows: RatioRows, evaluated: EvaluatedDay): RatioDay {
  const location = rows.location;
  if (!location) throw new Error('buildRatioDay: no location');
  const { day, closed } = evaluated;
  const warnings: RatioRuleMessage[] = [];
  if (!closed && day.safety.backupNeeded) warnings.push(gapWarning('ratio.gap.backup_not_registered'));
  if (!closed && day.fixedFaces === null && day.units.some((u) => u.care === 'KDV' && u.children.length > 0)) {
    warnings.push(gapWarning('ratio.gap.fixed_faces_not_registered'));
  }
  return {
    locationId: location.id,
    locationName: location.name,
    date: evaluated.date,
    opensAt: location.opensAt,
    closesAt: location.closesAt,
    closed,
    bsoDay: evaluated.bsoDay,
    units: day.units.map((u) => unitDay(u, rows)),
    safety: {
      ok: day.safety.ok,
      backupNeeded: day.safety.backupNeeded,
      aloneIntervals: day.safety.aloneIntervals.map((i) => ({ start: i.start, end: i.end })),
      failures: day.safety.failures.map(ruleMessage),
    },
    warnings,
    firstAid: evaluated.firstAid.map((c) => ({ careType: c.careType, uncovered: c.uncovered, slots: c.slots })),
  };
}

function unitDay(unit: RatioUnit<ChildStay, StaffShift>, rows: RatioRows): RatioUnitDay {
  const children = [...unit.children].sort((a, b) => a.start - b.start || a.name.localeCompare(b.name, 'nl'));
  const staff = [...unit.shifts].sort((a, b) => a.start - b.start || a.name.localeCompare(b.name, 'nl'));
  const childIndex = new Map(children.map((c, i) => [c, i]));
  const staffIndex = new Map(staff.map((s, i) => [s, i]));
  const t = unit.timeline;
  const slots: RatioSlot[] = t.slots.map((slot) => {
    const w = slot.worst;
    const at = Math.max(slot.start, w.start);
    const present = presentAt(unit, at);
    return {
      start: slot.start,
      end: slot.end,
      level: levelOf(w),
      status: w.status,
      at,
      intervalStart: w.start,
      intervalEnd: w.end,
      children: w.children,
      byAge: [...w.byAge],
      countingStaff: w.countingStaff,
      adults: w.adults,
      required: w.required,
      minStaffDuringDeviation: w.minStaffDuringDeviation,
      withinMax: w.withinMax,
      explanation: explanationView(w.explanation),
      present: {
        children: present.children.map((c) => childIndex.get(c) ?? -1),
        staff: present.staff.map((s) => staffIndex.get(s) ?? -1),
        onBreak: present.onBreak.map((s) => staffIndex.get(s) ?? -1),
      },
    };
  });
  return {
    ...headerOf(unit, rows),
    regime: unit.regime,
    budget: { minutes: t.budgetMinutes, used: t.deviationMinutes, explanation: explanationView(t.budget) },
    violationMinutes: t.violationMinutes,
    worst: worstOf(unit),
    slots,
    violations: t.violations.map(ruleMessage),
    warnings: t.warnings.map(ruleMessage),
    children: children.map((c): RatioChildEntry => ({
      childId: c.childId,
      name: c.name,
      groupId: c.groupId,
      age: c.age,
      start: c.start,
      end: c.end,
    })),
    staff: staff.map((s): RatioStaffEntry => ({
      shiftId: s.shiftId,
      staffId: s.staffId,
      name: s.name,
      groupId: s.groupId,
      counts: s.counts,
      start: s.start,
      end: s.end,
      breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })),
    })),
  };
}

export function buildRatioWeek(rows: RatioRows, monday: string, settings: OrganisationSettings): RatioWeek {
  const location = rows.location;
  if (!location) throw new Error('buildRatioWeek: no location');
  const dates = weekDates(monday, 7).filter((d) => settings.calendar.openingWeekdays.includes(isoWeekday(d)));
  const units = new Map<string, RatioWeek['units'][number]>();
  const days = dates.map((date) => evaluateRows(rows, date, settings));
  for (const e of days) {
    for (const u of e.day.units) if (!units.has(u.unitId)) units.set(u.unitId, { ...headerOf(u, rows), days: [] });
  }
  for (const e of days) {
    for (const [unitId, unit] of units) {
      const u = e.day.units.find((x) => x.unitId === unitId);
      const day: RatioWeekDay = {
        date: e.date,
        closed: e.closed,
        worst: u ? worstOf(u) : null,
        budgetMinutes: u?.timeline.budgetMinutes ?? 0,
        deviationMinutes: u?.timeline.deviationMinutes ?? 0,
        violationMinutes: u?.timeline.violationMinutes ?? 0,
      };
      unit.days.push(day);
    }
  }
  return { locationId: location.id, locationName: location.name, weekStart: monday, dates, units: [...units.values()] };
}

function todayUnit(unit: RatioUnit<ChildStay, StaffShift>, rows: RatioRows, time: number, closed: boolean): RatioTodayUnit {
  const t = unit.timeline;
  const slots = closed ? [] : t.slots;
  const index = slots.findIndex((s) => s.start <= time && time < s.end);
  const current = slots[index];
  // The run of slots with the current level, without gaps.
  let until = index;
  if (current) {
    const level = levelOf(current.worst);
    while (until + 1 < slots.length && slots[until + 1]!.start === slots[until]!.end && levelOf(slots[until + 1]!.worst) === level) until++;
  }
  const after = current ? slots.slice(until + 1) : slots.filter((s) => s.start >= time);
  const next = after.find((s) => levelOf(s.worst) !== 'ok') ?? null;
  return {
    ...headerOf(unit, rows),
    now: current
      ? {
          start: current.start,
          end: current.end,
          until: slots[until]?.end ?? current.end,
          level: levelOf(current.worst),
          children: current.worst.children,
          countingStaff: current.worst.countingStaff,
          required: current.worst.required,
        }
      : null,
    upcoming: current ? null : (after.find((s) => s.worst.children > 0)?.start ?? null),
    worst: worstOf(unit),
    next: next ? { start: next.start, end: next.end, level: levelOf(next.worst) } : null,
    budgetMinutes: t.budgetMinutes,
    deviationMinutes: t.deviationMinutes,
    violationMinutes: t.violationMinutes,
  };
}
