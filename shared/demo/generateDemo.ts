/**
 * The embedded demo organisation: a deterministic, realistic dataset the desk (and later the sync
 * hub) loads so every screen has something true to show.
 *
 * What it contains, and why:
 * - One organisation (a Dutch name, settings `{}` so every setting takes its default) with three
 *   locations, Rhoon (RHO), Oud-Beijerland (OBL) and Barendrecht (BRD), open 07:00-19:00.
 * - Per location five groups: KDV babies (0-18 months, 12 places), toddlers/peuters (18-48
 *   months, 16 places), a vertical group (0-48 months, 14 or 16 places), and BSO 4-7 and 7-13
 *   (20-30 places). Dutch animal names, unique in the organisation; the first location's babies'
 *   group is always "Rupsjes" (the keyboard-entry examples use it).
 * - About 150 children (about 50 per location: 8 babies, 13 toddlers, 11 in the vertical group,
 *   10 + 8 in the BSO), each fitting its group's age range on `today`. Some are deliberately close
 *   to a birthday that changes the ratio (0 -> 1, 2 -> 3, 6 -> 7) or the group (babies reaching 18
 *   months move up to the toddlers, with a next placement from that day); every location has KDV
 *   children turning 4 within eight weeks, whose KDV contract ends the day before the 4th
 *   birthday (one continues in the BSO from the birthday on). About 20 families with siblings
 *   (same family id, last name, location and weekdays), one pair of twins. One consent row per
 *   child, mostly yes.
 * - Placements: fixed contracts of 2-4 weekdays with realistic packages (KDV 07:30-18:00,
 *   08:00-17:30, half days 07:30-13:00, ...; BSO after school from 14:00 or 15:00, Wednesday
 *   from 12:15/12:30, some before school 07:30-08:30; school-week times only), two flex contracts
 *   per location (KDV, no days), start dates in the past, a few ending in the coming months (a
 *   family moving away, children outgrowing the KDV); a child's placements never overlap.
 * - 35-40 staff (the default seed: 37): counting professionals with 16-36 contract hours, sized
 *   from the roster of the week holding `today`, each with a home group (fixed faces); a BBL
 *   trainee in two locations and a location helper who never counts in two. Their first working
 *   day, PRK registration and kinder-EHBO certificate (`./demoStaffFacts`): the professionals'
 *   certificates mostly valid, per location one expiring within three months and one expired
 *   (leaving a real gap today where possible).
 * - Shifts for every open day of `shiftWeeks` and every group with children planned that day,
 *   covering what the demo's own ratio heuristic (`./staffing`, the same numbers as spec/ratio.md)
 *   asks: staggered early/middle/late shifts from the first arrival to the last departure, 30-60
 *   minute breaks mostly in the nap window. Mostly compliant, with permitted deviations at the
 *   day's edges and at breaks (within the three hours), and once a week one genuinely
 *   understaffed moment in a KDV group, preferably on or after `today`: on even weeks the closing
 *   colleague leaves early (nobody left with the last children), on odd weeks a colleague is off
 *   sick and not replaced (below the need beyond the three hours). BSO staff work the afternoons
 *   of school days, plus one short before-school shift per location where children have
 *   before-school care. Trainees and helpers work on top of the counting roster.
 * - A handful of late pickups per location before `today` (`./demoLatePickups`): in Rhoon a child
 *   late four times this year (warned, fined, a conversation, one disputed), siblings picked up
 *   late together, a pickup after closing time and a withdrawn registration.
 * - Pickup persons per family and the check-in/out of the past weeks (`./demoChildrenPlan`): the
 *   presence list of a past day has something to show; today starts without registrations.
 *
 * Everything comes from one seeded faker (Dutch names) and `today`: the same seed and `today`
 * give byte-identical output, ids included (UUIDv7-shaped, see `./demoIds`), never the clock or
 * crypto randomness. Each day's roster has its own seed and rosters are made per whole ISO week,
 * so a day's shifts are the same whatever range of weeks is generated.
 */
import { Faker, base, nl } from '@faker-js/faker';
import {
  addDays,
  addMonths,
  ageInMonths,
  daysBetween,
  isLocalDate,
  isoWeekday,
  weekDates,
  weekStart,
  type LocalDate,
} from '../domain/time/localDate';
import type {
  CareType,
  ChildRow,
  ConsentRow,
  GroupRow,
  LatePickupRow,
  LocationRow,
  OrganisationRow,
  PlacementDay,
  PlacementRow,
  ShiftRow,
  StaffCounts,
  StaffRow,
} from '../model/rows';
import type { AttendanceRow, PickupPersonRow } from '../model/rows';
import type { HourLedgerRow, RequestEventRow, RequestRow } from '../model/requestRows';
import type { ChildMentorRow } from '../model/masterDataRows';
import type { RowOf, TableName } from '../model/tables';
import { bornYearsBefore, dateAtMonths, dateAtYears } from './demoDates';
import { DEMO_EPOCH_MS, createIdFactory, dateBaseMs } from './demoIds';
import { demoStaffFacts } from './demoStaffFacts';
import { demoChildrenPlan } from './demoChildrenPlan';
import { demoLatePickups } from './demoLatePickups';
import { demoMentors } from './demoMentors';
import { demoRequests } from './demoRequests';
import {
  DEMO_LOCATIONS,
  FIXED_GROUP_NAME,
  GROUP_KINDS,
  GROUP_KIND_ORDER,
  GROUP_NAME_POOLS,
  ORGANISATION_NAMES,
  type GroupKind,
} from './demoNames';
import { plannedAttendances } from './demoPresence';
import {
  SLOT_MINUTES,
  coverageOf,
  judgeDay,
  placeBreaks,
  planShifts,
  requiredCurve,
  slotCount,
  slotCounts,
  type PlanParams,
  type RandInt,
  type SlotShift,
} from './staffing';

/** The seed used when none is given: the demo everyone sees. */
export const DEFAULT_DEMO_SEED = 20261123;

export type DemoOptions = {
  seed?: number;
  /** The demo's "today": ages, start and end dates and the default shift weeks are relative to it. */
  today: LocalDate;
  /** Dates (inclusive) to make shifts for; default the ISO week holding `today` and the next. */
  shiftWeeks?: { from: LocalDate; to: LocalDate };
  /** Days the locations are open (default Monday to Friday); no shifts on other days. */
  isOpenDay?: (date: LocalDate) => boolean;
};

export type DemoData = {
  /** One row. */
  organisation: OrganisationRow[];
  locations: LocationRow[];
  groups: GroupRow[];
  children: ChildRow[];
  placements: PlacementRow[];
  consents: ConsentRow[];
  staff: StaffRow[];
  shifts: ShiftRow[];
  /** A handful of late pickups per location (see `./demoLatePickups`). */
  latePickups: LatePickupRow[];
  /** One to three pickup persons per family (see `./demoChildrenPlan`). */
  pickupPersons: PickupPersonRow[];
  /** Check-in/out of the past two weeks and this week before `today` (see `./demoChildrenPlan`). */
  attendance: AttendanceRow[];
  /** A realistic week of open requests per location, with their history and hour ledgers (see `./demoRequests`). */
  requests: RequestRow[];
  requestEvents: RequestEventRow[];
  hourLedger: HourLedgerRow[];
  /** A mentor for every child with a contract today but the newest per location (see `./demoMentors`). */
  childMentors: ChildMentorRow[];
};

/** The demo keyed by synced table name, for loaders that walk `tableNames`. */
export function demoTableRows(demo: DemoData): { [T in TableName]: RowOf<T>[] } {
  return {
    organisations: demo.organisation,
    locations: demo.locations,
    groups: demo.groups,
    children: demo.children,
    placements: demo.placements,
    consents: demo.consents,
    staff: demo.staff,
    shifts: demo.shifts,
    latePickups: demo.latePickups,
    // The roster's own tables start empty: no absences, every week a draft, no audit trail.
    staffAbsences: [],
    rosterWeeks: [],
    rosterAudit: [],
    pickupPersons: demo.pickupPersons,
    attendance: demo.attendance,
    requests: demo.requests,
    requestEvents: demo.requestEvents,
    hourLedger: demo.hourLedger,
    requestTasks: [],
    schoolClosureDays: [],
    billingLines: [],
    // Contacts, health notes and age exceptions are entered on the desk.
    childContacts: [],
    childHealth: [],
    placementExceptions: [],
    childMentors: demo.childMentors,
    // Nobody has viewed a child yet.
    childViews: [],
  };
}

const DAY0 = '2000-01-03'; // a Monday
const dayNumber = (date: LocalDate) => daysBetween(DAY0, date) + 1_000_000;

// ---------------------------------------------------------------------------------------------
// Internal drafts

type GroupInfo = { row: GroupRow; kind: GroupKind; location: LocationRow; locIndex: number };

type Special = 'to18m' | 'to1y' | 'to2or3y' | 'to4yBso' | 'to4y' | 'to7y';

type ChildDraft = {
  row: ChildRow;
  group: GroupInfo;
  special: Special | null;
  family: ChildDraft[];
  days: number[] | null;
  package: { start: number; end: number } | null;
};

type StaffDraft = {
  row: StaffRow;
  index: number;
  careType: CareType;
  homeGroupId: string;
  /** Trainees and helpers: their own fixed weekly pattern, on top of the counting roster. */
  fixed: { weekdays: number[]; start: number; end: number; breaks: { start: number; end: number }[] } | null;
};

type GroupDayPlan = { group: GroupInfo; date: LocalDate; required: number[]; shifts: SlotShift[] };

type Assigned = {
  staff: StaffDraft;
  group: GroupInfo;
  date: LocalDate;
  start: number;
  end: number;
  breaks: { start: number; end: number }[];
};

const OPENS_AT = 7 * 60;
const CLOSES_AT = 19 * 60;
const SLOTS = slotCount(OPENS_AT, CLOSES_AT);
const slotOf = (minutes: number) => (minutes - OPENS_AT) / SLOT_MINUTES;

const KDV_PLAN: PlanParams = {
  maxLen: 38,
  minLen: 16,
  splitAbove: 24,
  overlap: 8,
  pad: 1,
  breakAbove: 22,
  budgetSlots: 12,
  breakWindow: { start: slotOf(12 * 60), end: slotOf(15 * 60) },
};

const BSO_PLAN: PlanParams = {
  maxLen: 22,
  minLen: 4,
  splitAbove: 22,
  overlap: 4,
  pad: 1,
  breakAbove: 22,
  budgetSlots: 2,
  breakWindow: { start: slotOf(12 * 60), end: slotOf(15 * 60) },
};

/** Places per group: KDV 12-16 (12 for the babies), BSO 20-30. */
const CAPACITY_CHOICES: Record<GroupKind, readonly number[]> = {
  babies: [12],
  toddlers: [16],
  vertical: [14, 16],
  bsoYoung: [20, 22, 24],
  bsoOld: [20, 24, 26, 30],
};

/** The demo's function (functie) per way of counting for the ratio. */
const JOB_TITLES: Record<StaffCounts, string> = { full: 'Pedagogisch medewerker', trainee: 'BBL-leerling', none: 'Locatiehulp' };
const CHILDREN_PER_GROUP: Record<GroupKind, number> = { babies: 8, toddlers: 13, vertical: 11, bsoYoung: 10, bsoOld: 8 };

const SPECIALS: Record<GroupKind, Special[]> = {
  babies: ['to18m', 'to1y'],
  toddlers: ['to4yBso', 'to2or3y'],
  vertical: ['to4y', 'to1y'],
  bsoYoung: ['to7y'],
  bsoOld: [],
};

const KDV_PACKAGES = [
  { weight: 30, value: { start: 450, end: 1080 } }, // 07:30-18:00
  { weight: 20, value: { start: 480, end: 1050 } }, // 08:00-17:30
  { weight: 12, value: { start: 480, end: 1080 } }, // 08:00-18:00
  { weight: 5, value: { start: 420, end: 1110 } }, // 07:00-18:30
  { weight: 10, value: { start: 510, end: 1020 } }, // 08:30-17:00
  { weight: 10, value: { start: 450, end: 780 } }, // 07:30-13:00
  { weight: 5, value: { start: 480, end: 780 } }, // 08:00-13:00
  { weight: 4, value: { start: 780, end: 1080 } }, // 13:00-18:00
];

/** Horizon within which an outgrown group leads to an end date (and maybe a next placement). */
const TRANSITION_HORIZON_DAYS: Record<GroupKind, number> = { babies: 84, toddlers: 183, vertical: 183, bsoYoung: 84, bsoOld: 0 };

/** Where a child goes when it outgrows a group (null: it leaves the organisation). */
const NEXT_KIND: Record<GroupKind, GroupKind | null> = {
  babies: 'toddlers',
  toddlers: 'bsoYoung',
  vertical: 'bsoYoung',
  bsoYoung: 'bsoOld',
  bsoOld: null,
};

// ---------------------------------------------------------------------------------------------

/** Generates the demo organisation; deterministic in `seed` and `today` (see the file comment). */
export function generateDemo(options: DemoOptions): DemoData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const today = options.today;
  if (!isLocalDate(today)) throw new Error(`generateDemo: today is not a date: ${today}`);
  const monday = weekStart(today);
  const range = options.shiftWeeks ?? { from: monday, to: addDays(monday, 13) };
  if (!isLocalDate(range.from) || !isLocalDate(range.to)) throw new Error('generateDemo: shiftWeeks must be dates');
  const isOpenDay = options.isOpenDay ?? ((d: LocalDate) => isoWeekday(d) <= 5);

  const faker = new Faker({ locale: [nl, base] });
  const int: RandInt = (min, max) => faker.number.int({ min, max });
  const chance = (p: number) => faker.number.float({ min: 0, max: 1 }) < p;
  const name = (sex?: 'female' | 'male') => {
    for (;;) {
      const n = faker.person.firstName(sex);
      if (!/[ÃÂ]/.test(n)) return n;
    }
  };
  const lastName = () => {
    for (;;) {
      const n = faker.person.lastName();
      if (!/[ÃÂ]/.test(n)) return n;
    }
  };

  // --- Organisation, locations, groups --------------------------------------------------------
  faker.seed([seed, 1]);
  const refId = createIdFactory(faker, DEMO_EPOCH_MS);
  const organisation: OrganisationRow = { id: refId(), name: faker.helpers.arrayElement(ORGANISATION_NAMES), settings: {} };
  const locations: LocationRow[] = DEMO_LOCATIONS.map((def) => ({
    id: refId(),
    organisationId: organisation.id,
    name: def.name,
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    code: def.code,
    lrkNumber: null,
    address: null,
    openDays: [1, 2, 3, 4, 5],
  }));
  const namePools = Object.fromEntries(
    GROUP_KIND_ORDER.map((kind) => {
      const pool = faker.helpers.shuffle(GROUP_NAME_POOLS[kind].filter((n) => n !== FIXED_GROUP_NAME));
      return [kind, kind === 'babies' ? [FIXED_GROUP_NAME, ...pool] : pool];
    }),
  ) as Record<GroupKind, string[]>;
  const groupInfos: GroupInfo[] = [];
  locations.forEach((location, locIndex) => {
    for (const kind of GROUP_KIND_ORDER) {
      const def = GROUP_KINDS[kind];
      const capacity = faker.helpers.arrayElement(CAPACITY_CHOICES[kind]);
      const row: GroupRow = {
        id: refId(),
        locationId: location.id,
        name: namePools[kind][locIndex] ?? `${kind} ${locIndex + 1}`,
        careType: def.careType,
        ageMinMonths: def.ageMinMonths,
        ageMaxMonths: def.ageMaxMonths,
        capacity,
        externalId: null,
        closedFrom: null,
        room: '',
        days: [1, 2, 3, 4, 5],
      };
      groupInfos.push({ row, kind, location, locIndex });
    }
  });
  const groupOf = (locIndex: number, kind: GroupKind) => {
    const g = groupInfos.find((x) => x.locIndex === locIndex && x.kind === kind);
    if (!g) throw new Error(`no ${kind} group in location ${locIndex}`);
    return g;
  };

  // --- Children and families ------------------------------------------------------------------
  faker.seed([seed, 2]);
  const childId = createIdFactory(faker, DEMO_EPOCH_MS + 1_000_000);

  const dobFor = (group: GroupInfo, special: Special | null): LocalDate => {
    switch (special) {
      case 'to18m':
        return addMonths(addDays(today, int(14, 70)), -18);
      case 'to1y':
        return bornYearsBefore(today, int(7, 35), 1);
      case 'to2or3y':
        return bornYearsBefore(today, int(7, 35), faker.helpers.arrayElement([2, 3]));
      case 'to4yBso':
        return bornYearsBefore(today, int(7, 42), 4);
      case 'to4y':
        return bornYearsBefore(today, int(14, 56), 4);
      case 'to7y':
        return bornYearsBefore(today, int(7, 42), 7);
      case null:
        break;
    }
    const min = group.row.ageMinMonths;
    // Babies are at least 80 days old (day care starts after maternity leave); the oldest BSO
    // children are in their last year of primary school.
    const max = group.kind === 'bsoOld' ? 12 * 12 + 6 : group.row.ageMaxMonths;
    for (;;) {
      const ageDays = int(Math.max(80, Math.floor(min * 30.4)), Math.ceil(max * 30.5));
      const dob = addDays(today, -ageDays);
      const fits = ageInMonths(dob, addDays(today, -7)) >= min && ageInMonths(dob, today) < max && daysBetween(dob, today) >= 80;
      if (fits) return dob;
    }
  };

  const drafts: ChildDraft[] = [];
  const makeChild = (group: GroupInfo, special: Special | null, dob?: LocalDate): ChildDraft => {
    const sex = faker.helpers.arrayElement(['female', 'male'] as const);
    const id = childId();
    const draft: ChildDraft = {
      row: {
        id,
        locationId: group.location.id,
        firstName: name(sex),
        lastName: lastName(),
        dateOfBirth: dob ?? dobFor(group, special),
        familyId: childId(),
        externalId: null,
      },
      group,
      special,
      family: [],
      days: null,
      package: null,
    };
    draft.family = [draft];
    drafts.push(draft);
    return draft;
  };
  const joinFamily = (head: ChildDraft, other: ChildDraft) => {
    other.row.familyId = head.row.familyId;
    other.row.lastName = head.row.lastName;
    head.family.push(other);
    other.family = head.family;
  };

  locations.forEach((_, locIndex) => {
    const start = drafts.length;
    for (const kind of GROUP_KIND_ORDER) {
      const group = groupOf(locIndex, kind);
      let count = CHILDREN_PER_GROUP[kind];
      if (kind === 'toddlers' || kind === 'bsoOld') count += int(-1, 1);
      const specials = SPECIALS[kind];
      let made = 0;
      if (locIndex === 0 && kind === 'toddlers') {
        // A pair of twins: same date of birth, same group, one family.
        const first = makeChild(group, null);
        const second = makeChild(group, null, first.row.dateOfBirth);
        joinFamily(first, second);
        made += 2;
      }
      for (const special of specials) {
        makeChild(group, special);
        made += 1;
      }
      for (; made < count; made++) makeChild(group, null);
    }
    // Siblings: children of different groups at least 400 days apart in age.
    const local = faker.helpers.shuffle(drafts.slice(start));
    const target = int(6, 8);
    let families = local.some((d) => d.family.length > 1) ? 1 : 0;
    for (const x of local) {
      if (families >= target) break;
      if (x.family.length > 1) continue;
      const partner = local.find(
        (y) =>
          y !== x && y.family.length === 1 && y.group !== x.group && Math.abs(daysBetween(x.row.dateOfBirth, y.row.dateOfBirth)) >= 400,
      );
      if (!partner) continue;
      joinFamily(x, partner);
      families++;
    }
    // One family with three children.
    const pair = local.find((x) => x.family.length === 2 && x.family[0] === x && x.family.every((m) => m.group.kind !== 'bsoOld'));
    if (pair) {
      const third = local.find(
        (y) =>
          y.family.length === 1 &&
          pair.family.every((m) => m.group !== y.group && Math.abs(daysBetween(m.row.dateOfBirth, y.row.dateOfBirth)) >= 400),
      );
      if (third) joinFamily(pair, third);
    }
  });

  // --- Placements and consents ----------------------------------------------------------------
  const placements: PlacementRow[] = [];
  const perDay = new Map<string, number>(); // groupId:weekday -> fixed children planned
  const weekdayWeights = (care: CareType) => (care === 'KDV' ? [10, 10, 6, 10, 5] : [10, 10, 6, 10, 6]);

  const pickDays = (draft: ChildDraft): number[] => {
    const sibling = draft.family.find((m) => m !== draft && m.days !== null);
    if (sibling?.days) return sibling.days.slice();
    const count = faker.helpers.weightedArrayElement([
      { weight: 45, value: 2 },
      { weight: 40, value: 3 },
      { weight: 15, value: 4 },
    ]);
    const chosen: number[] = [];
    const weights = weekdayWeights(draft.group.row.careType);
    while (chosen.length < count) {
      const options = [1, 2, 3, 4, 5]
        .filter((w) => !chosen.includes(w) && (perDay.get(`${draft.group.row.id}:${w}`) ?? 0) < draft.group.row.capacity)
        .map((w) => ({ weight: weights[w - 1] ?? 1, value: w }));
      if (options.length === 0) break;
      chosen.push(faker.helpers.weightedArrayElement(options));
    }
    return chosen.sort((a, b) => a - b);
  };

  const bsoDays = (weekdays: number[]): PlacementDay[] => {
    const schoolEnd = faker.helpers.weightedArrayElement([
      { weight: 4, value: 840 },
      { weight: 5, value: 900 },
      { weight: 1, value: 915 },
    ]);
    const end = faker.helpers.weightedArrayElement([
      { weight: 7, value: 1080 },
      { weight: 3, value: 1110 },
    ]);
    const wednesday = faker.helpers.arrayElement([735, 750]);
    const days: PlacementDay[] = weekdays.map((weekday) => ({ weekday, start: weekday === 3 ? wednesday : schoolEnd, end }));
    if (chance(0.2)) {
      // Before-school care (VSO) on one or two of the same days.
      const mornings = faker.helpers.arrayElements(weekdays, { min: 1, max: Math.min(2, weekdays.length) });
      for (const weekday of mornings) days.push({ weekday, start: 450, end: 510 });
    }
    return days.sort((a, b) => a.weekday - b.weekday || a.start - b.start);
  };

  const kdvDays = (draft: ChildDraft, weekdays: number[]): PlacementDay[] => {
    const sibling = draft.family.find((m) => m !== draft && m.package !== null && m.group.row.careType === 'KDV');
    const pkg = sibling?.package ?? faker.helpers.weightedArrayElement(KDV_PACKAGES);
    draft.package = pkg;
    return weekdays.map((weekday) => ({ weekday, start: pkg.start, end: pkg.end }));
  };

  const startDateFor = (group: GroupInfo, dob: LocalDate): LocalDate => {
    let lower = group.row.ageMinMonths > 0 ? dateAtMonths(dob, group.row.ageMinMonths) : addDays(dob, 75);
    const earliest = addDays(today, -900);
    if (lower < earliest) lower = earliest;
    const upper = addDays(today, -1);
    if (lower > upper) return upper;
    const pick = addDays(lower, int(0, daysBetween(lower, upper)));
    const firstOfMonth = `${pick.slice(0, 8)}01`;
    return firstOfMonth >= lower ? firstOfMonth : pick;
  };

  // Flex contracts: one toddler and one child of the vertical group per location, far from 4.
  const flexIds = new Set<string>();
  locations.forEach((_, locIndex) => {
    for (const kind of ['toddlers', 'vertical'] as const) {
      const candidates = drafts.filter(
        (d) =>
          d.group.locIndex === locIndex &&
          d.group.kind === kind &&
          d.special === null &&
          d.family.length === 1 &&
          daysBetween(today, dateAtYears(d.row.dateOfBirth, 4)) > 200,
      );
      const pick = candidates.length > 0 ? faker.helpers.arrayElement(candidates) : undefined;
      if (pick) flexIds.add(pick.row.id);
    }
  });
  // A family moving away: one ordinary child per location whose contract ends in a few months.
  const leavingIds = new Set<string>();
  locations.forEach((_, locIndex) => {
    const candidates = drafts.filter(
      (d) => d.group.locIndex === locIndex && d.special === null && d.family.length === 1 && !flexIds.has(d.row.id),
    );
    const pick = candidates.length > 0 ? faker.helpers.arrayElement(candidates) : undefined;
    if (pick) leavingIds.add(pick.row.id);
  });

  const placementId = createIdFactory(faker, DEMO_EPOCH_MS + 2_000_000);
  for (const draft of drafts) {
    const { group, row: child } = draft;
    const care = group.row.careType;
    const flex = flexIds.has(child.id);
    const weekdays = flex ? [] : pickDays(draft);
    draft.days = weekdays;
    for (const w of weekdays) perDay.set(`${group.row.id}:${w}`, (perDay.get(`${group.row.id}:${w}`) ?? 0) + 1);
    const days = flex ? [] : care === 'KDV' ? kdvDays(draft, weekdays) : bsoDays(weekdays);
    const startDate = startDateFor(group, child.dateOfBirth);

    // Outgrowing the group soon: end the day before; usually a next placement from that day.
    const boundary =
      group.row.ageMaxMonths === 48 ? dateAtYears(child.dateOfBirth, 4) : dateAtMonths(child.dateOfBirth, group.row.ageMaxMonths);
    const outgrows = daysBetween(today, boundary) <= TRANSITION_HORIZON_DAYS[group.kind] && boundary > today;
    let endDate: LocalDate | null = null;
    let next: GroupKind | null = null;
    if (outgrows && !flex) {
      endDate = addDays(boundary, -1);
      next = NEXT_KIND[group.kind];
      if (draft.special === 'to4y') next = null;
      else if (draft.special !== 'to4yBso' && next === 'bsoYoung' && !chance(0.5)) next = null;
    } else if (leavingIds.has(child.id)) {
      endDate = addDays(today, int(21, 150));
    }
    placements.push({
      id: placementId(),
      locationId: group.location.id,
      childId: child.id,
      groupId: group.row.id,
      careType: care,
      kind: flex ? 'flex' : 'fixed',
      startDate,
      endDate,
      days,
    });
    if (next !== null && endDate !== null) {
      const nextGroup = groupOf(group.locIndex, next);
      const nextCare = nextGroup.row.careType;
      const nextDays = nextCare === care ? days.map((d) => ({ ...d })) : nextCare === 'BSO' ? bsoDays(weekdays) : kdvDays(draft, weekdays);
      placements.push({
        id: placementId(),
        locationId: group.location.id,
        childId: child.id,
        groupId: nextGroup.row.id,
        careType: nextCare,
        kind: 'fixed',
        startDate: boundary,
        endDate: null,
        days: nextDays,
      });
    }
  }

  const consents: ConsentRow[] = drafts.map((d) => {
    const refuses = chance(0.06);
    return {
      id: d.row.id,
      locationId: d.row.locationId,
      photos: !refuses && chance(0.88),
      trips: !refuses && chance(0.92),
      otherGroup: chance(0.8),
    };
  });
  const children = drafts.map((d) => d.row);

  // --- Rosters: the need per group and day -------------------------------------------------
  const attendancesOf = plannedAttendances(children, placements);
  const planDay = (date: LocalDate): GroupDayPlan[] => {
    faker.seed([seed, 5, dayNumber(date)]);
    const plans: GroupDayPlan[] = [];
    const needs = groupInfos.map((group) => {
      const attendances = attendancesOf(group.row.id, date);
      return {
        group,
        attendances,
        required: requiredCurve(group.row.careType, slotCounts(group.row.careType, attendances, OPENS_AT, SLOTS)),
      };
    });
    // Before-school care is one shift per location (the BSO ratio is per location), rostered in
    // the BSO group with the most children before school.
    const noon = slotOf(12 * 60);
    locations.forEach((_, locIndex) => {
      const bso = needs.filter((n) => n.group.locIndex === locIndex && n.group.row.careType === 'BSO');
      const mornings = bso.map((n) => n.attendances.filter((a) => a.end <= 12 * 60));
      const host = bso[mornings.reduce((best, m, i) => (m.length > (mornings[best]?.length ?? 0) ? i : best), 0)];
      const combined = requiredCurve('BSO', slotCounts('BSO', mornings.flat(), OPENS_AT, SLOTS));
      for (const n of bso) for (let t = 0; t < noon; t++) n.required[t] = n === host ? (combined[t] ?? 0) : 0;
    });
    for (const { group, required } of needs) {
      const care = group.row.careType;
      if (!required.some((r) => r > 0)) continue;
      const params = care === 'KDV' ? KDV_PLAN : BSO_PLAN;
      const shifts = planShifts(required, params, int);
      placeBreaks(shifts, required, params, int);
      plans.push({ group, date, required, shifts });
    }
    return plans;
  };
  const workedMinutes = (s: { start: number; end: number; breaks: { start: number; end: number }[] }) =>
    (s.end - s.start - s.breaks.reduce((sum, b) => sum + b.end - b.start, 0)) * SLOT_MINUTES;

  // --- Staff, sized from the need of the week holding `today` -----------------------------
  // Contract hours cover about 95% of the counting roster's hours (the rest is extra hours,
  // "meeruren"); there are at least as many KDV colleagues as KDV shifts on the busiest day.
  const need = locations.map(() => ({ KDV: 0, BSO: 0, maxKDV: 0 }));
  for (const date of weekDates(monday, 5)) {
    const kdvShifts = locations.map(() => 0);
    for (const plan of planDay(date)) {
      const n = need[plan.group.locIndex];
      if (!n) continue;
      const care = plan.group.row.careType;
      for (const s of plan.shifts) n[care] += workedMinutes(s);
      if (care === 'KDV') kdvShifts[plan.group.locIndex] = (kdvShifts[plan.group.locIndex] ?? 0) + plan.shifts.length;
    }
    need.forEach((n, i) => (n.maxKDV = Math.max(n.maxKDV, kdvShifts[i] ?? 0)));
  }

  faker.seed([seed, 4]);
  const staffId = createIdFactory(faker, DEMO_EPOCH_MS + 3_000_000);
  const staffDrafts: StaffDraft[] = [];
  const addStaff = (
    locIndex: number,
    counts: StaffCounts,
    careType: CareType,
    homeGroupId: string,
    hours: number,
    fixed: StaffDraft['fixed'] = null,
  ) => {
    const location = locations[locIndex];
    if (!location) return;
    const row: StaffRow = {
      id: staffId(),
      locationId: location.id,
      firstName: name(chance(0.9) ? 'female' : 'male'),
      lastName: lastName(),
      counts,
      contractMinutesPerWeek: hours * 60,
      jobTitle: JOB_TITLES[counts],
      activeFrom: null,
      activeTo: null,
      prkRegisteredOn: null,
      ehboValidUntil: null,
      externalId: null,
    };
    staffDrafts.push({ row, index: staffDrafts.length, careType, homeGroupId, fixed });
  };
  locations.forEach((_, locIndex) => {
    const n = need[locIndex];
    if (!n) return;
    const kdvGroups = groupInfos.filter((g) => g.locIndex === locIndex && g.row.careType === 'KDV');
    const bsoGroups = groupInfos.filter((g) => g.locIndex === locIndex && g.row.careType === 'BSO');
    let minutes = 0;
    for (let i = 0; minutes < n.KDV * 0.95 || i < n.maxKDV; i++) {
      const hours = faker.helpers.weightedArrayElement([
        { weight: 1, value: 24 },
        { weight: 2, value: 28 },
        { weight: 4, value: 32 },
        { weight: 4, value: 36 },
      ]);
      addStaff(locIndex, 'full', 'KDV', kdvGroups[i % kdvGroups.length]?.row.id ?? '', hours);
      minutes += hours * 60;
    }
    minutes = 0;
    for (let i = 0; minutes < n.BSO || i < 2; i++) {
      const hours = faker.helpers.arrayElement([16, 20, 24, 24, 28]);
      addStaff(locIndex, 'full', 'BSO', bsoGroups[i % bsoGroups.length]?.row.id ?? '', hours);
      minutes += hours * 60;
    }
    if (locIndex === 0 || locIndex === 1) {
      // A BBL trainee: three days of 8 hours in one KDV group, school on the other days.
      const weekdays = faker.helpers.arrayElements([1, 2, 3, 4, 5], 3).sort((a, b) => a - b);
      const home = faker.helpers.arrayElement(kdvGroups).row.id;
      addStaff(locIndex, 'trainee', 'KDV', home, 24, { weekdays, start: 480, end: 990, breaks: [{ start: 750, end: 780 }] });
    }
    if (locIndex === 0 || locIndex === 2) {
      // A location helper (groepshulp) who never counts: four mornings in the babies' group.
      const weekdays = faker.helpers.arrayElements([1, 2, 3, 4, 5], 4).sort((a, b) => a - b);
      const home = groupOf(locIndex, 'babies').row.id;
      addStaff(locIndex, 'none', 'KDV', home, 16, { weekdays, start: 540, end: 780, breaks: [] });
    }
  });
  // --- Shifts, week by week ---------------------------------------------------------------
  const shifts: ShiftRow[] = [];
  for (let week = weekStart(range.from); week <= range.to; week = addDays(week, 7)) {
    const days = weekDates(week, 7).filter((d) => isOpenDay(d));
    if (days.length === 0) continue;
    const plans = days.flatMap((d) => planDay(d));
    injectIncident(plans, week);
    const assigned = assignWeek(plans, days);
    for (const date of days) {
      if (date < range.from || date > range.to) continue;
      faker.seed([seed, 7, dayNumber(date)]);
      const shiftId = createIdFactory(faker, dateBaseMs(date));
      for (const a of assigned.filter((x) => x.date === date)) {
        shifts.push({
          id: shiftId(),
          locationId: a.group.location.id,
          staffId: a.staff.row.id,
          groupId: a.group.row.id,
          date,
          start: a.start,
          end: a.end,
          breaks: a.breaks,
        });
      }
    }
  }
  const staff = demoStaffFacts({
    today,
    opening: { start: OPENS_AT, end: CLOSES_AT },
    staff: staffDrafts,
    groups: groupInfos.map((g) => g.row),
    placements,
    shifts,
  });

  /**
   * Once a week, one KDV group-day gets a genuinely understaffed moment: on even weeks the
   * closing colleague leaves 30-45 minutes early (nobody left with the last children), on odd
   * weeks a colleague is off sick and not replaced (below the need beyond the three hours).
   */
  function injectIncident(plans: GroupDayPlan[], week: LocalDate): void {
    faker.seed([seed, 6, dayNumber(week)]);
    const earlyLeave = (daysBetween(DAY0, week) / 7) % 2 === 0;
    const inWeek = (d: LocalDate) => d >= week && d <= addDays(week, 6);
    const preferred = inWeek(today) ? plans.filter((p) => p.date >= today) : [];
    const pool = (preferred.some((p) => p.group.row.careType === 'KDV') ? preferred : plans).filter((p) => p.group.row.careType === 'KDV');
    for (const plan of faker.helpers.shuffle(pool)) {
      const before = judgeDay(plan.required, coverageOf(plan.shifts, SLOTS), KDV_PLAN.budgetSlots).understaffed;
      if (earlyLeave) {
        const last = plan.shifts.reduce<SlotShift | undefined>((m, s) => (m && m.end >= s.end ? m : s), undefined);
        if (!last) continue;
        const cut = int(2, 3);
        const end = last.end - cut;
        const lastBreak = last.breaks.reduce((m, b) => Math.max(m, b.end), last.start);
        if (end <= lastBreak || end - last.start < KDV_PLAN.minLen) continue;
        const trial = plan.shifts.map((s) => (s === last ? { ...s, end } : s));
        if (judgeDay(plan.required, coverageOf(trial, SLOTS), KDV_PLAN.budgetSlots).understaffed > before) {
          last.end = end;
          return;
        }
      } else {
        if (plan.shifts.length < 3) continue;
        const opener = plan.shifts.reduce((m, s) => (s.start < m.start ? s : m));
        const closer = plan.shifts.reduce((m, s) => (s.end >= m.end ? s : m));
        const middle = plan.shifts.filter((s) => s !== opener && s !== closer);
        const sick = middle[int(0, middle.length - 1)];
        if (!sick) continue;
        const trial = plan.shifts.filter((s) => s !== sick);
        if (judgeDay(plan.required, coverageOf(trial, SLOTS), KDV_PLAN.budgetSlots).understaffed > before) {
          plan.shifts = trial;
          return;
        }
      }
    }
  }

  /**
   * Gives each planned shift of a week a colleague: the group's own staff first (fixed faces),
   * then others of the same care type, within their contract hours, then with extra hours, then
   * the other care type. A colleague works one shift a day (BSO: a before- and an after-school
   * shift may share a day). Trainees and helpers work their own fixed days on top.
   */
  function assignWeek(plans: GroupDayPlan[], days: LocalDate[]): Assigned[] {
    const out: Assigned[] = [];
    const used = new Map<StaffDraft, number>();
    for (const date of days) {
      const busy = new Map<StaffDraft, { start: number; end: number }[]>();
      const dayPlans = plans.filter((p) => p.date === date);
      for (const s of staffDrafts) {
        if (!s.fixed || !s.fixed.weekdays.includes(isoWeekday(date))) continue;
        const plan = dayPlans.find((p) => p.group.row.id === s.homeGroupId);
        if (!plan) continue;
        out.push({
          staff: s,
          group: plan.group,
          date,
          start: s.fixed.start,
          end: s.fixed.end,
          breaks: s.fixed.breaks.map((b) => ({ ...b })),
        });
        busy.set(s, [{ start: s.fixed.start, end: s.fixed.end }]);
      }
      const todo = dayPlans.flatMap((plan) => plan.shifts.map((shift) => ({ plan, shift })));
      todo.sort((x, y) => x.plan.group.locIndex - y.plan.group.locIndex || x.shift.start - y.shift.start || y.shift.end - x.shift.end);
      for (const { plan, shift } of todo) {
        const start = OPENS_AT + shift.start * SLOT_MINUTES;
        const end = OPENS_AT + shift.end * SLOT_MINUTES;
        const worked = workedMinutes(shift);
        const care = plan.group.row.careType;
        let best: { s: StaffDraft; tier: number; remaining: number } | null = null;
        for (const s of staffDrafts) {
          if (s.row.counts !== 'full' || s.row.locationId !== plan.group.location.id) continue;
          const taken = busy.get(s) ?? [];
          const free =
            s.careType === 'BSO' && care === 'BSO' ? taken.every((b) => b.end + 60 <= start || end + 60 <= b.start) : taken.length === 0;
          if (!free) continue;
          const remaining = s.row.contractMinutesPerWeek - (used.get(s) ?? 0);
          const fits = remaining >= worked;
          const overtime = remaining + 8 * 60 >= worked;
          const sameCare = s.careType === care;
          const tier =
            sameCare && fits && s.homeGroupId === plan.group.row.id
              ? 0
              : sameCare && fits
                ? 1
                : sameCare && overtime
                  ? 2
                  : fits
                    ? 3
                    : overtime
                      ? 4
                      : -1;
          if (tier < 0) continue;
          if (!best || tier < best.tier || (tier === best.tier && remaining > best.remaining)) best = { s, tier, remaining };
        }
        if (!best) continue; // nobody left: the shift stays open (shows as understaffing)
        used.set(best.s, (used.get(best.s) ?? 0) + worked);
        busy.set(best.s, [...(busy.get(best.s) ?? []), { start, end }]);
        out.push({
          staff: best.s,
          group: plan.group,
          date,
          start,
          end,
          breaks: shift.breaks.map((b) => ({ start: OPENS_AT + b.start * SLOT_MINUTES, end: OPENS_AT + b.end * SLOT_MINUTES })),
        });
      }
    }
    const groupOrder = new Map(groupInfos.map((g, i) => [g.row.id, i]));
    return out.sort(
      (x, y) =>
        x.date.localeCompare(y.date) ||
        (groupOrder.get(x.group.row.id) ?? 0) - (groupOrder.get(y.group.row.id) ?? 0) ||
        x.start - y.start ||
        x.end - y.end ||
        x.staff.index - y.staff.index,
    );
  }

  const latePickups = demoLatePickups({
    faker,
    seed,
    today,
    isOpenDay,
    locations,
    groups: groupInfos.map((g) => g.row),
    children,
    placements,
    staff,
  });
  return {
    organisation: [organisation],
    locations,
    groups: groupInfos.map((g) => g.row),
    children,
    placements,
    consents,
    staff,
    shifts,
    latePickups,
    childMentors: demoMentors({ today, placements, staff, shifts }),
    ...demoChildrenPlan({ faker, seed, today, isOpenDay, locations, children, placements, staff, latePickups }),
    ...demoRequests({
      faker,
      seed,
      today,
      isOpenDay,
      locations,
      groups: groupInfos.map((g) => g.row),
      children,
      placements,
      consents,
    }),
  };
}
