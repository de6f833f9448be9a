/**
 * Who viewed a child's data (AVG accountability): one row per opening of a child's detail or health
 * notes, or an export for an access request, made by the desk that served it and synced, so the
 * record survives the desk being wiped. Append-only: rows are only ever added (and removed by the
 * hub's retention run with the child or after the attendance period).
 */
import { z } from 'zod';
import { ActorStamp, Id, InstantSchema } from './rows';

/** What was viewed: the child's detail, its health notes, or everything (an access request's export). */
export const ChildViewWhat = z.enum(['detail', 'health', 'export']);
export type ChildViewWhat = z.infer<typeof ChildViewWhat>;

export const ChildViewRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  what: ChildViewWhat,
  by: ActorStamp,
  /** When it was served (UTC instant). */
  at: InstantSchema,
});
export type ChildViewRow = z.infer<typeof ChildViewRow>;
