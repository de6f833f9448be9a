/**
 * The rows of the synced store: the same shapes on the desk (SQLite) and the hub (PostgreSQL).
 * Field names are camelCase here and snake_case in SQL; nested values are JSON columns.
 * Dates are local `YYYY-MM-DD`, times of day minutes since midnight.
 */
import { z } from 'zod';
import { isLocalDate } from '../domain/time/localDate';

export const Id = z.string().min(1).max(64);
export const LocalDateSchema = z.string().refine(isLocalDate, { message: 'geen geldige datum (JJJJ-MM-DD)' });
/** Minutes since midnight, 00:00 to 24:00. */
export const MinutesSchema = z.number().int().min(0).max(1440);
/** Childcare ends with primary school: 13 years. */
const MAX_AGE_MONTHS = 156;
/** A working week can hold at most 60 hours. */
const MAX_CONTRACT_MINUTES = 3600;

export const CareType = z.enum(['KDV', 'BSO']);
export type CareType = z.infer<typeof CareType>;

export const TimeRange = z
  .object({ start: MinutesSchema, end: MinutesSchema })
  .refine((r) => r.end > r.start, { message: 'eindtijd ligt niet na begintijd' });
export type TimeRange = z.infer<typeof TimeRange>;

export const OrganisationRow = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  /** Per-organisation settings; missing keys take the defaults of `shared/domain/settings`. */
  settings: z.record(z.string(), z.unknown()),
});

export const LocationRow = z.object({
  id: Id,
  organisationId: Id,
  name: z.string().min(1).max(200),
  opensAt: MinutesSchema,
  closesAt: MinutesSchema,
  /** Short code shown in lists and used in keyboard entry, e.g. "RHO". */
  code: z.string().min(1).max(8),
});

export const GroupRow = z.object({
  id: Id,
  locationId: Id,
  name: z.string().min(1).max(100),
  careType: CareType,
  /** Age range the group is meant for, in months (a babies' group: 0 to 18). */
  ageMinMonths: z.number().int().min(0).max(MAX_AGE_MONTHS),
  ageMaxMonths: z.number().int().min(1).max(MAX_AGE_MONTHS),
  /** Places (children at once) the group is registered for in the LRK. */
  capacity: z.number().int().min(1).max(60),
});

export const ChildRow = z.object({
  id: Id,
  locationId: Id,
  firstName: z.string().min(1).max(100),
  lastName: z.string().min(1).max(100),
  dateOfBirth: LocalDateSchema,
  /** Children of one family share it (siblings). */
  familyId: Id,
});

export const PlacementDay = z.object({
  /** ISO weekday, 1 = Monday ... 5 = Friday. */
  weekday: z.number().int().min(1).max(7),
  start: MinutesSchema,
  end: MinutesSchema,
});
export type PlacementDay = z.infer<typeof PlacementDay>;

export const PlacementRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  groupId: Id,
  careType: CareType,
  /** Fixed days, or a flex contract whose days come from requests. */
  kind: z.enum(['fixed', 'flex']),
  startDate: LocalDateSchema,
  /** Last day of care, inclusive; null while open-ended. */
  endDate: LocalDateSchema.nullable(),
  days: z.array(PlacementDay).max(7),
});

export const ConsentRow = z.object({
  /** One row per child: the child's id. */
  id: Id,
  locationId: Id,
  photos: z.boolean(),
  trips: z.boolean(),
  /** Care in another group than the home group (needed for flex days and some swaps). */
  otherGroup: z.boolean(),
});

/** Who counts in the ratio: qualified (full), trainee (BBL, counts as the organisation sets), never. */
export const StaffCounts = z.enum(['full', 'trainee', 'none']);
export type StaffCounts = z.infer<typeof StaffCounts>;

export const StaffRow = z.object({
  id: Id,
  locationId: Id,
  firstName: z.string().min(1).max(100),
  lastName: z.string().min(1).max(100),
  counts: StaffCounts,
  contractMinutesPerWeek: z.number().int().min(0).max(MAX_CONTRACT_MINUTES),
});

export const ShiftRow = z.object({
  id: Id,
  locationId: Id,
  staffId: Id,
  groupId: Id,
  date: LocalDateSchema,
  start: MinutesSchema,
  end: MinutesSchema,
  breaks: z.array(TimeRange).max(6),
});

export type OrganisationRow = z.infer<typeof OrganisationRow>;
export type LocationRow = z.infer<typeof LocationRow>;
export type GroupRow = z.infer<typeof GroupRow>;
export type ChildRow = z.infer<typeof ChildRow>;
export type PlacementRow = z.infer<typeof PlacementRow>;
export type ConsentRow = z.infer<typeof ConsentRow>;
export type StaffRow = z.infer<typeof StaffRow>;
export type ShiftRow = z.infer<typeof ShiftRow>;
