/**
 * One location's day, all ratio checks together (spec/ratio.md): which units the ratio is checked
 * for, each unit's day timeline (`evaluateDay`), the location-level safety check and, when the
 * fixed faces are known, the fixed-faces check per child.
 *
 * Units: every day-care (KDV) home group is a unit; out-of-school care (BSO) is one unit for the
 * whole location from the BSO switch date (`bsoLocationRatioFrom`, 1 July 2024), and one per
 * basisgroep before it. Every group of the location belongs to exactly one unit, also on a day
 * without children (its timeline is then empty).
 *
 * The caller gives the children's stays (planned or actual) and the shifts of everyone working at
 * the location that day; both may carry more fields (names, ids), which come back unchanged in the
 * units, so a screen can say who is there without a second lookup. Closed days are the caller's to
 * leave out (`closureOn`).
 */
import type { CareType, StaffCounts } from '../../model/rows';
import type { LocalDate } from '../time/localDate';
import type { Interval } from '../time/timeOfDay';
import { evaluateDay, peakRequired } from './dayTimeline';
import type { BsoDayKind, DayTimeline } from './dayTimeline';
import { regimeOn } from './evaluateRatio';
import { checkFixedFaces } from './fixedFaces';
import type { FixedFace, FixedFacesDayResult } from './fixedFaces';
import { checkLocationSafety } from './locationSafety';
import type { LocationSafetyResult } from './locationSafety';
import { defaultRatioSettings } from './ratioSettings';
import type { RatioSettings } from './ratioSettings';
import type { Regime } from './requirement';

export type LocationDayGroup = { id: string; careType: CareType };

/** A child's stay in its group: [start, end) in minutes; a child may have more than one a day. */
export type LocationDayChild = { childId: string; groupId: string; dateOfBirth: LocalDate; start: number; end: number };

/** A shift in a group, with its breaks (the person is away during them). */
export type LocationDayShift = {
  staffId: string;
  groupId: string;
  counts: StaffCounts;
  start: number;
  end: number;
  breaks: readonly Interval[];
};

export type LocationDayInput<C extends LocationDayChild = LocationDayChild, S extends LocationDayShift = LocationDayShift> = {
  date: LocalDate;
  locationId: string;
  /** The location's opening hours that day. */
  opening: Interval;
  groups: readonly LocationDayGroup[];
  children: readonly C[];
  shifts: readonly S[];
  /** BSO: a school day (half-hour rule) or a full day (school holiday). */
  bsoDay: BsoDayKind;
  /** Whether an achterwacht is registered for the day. */
  backupRegistered: boolean;
  /** Each KDV child's fixed faces; undefined when they are not known (then no fixed-faces check). */
  fixedFaces?: ReadonlyMap<string, readonly FixedFace[]>;
};

export type RatioUnitKind = 'group' | 'bso_location';

export type RatioUnit<C extends LocationDayChild = LocationDayChild, S extends LocationDayShift = LocationDayShift> = {
  /** The group's id, or `bsoUnitId(locationId)` for the BSO of the whole location. */
  readonly unitId: string;
  readonly kind: RatioUnitKind;
  readonly care: CareType;
  readonly regime: Regime;
  /** The groups the unit covers, in the order given. */
  readonly groupIds: readonly string[];
  readonly children: readonly C[];
  readonly shifts: readonly S[];
  readonly timeline: DayTimeline;
};

export type LocationDay<C extends LocationDayChild = LocationDayChild, S extends LocationDayShift = LocationDayShift> = {
  readonly date: LocalDate;
  readonly units: readonly RatioUnit<C, S>[];
  readonly safety: LocationSafetyResult;
  /** Per KDV child present; null when the fixed faces are not known. */
  readonly fixedFaces: readonly FixedFacesDayResult[] | null;
};

/** The unit id of a location's BSO when the requirement is per location. */
export function bsoUnitId(locationId: string): string {
  return `bso:${locationId}`;
}

/** Evaluates every unit of the location on `input.date`, then the location-level checks. */
export function evaluateLocationDay<C extends LocationDayChild, S extends LocationDayShift>(
  input: LocationDayInput<C, S>,
  settings: RatioSettings = defaultRatioSettings,
): LocationDay<C, S> {
  const { date, opening, bsoDay } = input;
  const childrenOf = new Map<string, C[]>();
  for (const c of input.children) push(childrenOf, c.groupId, c);
  const shiftsOf = new Map<string, S[]>();
  for (const s of input.shifts) push(shiftsOf, s.groupId, s);

  const units: RatioUnit<C, S>[] = [];
  const unit = (unitId: string, kind: RatioUnitKind, care: CareType, groupIds: string[]): void => {
    const children = groupIds.flatMap((id) => childrenOf.get(id) ?? []);
    const shifts = groupIds.flatMap((id) => shiftsOf.get(id) ?? []);
    const timeline = evaluateDay({ date, care, opening, bsoDay, children, staff: shifts }, settings);
    units.push({ unitId, kind, care, regime: timeline.regime, groupIds, children, shifts, timeline });
  };

  const bsoPerLocation = regimeOn('BSO', date, settings) === 'bso_location';
  const bsoGroups = input.groups.filter((g) => g.careType === 'BSO').map((g) => g.id);
  let bsoDone = false;
  for (const g of input.groups) {
    if (g.careType === 'KDV') unit(g.id, 'group', 'KDV', [g.id]);
    else if (!bsoPerLocation) unit(g.id, 'group', 'BSO', [g.id]);
    else if (!bsoDone) {
      unit(bsoUnitId(input.locationId), 'bso_location', 'BSO', bsoGroups);
      bsoDone = true;
    }
  }

  const safety = checkLocationSafety(
    { date, timelines: units.map((u) => u.timeline), staff: input.shifts, backupRegistered: input.backupRegistered },
    settings,
  );
  return { date, units, safety, fixedFaces: input.fixedFaces ? fixedFacesOf(units, input.fixedFaces, date) : null };
}

function fixedFacesOf<C extends LocationDayChild, S extends LocationDayShift>(
  units: readonly RatioUnit<C, S>[],
  faces: ReadonlyMap<string, readonly FixedFace[]>,
  date: LocalDate,
): FixedFacesDayResult[] {
  const out: FixedFacesDayResult[] = [];
  for (const u of units) {
    if (u.care !== 'KDV') continue;
    const day = { date, groupPeakRequired: peakRequired(u.timeline), staffInGroup: [...new Set(u.shifts.map((s) => s.staffId))] };
    const seen = new Set<string>();
    for (const c of u.children) {
      if (seen.has(c.childId)) continue;
      seen.add(c.childId);
      out.push(...checkFixedFaces({ childId: c.childId, dateOfBirth: c.dateOfBirth, fixedFaces: faces.get(c.childId) ?? [], days: [day] }));
    }
  }
  return out;
}

/** Who is in the unit at minute `at`: children staying, staff working, and staff on a break. */
export function presentAt<C extends LocationDayChild, S extends LocationDayShift>(
  unit: Pick<RatioUnit<C, S>, 'children' | 'shifts'>,
  at: number,
): { children: C[]; staff: S[]; onBreak: S[] } {
  const children = unit.children.filter((c) => c.start <= at && at < c.end);
  const staff: S[] = [];
  const onBreak: S[] = [];
  for (const s of unit.shifts) {
    if (at < s.start || at >= s.end) continue;
    if (s.breaks.some((b) => b.start <= at && at < b.end)) onBreak.push(s);
    else staff.push(s);
  }
  return { children, staff, onBreak };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
