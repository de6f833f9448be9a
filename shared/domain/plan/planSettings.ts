/**
 * Settings of the children's plan (issue 5): when changes to a contract may take effect, how far
 * ahead the end of day care at 4 is flagged, and how long presence registrations are kept.
 *
 * Missing keys take the defaults, so `planSettingsSchema.parse({})` is the default.
 */
import { z } from 'zod';

/** The inspectorate asks for presence lists of the past weeks: never keep them shorter than this. */
export const MIN_ATTENDANCE_RETENTION_WEEKS = 6;

export const EffectiveDay = z.union([z.literal(1), z.literal(16)]);
export type EffectiveDay = z.infer<typeof EffectiveDay>;

export const planSettingsSchema = z.object({
  /**
   * The days of the month a contract change (start, group transfer, end) may take effect: the 1st,
   * the 16th, or both (default). A contract then ends on the day before one of them.
   */
  effectiveDays: z
    .array(EffectiveDay)
    .min(1)
    .max(2)
    .default([1, 16])
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  /** Weeks before the last day of day care (the day before the 4th birthday) a KDV contract running past it is flagged. */
  kdvEndWarningWeeks: z.number().int().min(0).max(52).default(8),
  /**
   * Weeks presence registrations (check-in/out) are kept at least. Never below six weeks: the
   * presence list of any day in that window must be available to the inspectorate.
   */
  attendanceRetentionWeeks: z.number().int().min(MIN_ATTENDANCE_RETENTION_WEEKS).max(520).default(MIN_ATTENDANCE_RETENTION_WEEKS),
});

export type PlanSettings = z.infer<typeof planSettingsSchema>;

export const defaultPlanSettings: PlanSettings = planSettingsSchema.parse({});
