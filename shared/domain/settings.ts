/**
 * One typed settings object per organisation, composed of each domain's settings with the
 * spec's defaults. Stored as JSON on the organisation row; missing keys take the defaults, so
 * `organisationSettingsSchema.parse({})` is the default organisation.
 */
import { z } from 'zod';
import { calendarSettingsSchema } from './calendar/calendarSettings';
import { deviceSettingsSchema } from './devices/deviceSettings';
import { latePickupSettingsSchema } from './latePickup/latePickupSettings';
import { planSettingsSchema } from './plan/planSettings';
import { ratioSettingsSchema } from './ratio/ratioSettings';
import { requestSettingsSchema } from './requests/requestSettings';
import { retentionSettingsSchema } from './retention/retentionSettings';

export const organisationSettingsSchema = z.object({
  calendar: calendarSettingsSchema.default(() => calendarSettingsSchema.parse({})),
  devices: deviceSettingsSchema.default(() => deviceSettingsSchema.parse({})),
  latePickup: latePickupSettingsSchema.default(() => latePickupSettingsSchema.parse({})),
  plan: planSettingsSchema.default(() => planSettingsSchema.parse({})),
  ratio: ratioSettingsSchema.default(() => ratioSettingsSchema.parse({})),
  requests: requestSettingsSchema.default(() => requestSettingsSchema.parse({})),
  retention: retentionSettingsSchema.default(() => retentionSettingsSchema.parse({})),
});

export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

export const defaultOrganisationSettings = (): OrganisationSettings => organisationSettingsSchema.parse({});
