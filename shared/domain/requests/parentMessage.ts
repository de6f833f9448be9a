/**
 * The message the parent receives for a decision, in Dutch (English on request), naming the
 * rule or the reason (spec/requests.md, "Decisions"). Send it only once the hub has accepted the
 * decision (`provisional` false): nothing reaches the parent before.
 *
 * - approved: the request, the group when it is not the child's home group, for an extra day
 *   paid partly from swap hours (mixed payment allowed) the split: hours from the credit, hours
 *   on the invoice and their price (`invoiceCentsPerHour`), for a swap the
 *   absence credit of the day given up that lapses (a day is compensated once), and, for a late
 *   approval, the request to confirm that the care is still needed; an absence is "registered";
 * - rejected: the reason (staff shortage, group full, the rules not met with each rule's
 *   sentence, structural extra care, or the free text), the note, and for a flex day rejected
 *   for staff shortage in time, that its hours carry over to the next quarter;
 * - expired: not decided before the expiry moment, so the parent can arrange something else;
 * - revoked: the manager's reason, hours come back, a call follows;
 * - cancelled: confirmed.
 */
import type { Lang } from '../../i18n/messages';
import { formatTime } from '../time/timeOfDay';
import { flexCarryOverApplies } from './flexBudget';
import type { LedgerRow } from './hourLedger';
import { requestMessages } from './messages';
import type { CareRequest, NamedRule, RejectionReason, Request, RequestState } from './request';
import { defaultRequestSettings } from './requestSettings';
import type { RequestSettings } from './requestSettings';
import { requestText } from './requestText';

export type ParentDecision = {
  request: Request;
  /** The decided state: approved, rejected, expired, revoked or cancelled. */
  state: RequestState;
  /** The child's first name. */
  childName: string;
  /** The group's name when the approval places the child in another group than its home group. */
  otherGroupName?: string | null;
  /** Approved: what the approval does to the parent's hours (`settlementOf` the rows it posts). */
  settlement?: ApprovalSettlement;
};

/** What an approval does to the parent's hours and invoice, in minutes. */
export type ApprovalSettlement = {
  /** An extra day's hours paid from swap and make-up hours. */
  fromCredit: number;
  /** Minutes of care on the invoice (`minutesOnInvoice`). */
  onInvoice: number;
  /** Absence credit of the day a swap gives up, taken back (a day is compensated once). */
  creditTakenBack: number;
};

/**
 * The settlement of approving `request`, from the ledger rows the approval posts
 * (`ledgerRowsForApproval`) and the minutes it puts on the invoice (`minutesOnInvoice`).
 */
export function settlementOf(request: Request, posted: readonly LedgerRow[], onInvoice: number): ApprovalSettlement {
  const minutesOf = (cause: LedgerRow['cause']) =>
    -posted.filter((r) => r.sourceRequestId === request.id && r.cause === cause).reduce((sum, r) => sum + r.minutes, 0);
  return { fromCredit: minutesOf('extra_day'), onInvoice, creditTakenBack: minutesOf('swapped_day') };
}

/** The price of `minutes` of care on the invoice, in whole cents (half a cent rounds up). */
export function invoiceCents(minutes: number, settings: RequestSettings): number {
  return Math.round((minutes * settings.extraDay.invoiceCentsPerHour) / 60);
}

/** "ruildag voor Sem op do 3 dec van 07:30 tot 18:00, in plaats van di 24 nov". */
export function requestSubject(request: Request, childName: string, lang: Lang = 'nl'): string {
  if (request.kind === 'absence') {
    const key = request.from === request.to ? 'parent.subject.absence_day' : 'parent.subject.absence_period';
    return requestText(key, { child: childName, fromDate: request.from, toDate: request.to }, lang);
  }
  const params = { child: childName, dayDate: request.date, start: formatTime(request.start), end: formatTime(request.end) };
  if (request.kind === 'swapDay') return requestText('parent.subject.swapDay', { ...params, originalDate: request.originalDate }, lang);
  return requestText(`parent.subject.${request.kind}`, params, lang);
}

function ruleSentence(rule: NamedRule, lang: Lang): string {
  if (rule.rule in requestMessages[lang]) return requestText(rule.rule, rule.params ?? {}, lang);
  return rule.message ?? rule.rule;
}

function reasonSentences(reason: RejectionReason, lang: Lang): string[] {
  switch (reason.code) {
    case 'outside_rules':
      return [requestText('parent.reason.outside_rules', {}, lang), ...reason.rules.map((r) => ruleSentence(r, lang))];
    case 'other':
      return [requestText('parent.reason.other', { note: reason.note.trim() }, lang)];
    default:
      return [requestText(`parent.reason.${reason.code}`, {}, lang)];
  }
}

/** The receipt the parent gets when a care request is made: with its expiry moment (`expiryMomentOf`). */
export function receiptMessage(request: CareRequest, childName: string, lang: Lang = 'nl'): string {
  const subject = requestSubject(request, childName, lang);
  return requestText('parent.received', { subject, expiresAt: request.expiresAt ?? '' }, lang);
}

/** The text the parent receives for `decision`. Throws for a request still waiting (a programming error). */
export function parentMessage(decision: ParentDecision, lang: Lang = 'nl', settings: RequestSettings = defaultRequestSettings): string {
  const { request, state, childName } = decision;
  const subject = requestSubject(request, childName, lang);
  const sentences: string[] = [];
  switch (state.status) {
    case 'submitted':
      throw new Error(`no parent message for request ${request.id}: not decided`);
    case 'approved': {
      if (request.kind === 'absence') {
        sentences.push(requestText('parent.absence_registered', { subject }, lang));
        break;
      }
      sentences.push(requestText('parent.approved', { subject }, lang));
      if (decision.otherGroupName)
        sentences.push(requestText('parent.approved_other_group', { child: childName, group: decision.otherGroupName }, lang));
      const settlement = decision.settlement;
      if (request.kind === 'extraDay' && request.payment === 'swap_hours' && settlement && settlement.onInvoice > 0) {
        const params = {
          fromCreditHours: settlement.fromCredit / 60,
          invoiceHours: settlement.onInvoice / 60,
          invoiceCents: invoiceCents(settlement.onInvoice, settings),
        };
        sentences.push(requestText('parent.approved_split', params, lang));
      }
      if (request.kind === 'swapDay' && (settlement?.creditTakenBack ?? 0) > 0) {
        const creditHours = (settlement?.creditTakenBack ?? 0) / 60;
        sentences.push(requestText('parent.approved_credit_taken_back', { originalDate: request.originalDate, creditHours }, lang));
      }
      if (state.awaitingParentConfirmation) {
        sentences.push(requestText('parent.approved_confirm', { lateHours: settings.queue.lateApprovalHours }, lang));
      }
      break;
    }
    case 'rejected': {
      sentences.push(requestText('parent.rejected', { subject }, lang), ...reasonSentences(state.reason, lang));
      const note = state.reason.code === 'other' ? '' : (state.reason.note?.trim() ?? '');
      if (note !== '') sentences.push(requestText('parent.note', { note }, lang));
      if (request.kind === 'flexDay' && flexCarryOverApplies(request, state.reason, settings)) {
        sentences.push(requestText('parent.flex_carry_over', {}, lang));
      }
      break;
    }
    case 'expired':
      sentences.push(requestText('parent.expired', { subject, expiresAt: request.expiresAt ?? state.at }, lang));
      break;
    case 'revoked':
      // The template ends the reason with a full stop of its own.
      sentences.push(requestText('parent.revoked', { subject, reason: state.reason.replace(/[\s.!?]+$/, '') }, lang));
      if (spendsHours(request)) sentences.push(requestText('parent.revoked_hours', {}, lang));
      if (isBilledKind(request)) sentences.push(requestText('parent.revoked_invoice', {}, lang));
      break;
    case 'cancelled':
      sentences.push(requestText('parent.cancelled', { subject }, lang));
      break;
  }
  return sentences.join(' ');
}

/** Kinds whose approval spends ledger hours (hourLedger.ts): an extra day paid from swap hours, a flex day. */
function spendsHours(request: ParentDecision['request']): boolean {
  return (request.kind === 'extraDay' && request.payment === 'swap_hours') || request.kind === 'flexDay';
}

/** Kinds that put care on the invoice when approved (billing.ts): an extra day on invoice, an extension, a school closure day. */
function isBilledKind(request: ParentDecision['request']): boolean {
  return (
    (request.kind === 'extraDay' && request.payment === 'invoice') || request.kind === 'extension' || request.kind === 'schoolClosureDay'
  );
}
