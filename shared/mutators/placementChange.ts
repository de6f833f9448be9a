/**
 * `placement.change`: a contract's days or times within the same group, as one atomic change on an
 * effective date (the 1st or the 16th, as for a transfer), with the group's licensed places
 * checked on every day the new days cover. Before, this took a `placement.end` and a
 * `placement.create`: two writes, the first without the second's checks. See
 * shared/domain/plan/contractChange.ts for the two ways it changes the rows and the preview.
 */
import { z } from 'zod';
import { sameDays } from '../domain/plan/contractChange';
import { checkGroupOpen } from '../domain/plan/contractChecks';
import { checkEffectiveDate, checkPlacementShape } from '../domain/plan/contractRules';
import { showDate } from '../domain/plan/planMessages';
import { masterDataFailure } from '../domain/masterData/messages';
import { localDateOf } from '../domain/requests/requestTime';
import { addDays } from '../domain/time/localDate';
import { Id, LocalDateSchema, PlacementDay } from '../model/rows';
import type { PlacementRow } from '../model/rows';
import { checkPlaces, childAt, groupAt, isFailure, planSettingsOf, refuseRule } from './placementReads';
import { applied, defineMutator, refuseWith } from './types';

export const PlacementChangeArgs = z
  .object({
    placementId: Id,
    /** The id of the contract with the new days, when the old one has started (it then ends the day before). */
    newPlacementId: Id,
    /** The first day with the new days: an effective date, or the contract's own start. */
    effectiveDate: LocalDateSchema,
    days: z.array(PlacementDay).max(14),
  })
  .strict();
export type PlacementChangeArgs = z.infer<typeof PlacementChangeArgs>;

/**
 * New days or times for a contract from an effective date (today or later, within the contract):
 * from its own start the contract gets the new days; later, it ends the day before and a new one
 * (same child, group, care type, kind and end date, and the same recorded age exception) starts.
 */
export const placementChange = defineMutator({
  name: 'placement.change',
  args: PlacementChangeArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const old = await tx.get('placements', args.placementId);
    if (!old) return refuseRule('not_found', 'placement.unknown');
    const child = await childAt(tx, old.childId, old.locationId);
    if (isFailure(child)) return child;
    const group = await groupAt(tx, old.groupId, old.locationId);
    if (isFailure(group)) return group;
    const { effectiveDate } = args;
    const today = localDateOf(ctx.createdAt);
    if (effectiveDate < today)
      return refuseRule('rule_violated', 'placement.in_past', { date: showDate(effectiveDate), today: showDate(today) });
    if (effectiveDate < old.startDate) {
      return refuseWith('rule_violated', masterDataFailure('placement.change_before_start', { startDate: old.startDate, effectiveDate }));
    }
    if (old.endDate !== null && effectiveDate > old.endDate) {
      return refuseWith('rule_violated', masterDataFailure('placement.change_after_end', { endDate: old.endDate, effectiveDate }));
    }
    const split = effectiveDate > old.startDate;
    if (split) {
      const effective = checkEffectiveDate(effectiveDate, await planSettingsOf(tx, old.locationId));
      if (!effective.ok) return refuseWith('rule_violated', effective);
    }
    if (sameDays(old.days, args.days)) return refuseWith('rule_violated', masterDataFailure('placement.change_nothing'));
    if (split && (await tx.get('placements', args.newPlacementId))) return refuseRule('conflict', 'placement.id_taken');
    const next: PlacementRow = split
      ? { ...old, id: args.newPlacementId, startDate: effectiveDate, days: args.days }
      : { ...old, days: args.days };
    const shape = checkPlacementShape(next);
    if (!shape.ok) return refuseWith('rule_violated', shape);
    // Same group, same child: its ages were checked when the contract was entered.
    const open = checkGroupOpen(group, next);
    if (!open.ok) return refuseWith('rule_violated', open);
    const places = await checkPlaces(tx, next, group, [old.id]);
    if (places) return places;
    if (split) {
      await tx.put('placements', { ...old, endDate: addDays(effectiveDate, -1) });
      const exception = await tx.get('placementExceptions', old.id);
      if (exception) await tx.put('placementExceptions', { ...exception, id: next.id });
    }
    await tx.put('placements', next);
    return applied;
  },
});
