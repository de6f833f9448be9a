/**
 * The organisation's settings for group iPads (part of the organisation settings).
 * `supportPhone`: the central support line the desk names when a revocation cannot reach the hub
 * (spec/devices.md, "the central support phone path"); empty: the desk says "the central support
 * desk of your organisation" without a number.
 */
import { z } from 'zod';

export const deviceSettingsSchema = z.object({
  supportPhone: z.string().max(100).default(''),
});

export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;
