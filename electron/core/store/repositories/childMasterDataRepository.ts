/**
 * A child's own rows beside the plan (spec/master-data.md "Child"): contacts, health notes, and
 * the health banner of a location's children for the lists that show them.
 */
import type { HealthBanner } from '../../../../shared/contract/childrenViews';
import type { ChildContactsRow, ChildHealthRow } from '../../../../shared/model/masterDataRows';
import type { Db } from '../database';
import { decodeRow } from '../rowCodec';

/** The banner of a health row: its allergies and medication, or null when it has neither. */
export function healthBannerOf(row: Pick<ChildHealthRow, 'allergies' | 'medication'> | null): HealthBanner | null {
  if (!row || (row.allergies === '' && row.medication === '')) return null;
  return { allergies: row.allergies, medication: row.medication };
}

/** The health banners of a location's children that have one, by child id (only the two columns a banner shows are read). */
export function loadHealthBanners(db: Db, locationId: string): Map<string, HealthBanner> {
  const rows = db
    .prepare("SELECT id, allergies, medication FROM childHealth WHERE location_id = ? AND (allergies <> '' OR medication <> '')")
    .all(locationId) as { id: string; allergies: string; medication: string }[];
  return new Map(rows.map((r) => [r.id, { allergies: r.allergies, medication: r.medication }]));
}

export function loadChildContacts(db: Db, childId: string): ChildContactsRow | null {
  const raw = db.prepare('SELECT * FROM childContacts WHERE id = ?').get(childId) as Record<string, unknown> | undefined;
  return raw ? decodeRow('childContacts', raw) : null;
}

export function loadChildHealth(db: Db, childId: string): ChildHealthRow | null {
  const raw = db.prepare('SELECT * FROM childHealth WHERE id = ?').get(childId) as Record<string, unknown> | undefined;
  return raw ? decodeRow('childHealth', raw) : null;
}
