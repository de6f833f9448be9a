/**
 * `child.setMentor`: the manager chooses a child's mentor (spec/master-data.md "A mentor"), or
 * takes the choice back (`staffId: null`). The candidate must be a professional working at the
 * child's location (shared/domain/masterData/mentorRules.ts); whether they still work in the
 * child's group is checked day by day from the roster and listed, not refused here, since a new
 * colleague is often chosen before their first shift is rostered.
 */
import { z } from 'zod';
import { checkMentorCandidate } from '../domain/masterData/mentorRules';
import { masterDataFailure } from '../domain/masterData/messages';
import { localDateOf } from '../domain/requests/requestTime';
import { Id } from '../model/rows';
import { applied, defineMutator, refuseWith } from './types';

export const ChildSetMentorArgs = z.object({ childId: Id, staffId: Id.nullable() }).strict();
export type ChildSetMentorArgs = z.infer<typeof ChildSetMentorArgs>;

export const childSetMentor = defineMutator({
  name: 'child.setMentor',
  args: ChildSetMentorArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const child = await tx.get('children', args.childId);
    if (!child) return refuseWith('not_found', masterDataFailure('child.unknown'));
    if (args.staffId === null) {
      if (await tx.get('childMentors', child.id)) await tx.delete('childMentors', child.id);
      return applied;
    }
    const staff = await tx.get('staff', args.staffId);
    if (!staff || staff.locationId !== child.locationId) return refuseWith('not_found', masterDataFailure('staff.unknown'));
    const candidate = checkMentorCandidate(staff, localDateOf(ctx.createdAt));
    if (!candidate.ok) return refuseWith('rule_violated', candidate);
    await tx.put('childMentors', { id: child.id, locationId: child.locationId, staffId: staff.id });
    return applied;
  },
});
