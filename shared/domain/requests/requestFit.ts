/**
 * Whether a request fits the day (spec/requests.md, "Order of the queue", swap rule 8): the
 * what-if ratio and group-size check for every 15-minute slot of the requested times, with the
 * child present, in the group the child would be cared for in.
 *
 * - Ratio: the day of the unit holding the group (a KDV group, or the location's BSO) is evaluated
 *   again with the child's stay added (the ratio engine's what-if: the same call with one more
 *   child). Every slot overlapping the requested times must then be `ok` or a deviation within
 *   the day's budget. A slot that was already short without the child is named as such
 *   (`request.ratio_already_short`: the roster must change first); one the child makes short is
 *   `request.ratio_does_not_fit`.
 * - Group size: in every slot of the requested times the group holds at most its registered
 *   places (`GroupRow.capacity`) with the child: `request.group_full`.
 * - The effect: per slot of the unit whose level changes with the child (`ratioImpact`).
 *
 * The day comes from `fitDayOf`: the plan (`plannedPresenceOn`: contracts, approved requests,
 * registered absences), the shifts of staff on duty, the calendar. The desk's queue, the bench
 * and the decision mutators (on the desk and again on the hub, from their own rows) all build it
 * the same way. A `FitEvaluator` keeps the day's evaluation without the child, so a queue of
 * many requests evaluates each unit-day once plus once per request.
 */
import type { ChildRow, GroupRow, PlacementRow, ShiftRow, StaffAbsenceRow, StaffRow } from '../../model/rows';
import type { RuleFailure } from '../../result';
import { bsoDayKind, closureOn } from '../calendar/calendar';
import { plannedPresenceOn } from '../plan/plannedPresence';
import { evaluateLocationDay } from '../ratio/locationDay';
import type { LocationDay, LocationDayChild, LocationDayShift, RatioUnit } from '../ratio/locationDay';
import { evaluateDay } from '../ratio/dayTimeline';
import type { BsoDayKind } from '../ratio/dayTimeline';
import type { RatioSettings } from '../ratio/ratioSettings';
import { onDuty } from '../roster/absence';
import { ratioImpact, slotLevel } from '../roster/ratioImpact';
import type { ImpactChange, ImpactUnit, SlotLevel } from '../roster/ratioImpact';
import type { OrganisationSettings } from '../settings';
import { ageInYears } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import type { Interval } from '../time/timeOfDay';
import type { RequestWithState } from './request';
import { failure } from './requestText';

export type FitGroup = Pick<GroupRow, 'id' | 'name' | 'careType' | 'capacity'>;

/** A location's day as the fit check needs it. */
export type FitDay = {
  date: LocalDate;
  locationId: string;
  opening: Interval;
  bsoDay: BsoDayKind;
  /** Closed (weekend, public holiday, study day): nothing fits; the request rules say why. */
  closed: boolean;
  groups: readonly FitGroup[];
  /** The planned stays with the child's date of birth. */
  children: readonly LocationDayChild[];
  /** The shifts of staff on duty. */
  shifts: readonly LocationDayShift[];
};

/** The rows `fitDayOf` reads: the location's, for the day (more rows are fine: they are filtered). */
export type FitDayRows = {
  date: LocalDate;
  location: { id: string; opensAt: number; closesAt: number };
  groups: readonly GroupRow[];
  placements: readonly PlacementRow[];
  children: readonly Pick<ChildRow, 'id' | 'dateOfBirth'>[];
  shifts: readonly ShiftRow[];
  staff: readonly Pick<StaffRow, 'id' | 'counts'>[];
  staffAbsences: readonly Pick<StaffAbsenceRow, 'staffId' | 'date'>[];
  /** The location's requests that touch the day (approved ones change the plan). */
  requests: readonly RequestWithState[];
  settings: Pick<OrganisationSettings, 'calendar'>;
};

/** The day as the plan has it: contracts, approved requests and absences; staff on duty. */
export function fitDayOf(rows: FitDayRows): FitDay {
  const { date, location } = rows;
  const closed = closureOn(date, rows.settings.calendar) !== null;
  const bsoDay: BsoDayKind = bsoDayKind(date, rows.settings.calendar.schoolHolidays) === 'holiday' ? 'full' : 'school';
  const birth = new Map(rows.children.map((c) => [c.id, c.dateOfBirth]));
  const children: LocationDayChild[] = [];
  const shifts: LocationDayShift[] = [];
  if (!closed) {
    for (const stay of plannedPresenceOn(rows.placements, date, rows.requests)) {
      const dateOfBirth = birth.get(stay.childId);
      if (dateOfBirth === undefined) continue;
      children.push({ childId: stay.childId, groupId: stay.groupId, dateOfBirth, start: stay.start, end: stay.end });
    }
    const counts = new Map(rows.staff.map((s) => [s.id, s.counts]));
    for (const s of onDuty(
      rows.shifts.filter((x) => x.date === date),
      rows.staffAbsences,
    )) {
      const staffCounts = counts.get(s.staffId);
      if (staffCounts === undefined) continue;
      shifts.push({ staffId: s.staffId, groupId: s.groupId, counts: staffCounts, start: s.start, end: s.end, breaks: s.breaks });
    }
  }
  return {
    date,
    locationId: location.id,
    opening: { start: location.opensAt, end: location.closesAt },
    bsoDay,
    closed,
    groups: rows.groups.map((g) => ({ id: g.id, name: g.name, careType: g.careType, capacity: g.capacity })),
    children,
    shifts,
  };
}

/** The stay a request asks for: the child, the group it would be cared for in, the times. */
export type FitStay = {
  childId: string;
  groupId: string;
  dateOfBirth: LocalDate;
  start: number;
  end: number;
  /** The stay replaces the child's stays that day (an extension sets the day's times). */
  replacesChildStays?: boolean;
};

/** A slot of the requested times: its level without and with the child. */
export type FitSlot = { start: number; end: number; before: SlotLevel | null; after: SlotLevel | null; children: number };

export type FitResult = {
  fits: boolean;
  /** `request.group_full`, `request.ratio_does_not_fit`, `request.ratio_already_short`; empty when it fits. */
  failures: RuleFailure[];
  /** The unit checked (a KDV group or the location's BSO) and its name; null when the group is unknown. */
  unitId: string | null;
  unitName: string;
  /** The slots of the requested times, before and after. */
  slots: FitSlot[];
  /** The stretches of the unit whose level changes with the child. */
  changes: ImpactChange[];
};

const ACCEPTED: readonly (SlotLevel | null)[] = [null, 'ok', 'deviation'];

type Unit = RatioUnit;

function levels(unit: Unit): Map<number, SlotLevel> {
  return new Map(unit.timeline.slots.map((s) => [s.start, slotLevel(s.worst)]));
}

function slotOf(s: RatioUnit['timeline']['slots'][number]): ImpactUnit['slots'][number] {
  return { start: s.start, end: s.end, level: slotLevel(s.worst) };
}

/** Stretches of adjacent slots with the same failure, as `from`-`to` times. */
function stretches(slots: readonly FitSlot[], failing: (s: FitSlot) => boolean): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const s of slots) {
    if (!failing(s)) continue;
    const last = out[out.length - 1];
    if (last && last.to === s.start) last.to = s.end;
    else out.push({ from: s.start, to: s.end });
  }
  return out;
}

const SLOT = 15;

/**
 * Evaluates requests against one location-day; the day without them is evaluated once. Results
 * are kept per stay that the ratio cannot tell apart (group, times, the child's age in years
 * that day, and the child itself only when it is in the unit already), so a queue with many
 * requests for the same package in the same group evaluates each once.
 */
export class FitEvaluator {
  private base: LocationDay | null = null;
  private readonly known = new Map<string, FitResult>();

  constructor(
    readonly day: FitDay,
    private readonly settings: RatioSettings,
  ) {}

  private baseDay(): LocationDay {
    this.base ??= evaluateLocationDay(
      {
        date: this.day.date,
        locationId: this.day.locationId,
        opening: this.day.opening,
        groups: this.day.groups,
        children: this.day.children,
        shifts: this.day.shifts,
        bsoDay: this.day.bsoDay,
        backupRegistered: true,
      },
      this.settings,
    );
    return this.base;
  }

  /** The unit (and its groups) a group belongs to this day. */
  unitOf(groupId: string): Unit | null {
    return this.baseDay().units.find((u) => u.groupIds.includes(groupId)) ?? null;
  }

  /** The what-if for `stay`. */
  check(stay: FitStay): FitResult {
    const present = this.day.children.some((c) => c.childId === stay.childId);
    const key = [
      stay.groupId,
      stay.start,
      stay.end,
      ageInYears(stay.dateOfBirth, this.day.date),
      present ? `${stay.childId}|${stay.replacesChildStays === true}` : '',
    ].join('|');
    let result = this.known.get(key);
    if (!result) {
      result = this.evaluate(stay);
      this.known.set(key, result);
    }
    return result;
  }

  private evaluate(stay: FitStay): FitResult {
    const group = this.day.groups.find((g) => g.id === stay.groupId);
    const before = this.unitOf(stay.groupId);
    if (!group || !before || this.day.closed) {
      return {
        fits: !this.day.closed && !!group,
        failures: [],
        unitId: before?.unitId ?? null,
        unitName: group?.name ?? '',
        slots: [],
        changes: [],
      };
    }
    const replaces = stay.replacesChildStays === true;
    const others = before.children.filter((c) => !(replaces && c.childId === stay.childId));
    const added: LocationDayChild = {
      childId: stay.childId,
      groupId: stay.groupId,
      dateOfBirth: stay.dateOfBirth,
      start: stay.start,
      end: stay.end,
    };
    // The ratio engine's what-if: the unit's day again, with one more child (as evaluateLocationDay evaluates a unit).
    const children = [...others, added];
    const timeline = evaluateDay(
      { date: this.day.date, care: before.care, opening: this.day.opening, bsoDay: this.day.bsoDay, children, staff: before.shifts },
      this.settings,
    );
    const after: Unit = { ...before, children, timeline };

    const name = this.unitName(before);
    const beforeLevels = this.levelsOf(before);
    const afterLevels = levels(after);
    const present = this.presentIn(stay.groupId, replaces ? stay.childId : null);

    const slots: FitSlot[] = [];
    for (let start = Math.floor(stay.start / SLOT) * SLOT; start < stay.end; start += SLOT) {
      const there = present.get(start);
      const count = (there?.size ?? 0) + (there?.has(stay.childId) === true ? 0 : 1);
      slots.push({
        start,
        end: start + SLOT,
        before: beforeLevels.get(start) ?? null,
        after: afterLevels.get(start) ?? null,
        children: count,
      });
    }
    const failures: RuleFailure[] = [];
    for (const s of stretches(slots, (x) => x.children > group.capacity)) {
      const most = Math.max(...slots.filter((x) => x.start >= s.from && x.end <= s.to).map((x) => x.children));
      failures.push(
        failure('request.group_full', {
          group: group.name,
          from: formatTime(s.from),
          to: formatTime(s.to),
          children: most,
          capacity: group.capacity,
        }),
      );
    }
    const short = (x: FitSlot) => !ACCEPTED.includes(x.after);
    for (const s of stretches(slots, (x) => short(x) && !ACCEPTED.includes(x.before))) {
      failures.push(failure('request.ratio_already_short', { group: name, from: formatTime(s.from), to: formatTime(s.to) }));
    }
    for (const s of stretches(slots, (x) => short(x) && ACCEPTED.includes(x.before))) {
      failures.push(failure('request.ratio_does_not_fit', { group: name, from: formatTime(s.from), to: formatTime(s.to) }));
    }
    // Only the slots whose level differs can change (ratioImpact compares slot by slot).
    const differs = (x: { start: number }) => beforeLevels.get(x.start) !== afterLevels.get(x.start);
    const impact = ratioImpact(
      [{ unitId: before.unitId, name, slots: this.slotsOf(before).filter(differs) }],
      [{ unitId: before.unitId, name, slots: after.timeline.slots.map(slotOf).filter(differs) }],
    )[0];
    return { fits: failures.length === 0, failures, unitId: before.unitId, unitName: name, slots, changes: impact?.changes ?? [] };
  }

  // What every what-if of a unit or group shares, made once.
  private readonly names = new Map<string, string>();
  private readonly baseLevels = new Map<string, Map<number, SlotLevel>>();
  private readonly baseSlots = new Map<string, ImpactUnit['slots']>();
  private readonly presence = new Map<string, Map<number, Set<string>>>();

  private unitName(unit: Unit): string {
    let name = this.names.get(unit.unitId);
    if (name === undefined) {
      name = unit.groupIds.map((id) => this.day.groups.find((g) => g.id === id)?.name ?? id).join(' + ');
      this.names.set(unit.unitId, name);
    }
    return name;
  }

  private levelsOf(unit: Unit): Map<number, SlotLevel> {
    let known = this.baseLevels.get(unit.unitId);
    if (!known) {
      known = levels(unit);
      this.baseLevels.set(unit.unitId, known);
    }
    return known;
  }

  private slotsOf(unit: Unit): ImpactUnit['slots'] {
    let known = this.baseSlots.get(unit.unitId);
    if (!known) {
      known = unit.timeline.slots.map(slotOf);
      this.baseSlots.set(unit.unitId, known);
    }
    return known;
  }

  /** Per slot start, the children planned in the group (without `except`, whose stays a request replaces). */
  private presentIn(groupId: string, except: string | null): Map<number, Set<string>> {
    const key = except === null ? groupId : `${groupId}|${except}`;
    let known = this.presence.get(key);
    if (!known) {
      known = new Map();
      for (const c of this.day.children) {
        if (c.groupId !== groupId || c.childId === except) continue;
        for (let start = Math.floor(c.start / SLOT) * SLOT; start < c.end; start += SLOT) {
          const set = known.get(start) ?? new Set<string>();
          set.add(c.childId);
          known.set(start, set);
        }
      }
      if (except === null) this.presence.set(key, known);
    }
    return known;
  }
}
