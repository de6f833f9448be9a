/**
 * The hub's registry row of a location (`locations`: name and code, what `hub:admin`, sign-in and
 * the enrolment codes show) follows its synced row: a manager renaming the location on the desk
 * (`location.update`, `location.update.v2`) renames it for the hub too, in the same transaction
 * as the push that carried it.
 */
import type { LocationRow } from '../../../shared/model/rows';
import type { Queryable } from '../db/db';
import type { MutationLayer } from './hubMutationTx';

/** The location rows an applied mutation wrote, the last one per id. */
export function collectLocationWrites(layer: MutationLayer, into: Map<string, LocationRow>): void {
  for (const write of layer.writes.values()) {
    if (write.table === 'locations' && write.row !== null) into.set(write.id, write.row as LocationRow);
  }
}

/** Writes the collected names and codes into the registry of `organisationId`'s locations. */
export async function updateLocationRegistry(q: Queryable, organisationId: string, rows: ReadonlyMap<string, LocationRow>): Promise<void> {
  for (const row of rows.values()) {
    await q.query('UPDATE locations SET name = $3, code = $4 WHERE id = $1 AND organisation_id = $2', [
      row.id,
      organisationId,
      row.name,
      row.code,
    ]);
  }
}
