/**
 * What a decision needs, as pure functions: the rules' context from the rows of one child, the
 * full check at decision time (the kind's rules, then the what-if ratio and group size), and the
 * ledger rows an approval posts. The decision mutators (on the desk and on the hub) and the
 * desk's queue call exactly these, each with the rows it reads itself.
 */
import type { ChildRow, ConsentRow, PlacementRow } from '../../model/rows';
import type { RuleFailure } from '../../result';
import type { CalendarSettings } from '../calendar/calendarSettings';
import type { LocalDate } from '../time/localDate';
import { checkRequest } from './checkRequest';
import { quarterOf } from './flexBudget';
import { creditTakenBackBySwap, debitForExtraDay } from './hourLedger';
import type { LedgerRow } from './hourLedger';
import type { Request, RequestWithState } from './request';
import type { RequestContext } from './requestContext';
import { placementFor } from './requestContext';
import type { FitEvaluator, FitResult, FitStay } from './requestFit';
import type { RequestSettings } from './requestSettings';

export type ChildRows = {
  child: Pick<ChildRow, 'id' | 'firstName' | 'dateOfBirth'>;
  placements: readonly PlacementRow[];
  family: readonly Pick<ChildRow, 'id' | 'firstName'>[];
  /** The child's requests, any kind and state (this one may be among them: the rules skip it). */
  requests: readonly RequestWithState[];
  ledger: readonly LedgerRow[];
  consent: Pick<ConsentRow, 'otherGroup'> | null;
};

/** The rules' context at `at`, from one child's rows. `otherGroupConsent`: given with the request. */
export function contextOf(
  rows: ChildRows,
  at: string,
  calendar: CalendarSettings,
  openingHours: { opensAt: number; closesAt: number },
  otherGroupConsent = false,
): RequestContext {
  const consented = (rows.consent?.otherGroup ?? false) || otherGroupConsent;
  return {
    at,
    placements: rows.placements,
    family: rows.family,
    illDates: [],
    otherRequests: rows.requests,
    ledger: rows.ledger,
    consent: rows.consent || otherGroupConsent ? { otherGroup: consented } : null,
    calendar,
    openingHours,
  };
}

/** The child's home group on `date` (the group of its placement that day); null without one. */
export function homeGroupOn(placements: readonly PlacementRow[], childId: string, date: LocalDate): string | null {
  return placementFor(placements, childId, date)?.groupId ?? null;
}

/** The stay the request asks for in `groupId`; null for an absence (it asks for none). */
export function stayOf(request: Request, groupId: string, dateOfBirth: LocalDate): FitStay | null {
  if (request.kind === 'absence') return null;
  return {
    childId: request.childId,
    groupId,
    dateOfBirth,
    start: request.start,
    end: request.end,
    replacesChildStays: request.kind === 'extension',
  };
}

export type DecisionCheck = {
  /** Every rule that fails: the kind's rules first, then the what-if's. */
  failures: RuleFailure[];
  /** The what-if in the care group; null for an absence. */
  fit: FitResult | null;
};

/**
 * The check at decision time: `checkRequest` at `context.at` with fresh rows, then the what-if
 * for the stay in `careGroupId` (the request's group, or another with the parent's consent).
 */
export function checkForDecision(
  request: Request,
  context: RequestContext,
  settings: RequestSettings,
  fit: FitEvaluator | null,
  careGroupId: string,
  dateOfBirth: LocalDate,
): DecisionCheck {
  const rules = checkRequest(request, context, settings);
  const stay = stayOf(request, careGroupId, dateOfBirth);
  const result = stay && fit ? fit.check(stay) : null;
  return { failures: [...rules.failures, ...(result?.failures ?? [])], fit: result };
}

/**
 * The ledger rows approving `request` posts: an extra day paid from swap hours spends credit
 * (`debitForExtraDay`); a flex day spends the quarter's budget; a swap takes back the credit an
 * absence earned on the day it gives up (`creditTakenBackBySwap`). Other kinds post nothing.
 * Null when the credit does not cover the day, or was spent (the rules already say so).
 */
export function ledgerRowsForApproval(request: Request, ledger: readonly LedgerRow[], settings: RequestSettings): LedgerRow[] | null {
  if (request.kind === 'extraDay' && request.payment === 'swap_hours') {
    const debit = debitForExtraDay(ledger, request, settings);
    return debit.ok ? debit.value.rows : null;
  }
  if (request.kind === 'swapDay') {
    const takenBack = creditTakenBackBySwap(ledger, request);
    return takenBack.ok ? takenBack.value : null;
  }
  if (request.kind === 'flexDay') {
    const q = quarterOf(request.date);
    return [
      {
        childId: request.childId,
        account: 'flex',
        minutes: -(request.end - request.start),
        cause: 'flex_day',
        validFrom: q.from,
        validUntil: q.to,
        sourceRequestId: request.id,
        locationInitiated: false,
      },
    ];
  }
  return [];
}
