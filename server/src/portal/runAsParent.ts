/**
 * A shared mutator run as a parent (the portal), in the caller's transaction over the child's
 * location space: its writes get the space's next versions through the same `HubMutationTx` a
 * push batch uses, so they reach every desk of the location through its pull. The portal writes
 * only in that location; the organisation's space is read.
 */
import type { z } from 'zod';
import { portalActor } from '../../../shared/mutators/request';
import type { MutationFailure, MutationOutcome, Mutator } from '../../../shared/mutators/types';
import type { Queryable } from '../db/db';
import { HubError } from '../http/hubError';
import { BatchStore, ForbiddenWrite, HubMutationTx, InvalidRow } from '../sync/hubMutationTx';
import { lockSpaces } from '../sync/rowStore';
import { orgSpaceOf } from '../sync/spaces';
import type { Parent } from './parents';

/** Locks the location's space for writing (and the organisation's for reading); run first in the transaction. */
export async function lockForParent(tx: Queryable, parent: Parent, locationId: string): Promise<Map<string, number>> {
  const versions = await lockSpaces(tx, [locationId], 'update');
  await lockSpaces(tx, [orgSpaceOf(parent.organisationId)], 'share');
  return versions;
}

/** A mutator's outcome, or a row the hub cannot store (`validation_failed`). */
export type ParentOutcome = MutationOutcome | (Omit<MutationFailure, 'code'> & { code: 'validation_failed' });

/** Applies `mutator` as the parent at the hub's clock `now`; writes only when it applies. */
export async function runAsParent<S extends z.ZodType>(
  tx: Queryable,
  versions: ReadonlyMap<string, number>,
  parent: Parent,
  locationId: string,
  mutator: Mutator<S>,
  args: z.output<S>,
  now: string,
): Promise<ParentOutcome> {
  const batch = new BatchStore(tx, [locationId, orgSpaceOf(parent.organisationId)], versions, 'batch');
  const mtx = new HubMutationTx(batch, parent.organisationId, (space) => {
    if (space !== locationId) throw new ForbiddenWrite('portal.other_location', 'Het portaal schrijft alleen bij de locatie van het kind.');
  });
  try {
    const result = await mutator.apply(mtx, args, { actor: portalActor(parent.id, parent.name), createdAt: now });
    if (!result.ok) return result;
  } catch (error) {
    if (error instanceof ForbiddenWrite || error instanceof InvalidRow) {
      return { ok: false, code: 'validation_failed', rule: 'portal.invalid', message: error.message };
    }
    throw error;
  }
  batch.absorb(mtx.layer);
  await batch.flush();
  return { ok: true };
}

/** The HTTP error for a mutator's refusal: the rule travels along for the portal to show. */
export function refusalError({ code, rule, message }: Exclude<ParentOutcome, { ok: true }>): HubError {
  const status = code === 'already_decided' ? 'conflict' : code;
  return new HubError(status, message, { error: { rule } });
}
