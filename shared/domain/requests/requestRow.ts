/**
 * Between the stored request row (shared/model/requestRows.ts) and the domain's `Request` with
 * its state, which every rule of this folder takes. Pure; no rule lives here.
 */
import type { HourLedgerRow, RequestChannel, RequestRow } from '../../model/requestRows';
import type { ActorStamp } from '../../model/rows';
import type { LedgerRow } from './hourLedger';
import type { NamedRule, Request, RequestState, RequestWithState } from './request';
import type { RuleFailure } from '../../result';

/** The domain request (and its state) a row holds. */
export function requestOfRow(row: RequestRow): RequestWithState {
  const base = {
    id: row.id,
    childId: row.childId,
    groupId: row.groupId,
    submittedAt: row.submittedAt,
    expiresAt: row.expiresAt,
    enteredBy: row.enteredBy,
    state: row.state,
  };
  const times = { start: row.start ?? 0, end: row.end ?? 0 };
  switch (row.kind) {
    case 'absence':
      return {
        ...base,
        kind: 'absence',
        from: row.date,
        to: row.endDate,
        reason: row.absenceReason ?? 'other',
        initiatedBy: row.initiatedBy ?? 'parent',
      };
    case 'swapDay':
      return {
        ...base,
        kind: 'swapDay',
        originalChildId: row.originalChildId ?? row.childId,
        originalDate: row.originalDate ?? row.date,
        date: row.date,
        ...times,
      };
    case 'extraDay':
      return { ...base, kind: 'extraDay', date: row.date, ...times, payment: row.payment ?? 'invoice', recurring: row.recurring };
    case 'flexDay':
      return { ...base, kind: 'flexDay', date: row.date, ...times };
    case 'extension':
      return { ...base, kind: 'extension', date: row.date, ...times };
    case 'schoolClosureDay':
      return { ...base, kind: 'schoolClosureDay', date: row.date, ...times };
  }
}

/** Who decided and when, as the state says (null while submitted; the parent's own steps: null). */
export function decisionOf(state: RequestState): { decidedBy: ActorStamp | null; decidedAt: string | null } {
  switch (state.status) {
    case 'submitted':
      return { decidedBy: null, decidedAt: null };
    case 'approved':
    case 'rejected':
      return { decidedBy: state.decidedBy, decidedAt: state.decidedAt };
    case 'cancelled':
      return { decidedBy: state.by, decidedAt: state.at };
    case 'expired':
      return { decidedBy: null, decidedAt: state.at };
    case 'revoked':
      return { decidedBy: state.by, decidedAt: state.at };
  }
}

/** The row with `state`, its status and decision columns kept in step. */
export function withState(row: RequestRow, state: RequestState): RequestRow {
  return { ...row, state, status: state.status, ...decisionOf(state) };
}

export type RequestRowExtras = {
  locationId: string;
  channel: RequestChannel;
  otherGroupConsent: boolean;
  parentNote: string;
  intakeFailures: readonly NamedRule[];
};

/** The row of a new request. */
export function rowOfRequest(request: Request, state: RequestState, extras: RequestRowExtras): RequestRow {
  const common = {
    id: request.id,
    locationId: extras.locationId,
    childId: request.childId,
    groupId: request.groupId,
    kind: request.kind,
    submittedAt: request.submittedAt,
    expiresAt: request.expiresAt,
    enteredBy: request.enteredBy,
    channel: extras.channel,
    otherGroupConsent: extras.otherGroupConsent,
    parentNote: extras.parentNote,
    intakeFailures: [...extras.intakeFailures],
    originalChildId: null,
    originalDate: null,
    absenceReason: null,
    initiatedBy: null,
    payment: null,
    recurring: false,
  };
  const stateColumns = { state, status: state.status, ...decisionOf(state) };
  if (request.kind === 'absence') {
    return {
      ...common,
      ...stateColumns,
      date: request.from,
      endDate: request.to,
      start: null,
      end: null,
      absenceReason: request.reason,
      initiatedBy: request.initiatedBy,
    };
  }
  const day = { date: request.date, endDate: request.date, start: request.start, end: request.end };
  if (request.kind === 'swapDay') {
    return { ...common, ...stateColumns, ...day, originalChildId: request.originalChildId, originalDate: request.originalDate };
  }
  if (request.kind === 'extraDay') return { ...common, ...stateColumns, ...day, payment: request.payment, recurring: request.recurring };
  return { ...common, ...stateColumns, ...day };
}

/** A rule failure as it is stored: rule id, params, and the Dutch sentence. */
export function namedRule(failure: RuleFailure): NamedRule {
  return { rule: failure.rule, ...(failure.params ? { params: { ...failure.params } } : {}), message: failure.message.slice(0, 1000) };
}

/** The ledger row of the rules (hourLedger.ts) a stored ledger row holds. */
export function ledgerOfRow(row: HourLedgerRow): LedgerRow {
  return {
    childId: row.childId,
    account: row.account,
    minutes: row.minutes,
    cause: row.cause,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    sourceRequestId: row.sourceRequestId,
    locationInitiated: row.locationInitiated,
  };
}
