/**
 * The queue's evaluation (spec/requests.md, "Order of the queue"): for every open request of a
 * location, at `now`, the full decision check (the kind's rules and the what-if ratio and group
 * size in its group), whether approving it now would be out of order or late, whether it expires
 * soon, and the child's hour balances on the day.
 *
 * Each request is checked against the plan as it is (approved requests included), not against
 * the other open ones: once one is approved, the next evaluation shows what it changed for the
 * others. One `FitEvaluator` per day, so the day without the child is evaluated once.
 */
import type { ChildRow, ConsentRow, GroupRow, PlacementRow, ShiftRow, StaffAbsenceRow, StaffRow } from '../../model/rows';
import type { OrganisationSettings } from '../settings';
import { balanceOn } from './hourLedger';
import type { LedgerRow } from './hourLedger';
import { isExpiredAt } from './commonRules';
import { isExpiringSoon, isOutOfOrder } from './queueOrder';
import type { Request, RequestWithState } from './request';
import type { SchoolClosureOpening } from './requestContext';
import { checkForDecision, contextOf } from './requestDecision';
import type { DecisionCheck } from './requestDecision';
import { FitEvaluator, fitDayOf } from './requestFit';
import { isLateApproval } from './requestState';
import { registeredForClosureDay } from './schoolClosureDay';

export type QueueRows = {
  now: string;
  location: { id: string; opensAt: number; closesAt: number };
  settings: OrganisationSettings;
  groups: readonly GroupRow[];
  /** The location's placements (all: the rules look at the contract around the day). */
  placements: readonly PlacementRow[];
  children: readonly ChildRow[];
  /** Shifts of the days evaluated (others are ignored). */
  shifts: readonly ShiftRow[];
  staff: readonly StaffRow[];
  staffAbsences: readonly StaffAbsenceRow[];
  /** Every request of the children involved, any state (the rules' "other requests"). */
  childRequests: readonly RequestWithState[];
  /** Approved requests of the location touching the days evaluated (they change the plan). */
  approved: readonly RequestWithState[];
  ledger: readonly LedgerRow[];
  consents: readonly Pick<ConsentRow, 'id' | 'otherGroup'>[];
  /** Per request id: the parent consented with the request to another group. */
  otherGroupConsent?: ReadonlyMap<string, boolean>;
  /**
   * Per school closure day: the children registered at the location and the day's opening
   * threshold. A day not in it counts the live school-closure requests among `open` and
   * `approved`, with the organisation's threshold.
   */
  schoolClosureOpening?: ReadonlyMap<string, SchoolClosureOpening>;
};

export type QueueEvaluation = {
  check: DecisionCheck;
  outOfOrder: boolean;
  late: boolean;
  expiring: boolean;
  expired: boolean;
  balances: { swapHours: number; flex: number | null };
};

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const bucket = out.get(k);
    if (bucket) bucket.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Evaluates `open` (submitted requests of the location) at `rows.now`. */
export function evaluateQueue(open: readonly RequestWithState[], rows: QueueRows): Map<string, QueueEvaluation> {
  const { settings, now } = rows;
  const days = new Map<string, FitEvaluator>();
  const evaluatorOn = (date: string): FitEvaluator => {
    let e = days.get(date);
    if (!e) {
      const approved = rows.approved.filter((r) => touches(r, date));
      const day = fitDayOf({
        date,
        location: rows.location,
        groups: rows.groups,
        placements: rows.placements,
        children: rows.children,
        shifts: rows.shifts.filter((s) => s.date === date),
        staff: rows.staff,
        staffAbsences: rows.staffAbsences.filter((a) => a.date === date),
        requests: approved,
        settings,
      });
      e = new FitEvaluator(day, settings.ratio);
      days.set(date, e);
    }
    return e;
  };

  const childById = new Map(rows.children.map((c) => [c.id, c]));
  const placementsOf = groupBy(rows.placements, (p) => p.childId);
  const requestsOf = groupBy(rows.childRequests, (r) => r.childId);
  const ledgerOf = groupBy(rows.ledger, (r) => r.childId);
  const familyOf = groupBy(rows.children, (c) => c.familyId);
  const consentOf = new Map(rows.consents.map((c) => [c.id, c]));
  // Only requests of the same day and group compete (`competes`): look among those alone.
  const openOfDayGroup = groupBy(open, (r) => `${dayOf(r)}|${r.groupId}`);
  const flexChildren = new Set(rows.placements.filter((p) => p.kind === 'flex').map((p) => p.childId));

  const out = new Map<string, QueueEvaluation>();
  for (const request of open) {
    const child = childById.get(request.childId);
    if (!child) continue;
    const ledger = ledgerOf.get(child.id) ?? [];
    const context = contextOf(
      {
        child,
        placements: placementsOf.get(child.id) ?? [],
        family: familyOf.get(child.familyId) ?? [child],
        requests: requestsOf.get(child.id) ?? [],
        ledger,
        consent: consentOf.get(child.id) ?? null,
      },
      now,
      settings.calendar,
      rows.location,
      rows.otherGroupConsent?.get(request.id) ?? false,
    );
    const date = dayOf(request);
    if (request.kind === 'schoolClosureDay') {
      context.schoolClosureOpening = rows.schoolClosureOpening?.get(date) ?? {
        registered: registeredForClosureDay([...open, ...rows.approved], date),
        threshold: settings.requests.schoolClosureDay.openingThreshold,
      };
    }
    const fit = request.kind === 'absence' ? null : evaluatorOn(date);
    out.set(request.id, {
      check: checkForDecision(request, context, settings.requests, fit, request.groupId, child.dateOfBirth),
      outOfOrder: isOutOfOrder(request, openOfDayGroup.get(`${date}|${request.groupId}`) ?? []),
      late: isLateApproval(request, now, settings.requests),
      expiring: isExpiringSoon(request, now, settings.requests),
      expired: isExpiredAt(request, now),
      balances: {
        swapHours: balanceOn(ledger, date, { account: 'swap_hours' }),
        flex: flexChildren.has(child.id) ? balanceOn(ledger, date, { account: 'flex' }) : null,
      },
    });
  }
  return out;
}

function dayOf(r: Request): string {
  return r.kind === 'absence' ? r.from : r.date;
}

/** True when the approved `r` changes the plan on `date`. */
export function touches(r: RequestWithState, date: string): boolean {
  if (r.kind === 'absence') return r.from <= date && date <= r.to;
  return r.date === date || (r.kind === 'swapDay' && r.originalDate === date);
}
