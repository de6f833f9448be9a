/**
 * How long the organisation keeps personal data on the desks and the hub before the hub's
 * retention run deletes it (AVG art. 5(1)(e): no longer than the purpose needs). Whole years,
 * counted from the record's own date; the hub applies them by its own clock.
 *
 * The defaults (two years each) and why:
 * - The organisation's books are not kept here: contracts and invoices live in the back office
 *   (Flexkids, KindPlanner, ...), which keeps them the 7 years of the fiscal retention duty
 *   (art. 52 AWR) and answers the Belastingdienst/Toeslagen on childcare allowance (KOT). The desk
 *   and hub hold the working file: who was there, who was late, what was asked.
 * - Attendance (presentie): the GGD's yearly inspection checks the staff-to-child ratio against
 *   presence lists of the past months, and a parent may question an invoice or the KOT statement
 *   (jaaropgave) of the past year; after two years neither asks for a day's presence. Never below
 *   the plan's minimum (`plan.attendanceRetentionWeeks`): the longer of the two wins.
 * - Late pickups: fines count per calendar year (latePickupSettings), so last year's registrations
 *   matter until its fines are invoiced and any objection is settled, within the next year.
 * - Requests (with their history, tasks, invoice lines and hour-ledger rows): swap hours lapse at
 *   the end of their year, extra days are invoiced the month after; a dispute about them is
 *   settled within the next year.
 * - A child whose last contract ended: two years, for the same questions about its last year of
 *   care (the last jaaropgave, a late objection); the back office keeps the contract itself.
 * The records of who viewed a child's data follow the attendance period (a log of the same kind).
 */
import { z } from 'zod';

/** At least a year (a year's inspection and invoices); at most ten (beyond any duty named above). */
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 10;
export const DEFAULT_RETENTION_YEARS = 2;

const years = z.number().int().min(MIN_RETENTION_YEARS).max(MAX_RETENTION_YEARS).default(DEFAULT_RETENTION_YEARS);

export const retentionSettingsSchema = z.object({
  /** Years attendance records (and the records of who viewed a child) are kept after their date. */
  attendanceYears: years,
  /** Years late pickups are kept after their date. */
  latePickupYears: years,
  /** Years requests are kept after their last day (an absence's end date). */
  requestYears: years,
  /** Years a child is kept after the end of its last contract, with everything recorded about it. */
  childYearsAfterLastContract: years,
});

export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const defaultRetentionSettings: RetentionSettings = retentionSettingsSchema.parse({});
