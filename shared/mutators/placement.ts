/**
 * Placements (contracts): which child comes to which group on which weekdays, from when to when.
 */
import { PlacementRow } from '../model/rows';
import { applied, defineMutator, refuse } from './types';

/** A contract may not overlap another contract of the same child (one place at a time). */
export const placementCreate = defineMutator({
  name: 'placement.create',
  args: PlacementRow,
  roles: ['manager'],
  async apply(tx, placement) {
    if (placement.endDate !== null && placement.endDate < placement.startDate) {
      return refuse(
        'rule_violated',
        'placement.end_after_start',
        `De einddatum (${placement.endDate}) ligt voor de ingangsdatum (${placement.startDate}).`,
      );
    }
    for (const day of placement.days) {
      if (day.end <= day.start) {
        return refuse('rule_violated', 'placement.day_end_after_start', 'Op een contractdag ligt de eindtijd niet na de begintijd.');
      }
    }
    const group = await tx.get('groups', placement.groupId);
    if (!group || group.locationId !== placement.locationId) {
      return refuse('not_found', 'placement.unknown_group', 'Deze groep bestaat niet op deze locatie.');
    }
    if (group.careType !== placement.careType) {
      return refuse(
        'rule_violated',
        'placement.care_type_matches_group',
        `Groep ${group.name} is ${group.careType}, het contract is ${placement.careType}.`,
      );
    }
    const child = await tx.get('children', placement.childId);
    if (!child) return refuse('not_found', 'placement.unknown_child', 'Dit kind bestaat niet.');
    const existing = await tx.find('placements', { childId: placement.childId });
    const clash = existing.find(
      (p) =>
        p.id !== placement.id &&
        (p.endDate === null || p.endDate >= placement.startDate) &&
        (placement.endDate === null || placement.endDate >= p.startDate),
    );
    if (clash) {
      return refuse(
        'rule_violated',
        'placement.no_overlap',
        `${child.firstName} heeft al een contract vanaf ${clash.startDate}${clash.endDate ? ` tot en met ${clash.endDate}` : ''}.`,
        {
          startDate: clash.startDate,
        },
      );
    }
    await tx.put('placements', placement);
    return applied;
  },
});
