/**
 * Placements (contracts): which child comes to which group on which weekdays, from when to when.
 *
 * Every change takes effect on an effective date (the 1st or the 16th, `PlanSettings`): a new
 * contract starts on one (a BSO contract may also start on the 4th birthday), a group transfer
 * ends the old contract the day before one and starts the new contract on it, and a contract
 * ends on the day before one (a KDV contract also on the day before the 4th birthday). One
 * child's contracts never overlap. The rules are in shared/domain/plan/contractRules.ts.
 */
import { z } from 'zod';
import { isWithinAgeRange } from '../domain/plan/contractChecks';
import { checkEffectiveDate, checkEndDate, checkKdvAge, checkPlacementShape, checkStartDate } from '../domain/plan/contractRules';
import { showDate } from '../domain/plan/planMessages';
import { localDateOf } from '../domain/requests/requestTime';
import { addDays } from '../domain/time/localDate';
import { Id, LocalDateSchema, PlacementDay, PlacementRow } from '../model/rows';
import type { ChildRow, GroupRow } from '../model/rows';
import {
  checkCareTypeOfGroup,
  checkGroupFit,
  checkNoOverlap,
  checkPlaces,
  childAt,
  groupAt,
  isFailure,
  planSettingsOf,
  recordAgeReason,
  refuseRule,
} from './placementReads';
import { applied, defineMutator, refuseWith } from './types';
import type { MutationContext, MutationFailure, MutationOutcome, MutationTx } from './types';

/** Why a child outside the group's ages is placed there anyway (null: no exception asked). */
const AgeExceptionReason = z.string().trim().min(1).max(500).nullable();

/**
 * Enters `placement` in `group` after the checks of entry, and records the age exception where
 * the child is outside the group's ages (`except`: the contract it replaces).
 */
async function enter(
  tx: MutationTx,
  placement: PlacementRow,
  group: GroupRow,
  child: ChildRow,
  ageReason: string | null,
  ctx: MutationContext,
  except: readonly string[] = [],
): Promise<MutationFailure | null> {
  const overlap = await checkNoOverlap(tx, placement, child, except);
  if (overlap) return overlap;
  const fit = checkGroupFit(placement, group, child, ageReason);
  if (fit) return fit;
  const places = await checkPlaces(tx, placement, group, except);
  if (places) return places;
  await tx.put('placements', placement);
  if (ageReason !== null && !isWithinAgeRange(group, child.dateOfBirth, placement.startDate))
    await recordAgeReason(tx, placement, ageReason, ctx);
  return null;
}

/**
 * A new contract: valid shape, an existing open group of the same care type, the child's age
 * (day care before 4, out-of-school care from 4, the group's ages unless a reason is recorded),
 * effective dates, no overlap with the child's other contracts, and the group's licensed places on
 * every day it covers.
 */
async function create(tx: MutationTx, placement: PlacementRow, ageReason: string | null, ctx: MutationContext): Promise<MutationOutcome> {
  const shape = checkPlacementShape(placement);
  if (!shape.ok) return refuseWith('rule_violated', shape);
  const group = await groupAt(tx, placement.groupId, placement.locationId);
  if (isFailure(group)) return group;
  const careType = checkCareTypeOfGroup(placement, group);
  if (careType) return careType;
  const child = await childAt(tx, placement.childId, placement.locationId);
  if (isFailure(child)) return child;
  if (await tx.get('placements', placement.id)) return refuseRule('conflict', 'placement.id_taken');
  const settings = await planSettingsOf(tx, placement.locationId);
  const age = checkKdvAge(placement, child);
  if (!age.ok) return refuseWith('rule_violated', age);
  const start = checkStartDate(placement, child.dateOfBirth, settings);
  if (!start.ok) return refuseWith('rule_violated', start);
  if (placement.endDate !== null) {
    const end = checkEndDate(placement.endDate, placement.careType, child.dateOfBirth, settings);
    if (!end.ok) return refuseWith('rule_violated', end);
  }
  return (await enter(tx, placement, group, child, ageReason, ctx)) ?? applied;
}

/** A new contract (see `create`); a child outside the group's ages is refused. */
export const placementCreate = defineMutator({
  name: 'placement.create',
  args: PlacementRow,
  roles: ['manager'],
  apply: (tx, placement, ctx) => create(tx, placement, null, ctx),
});

export const PlacementCreateV2Args = PlacementRow.extend({ ageExceptionReason: AgeExceptionReason }).strict();
export type PlacementCreateV2Args = z.infer<typeof PlacementCreateV2Args>;

/** A new contract (see `create`), with the reason a child outside the group's ages is placed there anyway. */
export const placementCreateV2 = defineMutator({
  name: 'placement.create.v2',
  args: PlacementCreateV2Args,
  roles: ['manager'],
  apply: (tx, { ageExceptionReason, ...placement }, ctx) => create(tx, placement, ageExceptionReason, ctx),
});

export const PlacementTransferArgs = z
  .object({
    placementId: Id,
    /** The id of the contract that starts in the new group. */
    newPlacementId: Id,
    groupId: Id,
    /** The first day in the new group: an effective date. */
    effectiveDate: LocalDateSchema,
    /** The new contract's days; the old contract's days when left out. */
    days: z.array(PlacementDay).max(14).optional(),
  })
  .strict();
export type PlacementTransferArgs = z.infer<typeof PlacementTransferArgs>;

/**
 * A group transfer (overplaatsing) in one step: the old contract ends the day before the effective
 * date, and a new contract in the new group (same child, care type, kind and end date; the same
 * days unless new ones are given) starts on it, with the checks of entry in the new group. Not
 * backdated: the effective date is today or later.
 */
async function transfer(
  tx: MutationTx,
  args: PlacementTransferArgs,
  ageReason: string | null,
  ctx: MutationContext,
): Promise<MutationOutcome> {
  const old = await tx.get('placements', args.placementId);
  if (!old) return refuseRule('not_found', 'placement.unknown');
  const child = await childAt(tx, old.childId, old.locationId);
  if (isFailure(child)) return child;
  const group = await groupAt(tx, args.groupId, old.locationId);
  if (isFailure(group)) return group;
  if (group.id === old.groupId)
    return refuseRule('rule_violated', 'placement.transfer_same_group', { child: child.firstName, group: group.name });
  const careType = checkCareTypeOfGroup(old, group);
  if (careType) return careType;
  const settings = await planSettingsOf(tx, old.locationId);
  const effective = checkEffectiveDate(args.effectiveDate, settings);
  if (!effective.ok) return refuseWith('rule_violated', effective);
  const today = localDateOf(ctx.createdAt);
  if (args.effectiveDate < today)
    return refuseRule('rule_violated', 'placement.in_past', { date: showDate(args.effectiveDate), today: showDate(today) });
  if (args.effectiveDate <= old.startDate || (old.endDate !== null && args.effectiveDate > old.endDate)) {
    return refuseRule('rule_violated', 'placement.transfer_outside_contract', {
      date: showDate(args.effectiveDate),
      startDate: showDate(old.startDate),
      endDate: old.endDate ? showDate(old.endDate) : '…',
    });
  }
  if (await tx.get('placements', args.newPlacementId)) return refuseRule('conflict', 'placement.id_taken');
  const next: PlacementRow = {
    ...old,
    id: args.newPlacementId,
    groupId: group.id,
    startDate: args.effectiveDate,
    days: args.days ?? old.days,
  };
  const shape = checkPlacementShape(next);
  if (!shape.ok) return refuseWith('rule_violated', shape);
  await tx.put('placements', { ...old, endDate: addDays(args.effectiveDate, -1) });
  return (await enter(tx, next, group, child, ageReason, ctx, [old.id])) ?? applied;
}

/** A group transfer (see `transfer`); a child outside the new group's ages is refused. */
export const placementTransfer = defineMutator({
  name: 'placement.transfer',
  args: PlacementTransferArgs,
  roles: ['manager'],
  apply: (tx, args, ctx) => transfer(tx, args, null, ctx),
});

export const PlacementTransferV2Args = PlacementTransferArgs.extend({ ageExceptionReason: AgeExceptionReason }).strict();
export type PlacementTransferV2Args = z.infer<typeof PlacementTransferV2Args>;

/** A group transfer (see `transfer`), with the reason a child outside the new group's ages is placed there anyway. */
export const placementTransferV2 = defineMutator({
  name: 'placement.transfer.v2',
  args: PlacementTransferV2Args,
  roles: ['manager'],
  apply: (tx, { ageExceptionReason, ...args }, ctx) => transfer(tx, args, ageExceptionReason, ctx),
});

export const PlacementEndArgs = z.object({ placementId: Id, endDate: LocalDateSchema }).strict();
export type PlacementEndArgs = z.infer<typeof PlacementEndArgs>;

/**
 * Ends a contract (opzegging) on its last day of care: the day before an effective date, or for
 * day care the day before the 4th birthday. Not backdated: the last day is yesterday or later, so
 * the change takes effect today at the earliest. Moving an end date later is allowed when it
 * overlaps no other contract of the child.
 */
export const placementEnd = defineMutator({
  name: 'placement.end',
  args: PlacementEndArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const placement = await tx.get('placements', args.placementId);
    if (!placement) return refuseRule('not_found', 'placement.unknown');
    const child = await childAt(tx, placement.childId, placement.locationId);
    if (isFailure(child)) return child;
    const ended: PlacementRow = { ...placement, endDate: args.endDate };
    const shape = checkPlacementShape(ended);
    if (!shape.ok) return refuseWith('rule_violated', shape);
    const settings = await planSettingsOf(tx, placement.locationId);
    const end = checkEndDate(args.endDate, placement.careType, child.dateOfBirth, settings);
    if (!end.ok) return refuseWith('rule_violated', end);
    const today = localDateOf(ctx.createdAt);
    if (args.endDate < addDays(today, -1))
      return refuseRule('rule_violated', 'placement.end_in_past', { date: showDate(args.endDate), today: showDate(today) });
    const overlap = await checkNoOverlap(tx, ended, child);
    if (overlap) return overlap;
    await tx.put('placements', ended);
    return applied;
  },
});
