/**
 * Groups (stamgroepen) of a location, kept by its manager (spec/master-data.md "Group"): created,
 * edited, closed from a date. A group with contracts is never deleted, only closed, and not before
 * its contracts end; a group entered by mistake (no contracts, shifts or attendance) may be removed.
 * The rules are in shared/domain/masterData/groupRules.ts and shared/domain/plan/contractChecks.ts.
 */
import { z } from 'zod';
import { masterDataFailure, type MasterDataRule } from '../domain/masterData/messages';
import { checkGroupDays, checkGroupShape } from '../domain/masterData/groupRules';
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

/** Where and when the group runs (v2 of create and update): its room and its days. */
const GroupPlace = z.object({ room: GroupRow.shape.room, days: GroupRow.shape.days });

/** A new group: its ages within its care type's, its licensed places within the law's maximum, its days among the location's. */
async function createGroup(tx: MutationTx, group: GroupRow): Promise<MutationFailure | typeof applied> {
  const location = await tx.get('locations', group.locationId);
  if (!location) return refuseRule('not_found', 'location.unknown');
  if (await tx.get('groups', group.id)) return refuseRule('conflict', 'group.id_taken');
  const shape = checkGroupShape(group);
  if (!shape.ok) return refuseWith('rule_violated', shape);
  const days = checkGroupDays(group, location.openDays);
  if (!days.ok) return refuseWith('rule_violated', days);
  const clash = await checkUnique(tx, group);
  if (clash) return clash;
  await tx.put('groups', group);
  return applied;
}

export const GroupCreateArgs = GroupFields.extend({ id: Id, locationId: Id }).strict();
export type GroupCreateArgs = z.infer<typeof GroupCreateArgs>;

/** A new group (first shape): no room recorded, running on every day its location is open. */
export const groupCreate = defineMutator({
  name: 'group.create',
  args: GroupCreateArgs,
  roles: ['manager'],
  async apply(tx, args) {
    const location = await tx.get('locations', args.locationId);
    if (!location) return refuseRule('not_found', 'location.unknown');
    return createGroup(tx, { ...args, closedFrom: null, room: '', days: [...location.openDays] });
  },
});

export const GroupCreateV2Args = GroupCreateArgs.extend(GroupPlace.shape).strict();
export type GroupCreateV2Args = z.infer<typeof GroupCreateV2Args>;

/** A new group with its room and the days it runs. */
export const groupCreateV2 = defineMutator({
  name: 'group.create.v2',
  args: GroupCreateV2Args,
  roles: ['manager'],
  async apply(tx, args) {
    return createGroup(tx, { ...args, days: sortedDays(args.days), closedFrom: null });
  },
});

const sortedDays = (days: readonly number[]): number[] => [...new Set(days)].sort((a, b) => a - b);

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
    const { groupId, ...fields } = args;
    return updateGroup(tx, groupId, fields, localDateOf(ctx.createdAt));
  },
});

export const GroupUpdateV2Args = GroupUpdateArgs.extend(GroupPlace.shape).strict();
export type GroupUpdateV2Args = z.infer<typeof GroupUpdateV2Args>;

/**
 * Edits a group with its room and days. A day the group stops running on must have no contract
 * from today on (the children of that weekday would lose their place): end or move those first.
 */
export const groupUpdateV2 = defineMutator({
  name: 'group.update.v2',
  args: GroupUpdateV2Args,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const { groupId, ...fields } = args;
    return updateGroup(tx, groupId, { ...fields, days: sortedDays(fields.days) }, localDateOf(ctx.createdAt));
  },
});

async function updateGroup(
  tx: MutationTx,
  groupId: string,
  fields: Partial<Omit<GroupRow, 'id' | 'locationId' | 'closedFrom'>>,
  today: string,
): Promise<MutationFailure | typeof applied> {
  const old = await groupOf(tx, groupId);
  if (isFailure(old)) return old;
  if (old.closedFrom !== null) return refuseRule('rule_violated', 'group.closed_edit', { group: old.name, closedFromDate: old.closedFrom });
  const group: GroupRow = { ...old, ...fields, id: groupId };
  const shape = checkGroupShape(group);
  if (!shape.ok) return refuseWith('rule_violated', shape);
  const location = await tx.get('locations', group.locationId);
  const days = checkGroupDays(group, location?.openDays ?? group.days);
  if (!days.ok) return refuseWith('rule_violated', days);
  const clash = await checkUnique(tx, group);
  if (clash) return clash;
  const current = (await tx.find('placements', { groupId })).filter((p) => p.endDate === null || p.endDate >= today);
  if (group.careType !== old.careType && current.length > 0) {
    return refuseRule('rule_violated', 'group.care_type_has_contracts', { group: old.name, care: old.careType });
  }
  const dropped = old.days.filter((d) => !group.days.includes(d));
  const stranded = current.find((p) => p.days.some((d) => dropped.includes(d.weekday)));
  if (stranded) {
    const weekday = stranded.days.find((d) => dropped.includes(d.weekday))!.weekday;
    const count = current.filter((p) => p.days.some((d) => d.weekday === weekday)).length;
    return refuseRule('rule_violated', 'group.days_have_contracts', { group: old.name, weekday, count });
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
}

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
