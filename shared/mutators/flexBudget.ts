/**
 * Closing a quarter of the flex budgets of a location (spec/requests.md: the quarterly flex
 * budget "expires at quarter end"; hours of staff-shortage rejections submitted 21 days ahead
 * carry over from quarters 1-3 to the next quarter). Run after the quarter's last day, by the
 * desk's scheduler (electron/core/services/requestScheduler.ts) or by hand; the hub runs it again
 * on its own rows. Per child with a budget window ending with the quarter it posts
 * `closeFlexQuarter`'s rows (a carry-over debit and credit, the lapsed rest). Idempotent: a
 * closed quarter sums to zero, so running it again (on this desk, another desk or the hub) posts
 * nothing.
 */
import { z } from 'zod';
import { closeFlexQuarter, quarterSpan } from '../domain/requests/flexBudget';
import type { Quarter } from '../domain/requests/flexBudget';
import { ledgerOfRow, requestOfRow } from '../domain/requests/requestRow';
import { requestText } from '../domain/requests/requestText';
import { localDateOf } from '../domain/requests/requestTime';
import { Id } from '../model/rows';
import { derivedId } from './request';
import { organisationSettingsOf } from './requestReads';
import { applied, defineMutator, refuse } from './types';

export const FlexBudgetCloseQuarterArgs = z
  .object({
    locationId: Id,
    year: z.number().int().min(2000).max(2200),
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    eventId: Id,
  })
  .strict();
export type FlexBudgetCloseQuarterArgs = z.input<typeof FlexBudgetCloseQuarterArgs>;

export const flexBudgetCloseQuarter = defineMutator({
  name: 'flexBudget.closeQuarter',
  args: FlexBudgetCloseQuarterArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const location = await tx.get('locations', args.locationId);
    if (!location) return refuse('not_found', 'request.unknown_location', requestText('request.unknown_location'));
    const quarter = args.quarter as Quarter;
    const span = quarterSpan(args.year, quarter);
    if (localDateOf(ctx.createdAt) <= span.to) {
      const params = { quarter, year: args.year, endDate: span.to };
      return refuse('rule_violated', 'flex.quarter_not_ended', requestText('flex.quarter_not_ended', params), params);
    }
    const settings = await organisationSettingsOf(tx, location);
    const flexRows = (await tx.find('hourLedger', { locationId: location.id, account: 'flex' })).filter((r) => r.validUntil === span.to);
    const childIds = [...new Set(flexRows.map((r) => r.childId))].sort();
    let n = 0;
    for (const childId of childIds) {
      // One read after the other: the transaction may be one database connection.
      const ledger = (await tx.find('hourLedger', { childId, account: 'flex' })).map(ledgerOfRow);
      const requests = (await tx.find('requests', { childId, kind: 'flexDay' })).map(requestOfRow);
      const close = closeFlexQuarter({ childId, year: args.year, quarter, ledger, requests }, settings.requests);
      for (const row of close.rows) {
        const params = { quarter, year: args.year, carriedHours: close.carriedOut / 60, expiredHours: close.expired / 60 };
        const note =
          row.cause === 'flex_expired'
            ? requestText('flex.close.expired', params)
            : row.minutes < 0
              ? requestText('flex.close.carried_out', params)
              : requestText('flex.close.carried_in', params);
        await tx.put('hourLedger', { id: derivedId(args.eventId, n++), locationId: location.id, ...row, postedAt: ctx.createdAt, note });
      }
    }
    return applied;
  },
});
