/**
 * The demo's parent requests (spec/requests.md): per location a realistic week of open requests
 * for the manager's weekly round, with their history and the hour ledgers behind them.
 *
 * Per location, mostly for next week (the demo's roster covers this week and the next):
 * - two or three flex days from the flex contracts (each with its quarter's flex budget, and the
 *   parent's consent for another group given with the request);
 * - three or four extra days on days a KDV child has no contract, a standard care time, paid on
 *   invoice or from swap hours when the child has enough; sometimes two for the same day and
 *   group, so one waits for the other (queue order);
 * - a BSO extra afternoon, two swap days (the original day in the week after), an extension that
 *   came by e-mail (entered by staff);
 * - one request expiring within 48 hours (on top of the queue, flagged) and one for the next open
 *   day, so approving it is late and waits for the parent's confirmation;
 * - absences registered for next week (a holiday reported well ahead earns swap hours; an
 *   illness today earns nothing), which free places;
 * - an approved extra day and a rejected one (staff shortage) as earlier history;
 * - swap-hour credits from earlier absences, some expiring with a contract ending soon (the
 *   credit-expiring list).
 * Each request carries the rules that failed at intake, run with the same rules as the desk
 * (some fail on purpose: a swap asked too late, an extra day on a non-standard time).
 *
 * Deterministic: its own seeded faker stream, ids shaped like UUIDv7, instants from local dates
 * and times; never the clock.
 */
import type { Faker } from '@faker-js/faker';
import { creditsForAbsence } from '../domain/requests/hourLedger';
import type { LedgerRow } from '../domain/requests/hourLedger';
import { quarterOf } from '../domain/requests/flexBudget';
import { parentMessage } from '../domain/requests/parentMessage';
import type { Request, RequestState, RequestWithState } from '../domain/requests/request';
import { submittedState } from '../domain/requests/request';
import { checkForDecision, contextOf } from '../domain/requests/requestDecision';
import { namedRule, rowOfRequest } from '../domain/requests/requestRow';
import { instantAtLocal } from '../domain/requests/requestTime';
import { defaultOrganisationSettings } from '../domain/settings';
import { addDays, isoWeekday, weekStart, type LocalDate } from '../domain/time/localDate';
import type { HourLedgerRow, RequestChannel, RequestEventRow, RequestRow } from '../model/requestRows';
import type { ActorStamp, ChildRow, ConsentRow, GroupRow, LocationRow, PlacementRow } from '../model/rows';
import { DEMO_EPOCH_MS, createIdFactory } from './demoIds';

/** Who enters e-mail requests and decided the demo's history. */
const DEMO_MANAGER: ActorStamp = { userId: 'demo-manager', role: 'manager', name: 'Locatiemanager' };

const PARENT_NOTES = [
  'Oma kan die dag niet oppassen.',
  'Ik moet die dag onverwacht werken.',
  'Graag, we hebben een bruiloft in de familie.',
  'Cursusdag op mijn werk.',
  '',
  '',
];

export type DemoRequestsInput = {
  faker: Faker;
  seed: number;
  today: LocalDate;
  isOpenDay: (date: LocalDate) => boolean;
  locations: readonly LocationRow[];
  groups: readonly GroupRow[];
  children: readonly ChildRow[];
  placements: readonly PlacementRow[];
  consents: readonly ConsentRow[];
};

export type DemoRequests = { requests: RequestRow[]; requestEvents: RequestEventRow[]; hourLedger: HourLedgerRow[] };

const hhmm = (h: number, m = 0) => h * 60 + m;

export function demoRequests(input: DemoRequestsInput): DemoRequests {
  const { faker, today, isOpenDay } = input;
  faker.seed([input.seed, 10]);
  const newId = createIdFactory(faker, DEMO_EPOCH_MS + 8_000_000);
  const int = (min: number, max: number) => faker.number.int({ min, max });
  const settings = defaultOrganisationSettings();
  const out: DemoRequests = { requests: [], requestEvents: [], hourLedger: [] };

  const placementsOf = new Map<string, PlacementRow[]>();
  for (const p of input.placements) placementsOf.set(p.childId, [...(placementsOf.get(p.childId) ?? []), p]);
  const consentOf = new Map(input.consents.map((c) => [c.id, c]));
  const familyOf = new Map<string, ChildRow[]>();
  for (const c of input.children) familyOf.set(c.familyId, [...(familyOf.get(c.familyId) ?? []), c]);
  const requestsOf = new Map<string, RequestWithState[]>();
  const ledgerOf = new Map<string, LedgerRow[]>();
  const at = (date: LocalDate, minutes: number) => instantAtLocal(date, minutes);
  const openDaysFrom = (from: LocalDate, n: number): LocalDate[] => {
    const daysOut: LocalDate[] = [];
    for (let d = from; daysOut.length < n && d < addDays(from, 40); d = addDays(d, 1)) if (isOpenDay(d)) daysOut.push(d);
    return daysOut;
  };
  const running = (p: PlacementRow, date: LocalDate) => p.startDate <= date && (p.endDate === null || date <= p.endDate);
  const contractedOn = (childId: string, date: LocalDate) =>
    (placementsOf.get(childId) ?? []).find(
      (p) => running(p, date) && p.kind === 'fixed' && p.days.some((d) => d.weekday === isoWeekday(date)),
    );

  function ledger(location: LocationRow, row: LedgerRow, postedAt: string, note = ''): void {
    out.hourLedger.push({ id: newId(), locationId: location.id, ...row, postedAt, note });
    ledgerOf.set(row.childId, [...(ledgerOf.get(row.childId) ?? []), row]);
  }

  /** Adds a request as it came in: the rules at intake, the `submitted` event, and a decision when given. */
  function add(
    location: LocationRow,
    request: Request,
    options: { channel: RequestChannel; otherGroupConsent?: boolean; decide?: (r: Request) => RequestState },
  ): void {
    const child = input.children.find((c) => c.id === request.childId);
    if (!child) return;
    const rows = {
      child,
      placements: placementsOf.get(child.id) ?? [],
      family: familyOf.get(child.familyId) ?? [child],
      requests: requestsOf.get(child.id) ?? [],
      ledger: ledgerOf.get(child.id) ?? [],
      consent: consentOf.get(child.id) ?? null,
    };
    const context = contextOf(rows, request.submittedAt, settings.calendar, location, options.otherGroupConsent ?? false);
    const failures = checkForDecision(request, context, settings.requests, null, request.groupId, child.dateOfBirth).failures.map(
      namedRule,
    );
    if (request.kind === 'absence' && failures.length > 0) return;
    const state = options.decide ? options.decide(request) : submittedState;
    const row = rowOfRequest(request, state, {
      locationId: location.id,
      channel: options.channel,
      otherGroupConsent: options.otherGroupConsent ?? false,
      parentNote: faker.helpers.arrayElement(PARENT_NOTES),
      intakeFailures: failures,
    });
    out.requests.push(row);
    requestsOf.set(child.id, [...(requestsOf.get(child.id) ?? []), { ...request, state }]);
    const event = (
      action: RequestEventRow['action'],
      eventAt: string,
      by: ActorStamp | null,
      message: string,
      from: RequestRow['status'] | null,
    ) =>
      out.requestEvents.push({
        id: newId(),
        locationId: location.id,
        requestId: request.id,
        childId: child.id,
        at: eventAt,
        action,
        by,
        fromStatus: from,
        toStatus: action === 'submitted' ? 'submitted' : state.status,
        note: '',
        rules: action === 'submitted' ? failures : [],
        rejection: action === 'rejected' && state.status === 'rejected' ? state.reason : null,
        parentMessage: message,
      });
    const message =
      state.status === 'submitted' ? '' : parentMessage({ request, state, childName: child.firstName }, 'nl', settings.requests);
    if (request.kind === 'absence') {
      event('registered', request.submittedAt, request.enteredBy, message, null);
      for (const c of creditsForAbsence(request, context, settings.requests)) if (c.earns) ledger(location, c.row, request.submittedAt);
      return;
    }
    event('submitted', request.submittedAt, request.enteredBy, '', null);
    if (state.status === 'approved') event('approved', state.decidedAt, state.decidedBy, message, 'submitted');
    if (state.status === 'rejected') event('rejected', state.decidedAt, state.decidedBy, message, 'submitted');
  }

  const monday = weekStart(today);
  const nextWeek = openDaysFrom(addDays(monday, 7), 5).filter((d) => d < addDays(monday, 14));
  const weekAfter = openDaysFrom(addDays(monday, 14), 5).filter((d) => d < addDays(monday, 21));
  const nextOpen = openDaysFrom(addDays(today, 1), 1)[0];
  const base = (childId: string, groupId: string, submittedAt: string, enteredBy: ActorStamp | null = null) => ({
    id: newId(),
    childId,
    groupId,
    submittedAt,
    expiresAt: null as string | null,
    enteredBy,
  });

  for (const location of input.locations) {
    const groups = input.groups.filter((g) => g.locationId === location.id);
    const kdvGroups = new Set(groups.filter((g) => g.careType === 'KDV').map((g) => g.id));
    const kids = input.children.filter((c) => c.locationId === location.id);
    const fixedOn = (date: LocalDate, careType: 'KDV' | 'BSO') =>
      kids.flatMap((c) => {
        const p = (placementsOf.get(c.id) ?? []).find((x) => running(x, date) && x.kind === 'fixed' && x.careType === careType);
        return p && !contractedOn(c.id, date) && !(requestsOf.get(c.id) ?? []).some((r) => r.kind !== 'absence' && r.date === date)
          ? [{ child: c, placement: p }]
          : [];
      });

    // Credit from earlier planned absences (swap and make-up hours), some lapsing with a contract ending soon.
    const creditKids = kids.filter((c) =>
      (placementsOf.get(c.id) ?? []).some((p) => p.kind === 'fixed' && p.careType === 'KDV' && running(p, today)),
    );
    for (const c of faker.helpers.shuffle(creditKids).slice(0, 6)) {
      const p = (placementsOf.get(c.id) ?? []).find((x) => running(x, today));
      if (!p) continue;
      const earnedOn = addDays(today, -int(20, 60));
      const end = p.endDate;
      const validUntil = end !== null && end < `${today.slice(0, 4)}-12-31` ? end : `${today.slice(0, 4)}-12-31`;
      if (validUntil < earnedOn) continue;
      ledger(
        location,
        {
          childId: c.id,
          account: 'swap_hours',
          minutes: faker.helpers.arrayElement([300, 570, 630, 1260]),
          cause: 'planned_absence',
          validFrom: earnedOn,
          validUntil,
          sourceRequestId: null,
          locationInitiated: false,
        },
        at(earnedOn, hhmm(8)),
        'Afwezigheid ruim vooraf gemeld',
      );
    }
    for (const p of input.placements.filter(
      (x) => x.locationId === location.id && x.endDate !== null && x.endDate > today && x.kind === 'fixed',
    )) {
      if (p.endDate === null || p.endDate > addDays(today, 25) || (ledgerOf.get(p.childId) ?? []).length > 0) continue;
      const earnedOn = addDays(today, -int(10, 40));
      if (earnedOn > p.endDate) continue;
      ledger(
        location,
        {
          childId: p.childId,
          account: 'swap_hours',
          minutes: 330,
          cause: 'planned_absence',
          validFrom: earnedOn,
          validUntil: p.endDate,
          sourceRequestId: null,
          locationInitiated: false,
        },
        at(earnedOn, hhmm(8)),
        'Afwezigheid ruim vooraf gemeld; geldig tot de laatste contractdag',
      );
    }

    // Flex budgets: the quarter of today and of next month.
    const flex = input.placements.filter((p) => p.locationId === location.id && p.kind === 'flex' && running(p, addDays(today, 7)));
    for (const p of flex) {
      const quarters = [...new Map([quarterOf(today), quarterOf(addDays(today, 35))].map((q) => [q.from, q])).values()];
      for (const q of quarters) {
        ledger(
          location,
          {
            childId: p.childId,
            account: 'flex',
            minutes: 96 * 60,
            cause: 'flex_allowance',
            validFrom: q.from,
            validUntil: q.to,
            sourceRequestId: null,
            locationInitiated: false,
          },
          at(addDays(q.from, -35), hhmm(6)),
          'Flexbudget van het kwartaal',
        );
      }
    }

    // Flex days next week, asked well before the month's deadline.
    for (const [i, p] of flex.entries()) {
      const date = nextWeek[(i * 2 + 1) % Math.max(1, nextWeek.length)];
      if (date === undefined) continue;
      const submittedAt = at(addDays(`${date.slice(0, 7)}-01`, -int(24, 40)), hhmm(int(19, 22), 15 * int(0, 3)));
      add(
        location,
        { ...base(p.childId, p.groupId, submittedAt), kind: 'flexDay', date, start: hhmm(7, 30), end: hhmm(18) },
        { channel: 'portal', otherGroupConsent: true },
      );
    }

    // Extra days on a KDV child's free weekday, some two for one day and group.
    const extraDays = nextWeek.slice(0, 4);
    for (const [i, date] of extraDays.entries()) {
      const candidates = fixedOn(date, 'KDV').filter((x) => kdvGroups.has(x.placement.groupId));
      const pairs = i === 1 ? 2 : 1;
      const chosen = faker.helpers.shuffle(candidates).slice(0, pairs);
      const groupOfFirst = chosen[0]?.placement.groupId;
      for (const [j, { child, placement }] of chosen.entries()) {
        const groupId = j > 0 && groupOfFirst ? groupOfFirst : placement.groupId;
        const credit = (ledgerOf.get(child.id) ?? []).filter((l) => l.account === 'swap_hours').reduce((n, l) => n + l.minutes, 0);
        const times = i === 3 ? { start: hhmm(8, 30), end: hhmm(16, 45) } : { start: hhmm(7, 30), end: hhmm(18) };
        add(
          location,
          {
            ...base(child.id, groupId, at(addDays(date, -int(8, 16)), hhmm(int(7, 21), 5 * int(0, 11)))),
            kind: 'extraDay',
            date,
            ...times,
            payment: credit >= times.end - times.start ? 'swap_hours' : 'invoice',
            recurring: false,
          },
          { channel: 'portal', otherGroupConsent: groupId !== placement.groupId },
        );
      }
    }

    // A BSO afternoon on a school day.
    const bsoDate = nextWeek[2];
    const bso = bsoDate ? faker.helpers.shuffle(fixedOn(bsoDate, 'BSO'))[0] : undefined;
    if (bso && bsoDate) {
      add(
        location,
        {
          ...base(bso.child.id, bso.placement.groupId, at(addDays(bsoDate, -10), hhmm(20, 30))),
          kind: 'extraDay',
          date: bsoDate,
          start: hhmm(15),
          end: hhmm(18),
          payment: 'invoice',
          recurring: false,
        },
        { channel: 'portal' },
      );
    }

    // Swap days: a contracted day in the week after given up for a free day next week.
    for (const k of [0, 1]) {
      const date = nextWeek[k === 0 ? 1 : 3];
      if (date === undefined) continue;
      const options = fixedOn(date, 'KDV').flatMap(({ child, placement }) => {
        const original = weekAfter.find((d) => contractedOn(child.id, d)?.id === placement.id);
        const day = original ? placement.days.find((d) => d.weekday === isoWeekday(original)) : undefined;
        return original && day ? [{ child, placement, original, day }] : [];
      });
      const pick = faker.helpers.shuffle(options)[0];
      if (!pick) continue;
      // The second one was asked too late (9 days before): the rule fails and the queue says so.
      const daysBefore = k === 0 ? int(15, 20) : 9;
      add(
        location,
        {
          ...base(pick.child.id, pick.placement.groupId, at(addDays(date, -daysBefore), hhmm(int(8, 22)))),
          kind: 'swapDay',
          originalChildId: pick.child.id,
          originalDate: pick.original,
          date,
          start: pick.day.start,
          end: pick.day.end,
        },
        { channel: 'portal' },
      );
    }

    // An extension that came by e-mail: one hour later, entered by staff.
    const extDate = nextWeek[4] ?? nextWeek[0];
    const extension = extDate
      ? kids
          .map((c) => ({ c, p: contractedOn(c.id, extDate) }))
          .find(
            ({ p }) => p?.careType === 'KDV' && p.days.some((d) => d.weekday === isoWeekday(extDate) && d.end + 60 <= location.closesAt),
          )
      : undefined;
    if (extension?.p && extDate) {
      const day = extension.p.days.find((d) => d.weekday === isoWeekday(extDate));
      if (day) {
        add(
          location,
          {
            ...base(extension.c.id, extension.p.groupId, at(addDays(extDate, -6), hhmm(10, 12)), DEMO_MANAGER),
            kind: 'extension',
            date: extDate,
            start: day.start,
            end: day.end + 60,
          },
          { channel: 'email' },
        );
      }
    }

    // On top of the queue: one expiring within 48 hours, and one for the next open day (a late approval).
    const soon = nextWeek[0];
    const expiring = soon ? faker.helpers.shuffle(fixedOn(soon, 'KDV'))[0] : undefined;
    if (expiring && soon) {
      add(
        location,
        {
          ...base(expiring.child.id, expiring.placement.groupId, at(addDays(today, -3), hhmm(21, 40))),
          expiresAt: at(addDays(today, 1), hhmm(17)),
          kind: 'extraDay',
          date: soon,
          start: hhmm(8),
          end: hhmm(18),
          payment: 'invoice',
          recurring: false,
        },
        { channel: 'portal' },
      );
    }
    const lateOne = nextOpen ? faker.helpers.shuffle(fixedOn(nextOpen, 'KDV'))[0] : undefined;
    if (lateOne && nextOpen) {
      add(
        location,
        {
          ...base(lateOne.child.id, lateOne.placement.groupId, at(addDays(today, -5), hhmm(7, 50)), DEMO_MANAGER),
          kind: 'extraDay',
          date: nextOpen,
          start: hhmm(7, 30),
          end: hhmm(13),
          payment: 'invoice',
          recurring: false,
        },
        { channel: 'phone' },
      );
    }

    // Absences: a holiday next week reported well ahead (earns hours), and an illness today.
    const away = nextWeek[2];
    const holidayKids = away ? kids.filter((c) => contractedOn(c.id, away)) : [];
    for (const c of faker.helpers.shuffle(holidayKids).slice(0, 2)) {
      const p = away ? contractedOn(c.id, away) : undefined;
      if (!p || !away) continue;
      add(
        location,
        {
          ...base(c.id, p.groupId, at(addDays(today, -int(8, 20)), hhmm(20))),
          kind: 'absence',
          from: away,
          to: away,
          reason: 'holiday',
          initiatedBy: 'parent',
        },
        { channel: 'portal', decide: (r) => registered(r) },
      );
    }
    const ill = kids.find((c) => contractedOn(c.id, today) && !(requestsOf.get(c.id) ?? []).length);
    const illPlacement = ill ? contractedOn(ill.id, today) : undefined;
    if (ill && illPlacement) {
      add(
        location,
        {
          ...base(ill.id, illPlacement.groupId, at(today, hhmm(7, 5)), DEMO_MANAGER),
          kind: 'absence',
          from: today,
          to: today,
          reason: 'illness',
          initiatedBy: 'parent',
        },
        { channel: 'phone', decide: (r) => registered(r) },
      );
    }

    // History: an extra day approved last week for next week, and a flex day rejected for staff shortage.
    const approvedDate = nextWeek[4];
    const approvedKid = approvedDate ? faker.helpers.shuffle(fixedOn(approvedDate, 'KDV'))[0] : undefined;
    if (approvedKid && approvedDate) {
      const decidedAt = at(addDays(today, -4), hhmm(14, 10));
      add(
        location,
        {
          ...base(approvedKid.child.id, approvedKid.placement.groupId, at(addDays(today, -9), hhmm(19))),
          kind: 'extraDay',
          date: approvedDate,
          start: hhmm(7, 30),
          end: hhmm(13),
          payment: 'invoice',
          recurring: false,
        },
        {
          channel: 'portal',
          decide: (r) => ({
            status: 'approved',
            decidedAt,
            decidedBy: DEMO_MANAGER,
            groupId: r.groupId,
            provisional: false,
            awaitingParentConfirmation: false,
            outOfOrderReason: null,
          }),
        },
      );
    }
    const rejectedFlex = flex[0];
    const rejectedDate = nextWeek[3];
    if (rejectedFlex && rejectedDate) {
      add(
        location,
        {
          ...base(rejectedFlex.childId, rejectedFlex.groupId, at(addDays(`${rejectedDate.slice(0, 7)}-01`, -30), hhmm(21))),
          kind: 'flexDay',
          date: rejectedDate,
          start: hhmm(8),
          end: hhmm(17, 30),
        },
        {
          channel: 'portal',
          otherGroupConsent: true,
          decide: () => ({
            status: 'rejected',
            decidedAt: at(addDays(today, -4), hhmm(14, 20)),
            decidedBy: DEMO_MANAGER,
            reason: { code: 'staff_shortage', note: 'Die dag zijn twee collega’s op cursus.' },
            provisional: false,
          }),
        },
      );
    }
  }
  return out;

  function registered(r: Request): RequestState {
    return {
      status: 'approved',
      decidedAt: r.submittedAt,
      decidedBy: r.enteredBy ?? DEMO_MANAGER,
      groupId: r.groupId,
      provisional: false,
      awaitingParentConfirmation: false,
      outOfOrderReason: null,
    };
  }
}
