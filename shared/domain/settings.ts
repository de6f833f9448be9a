/**
 * One typed settings object per organisation, composed of each domain's settings with the
 * spec's defaults. Stored as JSON on the organisation row; missing keys take the defaults, so
 * `organisationSettingsSchema.parse({})` is the default organisation.
 */
import { z } from 'zod';
import { calendarSettingsSchema } from './calendar/calendarSettings';
import { latePickupSettingsSchema } from './latePickup/latePickupSettings';
import { ratioSettingsSchema } from './ratio/ratioSettings';

export const organisationSettingsSchema = z.object({
  calendar: calendarSettingsSchema.default(() => calendarSettingsSchema.parse({})),
  latePickup: latePickupSettingsSchema.default(() => latePickupSettingsSchema.parse({})),
  ratio: ratioSettingsSchema.default(() => ratioSettingsSchema.parse({})),
});

export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

export const defaultOrganisationSettings = (): OrganisationSettings => organisationSettingsSchema.parse({});
