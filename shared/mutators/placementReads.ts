/**
 * What the placement mutators (placement.ts, placementChange.ts) read and check together: the
 * child and group of a contract, the organisation's plan settings, a child's other contracts, and
 * the checks when a contract is entered in a group (shared/domain/plan/contractChecks.ts).
 */
import { checkAgeRange, checkBsoAge, checkGroupOpen, checkLicensedPlaces } from '../domain/plan/contractChecks';
import { overlappingPlacement } from '../domain/plan/contractRules';
import { planFailure, showDate, type PlanRule } from '../domain/plan/planMessages';
import type { PlanSettings } from '../domain/plan/planSettings';
import { organisationSettingsSchema } from '../domain/settings';
import type { Params } from '../i18n/messages';
import type { ChildRow, GroupRow, PlacementRow } from '../model/rows';
import type { MutationContext, MutationFailure, MutationTx } from './types';
import { refuseWith } from './types';

export function refuseRule(code: MutationFailure['code'], rule: PlanRule, params: Params = {}): MutationFailure {
  return refuseWith(code, planFailure(rule, params));
}

export const isFailure = (v: object): v is MutationFailure => 'ok' in v && v.ok === false;

export async function planSettingsOf(tx: MutationTx, locationId: string): Promise<PlanSettings> {
  const location = await tx.get('locations', locationId);
  const organisation = location ? await tx.get('organisations', location.organisationId) : null;
  return organisationSettingsSchema.parse(organisation?.settings ?? {}).plan;
}

export async function childAt(tx: MutationTx, childId: string, locationId: string): Promise<ChildRow | MutationFailure> {
  const child = await tx.get('children', childId);
  if (!child || child.locationId !== locationId) return refuseRule('not_found', 'placement.unknown_child');
  return child;
}

export async function groupAt(tx: MutationTx, groupId: string, locationId: string): Promise<GroupRow | MutationFailure> {
  const group = await tx.get('groups', groupId);
  if (!group || group.locationId !== locationId) return refuseRule('not_found', 'placement.unknown_group');
  return group;
}

/** Refuses a contract that overlaps another of the same child (`except`: the contract it replaces). */
export async function checkNoOverlap(
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

/** The contract's care type is the group's. */
export function checkCareTypeOfGroup(placement: Pick<PlacementRow, 'careType'>, group: GroupRow): MutationFailure | null {
  if (group.careType === placement.careType) return null;
  return refuseRule('rule_violated', 'placement.care_type_matches_group', {
    group: group.name,
    groupCare: group.careType,
    care: placement.careType,
  });
}

/**
 * The checks when a contract is entered in a group: out-of-school care from 4, the group's ages
 * (outside them only with `ageReason`), the group open while the contract runs.
 */
export function checkGroupFit(placement: PlacementRow, group: GroupRow, child: ChildRow, ageReason: string | null): MutationFailure | null {
  for (const check of [
    checkBsoAge(placement, child),
    checkAgeRange(group, child, placement.startDate, ageReason),
    checkGroupOpen(group, placement),
  ]) {
    if (!check.ok) return refuseWith('rule_violated', check);
  }
  return null;
}

/** The group's licensed places on every day the contract covers, with its other contracts (`except`: replaced ones). */
export async function checkPlaces(
  tx: MutationTx,
  placement: PlacementRow,
  group: GroupRow,
  except: readonly string[] = [],
): Promise<MutationFailure | null> {
  const others = (await tx.find('placements', { groupId: group.id })).filter((p) => p.id !== placement.id && !except.includes(p.id));
  const places = checkLicensedPlaces(group, placement, others);
  return places.ok ? null : refuseWith('rule_violated', places);
}

/** Records why a child outside its group's ages was placed there, with who and when. */
export async function recordAgeReason(tx: MutationTx, placement: PlacementRow, reason: string, ctx: MutationContext): Promise<void> {
  await tx.put('placementExceptions', {
    id: placement.id,
    locationId: placement.locationId,
    reason,
    recordedBy: { ...ctx.actor },
    recordedAt: ctx.createdAt,
  });
}
