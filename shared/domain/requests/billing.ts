/**
 * What an approved request puts on the parent's invoice (spec/requests.md), in minutes of care;
 * billing (kindplanning) prices them:
 * - extra day paid on invoice: the whole day part; paid from swap hours: only what the hours did
 *   not cover (nothing, unless the organisation allows mixing);
 * - extension: the minutes added to the day part it extends;
 * - school closure day: the whole day part ("billed separately");
 * - swap day, flex day (the flex contract's budget), absence: nothing.
 *
 * When: an approval is billable once final. A late approval (less than 24 hours before care
 * starts) only when the parent confirms it is still needed. Undoing: revoking an approval, or
 * the parent cancelling one in time, credits every charge of the request not yet credited
 * (`creditsFor`). Lines are never edited or deleted.
 */
import type { BillingCause, BillingLineRow } from '../../model/requestRows';
import { careParts } from './extension';
import type { LedgerRow } from './hourLedger';
import type { Request } from './request';
import type { ExtensionContext } from './requestContext';

/**
 * Minutes of `request` to bill. `spent`: the request's own swap-hour debits (an extra day paid
 * from hours); `context`: the child's placements and other requests (an extension's day part).
 */
export function minutesOnInvoice(
  request: Request,
  spent: readonly LedgerRow[],
  context: Pick<ExtensionContext, 'placements' | 'otherRequests'>,
): number {
  switch (request.kind) {
    case 'extraDay': {
      const asked = request.end - request.start;
      if (request.payment === 'invoice') return asked;
      const fromHours = -spent
        .filter((r) => r.sourceRequestId === request.id && r.account === 'swap_hours' && r.cause === 'extra_day')
        .reduce((sum, r) => sum + r.minutes, 0);
      return Math.max(0, asked - fromHours);
    }
    case 'extension': {
      const asked = request.end - request.start;
      const part = careParts(request, context)
        .filter((p) => request.start <= p.start && p.end <= request.end)
        .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      return part ? Math.max(0, asked - (part.end - part.start)) : 0;
    }
    case 'schoolClosureDay':
      return request.end - request.start;
    case 'swapDay':
    case 'flexDay':
    case 'absence':
      return 0;
  }
}

export type BillingLineDraft = Omit<BillingLineRow, 'id' | 'locationId' | 'postedAt'>;

/** The charge for `minutes` of `request`'s care; none for zero minutes. */
export function chargeFor(request: Request, minutes: number, note = ''): BillingLineDraft[] {
  if (minutes <= 0 || request.kind === 'absence') return [];
  return [
    {
      childId: request.childId,
      requestId: request.id,
      kind: request.kind,
      date: request.date,
      minutes,
      cause: 'approved',
      creditsLineId: null,
      note,
    },
  ];
}

/** Credits for every charge among `lines` (a request's lines) that no credit names yet. */
export function creditsFor(lines: readonly BillingLineRow[], cause: Exclude<BillingCause, 'approved'>, note = ''): BillingLineDraft[] {
  const credited = new Set(lines.flatMap((l) => (l.creditsLineId !== null ? [l.creditsLineId] : [])));
  return lines
    .filter((l) => l.cause === 'approved' && l.minutes > 0 && !credited.has(l.id))
    .map((l) => ({
      childId: l.childId,
      requestId: l.requestId,
      kind: l.kind,
      date: l.date,
      minutes: -l.minutes,
      cause,
      creditsLineId: l.id,
      note,
    }));
}

/** What is on the invoice for a request now: the sum of its lines (0 after a credit). */
export function billedMinutes(lines: readonly Pick<BillingLineRow, 'minutes'>[]): number {
  return lines.reduce((sum, l) => sum + l.minutes, 0);
}
