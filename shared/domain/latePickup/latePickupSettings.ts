/**
 * Late-pickup settings of an organisation (spec/late-pickup.md). Defaults are the terms of the
 * organisation in the spec; every amount is integer cents and every threshold a count `n` (the
 * number of counted late pickups of the child in the calendar year, this one included).
 *
 * Missing keys take the defaults, so `latePickupSettingsSchema.parse({})` is the default.
 */
import { z } from 'zod';

const count = z.number().int().min(1).max(100);
const cents = z.number().int().min(0).max(1_000_000);

export const latePickupSettingsSchema = z
  .object({
    /**
     * Minutes after the contracted end that are not yet late. A pickup is late when it is after
     * end + grace; the minutes late (and the fine) are then counted from the contracted end.
     */
    graceMinutes: z.number().int().min(0).max(60).default(0),
    /**
     * Whether a disputed registration counts (for its own n and for the later ones) while the
     * dispute is open. Default true: the staff's registration stands until the manager withdraws
     * it, so the count of later pickups does not jump when a dispute ends; its fine is computed
     * but not billable until confirmed. False: a disputed pickup counts only once confirmed.
     */
    countDisputed: z.boolean().default(true),
    /** From this n (until fines start) the manager sends a warning letter. */
    warningFromCount: count.default(2),
    /** At this n the desk flags a structural case for a conversation with the manager. */
    structuralAtCount: count.default(3),
    /** From this n (until the per-hour fine starts) a flat fine per child. */
    flatFineFromCount: count.default(3),
    flatFineCents: cents.default(2750),
    /** From this n a fine per started hour between the contracted end and closing time. */
    perHourFineFromCount: count.default(4),
    perStartedHourCents: cents.default(2750),
    /**
     * From this n every started quarter hour after closing time is fined. The terms state the
     * rule without a count condition (1); some organisations read it as from n = 3.
     */
    afterClosingFromCount: count.default(1),
    perStartedQuarterAfterClosingCents: cents.default(2750),
  })
  .refine((s) => s.flatFineFromCount <= s.perHourFineFromCount, {
    message: 'de boete per uur kan niet eerder beginnen dan de vaste boete',
    path: ['perHourFineFromCount'],
  })
  .refine((s) => s.warningFromCount <= s.flatFineFromCount, {
    message: 'de waarschuwing kan niet na de eerste boete komen',
    path: ['warningFromCount'],
  });

export type LatePickupSettings = z.infer<typeof latePickupSettingsSchema>;

export const defaultLatePickupSettings: LatePickupSettings = latePickupSettingsSchema.parse({});
