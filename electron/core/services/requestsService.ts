/**
 * The request queue on the desk (spec/requests.md): the week's requests of a location checked
 * now (`evaluateQueue`: the kind's rules and the what-if ratio on this desk's rows), bulk
 * approval of a day, expiry of requests past their moment, the parent's message before a
 * decision, the hour ledgers and the credit about to expire, and the intake form's choices.
 *
 * Decisions themselves are mutators (`request.*` through `mutate`); bulk approval runs
 * `request.approve` one request after the other, so each one is checked on the rows the previous
 * approvals left, exactly as the hub will check it again.
 */
import { v7 as uuidv7 } from 'uuid';
import { apiError, apiOk } from '../../../shared/contract/errors';
import type {
  BulkApproveResult,
  ChildLedgerView,
  ExpiringCreditView,
  RequestCheckView,
  RequestConflictView,
  RequestItem,
  RequestQueue,
  RequestQueueDay,
} from '../../../shared/contract/requestViews';
import { balanceOn, expiringCredits } from '../../../shared/domain/requests/hourLedger';
import { minutesOnInvoice } from '../../../shared/domain/requests/billing';
import type { LedgerRow } from '../../../shared/domain/requests/hourLedger';
import { parentMessage, settlementOf } from '../../../shared/domain/requests/parentMessage';
import { compareQueue } from '../../../shared/domain/requests/queueOrder';
import { evaluateQueue, touches } from '../../../shared/domain/requests/queueEvaluation';
import type { QueueEvaluation, QueueRows } from '../../../shared/domain/requests/queueEvaluation';
import { requestStatuses } from '../../../shared/domain/requests/request';
import type { RequestState, RequestStatus, RequestWithState } from '../../../shared/domain/requests/request';
import { contractedDayOn } from '../../../shared/domain/requests/requestContext';
import { homeGroupOn, ledgerRowsForApproval, stayOf } from '../../../shared/domain/requests/requestDecision';
import { FitEvaluator, fitDayOf } from '../../../shared/domain/requests/requestFit';
import { ledgerOfRow, requestOfRow } from '../../../shared/domain/requests/requestRow';
import { isLateApproval } from '../../../shared/domain/requests/requestState';
import { compareInstants } from '../../../shared/domain/requests/requestTime';
import { isOpenDay } from '../../../shared/domain/calendar/calendar';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import { addDays, weekStart } from '../../../shared/domain/time/localDate';
import type { BillingLineRow, HourLedgerRow, RequestEventRow, RequestRow } from '../../../shared/model/requestRows';
import type { ChildRow, GroupRow, LocationRow, PlacementRow } from '../../../shared/model/rows';
import type { Actor } from '../../../shared/model/roles';
import type { MutatorName } from '../../../shared/mutators/names';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import {
  approvedRequestsTouching,
  billingOfRequests,
  eventsOfRequests,
  liveClosureRequests,
  schoolClosureDays,
  ledgerOfChildren,
  ledgerOfLocation,
  openRequests,
  openTasks,
  pendingRequestIds,
  requestById,
  requestConflicts,
  requestsBetween,
  requestsOfChildren,
} from '../store/repositories/requestRepository';
import type { RequestConflict } from '../store/repositories/requestRepository';
import { organisationSettings } from '../store/repositories/settingsRepository';
import type { TableName } from '../../../shared/model/tables';
import { expireDue } from './requestScheduler';
import { openingThresholdOn, registeredForClosureDay } from '../../../shared/domain/requests/schoolClosureDay';

const fullName = (c: Pick<ChildRow, 'firstName' | 'lastName'>) => `${c.firstName} ${c.lastName}`;

type LocationData = {
  location: LocationRow;
  settings: OrganisationSettings;
  groups: GroupRow[];
  children: ChildRow[];
  childById: Map<string, ChildRow>;
  groupById: Map<string, GroupRow>;
};

function locationData(ctx: CoreContext, locationId: string): LocationData | null {
  const location = ctx.store.get('locations', locationId);
  if (!location) return null;
  const groups = ctx.store.find('groups', { locationId });
  const children = ctx.store.find('children', { locationId });
  return {
    location,
    settings: organisationSettings(ctx.db),
    groups,
    children,
    childById: new Map(children.map((c) => [c.id, c])),
    groupById: new Map(groups.map((g) => [g.id, g])),
  };
}

/** The rows `evaluateQueue` needs for `open` requests of the location. */
export function queueRowsFor(ctx: CoreContext, data: LocationData, open: readonly RequestRow[], now: string): QueueRows {
  const locationId = data.location.id;
  const dates = [...new Set(open.map((r) => r.date))].sort();
  const childIds = [...new Set(open.map((r) => r.childId))];
  const first = dates[0];
  const last = dates.at(-1);
  return {
    now,
    location: data.location,
    settings: data.settings,
    groups: data.groups,
    placements: ctx.store.find('placements', { locationId }),
    children: data.children,
    shifts: dates.flatMap((date) => ctx.store.find('shifts', { locationId, date })),
    staff: ctx.store.find('staff', { locationId }),
    staffAbsences: dates.flatMap((date) => ctx.store.find('staffAbsences', { locationId, date })),
    childRequests: requestsOfChildren(ctx.db, childIds).map(requestOfRow),
    approved: first && last ? approvedRequestsTouching(ctx.db, locationId, first, last) : [],
    ledger: ledgerOfChildren(ctx.db, childIds).map(ledgerOfRow),
    consents: ctx.store.find('consents', { locationId }),
    otherGroupConsent: new Map(open.map((r) => [r.id, r.otherGroupConsent])),
    schoolClosureOpening: closureOpenings(ctx, data, [...new Set(open.filter((r) => r.kind === 'schoolClosureDay').map((r) => r.date))]),
  };
}

type ClosureOpening = { registered: number; threshold: number; thresholdSet: boolean };

/** Per school closure day: the live registrations at the location and the day's opening threshold. */
function closureOpenings(ctx: CoreContext, data: LocationData, dates: readonly string[]): Map<string, ClosureOpening> {
  const out = new Map<string, ClosureOpening>();
  if (dates.length === 0) return out;
  const locationId = data.location.id;
  const live = liveClosureRequests(ctx.db, locationId, dates);
  const set = schoolClosureDays(ctx.db, locationId, dates);
  for (const date of dates) {
    out.set(date, {
      registered: registeredForClosureDay(live, date),
      threshold: openingThresholdOn(set, date, data.settings.requests),
      thresholdSet: set.some((d) => d.date === date),
    });
  }
  return out;
}

function checkView(e: QueueEvaluation): RequestCheckView {
  return {
    fits: e.check.failures.length === 0,
    failures: e.check.failures.map((f) => ({ rule: f.rule, message: f.message, params: { ...(f.params ?? {}) } })),
    unitName: e.check.fit?.unitName ?? '',
    changes: (e.check.fit?.changes ?? []).map((c) => ({ start: c.start, end: c.end, from: c.from, to: c.to })),
  };
}

function conflictView(conflict: RequestConflict, row: RequestRow): RequestConflictView {
  return {
    seq: conflict.seq,
    reason: conflict.reason,
    ours: { mutation: conflict.name, byName: conflict.actor.name, at: conflict.createdAt },
    hub: { status: row.status, byName: row.decidedBy?.name ?? null, at: row.decidedAt },
  };
}

/**
 * What approving `request` now would send the parent: with what the approval would do to the
 * hours and the invoice (the split of a mixed-paid extra day, a swapped day's credit taken back),
 * from the child's `ledger` and `placements`, as `request.approve` will post it. (The invoice
 * minutes of an extension also depend on the child's other requests; the message names no
 * invoice for an extension, so none are passed.)
 */
function approvalPreview(
  request: RequestWithState,
  child: ChildRow,
  data: LocationData,
  now: string,
  groupId: string,
  homeGroupId: string | null,
  ledger: readonly LedgerRow[],
  placements: readonly PlacementRow[],
): string | null {
  if (request.kind === 'absence') return null;
  const spent = ledgerRowsForApproval(request, ledger, data.settings.requests) ?? [];
  const settlement = settlementOf(request, spent, minutesOnInvoice(request, spent, { placements, otherRequests: [] }));
  const state: RequestState = {
    status: 'approved',
    decidedAt: now,
    decidedBy: { userId: 'preview', role: 'manager', name: 'preview' },
    groupId,
    provisional: false,
    awaitingParentConfirmation: isLateApproval(request, now, data.settings.requests),
    outOfOrderReason: null,
  };
  const otherGroupName = homeGroupId !== null && homeGroupId !== groupId ? (data.groupById.get(groupId)?.name ?? null) : null;
  return parentMessage({ request, state, childName: child.firstName, otherGroupName, settlement }, 'nl', data.settings.requests);
}

function itemOf(
  row: RequestRow,
  data: LocationData,
  evaluation: QueueEvaluation | undefined,
  events: readonly RequestEventRow[],
  provisional: boolean,
  conflict: RequestConflict | undefined,
  now: string,
  placementsOfChild: (childId: string) => PlacementRow[],
  ledger: readonly HourLedgerRow[],
  billing: readonly BillingLineRow[],
  closure: ClosureOpening | null,
): RequestItem {
  const child = data.childById.get(row.childId);
  const request = requestOfRow(row);
  const homeGroupId = homeGroupOn(placementsOfChild(row.childId), row.childId, row.date);
  const state = row.state;
  const decidedEvent = [...events].reverse().find((e) => e.parentMessage !== '');
  const childLedger = ledger.map(ledgerOfRow);
  return {
    id: row.id,
    kind: row.kind,
    childId: row.childId,
    childName: child ? fullName(child) : row.childId,
    groupId: row.groupId,
    groupName: data.groupById.get(row.groupId)?.name ?? row.groupId,
    homeGroupName: homeGroupId !== null && homeGroupId !== row.groupId ? (data.groupById.get(homeGroupId)?.name ?? null) : null,
    date: row.date,
    endDate: row.endDate,
    start: row.start,
    end: row.end,
    originalDate: row.originalDate,
    payment: row.payment,
    absenceReason: row.absenceReason,
    channel: row.channel,
    enteredByName: row.enteredBy?.name ?? null,
    parentNote: row.parentNote,
    submittedAt: row.submittedAt,
    expiresAt: row.expiresAt,
    expiring: evaluation?.expiring ?? false,
    expired: evaluation?.expired ?? false,
    status: row.status,
    provisional,
    awaitingParentConfirmation: state.status === 'approved' && state.awaitingParentConfirmation,
    decidedByName: row.decidedBy?.name ?? null,
    decidedAt: row.decidedAt,
    outOfOrderReason: state.status === 'approved' ? state.outOfOrderReason : null,
    rejection: state.status === 'rejected' ? state.reason : null,
    revokeReason: state.status === 'revoked' ? state.reason : null,
    intakeFailures: row.intakeFailures.map((f) => ({ rule: f.rule, message: f.message ?? f.rule, params: { ...(f.params ?? {}) } })),
    check: evaluation ? checkView(evaluation) : null,
    outOfOrder: evaluation?.outOfOrder ?? false,
    late: evaluation?.late ?? false,
    balances: evaluation?.balances ?? {
      swapHours: balanceOn(childLedger, row.date, { account: 'swap_hours' }),
      flex: childLedger.some((l) => l.account === 'flex') ? balanceOn(childLedger, row.date, { account: 'flex' }) : null,
    },
    parentMessage:
      row.status === 'submitted'
        ? child
          ? approvalPreview({ ...request, state }, child, data, now, row.groupId, homeGroupId, childLedger, placementsOfChild(row.childId))
          : null
        : (decidedEvent?.parentMessage ?? null),
    schoolClosure: row.kind === 'schoolClosureDay' ? closure : null,
    billing:
      billing.length > 0
        ? {
            charged: billing.filter((l) => l.minutes > 0).reduce((n, l) => n + l.minutes, 0),
            credited: billing.filter((l) => l.minutes < 0).reduce((n, l) => n - l.minutes, 0),
          }
        : null,
    conflict: conflict ? conflictView(conflict, row) : null,
    history: events.map((e) => ({ action: e.action, at: e.at, byName: e.by?.name ?? null, note: e.note, parentMessage: e.parentMessage })),
  };
}

function matchesStatus(status: RequestStatus, filter: string): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return status === 'submitted';
  if (filter === 'decided') return status !== 'submitted';
  return status === filter;
}

/** Runs a mutator as the signed-in person at the desk's clock, like `mutate` does. */
async function runMutator(ctx: CoreContext, actor: Actor, name: MutatorName, args: unknown) {
  return ctx.mutations.apply(name, args, { actor, createdAt: ctx.clock().toISOString() });
}

export function requestsService(
  ctx: CoreContext,
): HandlersOf<
  'requests.queue' | 'requests.bulkApprove' | 'requests.expireDue' | 'requests.message' | 'requests.ledgers' | 'requests.form'
> {
  return {
    'requests.queue': async ({ locationId, weekStart: requested, kind, groupId, status }) => {
      const data = locationData(ctx, locationId);
      if (!data) return apiError('not_found', 'Deze locatie bestaat niet.');
      const now = ctx.clock().toISOString();
      const monday = weekStart(requested ?? busiestWeek(openRequests(ctx.db, locationId), todayOf(ctx)));
      const sunday = addDays(monday, 6);
      const week = requestsBetween(ctx.db, locationId, monday, sunday);
      const open = openRequests(ctx.db, locationId);
      const openInWeek = open.filter((r) => r.date <= sunday && r.endDate >= monday);
      const evaluations = evaluateQueue(openInWeek.map(requestOfRow), queueRowsFor(ctx, data, openInWeek, now));
      // Open requests expiring soon are shown on top whatever their day.
      const expiringElsewhere = open.filter((r) => !openInWeek.includes(r) && r.expiresAt !== null);
      const otherEvaluations =
        expiringElsewhere.length > 0
          ? evaluateQueue(expiringElsewhere.map(requestOfRow), queueRowsFor(ctx, data, expiringElsewhere, now))
          : new Map();
      const rows = [...week, ...expiringElsewhere.filter((r) => otherEvaluations.get(r.id)?.expiring === true)];

      const events = eventsOfRequests(
        ctx.db,
        rows.map((r) => r.id),
      );
      const eventsOf = new Map<string, RequestEventRow[]>();
      for (const e of events) eventsOf.set(e.requestId, [...(eventsOf.get(e.requestId) ?? []), e]);
      const pending = pendingRequestIds(ctx.db);
      const conflicts = requestConflicts(ctx.db);
      const placements = ctx.store.find('placements', { locationId });
      const placementsOfChild = (childId: string) => placements.filter((p) => p.childId === childId);
      const childIds = [...new Set(rows.map((r) => r.childId))];
      const ledger = ledgerOfChildren(ctx.db, childIds);
      const billing = billingOfRequests(
        ctx.db,
        rows.map((r) => r.id),
      );
      const closures = closureOpenings(ctx, data, [...new Set(rows.filter((r) => r.kind === 'schoolClosureDay').map((r) => r.date))]);

      const items = rows.map((row) =>
        itemOf(
          row,
          data,
          evaluations.get(row.id) ?? otherEvaluations.get(row.id),
          eventsOf.get(row.id) ?? [],
          pending.has(row.id),
          conflicts.get(row.id)?.at(-1),
          now,
          placementsOfChild,
          ledger.filter((l) => l.childId === row.childId),
          billing.get(row.id) ?? [],
          closures.get(row.date) ?? null,
        ),
      );
      const counts = Object.fromEntries(requestStatuses.map((s) => [s, 0])) as Record<RequestStatus, number>;
      for (const r of week) counts[r.status] += 1;

      const shown = items.filter(
        (i) => matchesStatus(i.status, status) && (kind === null || i.kind === kind) && (groupId === null || i.groupId === groupId),
      );
      const byQueue = (a: RequestItem, b: RequestItem) => compareQueue(requestOfRow(rowOf(rows, a.id)), requestOfRow(rowOf(rows, b.id)));
      const expiring = shown
        .filter((i) => i.status === 'submitted' && i.expiring)
        .sort((a, b) => compareInstants(a.expiresAt ?? a.submittedAt, b.expiresAt ?? b.submittedAt) || byQueue(a, b));
      const rest = shown.filter((i) => !expiring.includes(i) && i.date <= sunday && i.endDate >= monday).sort(byQueue);
      const days: RequestQueueDay[] = [];
      for (const item of rest) {
        const day = item.date < monday ? monday : item.date;
        let d = days.find((x) => x.date === day);
        if (!d) {
          d = { date: day, groups: [] };
          days.push(d);
        }
        let g = d.groups.find((x) => x.groupId === item.groupId);
        if (!g) {
          g = { groupId: item.groupId, groupName: item.groupName, items: [] };
          d.groups.push(g);
        }
        g.items.push(item);
      }
      days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const groupOrder = new Map(data.groups.map((g, i) => [g.id, i]));
      for (const d of days) d.groups.sort((a, b) => (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0));

      const queue: RequestQueue = {
        locationId,
        weekStart: monday,
        now,
        role: ctx.session.actor()?.role ?? null,
        expiring,
        days,
        groups: data.groups.map((g) => ({ groupId: g.id, name: g.name })),
        counts,
        tasks: openTasks(ctx.db, locationId).map((t) => {
          const child = data.childById.get(t.childId);
          return { id: t.id, requestId: t.requestId, childName: child ? fullName(child) : t.childId, note: t.note, createdAt: t.createdAt };
        }),
      };
      return apiOk(queue);
    },

    'requests.bulkApprove': async ({ locationId, date }) => {
      const actor = ctx.session.actor();
      if (!actor) return apiError('unauthorized', 'Meld u eerst aan om iets te wijzigen.', { rule: 'auth.signed_in' });
      const data = locationData(ctx, locationId);
      if (!data) return apiError('not_found', 'Deze locatie bestaat niet.');
      const candidates = openRequests(ctx.db, locationId)
        .filter((r) => r.date === date && r.kind !== 'absence')
        .map(requestOfRow)
        .sort(compareQueue);
      const result: BulkApproveResult = { approved: [], stopped: [] };
      const stoppedGroups = new Set<string>();
      const tables = new Set<string>();
      for (const request of candidates) {
        if (stoppedGroups.has(request.groupId)) continue;
        const outcome = await runMutator(ctx, actor, 'request.approve', { requestId: request.id, eventId: uuidv7() });
        if (outcome.ok) {
          result.approved.push(request.id);
          outcome.tables.forEach((t) => tables.add(t));
          continue;
        }
        // Approving in queue order: the first that does not fit stops its group (the next would be out of order).
        stoppedGroups.add(request.groupId);
        const child = data.childById.get(request.childId);
        result.stopped.push({
          requestId: request.id,
          childName: child ? fullName(child) : request.childId,
          groupName: data.groupById.get(request.groupId)?.name ?? request.groupId,
          rule: outcome.rule,
          params: outcome.params ?? {},
          message: outcome.message,
        });
      }
      if (tables.size > 0) {
        ctx.emit({ type: 'changed', tables: [...tables] as never });
        ctx.sync.notifyLocalWrite();
      }
      return apiOk(result);
    },

    'requests.expireDue': async ({ locationId }) => {
      // The scheduler (requestScheduler.ts) does this at the minute; this is for a screen that
      // opens right after the desk woke up, before the scheduler looked again.
      const actor = ctx.session.actor();
      if (!actor) return apiOk({ expired: 0 });
      const tables = new Set<TableName>();
      const expired = await expireDue(ctx, actor, ctx.clock().toISOString(), tables, locationId);
      if (tables.size > 0) {
        ctx.emit({ type: 'changed', tables: [...tables] });
        ctx.sync.notifyLocalWrite();
      }
      return apiOk({ expired });
    },

    'requests.message': async ({ requestId, decision, reason, groupId }) => {
      const row = requestById(ctx.db, requestId);
      if (!row) return apiError('not_found', 'Deze aanvraag bestaat niet (meer).');
      const data = locationData(ctx, row.locationId);
      const child = data?.childById.get(row.childId);
      if (!data || !child) return apiError('not_found', 'Dit kind is onbekend op deze locatie.');
      const request = { ...requestOfRow(row), state: row.state };
      const now = ctx.clock().toISOString();
      if (decision === 'last') {
        const last = eventsOfRequests(ctx.db, [requestId])
          .filter((e) => e.parentMessage !== '')
          .at(-1);
        return apiOk({ message: last?.parentMessage ?? '' });
      }
      if (decision === 'approve') {
        const placements = ctx.store.find('placements', { childId: row.childId });
        const home = homeGroupOn(placements, row.childId, row.date);
        const ledger = ledgerOfChildren(ctx.db, [row.childId]).map(ledgerOfRow);
        return apiOk({ message: approvalPreview(request, child, data, now, groupId ?? row.groupId, home, ledger, placements) ?? '' });
      }
      if (!reason) return apiError('validation_failed', 'Kies een reden om af te wijzen.', { rule: 'request.reason_needed' });
      const state: RequestState = {
        status: 'rejected',
        decidedAt: now,
        decidedBy: { userId: 'preview', role: 'manager', name: 'preview' },
        reason,
        provisional: false,
      };
      return apiOk({ message: parentMessage({ request, state, childName: child.firstName }, 'nl', data.settings.requests) });
    },

    'requests.ledgers': async ({ locationId, date }) => {
      const data = locationData(ctx, locationId);
      if (!data) return apiError('not_found', 'Deze locatie bestaat niet.');
      const today = date ?? todayOf(ctx);
      const rows = ledgerOfLocation(ctx.db, locationId);
      const placements = ctx.store.find('placements', { locationId });
      const groupOfChild = (childId: string) => {
        const home = homeGroupOn(placements, childId, today) ?? placements.find((p) => p.childId === childId)?.groupId ?? null;
        return home ? (data.groupById.get(home)?.name ?? '') : '';
      };
      const byChild = new Map<string, HourLedgerRow[]>();
      for (const r of rows) byChild.set(r.childId, [...(byChild.get(r.childId) ?? []), r]);
      const children: ChildLedgerView[] = [...byChild.entries()]
        .map(([childId, entries]) => {
          const child = data.childById.get(childId);
          const ledger = entries.map(ledgerOfRow);
          return {
            childId,
            childName: child ? fullName(child) : childId,
            groupName: groupOfChild(childId),
            swapHours: balanceOn(ledger, today, { account: 'swap_hours' }),
            flex: ledger.some((l) => l.account === 'flex') ? balanceOn(ledger, today, { account: 'flex' }) : null,
            entries: entries.map((e) => ({
              id: e.id,
              account: e.account,
              minutes: e.minutes,
              cause: e.cause,
              validFrom: e.validFrom,
              validUntil: e.validUntil,
              postedAt: e.postedAt,
              note: e.note,
              locationInitiated: e.locationInitiated,
            })),
          };
        })
        .sort((a, b) => a.childName.localeCompare(b.childName, 'nl'));

      const expiring: ExpiringCreditView[] = expiringCredits(rows.map(ledgerOfRow), today, data.settings.requests).map((e) => {
        const child = data.childById.get(e.childId);
        return {
          childId: e.childId,
          childName: child ? fullName(child) : e.childId,
          groupName: groupOfChild(e.childId),
          validUntil: e.validUntil,
          minutes: e.minutes,
          daysLeft: e.daysLeft,
          daysWithRoom: child ? daysWithRoom(ctx, data, child, placements, today, e.validUntil) : [],
        };
      });
      return apiOk({ locationId, date: today, children, expiring });
    },

    'requests.form': async ({ locationId }) => {
      const data = locationData(ctx, locationId);
      if (!data) return apiError('not_found', 'Deze locatie bestaat niet.');
      const today = todayOf(ctx);
      const placements = ctx.store.find('placements', { locationId }).filter((p) => p.endDate === null || p.endDate >= today);
      const consents = new Map(ctx.store.find('consents', { locationId }).map((c) => [c.id, c.otherGroup]));
      const children = data.children
        .flatMap((c) => {
          const mine = placements.filter((p) => p.childId === c.id).sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
          const current = mine.find((p) => p.startDate <= today) ?? mine[0];
          if (!current) return [];
          return [
            {
              childId: c.id,
              name: fullName(c),
              groupId: current.groupId,
              groupName: data.groupById.get(current.groupId)?.name ?? '',
              careType: current.careType,
              flex: mine.some((p) => p.kind === 'flex'),
              otherGroupConsent: consents.get(c.id) ?? false,
            },
          ];
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return apiOk({ locationId, children, groups: data.groups.map((g) => ({ groupId: g.id, name: g.name, careType: g.careType })) });
    },
  };
}

/** Weeks ahead the queue looks at when no week is asked for. */
const DEFAULT_WEEKS_AHEAD = 4;

/** The week (from this one on) with the most open requests: where the weekly round starts; this week when none. */
function busiestWeek(open: readonly RequestRow[], today: string): string {
  const counts = new Map<string, number>();
  const last = addDays(weekStart(today), DEFAULT_WEEKS_AHEAD * 7);
  for (const r of open) {
    if (r.date < today || r.date >= last) continue;
    const week = weekStart(r.date);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  let best = weekStart(today);
  let most = 0;
  for (const [week, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > most) [best, most] = [week, n];
  }
  return best;
}

function rowOf(rows: readonly RequestRow[], id: string): RequestRow {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no request ${id}`);
  return row;
}

/** Most days listed, and how far ahead to look, for expiring credit. */
const ROOM_DAYS = 5;
const ROOM_HORIZON_DAYS = 28;

/** Open days until `until` on which the child's home group has room for a day with the child (what-if). */
function daysWithRoom(
  ctx: CoreContext,
  data: LocationData,
  child: ChildRow,
  placements: readonly PlacementRow[],
  today: string,
  until: string,
): string[] {
  const out: string[] = [];
  const locationId = data.location.id;
  const staff = ctx.store.find('staff', { locationId });
  const last = until < addDays(today, ROOM_HORIZON_DAYS) ? until : addDays(today, ROOM_HORIZON_DAYS);
  for (let date = addDays(today, 1); date <= last && out.length < ROOM_DAYS; date = addDays(date, 1)) {
    if (!isOpenDay(date, data.settings.calendar)) continue;
    const groupId = homeGroupOn(placements, child.id, date);
    if (groupId === null) continue;
    if (contractedDayOn(placements, child.id, date)) continue;
    const approved = approvedRequestsTouching(ctx.db, locationId, date, date).filter((r) => touches(r, date));
    const day = fitDayOf({
      date,
      location: data.location,
      groups: data.groups,
      placements,
      children: data.children,
      shifts: ctx.store.find('shifts', { locationId, date }),
      staff,
      staffAbsences: ctx.store.find('staffAbsences', { locationId, date }),
      requests: approved,
      settings: data.settings,
    });
    if (day.shifts.length === 0) continue;
    const typical = placements.find((p) => p.childId === child.id)?.days[0];
    const stay = stayOf(
      {
        kind: 'extraDay',
        id: 'what-if',
        childId: child.id,
        groupId,
        submittedAt: `${today}T00:00:00Z`,
        expiresAt: null,
        enteredBy: null,
        date,
        start: typical?.start ?? 450,
        end: typical?.end ?? 1080,
        payment: 'swap_hours',
        recurring: false,
      },
      groupId,
      child.dateOfBirth,
    );
    if (stay && new FitEvaluator(day, data.settings.ratio).check(stay).fits) out.push(date);
  }
  return out;
}
