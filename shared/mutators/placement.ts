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
import {
  checkEffectiveDate,
  checkEndDate,
  checkKdvAge,
  checkPlacementShape,
  checkStartDate,
  overlappingPlacement,
} from '../domain/plan/contractRules';
import { planFailure, showDate, type PlanRule } from '../domain/plan/planMessages';
import type { PlanSettings } from '../domain/plan/planSettings';
import { localDateOf } from '../domain/requests/requestTime';
import { organisationSettingsSchema } from '../domain/settings';
import { addDays } from '../domain/time/localDate';
import type { Params } from '../i18n/messages';
import { Id, LocalDateSchema, PlacementDay, PlacementRow } from '../model/rows';
import type { ChildRow, GroupRow } from '../model/rows';
import type { RuleFailure } from '../result';
import { applied, defineMutator, refuse } from './types';
import type { MutationFailure, MutationTx } from './types';

function refused(code: MutationFailure['code'], failure: RuleFailure): MutationFailure {
  return refuse(code, failure.rule, failure.message, failure.params);
}

function refuseRule(code: MutationFailure['code'], rule: PlanRule, params: Params = {}): MutationFailure {
  return refused(code, planFailure(rule, params));
}

async function planSettingsOf(tx: MutationTx, locationId: string): Promise<PlanSettings> {
  const location = await tx.get('locations', locationId);
  const organisation = location ? await tx.get('organisations', location.organisationId) : null;
  return organisationSettingsSchema.parse(organisation?.settings ?? {}).plan;
}

async function childAt(tx: MutationTx, childId: string, locationId: string): Promise<ChildRow | MutationFailure> {
  const child = await tx.get('children', childId);
  if (!child || child.locationId !== locationId) return refuseRule('not_found', 'placement.unknown_child');
  return child;
}

async function groupAt(tx: MutationTx, groupId: string, locationId: string): Promise<GroupRow | MutationFailure> {
  const group = await tx.get('groups', groupId);
  if (!group || group.locationId !== locationId) return refuseRule('not_found', 'placement.unknown_group');
  return group;
}

const isFailure = (v: object): v is MutationFailure => 'ok' in v && v.ok === false;

/** Refuses a contract that overlaps another of the same child (`except`: the contract it replaces). */
async function checkNoOverlap(
  tx: MutationTx,
  placement: PlacementRow,
  child: ChildRow,
  except: readonly string[] = [],
): Promise<MutationFailure | null> {
  const others = (await tx.find('placements', { childId: placement.childId })).filter((p) => !except.includes(p.id));
  const clash = overlappingPlacement(placement, others);
  if (!clash) return null;
  const group = await tx.get('groups', clash.groupId);
  return refuseRule('rule_violated', 'placement.no_overlap', {
    child: child.firstName,
    group: group?.name ?? clash.groupId,
    startDate: showDate(clash.startDate),
    endDate: clash.endDate ? showDate(clash.endDate) : '…',
  });
}

/** A new contract: valid shape, an existing group of the same care type, effective dates, no overlap. */
export const placementCreate = defineMutator({
  name: 'placement.create',
  args: PlacementRow,
  roles: ['manager'],
  async apply(tx, placement) {
    const shape = checkPlacementShape(placement);
    if (!shape.ok) return refused('rule_violated', shape);
    const group = await groupAt(tx, placement.groupId, placement.locationId);
    if (isFailure(group)) return group;
    if (group.careType !== placement.careType) {
      return refuseRule('rule_violated', 'placement.care_type_matches_group', {
        group: group.name,
        groupCare: group.careType,
        care: placement.careType,
      });
    }
    const child = await childAt(tx, placement.childId, placement.locationId);
    if (isFailure(child)) return child;
    const existing = await tx.get('placements', placement.id);
    if (existing) return refuseRule('conflict', 'placement.id_taken');
    const settings = await planSettingsOf(tx, placement.locationId);
    const age = checkKdvAge(placement, child);
    if (!age.ok) return refused('rule_violated', age);
    const start = checkStartDate(placement, child.dateOfBirth, settings);
    if (!start.ok) return refused('rule_violated', start);
    if (placement.endDate !== null) {
      const end = checkEndDate(placement.endDate, placement.careType, child.dateOfBirth, settings);
      if (!end.ok) return refused('rule_violated', end);
    }
    const overlap = await checkNoOverlap(tx, placement, child);
    if (overlap) return overlap;
    await tx.put('placements', placement);
    return applied;
  },
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
 * days unless new ones are given) starts on it. Not backdated: the effective date is today or later.
 */
export const placementTransfer = defineMutator({
  name: 'placement.transfer',
  args: PlacementTransferArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const old = await tx.get('placements', args.placementId);
    if (!old) return refuseRule('not_found', 'placement.unknown');
    const child = await childAt(tx, old.childId, old.locationId);
    if (isFailure(child)) return child;
    const group = await groupAt(tx, args.groupId, old.locationId);
    if (isFailure(group)) return group;
    if (group.id === old.groupId)
      return refuseRule('rule_violated', 'placement.transfer_same_group', { child: child.firstName, group: group.name });
    if (group.careType !== old.careType) {
      return refuseRule('rule_violated', 'placement.care_type_matches_group', {
        group: group.name,
        groupCare: group.careType,
        care: old.careType,
      });
    }
    const settings = await planSettingsOf(tx, old.locationId);
    const effective = checkEffectiveDate(args.effectiveDate, settings);
    if (!effective.ok) return refused('rule_violated', effective);
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
    if (!shape.ok) return refused('rule_violated', shape);
    const overlap = await checkNoOverlap(tx, next, child, [old.id]);
    if (overlap) return overlap;
    await tx.put('placements', { ...old, endDate: addDays(args.effectiveDate, -1) });
    await tx.put('placements', next);
    return applied;
  },
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
    if (!shape.ok) return refused('rule_violated', shape);
    const settings = await planSettingsOf(tx, placement.locationId);
    const end = checkEndDate(args.endDate, placement.careType, child.dateOfBirth, settings);
    if (!end.ok) return refused('rule_violated', end);
    const today = localDateOf(ctx.createdAt);
    if (args.endDate < addDays(today, -1))
      return refuseRule('rule_violated', 'placement.end_in_past', { date: showDate(args.endDate), today: showDate(today) });
    const overlap = await checkNoOverlap(tx, ended, child);
    if (overlap) return overlap;
    await tx.put('placements', ended);
    return applied;
  },
});
