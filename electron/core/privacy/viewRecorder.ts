/**
 * Records who was served a child's data (issue 15, AVG): the detail (`children.detail`), the health
 * notes (`children.health`) and an access request's export. The record is a `childView.record`
 * mutation made as the person signed in, so it is stored with the desk's other changes and synced
 * to the hub, where it outlives this desk. A read whose record cannot be written is not served:
 * what was seen must be on record. The same view again within minutes is one viewing
 * (shared/domain/privacy/viewLog.ts).
 */
import { v7 as uuidv7 } from 'uuid';
import { apiError, type ApiResult } from '../../../shared/contract/errors';
import { repeatsRecordedView } from '../../../shared/domain/privacy/viewLog';
import type { ChildViewWhat } from '../../../shared/model/privacyRows';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handlers';
import { readEnrolment } from '../sync/syncRepository';

/** Records that the person signed in was served `what` of the child; an error result when it could not be written. */
export async function recordChildView(ctx: CoreContext, childId: string, what: ChildViewWhat): Promise<ApiResult<never> | null> {
  const actor = ctx.session.actor();
  // Nobody signed in: the read itself is the session's to refuse (issue 15 item 5); there is no one to name.
  if (!actor) return null;
  const at = ctx.clock().toISOString();
  const earlier = ctx.store.find('childViews', { childId, what }).map((v) => ({ userId: v.by.userId, what: v.what, at: v.at }));
  if (repeatsRecordedView(earlier, { userId: actor.userId, what, at })) return null;
  const result = await ctx.mutations.apply(
    'childView.record',
    { id: uuidv7(), childId, what },
    { actor, createdAt: at, enrolled: readEnrolment(ctx.db) !== null },
  );
  if (!result.ok) {
    return apiError(
      'unavailable',
      'Dat u dit kind inziet kon niet worden vastgelegd; daarom wordt het niet getoond. Probeer het opnieuw.',
      {
        rule: 'privacy.view_not_recorded',
      },
    );
  }
  ctx.emit({ type: 'changed', tables: ['childViews'] });
  ctx.sync.notifyLocalWrite();
  return null;
}

/** The child reads with their view recorded once they are served. */
export function recordingViews(
  ctx: CoreContext,
  reads: HandlersOf<'children.detail' | 'children.health'>,
): HandlersOf<'children.detail' | 'children.health'> {
  // The reads as they are now: the caller puts these wrappers in their place.
  const { 'children.detail': detail, 'children.health': health } = reads;
  return {
    'children.detail': async (input) => {
      const result = await detail(input);
      if (!result.ok) return result;
      return (await recordChildView(ctx, input.childId, 'detail')) ?? result;
    },
    'children.health': async (input) => {
      const result = await health(input);
      if (!result.ok) return result;
      return (await recordChildView(ctx, input.childId, 'health')) ?? result;
    },
  };
}
