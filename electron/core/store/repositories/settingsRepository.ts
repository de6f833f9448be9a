import { defaultOrganisationSettings, organisationSettingsSchema, type OrganisationSettings } from '../../../../shared/domain/settings';
import type { Db } from '../database';

/**
 * The organisation's settings with defaults filled in. A store has one organisation; an empty
 * store has the defaults.
 */
export function organisationSettings(db: Db): OrganisationSettings {
  const row = db.prepare('SELECT settings FROM organisations LIMIT 1').get() as { settings: string } | undefined;
  if (!row) return defaultOrganisationSettings();
  return organisationSettingsSchema.parse(JSON.parse(row.settings));
}
