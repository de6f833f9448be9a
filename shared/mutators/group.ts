/**
 * Groups (stamgroepen) of a location, kept by its manager (spec/master-data.md "Group"): created,
 * edited, closed from a date. A group with contracts is never deleted, only closed, and not before
 * its contracts end; a group entered by mistake (no contracts, shifts or attendance) may be removed.
 * The rules are in shared/domain/masterData/groupRules.ts and shared/domain/plan/contractChecks.ts.
 */
import { z } from 'zod';
import { masterDataFailure, type MasterDataRule } from '../domain/masterData/messages';
import { checkGroupShape } from '../domain/masterData/groupRules';
import { firstOverbooking } from '../domain/plan/contractChecks';
import { localDateOf } from '../domain/requests/requestTime';
import type { Params } from '../i18n/messages';
import { CareType, ExternalId, GroupRow, Id, LocalDateSchema } from '../model/rows';
import type { MutationFailure, MutationTx } from './types';
import { applied, defineMutator, refuseWith } from './types';

const refuseRule = (code: MutationFailure['code'], rule: MasterDataRule, params: Params = {}): MutationFailure =>
  refuseWith(code, masterDataFailure(rule, params));

const isFailure = (v: object): v is MutationFailure => 'ok' in v && v.ok === false;

async function groupOf(tx: MutationTx, groupId: string): Promise<GroupRow | MutationFailure> {
  return (await tx.get('groups', groupId)) ?? refuseRule('not_found', 'group.unknown');
}

/** Another open group of the location with this name, or with this back-office code. */
async function checkUnique(tx: MutationTx, group: GroupRow): Promise<MutationFailure | null> {
  const sameName = await tx.find('groups', { locationId: group.locationId, name: group.name });
  if (sameName.some((g) => g.id !== group.id && g.closedFrom === null))
    return refuseRule('rule_violated', 'group.name_taken', { group: group.name });
  if (group.externalId !== null) {
    const sameCode = (await tx.find('groups', { locationId: group.locationId, externalId: group.externalId })).find(
      (g) => g.id !== group.id,
    );
    if (sameCode) return refuseRule('rule_violated', 'group.external_id_taken', { externalId: group.externalId, group: sameCode.name });
  }
  return null;
}

const GroupFields = z.object({
  name: z.string().trim().min(1).max(100),
  careType: CareType,
  ageMinMonths: GroupRow.shape.ageMinMonths,
  ageMaxMonths: GroupRow.shape.ageMaxMonths,
  capacity: GroupRow.shape.capacity,
  externalId: ExternalId,
});

export const GroupCreateArgs = GroupFields.extend({ id: Id, locationId: Id }).strict();
export type GroupCreateArgs = z.infer<typeof GroupCreateArgs>;

/** A new group: its ages within its care type's, its licensed places within the law's maximum. */
export const groupCreate = defineMutator({
  name: 'group.create',
  args: GroupCreateArgs,
  roles: ['manager'],
  async apply(tx, args) {
    if (!(await tx.get('locations', args.locationId))) return refuseRule('not_found', 'location.unknown');
    if (await tx.get('groups', args.id)) return refuseRule('conflict', 'group.id_taken');
    const shape = checkGroupShape(args);
    if (!shape.ok) return refuseWith('rule_violated', shape);
    const group: GroupRow = { ...args, closedFrom: null };
    const clash = await checkUnique(tx, group);
    if (clash) return clash;
    await tx.put('groups', group);
    return applied;
  },
});

export const GroupUpdateArgs = GroupFields.extend({ groupId: Id }).strict();
export type GroupUpdateArgs = z.infer<typeof GroupUpdateArgs>;

/**
 * Edits a group. Its care type changes only while no contract runs or is upcoming; its licensed
 * places not below the children contracted on any weekday from today on. A new age range applies
 * to contracts entered from now on. A closed group is reopened before it is edited.
 */
export const groupUpdate = defineMutator({
  name: 'group.update',
  args: GroupUpdateArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const old = await groupOf(tx, args.groupId);
    if (isFailure(old)) return old;
    if (old.closedFrom !== null)
      return refuseRule('rule_violated', 'group.closed_edit', { group: old.name, closedFromDate: old.closedFrom });
    const { groupId, ...fields } = args;
    const group: GroupRow = { ...old, ...fields, id: groupId };
    const shape = checkGroupShape(group);
    if (!shape.ok) return refuseWith('rule_violated', shape);
    const clash = await checkUnique(tx, group);
    if (clash) return clash;
    const today = localDateOf(ctx.createdAt);
    const current = (await tx.find('placements', { groupId })).filter((p) => p.endDate === null || p.endDate >= today);
    if (group.careType !== old.careType && current.length > 0) {
      return refuseRule('rule_violated', 'group.care_type_has_contracts', { group: old.name, care: old.careType });
    }
    if (group.capacity < old.capacity) {
      const over = firstOverbooking(current, group.capacity, { startDate: today, endDate: null }, [1, 2, 3, 4, 5, 6, 7]);
      if (over) {
        return refuseRule('rule_violated', 'group.capacity_below_contracts', {
          group: group.name,
          weekday: over.weekday,
          count: over.count,
          capacity: group.capacity,
          fromDate: over.date,
        });
      }
    }
    await tx.put('groups', group);
    return applied;
  },
});

export const GroupCloseArgs = z
  .object({
    groupId: Id,
    /** The first day the group no longer runs; null reopens it. */
    closedFrom: LocalDateSchema.nullable(),
  })
  .strict();
export type GroupCloseArgs = z.infer<typeof GroupCloseArgs>;

/**
 * Closes a group from a date (today or later), once no contract runs and no shift is rostered in
 * it on or after that date; or reopens it (null).
 */
export const groupClose = defineMutator({
  name: 'group.close',
  args: GroupCloseArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const group = await groupOf(tx, args.groupId);
    if (isFailure(group)) return group;
    const { closedFrom } = args;
    if (closedFrom !== null) {
      const today = localDateOf(ctx.createdAt);
      if (closedFrom < today) return refuseRule('rule_violated', 'group.close_in_past', { closedFromDate: closedFrom, todayDate: today });
      const running = (await tx.find('placements', { groupId: group.id })).filter((p) => p.endDate === null || p.endDate >= closedFrom);
      const first = running[0];
      if (first) {
        const child = await tx.get('children', first.childId);
        return refuseRule('rule_violated', 'group.close_before_contracts_end', {
          group: group.name,
          closedFromDate: closedFrom,
          count: running.length,
          child: child?.firstName ?? first.childId,
        });
      }
      const shifts = (await tx.find('shifts', { groupId: group.id }))
        .filter((s) => s.date >= closedFrom)
        .sort((a, b) => a.date.localeCompare(b.date));
      if (shifts[0]) {
        return refuseRule('rule_violated', 'group.close_has_shifts', {
          group: group.name,
          closedFromDate: closedFrom,
          count: shifts.length,
          firstDate: shifts[0].date,
        });
      }
    }
    await tx.put('groups', { ...group, closedFrom });
    return applied;
  },
});

export const GroupRemoveArgs = z.object({ groupId: Id }).strict();

/** Removes a group entered by mistake: one without contracts, shifts or attendance (else close it). */
export const groupRemove = defineMutator({
  name: 'group.remove',
  args: GroupRemoveArgs,
  roles: ['manager'],
  async apply(tx, args) {
    const group = await groupOf(tx, args.groupId);
    if (isFailure(group)) return group;
    for (const table of ['placements', 'shifts', 'attendance'] as const) {
      if ((await tx.find(table, { groupId: group.id })).length > 0)
        return refuseRule('rule_violated', 'group.in_use', { group: group.name });
    }
    await tx.delete('groups', group.id);
    return applied;
  },
});
