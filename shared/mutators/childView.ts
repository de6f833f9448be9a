/**
 * `childView.record`: the desk records that the person signed in was served a child's detail, its
 * health notes or its export (shared/model/privacyRows.ts). Who and when come from the mutation's
 * context (on the hub: its own user and the hub-checked instant), never from the arguments.
 */
import { z } from 'zod';
import { masterDataFailure } from '../domain/masterData/messages';
import { Id } from '../model/rows';
import { ChildViewWhat } from '../model/privacyRows';
import { applied, defineMutator, refuseWith } from './types';

export const ChildViewRecordArgs = z.object({ id: Id, childId: Id, what: ChildViewWhat }).strict();
export type ChildViewRecordArgs = z.infer<typeof ChildViewRecordArgs>;

export const childViewRecord = defineMutator({
  name: 'childView.record',
  args: ChildViewRecordArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    // A record already made (a retry) stays as it was: the log is append-only.
    if (await tx.get('childViews', args.id)) return applied;
    const child = await tx.get('children', args.childId);
    if (!child) return refuseWith('not_found', masterDataFailure('child.unknown'));
    const { userId, role, name } = ctx.actor;
    await tx.put('childViews', {
      id: args.id,
      locationId: child.locationId,
      childId: child.id,
      what: args.what,
      by: { userId, role, name },
      at: ctx.createdAt,
    });
    return applied;
  },
});
