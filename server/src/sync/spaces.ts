/**
 * Spaces on the wire and in the hub's tables. A location's space is its id on both sides. The
 * organisation-wide space is called `org` on the wire (shared/model/tables.ts), but one hub serves
 * several organisations, so its rows are stored under `org:<organisationId>`. Location ids may
 * not contain ':' (a CHECK on `locations`), so the two never collide.
 */
import { ORG_SPACE } from '../../../shared/model/tables';

const ORG_PREFIX = `${ORG_SPACE}:`;

export function orgSpaceOf(organisationId: string): string {
  return ORG_PREFIX + organisationId;
}

export function toStoredSpace(organisationId: string, wireSpace: string): string {
  return wireSpace === ORG_SPACE ? orgSpaceOf(organisationId) : wireSpace;
}

export function toWireSpace(storedSpace: string): string {
  return storedSpace.startsWith(ORG_PREFIX) ? ORG_SPACE : storedSpace;
}

/** What a device may read: its locations and its organisation's space (stored names). */
export function readableSpaces(device: { organisationId: string; locationIds: readonly string[] }): string[] {
  return [...device.locationIds, orgSpaceOf(device.organisationId)];
}
