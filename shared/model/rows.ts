/**
 * The rows of the synced store: the same shapes on the desk (SQLite) and the hub (PostgreSQL).
 * Field names are camelCase here and snake_case in SQL; nested values are JSON columns.
 * Dates are local `YYYY-MM-DD`, times of day minutes since midnight.
 */
import { z } from 'zod';
import { isLocalDate } from '../domain/time/localDate';
import { Role } from './roles';

export const Id = z.string().min(1).max(64);
export const LocalDateSchema = z
  .string()
  .max(10, { message: 'geen geldige datum (JJJJ-MM-DD)' })
  .refine(isLocalDate, { message: 'geen geldige datum (JJJJ-MM-DD)' });
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

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export const Weekday = z.number().int().min(1).max(7);

/** The back office's number of a row (kindnummer, personeelsnummer, groepscode); an import matches on it. */
export const EXTERNAL_ID_MAX = 64;
export const ExternalId = z.string().trim().min(1).max(EXTERNAL_ID_MAX).nullable();

/** A postal address: street and number, postcode, city. */
export const Address = z.object({
  street: z.string().trim().min(1).max(200),
  postcode: z.string().trim().min(1).max(10),
  city: z.string().trim().min(1).max(100),
});
export type Address = z.infer<typeof Address>;

export const LocationRow = z.object({
  id: Id,
  organisationId: Id,
  name: z.string().min(1).max(200),
  opensAt: MinutesSchema,
  closesAt: MinutesSchema,
  /** Short code shown in lists and used in keyboard entry, e.g. "RHO". */
  code: z.string().min(1).max(8),
  /** The number in the Landelijk Register Kinderopvang (9 digits); null until entered. */
  lrkNumber: z.string().max(20).nullable(),
  address: Address.nullable(),
  /** The weekdays the location is open, ascending. */
  openDays: z.array(Weekday).max(7),
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
  externalId: ExternalId,
  /** The first day the group no longer runs (a closing is dated, never a delete); null while open. */
  closedFrom: LocalDateSchema.nullable(),
  /** The room (groepsruimte) the group uses, as the location names it; empty when not recorded. */
  room: z.string().trim().max(100),
  /** The ISO weekdays (1 = Monday) the group runs; contracts and requests are for these days only. */
  days: z.array(Weekday).min(1).max(7),
});

export const ChildRow = z.object({
  id: Id,
  locationId: Id,
  firstName: z.string().min(1).max(100),
  lastName: z.string().min(1).max(100),
  dateOfBirth: LocalDateSchema,
  /** Children of one family share it (siblings). */
  familyId: Id,
  externalId: ExternalId,
});

export const PlacementDay = z.object({
  /** ISO weekday, 1 = Monday ... 5 = Friday. */
  weekday: Weekday,
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
  /** The function (functie): "pedagogisch medewerker", "stagiair", "locatiehulp". */
  jobTitle: z.string().trim().max(100),
  /** First and last day of work at the location; null: not recorded (rows from before issue 14) / open-ended. */
  activeFrom: LocalDateSchema.nullable(),
  activeTo: LocalDateSchema.nullable(),
  /** From when the person is registered in the Personenregister kinderopvang and linked to the organisation; null: not (yet). */
  prkRegisteredOn: LocalDateSchema.nullable(),
  /** The last day the kinder-EHBO certificate is valid; null: none. */
  ehboValidUntil: LocalDateSchema.nullable(),
  externalId: ExternalId,
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

/** An instant, UTC ISO-8601. */
export const InstantSchema = z
  .string()
  .max(40)
  .refine((s) => Number.isFinite(Date.parse(s)), { message: 'geen geldig tijdstip' });

/** Who did something at a desk: the signed-in person (or the desk's own manager), as recorded. */
export const ActorStamp = z.object({ userId: Id, role: Role, name: z.string().min(1).max(200) });
export type ActorStamp = z.infer<typeof ActorStamp>;

/**
 * A late pickup's state (spec/late-pickup.md): `registered` by staff; `disputed` by the parent;
 * the dispute `confirmed` or the registration `withdrawn` (counts for nothing).
 */
export const LatePickupStatus = z.enum(['registered', 'disputed', 'confirmed', 'withdrawn']);
export type LatePickupStatus = z.infer<typeof LatePickupStatus>;

/** One step of a late pickup's follow-up, kept for the record: what, with which note, who, when. */
export const LatePickupEvent = z.object({
  action: z.enum(['disputed', 'confirmed', 'corrected', 'withdrawn', 'conversation', 'fine_confirmed']),
  note: z.string().max(2000).nullable(),
  by: ActorStamp,
  at: InstantSchema,
});
export type LatePickupEvent = z.infer<typeof LatePickupEvent>;

/** A child picked up after the contracted end of care (te laat opgehaald), and its follow-up. */
export const LatePickupRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  /** The group the child was in that day. */
  groupId: Id,
  date: LocalDateSchema,
  /** Contracted end of care that day, from the child's plan (approved extensions included). */
  contractedEnd: MinutesSchema,
  /** False when the child had no planned stay that day and the end was entered by hand. */
  endFromPlan: z.boolean(),
  pickupTime: MinutesSchema,
  /** The location's closing time that day, kept so a later change of opening hours reprices nothing. */
  closingTime: MinutesSchema,
  /** Who picked the child up: a name or a relation ("vader", "oma"). */
  pickedUpBy: z.string().max(100),
  note: z.string().max(1000),
  registeredBy: ActorStamp,
  registeredAt: InstantSchema,
  status: LatePickupStatus,
  /** The parent's side of a dispute. */
  disputeNote: z.string().max(1000).nullable(),
  /** What the dispute was decided on, or why the registration was withdrawn (camera footage, ...). */
  evidenceNote: z.string().max(1000).nullable(),
  /** The outcome of the structural-case conversation with the manager (n >= 3), recorded on this registration. */
  conversation: z.object({ outcome: z.string().min(1).max(2000), heldOn: LocalDateSchema, by: ActorStamp, at: InstantSchema }).nullable(),
  /** The manager confirmed the fine for billing: the amount confirmed, who and when. Only then is it exported. */
  fineConfirmation: z.object({ cents: z.number().int().min(0).max(10_000_000), by: ActorStamp, at: InstantSchema }).nullable(),
  history: z.array(LatePickupEvent).max(100),
});

export type OrganisationRow = z.infer<typeof OrganisationRow>;
export type LocationRow = z.infer<typeof LocationRow>;
export type GroupRow = z.infer<typeof GroupRow>;
export type ChildRow = z.infer<typeof ChildRow>;
export type PlacementRow = z.infer<typeof PlacementRow>;
export type ConsentRow = z.infer<typeof ConsentRow>;
export type StaffRow = z.infer<typeof StaffRow>;
export type ShiftRow = z.infer<typeof ShiftRow>;
export type LatePickupRow = z.infer<typeof LatePickupRow>;

/** A person the parents authorised to pick the child up (ophaalpersoon), with whether staff saw their ID. */
export const PickupPersonRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  name: z.string().trim().min(1).max(200),
  /** Relation to the child: "oma", "buurvrouw", "oppas". */
  relation: z.string().trim().max(100),
  phone: z.string().trim().max(40),
  idChecked: z.boolean(),
  /** Who recorded the ID check, and when; null while not checked. */
  idCheckedBy: ActorStamp.nullable(),
  idCheckedAt: InstantSchema.nullable(),
  note: z.string().trim().max(500),
});
export type PickupPersonRow = z.infer<typeof PickupPersonRow>;

/** A correction of a check-in/out, kept for the record: the times before, why, who and when. */
export const AttendanceCorrection = z.object({
  before: z.object({ checkIn: MinutesSchema, checkOut: MinutesSchema.nullable(), voided: z.boolean() }),
  reason: z.string().max(500),
  by: ActorStamp,
  at: InstantSchema,
});
export type AttendanceCorrection = z.infer<typeof AttendanceCorrection>;

/**
 * A child's actual stay on a day (presentie): arrival and departure as registered on the group.
 * A child can have two a day (BSO before and after school). Kept at least six weeks (planSettings).
 */
export const AttendanceRow = z.object({
  id: Id,
  locationId: Id,
  childId: Id,
  /** The group the child was in. */
  groupId: Id,
  date: LocalDateSchema,
  checkIn: MinutesSchema,
  /** Null while the child is present. */
  checkOut: MinutesSchema.nullable(),
  checkedInBy: ActorStamp,
  checkedInAt: InstantSchema,
  checkedOutBy: ActorStamp.nullable(),
  checkedOutAt: InstantSchema.nullable(),
  /** A registration made by mistake (the wrong child): kept for the record, counts for nothing. */
  voided: z.boolean(),
  history: z.array(AttendanceCorrection).max(50),
});
export type AttendanceRow = z.infer<typeof AttendanceRow>;

/** Why a staff member is away for a day: sick (ziek), leave (verlof) or another reason. */
export const StaffAbsenceKind = z.enum(['sick', 'leave', 'other']);
export type StaffAbsenceKind = z.infer<typeof StaffAbsenceKind>;

/**
 * A staff member away for a whole day (ziekmelding, verlof). Their shifts that day stay in the
 * roster, but no longer count in the ratio (shared/domain/roster/absence.ts). One per staff and date.
 */
export const StaffAbsenceRow = z.object({
  id: Id,
  locationId: Id,
  staffId: Id,
  date: LocalDateSchema,
  kind: StaffAbsenceKind,
  note: z.string().max(500),
  registeredBy: ActorStamp,
  registeredAt: InstantSchema,
});
export type StaffAbsenceRow = z.infer<typeof StaffAbsenceRow>;

/**
 * A location-week's roster state: no row (or `draft`) while being drafted; `published` once the
 * manager publishes it. The id is `rosterWeekId(locationId, weekStart)`, so desk and hub agree.
 */
export const RosterWeekRow = z.object({
  id: Id,
  locationId: Id,
  /** The Monday of the ISO week. */
  weekStart: LocalDateSchema,
  status: z.enum(['draft', 'published']),
  publishedBy: ActorStamp.nullable(),
  publishedAt: InstantSchema.nullable(),
  /** How often the week was published (publishing again after changes counts too). */
  revision: z.number().int().min(0).max(100_000),
});
export type RosterWeekRow = z.infer<typeof RosterWeekRow>;

/** A shift as the audit trail keeps it: where, when, with which breaks. */
export const AuditedShift = z.object({
  staffId: Id,
  groupId: Id,
  date: LocalDateSchema,
  start: MinutesSchema,
  end: MinutesSchema,
  breaks: z.array(TimeRange).max(6),
});
export type AuditedShift = z.infer<typeof AuditedShift>;

/** One change of a shift in a published week: who, when, before and after (null: did not exist / removed). */
export const RosterAuditRow = z.object({
  id: Id,
  locationId: Id,
  weekStart: LocalDateSchema,
  shiftId: Id,
  action: z.enum(['added', 'changed', 'removed']),
  before: AuditedShift.nullable(),
  after: AuditedShift.nullable(),
  by: ActorStamp,
  at: InstantSchema,
});
export type RosterAuditRow = z.infer<typeof RosterAuditRow>;
