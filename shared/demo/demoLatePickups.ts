/**
 * The demo's late pickups: a realistic handful per location, on days the children were planned,
 * before `today`, in today's calendar year (the count resets on 1 January); in the first six weeks
 * of a year, in the year before.
 *
 * In the first location (Rhoon):
 * - one child picked up late four times this year: registered, warned (n = 2), fined at n = 3 (the
 *   fine confirmed for billing and the structural-case conversation recorded), and a fourth, recent
 *   one the parent disputes (camera footage to be checked);
 * - two siblings picked up late together (counted separately);
 * - a pickup after closing time (a fine from the first time), waiting for the manager's confirmation;
 * - a registration withdrawn because the wrong child was chosen;
 * - a child with two late pickups (the warning letter still to send).
 * In the other locations: two or three single late pickups each.
 *
 * Deterministic: its own seeded faker stream (so the rest of the demo is unchanged), ids shaped like
 * UUIDv7, instants from the local dates and times; never the clock.
 */
import type { Faker } from '@faker-js/faker';
import { assessRows } from '../domain/latePickup/assessRegistrations';
import { formatEuro } from '../domain/latePickup/money';
import { plannedEndOf } from '../domain/latePickup/plannedEnd';
import { instantAtLocal } from '../domain/requests/requestTime';
import { addDays, daysBetween, type LocalDate } from '../domain/time/localDate';
import { formatTime } from '../domain/time/timeOfDay';
import { defaultLatePickupSettings } from '../domain/latePickup/latePickupSettings';
import type { ActorStamp, ChildRow, GroupRow, LatePickupRow, LocationRow, PlacementRow, StaffRow } from '../model/rows';
import { DEMO_EPOCH_MS, createIdFactory } from './demoIds';

/** Who confirms fines and records conversations in the demo. */
const DEMO_MANAGER: ActorStamp = { userId: 'demo-manager', role: 'manager', name: 'Locatiemanager' };

const PICKED_UP_BY = ['moeder', 'vader', 'oma', 'opa', 'oppas', 'buurvrouw'];
const NOTES = [
  'Stond in de file op de A15.',
  'Vader had pech met de auto.',
  'Trein had vertraging; moeder belde om 17:50.',
  'Geen bericht vooraf; moeder telefonisch bereikt.',
  'Oma wist niet dat de opvang om die tijd sluit.',
  '',
];

export type DemoLatePickupInput = {
  faker: Faker;
  seed: number;
  today: LocalDate;
  isOpenDay: (date: LocalDate) => boolean;
  locations: readonly LocationRow[];
  groups: readonly GroupRow[];
  children: readonly ChildRow[];
  placements: readonly PlacementRow[];
  staff: readonly StaffRow[];
};

type Draft = {
  child: ChildRow;
  date: LocalDate;
  end: number;
  groupId: string;
  pickup: number;
  extra?: Partial<LatePickupRow>;
  confirmFine?: boolean;
  conversation?: string;
};

export function demoLatePickups(input: DemoLatePickupInput): LatePickupRow[] {
  const { faker, today, isOpenDay } = input;
  faker.seed([input.seed, 8]);
  const int = (min: number, max: number) => faker.number.int({ min, max });
  const id = createIdFactory(faker, DEMO_EPOCH_MS + 4_000_000);

  // The window: this calendar year up to yesterday. Early in the year (under six weeks of it), last year's: a child's pickups are counted per calendar year.
  const yesterday = addDays(today, -1);
  const thisYear = daysBetween(`${today.slice(0, 4)}-01-01`, yesterday) >= 42;
  const lastYear = Number(today.slice(0, 4)) - 1;
  const to = thisYear ? yesterday : `${lastYear}-12-23`;
  const yearStart = thisYear ? `${today.slice(0, 4)}-01-01` : `${lastYear}-01-01`;
  const from = daysBetween(yearStart, to) > 300 ? addDays(to, -300) : yearStart;
  const span = Math.max(1, daysBetween(from, to));

  const placementsOf = new Map<string, PlacementRow[]>();
  for (const p of input.placements) placementsOf.set(p.childId, [...(placementsOf.get(p.childId) ?? []), p]);
  const planOn = (child: ChildRow, date: LocalDate) =>
    isOpenDay(date) ? plannedEndOf(placementsOf.get(child.id) ?? [], child.id, date) : null;

  /** The child's planned open day nearest to `fraction` of the window (0 = oldest, 1 = yesterday), not in `taken`. */
  const dayAt = (child: ChildRow, fraction: number, taken: readonly LocalDate[] = []) => {
    const target = addDays(from, Math.round(span * fraction));
    for (let step = 0; step <= span; step++) {
      for (const date of [addDays(target, -step), addDays(target, step)]) {
        if (date < from || date > to || taken.includes(date)) continue;
        const plan = planOn(child, date);
        if (plan && plan.end >= 16 * 60) return { date, end: plan.end, groupId: plan.groupId };
      }
    }
    return null;
  };

  const rows: LatePickupRow[] = [];
  const confirmations: { row: LatePickupRow; at: string }[] = [];
  const used = new Set<string>();

  input.locations.forEach((location, locIndex) => {
    const groupIds = new Set(input.groups.filter((g) => g.locationId === location.id).map((g) => g.id));
    const staff = input.staff.filter((s) => s.locationId === location.id && s.counts === 'full');
    const kids = input.children.filter((c) => c.locationId === location.id);
    const registrar = (): ActorStamp => {
      const s = staff[int(0, Math.max(0, staff.length - 1))];
      return s ? { userId: s.id, role: 'assistant', name: `${s.firstName} ${s.lastName}` } : DEMO_MANAGER;
    };
    /** Children planned often enough and until late enough to have late pickups over the window. */
    const candidates = faker.helpers.shuffle(
      kids.filter(
        (c) =>
          !used.has(c.id) &&
          (placementsOf.get(c.id) ?? []).some((p) => p.startDate <= from && (p.endDate === null || p.endDate >= to)) &&
          (placementsOf.get(c.id) ?? []).every((p) => groupIds.has(p.groupId)) &&
          dayAt(c, 0.5) !== null,
      ),
    );
    const take = (): ChildRow | undefined => {
      const c = candidates.find(
        (x) => !used.has(x.id) && !input.children.some((y) => y !== x && y.familyId === x.familyId && used.has(y.id)),
      );
      if (c) used.add(c.id);
      return c;
    };

    const add = (draft: Draft) => {
      const registeredAt = instantAtLocal(draft.date, Math.min(draft.pickup + int(3, 20), 24 * 60 - 1));
      const row: LatePickupRow = {
        id: id(),
        locationId: location.id,
        childId: draft.child.id,
        groupId: draft.groupId,
        date: draft.date,
        contractedEnd: draft.end,
        endFromPlan: true,
        pickupTime: draft.pickup,
        closingTime: location.closesAt,
        pickedUpBy: faker.helpers.arrayElement(PICKED_UP_BY),
        note: faker.helpers.arrayElement(NOTES),
        registeredBy: registrar(),
        registeredAt,
        status: 'registered',
        disputeNote: null,
        evidenceNote: null,
        conversation: null,
        fineConfirmation: null,
        history: [],
        ...draft.extra,
      };
      rows.push(row);
      if (draft.confirmFine) confirmations.push({ row, at: instantAtLocal(minDate(addDays(draft.date, 1), today), 9 * 60 + 30) });
      if (draft.conversation) {
        const heldOn = minDate(addDays(draft.date, 8), to);
        const at = instantAtLocal(heldOn, 16 * 60);
        row.conversation = { outcome: draft.conversation, heldOn, by: DEMO_MANAGER, at };
        row.history = [...row.history, { action: 'conversation', note: draft.conversation, by: DEMO_MANAGER, at }];
      }
      return row;
    };
    const late = (end: number, min: number, max: number) => Math.min(end + int(min, max), location.closesAt - 1);

    if (locIndex === 0) {
      // Four times this year: n = 1, 2 (warning), 3 (fine, structural case), 4 (disputed).
      const frequent = take();
      if (frequent) {
        const taken: LocalDate[] = [];
        [0.12, 0.38, 0.66, 0.97].forEach((fraction, i) => {
          const day = dayAt(frequent, fraction, taken);
          if (!day) return;
          taken.push(day.date);
          const disputed = i === 3;
          add({
            child: frequent,
            ...day,
            pickup: disputed ? day.end + 9 : late(day.end, 12, 28),
            confirmFine: i === 2,
            ...(i === 2
              ? {
                  conversation:
                    'Gesprek met moeder gevoerd. Nieuwe werktijden sluiten niet aan op het contract; zij vraagt een verlenging tot 18:30 aan. Afgesproken: bij vertraging vóór 17:30 bellen.',
                }
              : {}),
            ...(disputed
              ? {
                  extra: {
                    status: 'disputed' as const,
                    disputeNote: `Moeder geeft aan dat ze om ${formatTime(day.end + 1)} al binnen was en bij de deur moest wachten. Camerabeelden opvragen.`,
                    history: [
                      {
                        action: 'disputed' as const,
                        note: `Moeder geeft aan dat ze om ${formatTime(day.end + 1)} al binnen was en bij de deur moest wachten. Camerabeelden opvragen.`,
                        by: DEMO_MANAGER,
                        at: instantAtLocal(minDate(addDays(day.date, 1), today), 8 * 60 + 15),
                      },
                    ],
                  },
                }
              : {}),
          });
        });
      }

      // Two siblings picked up late together: one registration each, counted separately.
      const families = new Map<string, ChildRow[]>();
      for (const c of kids) families.set(c.familyId, [...(families.get(c.familyId) ?? []), c]);
      const sharedDay = (pair: ChildRow[]) => {
        for (const fraction of [0.55, 0.45, 0.75, 0.25, 0.85]) {
          const first = pair[0] ? dayAt(pair[0], fraction) : null;
          if (!first) continue;
          const plans = pair.map((c) => planOn(c, first.date));
          if (plans.every((p) => p !== null && p.end >= 16 * 60)) return { date: first.date, plans };
        }
        return null;
      };
      const family = faker.helpers
        .shuffle([...families.values()].filter((f) => f.length >= 2 && f.every((c) => !used.has(c.id))))
        .map((f) => f.slice(0, 2))
        .find((pair) => sharedDay(pair) !== null);
      const together = family ? sharedDay(family) : null;
      if (family && together) {
        const pickup = Math.min(Math.max(...together.plans.map((p) => p?.end ?? 0)) + int(10, 20), location.closesAt - 1);
        const note = 'Broer en zus samen opgehaald; vader had een afspraak die uitliep.';
        family.forEach((child, i) => {
          used.add(child.id);
          const plan = together.plans[i];
          if (plan) add({ child, date: together.date, end: plan.end, groupId: plan.groupId, pickup, extra: { pickedUpBy: 'vader', note } });
        });
      }

      // After closing time: a fine from the first time (every started quarter after 19:00).
      const afterClosing = take();
      const closingDay = afterClosing ? dayAt(afterClosing, 0.9) : null;
      if (afterClosing && closingDay) {
        add({
          child: afterClosing,
          ...closingDay,
          pickup: location.closesAt + int(4, 12),
          extra: { note: 'Na sluitingstijd opgehaald; twee collega’s bleven tot de ouder er was.' },
        });
      }

      // Withdrawn: the wrong child was chosen.
      const mistaken = take();
      const mistakenDay = mistaken ? dayAt(mistaken, 0.7) : null;
      if (mistaken && mistakenDay) {
        const at = instantAtLocal(minDate(addDays(mistakenDay.date, 1), today), 10 * 60);
        const reason = 'Verkeerd kind gekozen: dit kind was al op tijd opgehaald (zie overdrachtslijst).';
        add({
          child: mistaken,
          ...mistakenDay,
          pickup: late(mistakenDay.end, 8, 15),
          extra: { status: 'withdrawn', evidenceNote: reason, history: [{ action: 'withdrawn', note: reason, by: DEMO_MANAGER, at }] },
        });
      }

      // Twice: the warning letter is due.
      const twice = take();
      if (twice) {
        const taken: LocalDate[] = [];
        for (const fraction of [0.5, 0.93]) {
          const day = dayAt(twice, fraction, taken);
          if (!day) continue;
          taken.push(day.date);
          add({ child: twice, ...day, pickup: late(day.end, 6, 22) });
        }
      }
    } else {
      for (const fraction of locIndex === 1 ? [0.3, 0.8, 0.95] : [0.2, 0.6]) {
        const child = take();
        const day = child ? dayAt(child, fraction) : null;
        if (child && day) add({ child, ...day, pickup: late(day.end, 6, 30) });
      }
    }
  });

  // Fines confirmed for billing at the amount the rules give them.
  const assessments = assessRows(rows, defaultLatePickupSettings);
  for (const { row, at } of confirmations) {
    const cents = assessments.get(row.id)?.fineCents ?? 0;
    if (cents === 0) continue;
    row.fineConfirmation = { cents, by: DEMO_MANAGER, at };
    row.history = [...row.history, { action: 'fine_confirmed' as const, note: formatEuro(cents), by: DEMO_MANAGER, at }].sort((a, b) =>
      a.at.localeCompare(b.at),
    );
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

const minDate = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);
