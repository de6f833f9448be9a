/**
 * The demo's pickup persons and presence registrations (issue 5, the children's side):
 *
 * - Pickup persons: one to three per family (grandparents, a neighbour, a babysitter), the same
 *   people for siblings (one row per child), most with their ID checked by the location manager.
 * - Attendance: for every open day of the two ISO weeks before the week of `today`, and the days
 *   of this week before `today`, each planned stay checked in around its contracted start and out
 *   around its end (a few children absent, a few early or a bit late). A child with a demo late
 *   pickup that day is checked out at its pickup time, so the presence list and the late-pickup
 *   list agree. Nothing for `today` itself: the day view starts empty.
 *
 * Deterministic: its own faker stream (`[seed, 9]`), ids shaped like UUIDv7, instants from the
 * local dates and times; never the clock.
 */
import type { Faker } from '@faker-js/faker';
import { plannedPresenceOn } from '../domain/plan/plannedPresence';
import { instantAtLocal } from '../domain/requests/requestTime';
import { addDays, weekStart, type LocalDate } from '../domain/time/localDate';
import type {
  ActorStamp,
  AttendanceRow,
  ChildRow,
  LatePickupRow,
  LocationRow,
  PickupPersonRow,
  PlacementRow,
  StaffRow,
} from '../model/rows';
import { DEMO_EPOCH_MS, createIdFactory } from './demoIds';

const DEMO_MANAGER: ActorStamp = { userId: 'demo-manager', role: 'manager', name: 'Locatiemanager' };
const RELATIONS = ['oma', 'opa', 'buurvrouw', 'oppas', 'tante', 'oom', 'buurman'];
const NOTES = ['', '', '', 'Alleen op woensdag', 'Heeft een sleutel van de buitendeur niet', 'Komt met de bakfiets'];

export type DemoChildrenPlanInput = {
  faker: Faker;
  seed: number;
  today: LocalDate;
  isOpenDay: (date: LocalDate) => boolean;
  locations: readonly LocationRow[];
  children: readonly ChildRow[];
  placements: readonly PlacementRow[];
  staff: readonly StaffRow[];
  latePickups: readonly LatePickupRow[];
};

export function demoChildrenPlan(input: DemoChildrenPlanInput): { pickupPersons: PickupPersonRow[]; attendance: AttendanceRow[] } {
  const { faker, today } = input;
  faker.seed([input.seed, 9]);
  const int = (min: number, max: number) => faker.number.int({ min, max });
  const id = createIdFactory(faker, DEMO_EPOCH_MS + 6_000_000);

  // --- Pickup persons, per family ---------------------------------------------------------------
  const pickupPersons: PickupPersonRow[] = [];
  const families = new Map<string, ChildRow[]>();
  for (const c of input.children) families.set(c.familyId, [...(families.get(c.familyId) ?? []), c]);
  for (const kids of families.values()) {
    const people = Array.from({ length: int(1, 3) }, () => {
      const relation = faker.helpers.arrayElement(RELATIONS);
      const checked = int(1, 10) <= 8;
      return {
        name: `${faker.person.firstName(relation === 'opa' || relation === 'oom' || relation === 'buurman' ? 'male' : 'female')} ${faker.person.lastName()}`,
        relation,
        phone: `06 ${String(int(10_000_000, 99_999_999))}`,
        idChecked: checked,
        checkedAt: checked ? instantAtLocal(addDays(today, -int(20, 400)), int(7 * 60 + 30, 17 * 60)) : null,
        note: faker.helpers.arrayElement(NOTES),
      };
    });
    for (const child of kids) {
      for (const p of people) {
        pickupPersons.push({
          id: id(),
          locationId: child.locationId,
          childId: child.id,
          name: p.name,
          relation: p.relation,
          phone: p.phone,
          idChecked: p.idChecked,
          idCheckedBy: p.idChecked ? DEMO_MANAGER : null,
          idCheckedAt: p.checkedAt,
          note: p.note,
        });
      }
    }
  }

  // --- Attendance of the past days ---------------------------------------------------------------
  const attendance: AttendanceRow[] = [];
  const lateOf = new Map(input.latePickups.filter((l) => l.status !== 'withdrawn').map((l) => [`${l.childId}|${l.date}`, l.pickupTime]));
  const first = addDays(weekStart(today), -14);
  for (let date = first; date < today; date = addDays(date, 1)) {
    if (!input.isOpenDay(date)) continue;
    for (const location of input.locations) {
      const staff = input.staff.filter((s) => s.locationId === location.id && s.counts !== 'none');
      const who = (): ActorStamp => {
        const s = staff[int(0, Math.max(0, staff.length - 1))];
        return s ? { userId: s.id, role: 'assistant', name: `${s.firstName} ${s.lastName}` } : DEMO_MANAGER;
      };
      const stays = plannedPresenceOn(
        input.placements.filter((p) => p.locationId === location.id),
        date,
      );
      const absent = new Set<string>();
      for (const stay of stays) if (int(1, 100) <= 6) absent.add(stay.childId);
      const lastStayEnd = new Map<string, number>();
      for (const stay of stays) lastStayEnd.set(stay.childId, Math.max(lastStayEnd.get(stay.childId) ?? 0, stay.end));
      for (const stay of stays) {
        if (absent.has(stay.childId)) continue;
        const checkIn = clamp(round5(stay.start + int(-10, 20)), location.opensAt, stay.end - 15);
        const late = stay.end === lastStayEnd.get(stay.childId) ? lateOf.get(`${stay.childId}|${date}`) : undefined;
        const variation = int(1, 100) <= 4 ? int(3, 12) : -int(0, 40);
        const checkOut = late ?? clamp(round5(stay.end + variation), checkIn + 15, location.closesAt);
        const inBy = who();
        const outBy = who();
        attendance.push({
          id: id(),
          locationId: location.id,
          childId: stay.childId,
          groupId: stay.groupId,
          date,
          checkIn,
          checkOut,
          checkedInBy: inBy,
          checkedInAt: instantAtLocal(date, checkIn + int(0, 3)),
          checkedOutBy: outBy,
          checkedOutAt: instantAtLocal(date, Math.min(checkOut + int(0, 3), 24 * 60 - 1)),
          voided: false,
          history: [],
        });
      }
    }
  }
  return { pickupPersons, attendance };
}

function round5(minutes: number): number {
  return Math.round(minutes / 5) * 5;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
