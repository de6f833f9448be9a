/**
 * Rows of the master data added in issue 14 (spec/master-data.md) beside the core rows of rows.ts:
 * a child's contacts and health notes, and the recorded reasons of contracts that deviate from
 * their group. Each is kept apart from the row it belongs to (same id), so lists and the ratio
 * never load them, and the health notes (special category data under the AVG) can be shown only
 * to staff who need them.
 */
import { z } from 'zod';
import { ActorStamp, Id, InstantSchema } from './rows';

/** The limit of a list of people on one child: more is a sign of a mistake. */
const MAX_PEOPLE = 10;
const Name = z.string().trim().min(1).max(200);
const Phone = z.string().trim().max(40);
/** The longest health note (allergies, diet, medication, other). */
export const NOTE_MAX = 2000;
const Note = z.string().trim().max(NOTE_MAX);

/** A parent or other guardian (ouder/verzorger). */
export const Guardian = z.object({
  /** Stable within the child, so an edit knows which guardian changed. */
  id: Id,
  name: Name,
  /** Relation to the child: "moeder", "vader", "pleegouder". */
  relation: z.string().trim().max(100),
  phone: Phone,
  email: z.string().trim().max(200),
  /** Whether they have parental authority (ouderlijk gezag). */
  parentalAuthority: z.boolean(),
  /** Whether they signed the contract (contractouder): invoices and requests go to them. */
  contractParent: z.boolean(),
});
export type Guardian = z.infer<typeof Guardian>;

/** Who to call when the guardians cannot be reached (noodcontact). */
export const EmergencyContact = z.object({ name: Name, relation: z.string().trim().max(100), phone: Phone });
export type EmergencyContact = z.infer<typeof EmergencyContact>;

/** A child's contact details: one row per child, the child's id. */
export const ChildContactsRow = z.object({
  id: Id,
  locationId: Id,
  guardians: z.array(Guardian).max(MAX_PEOPLE),
  emergencyContacts: z.array(EmergencyContact).max(MAX_PEOPLE),
  /** The GP (huisarts); null when not given. */
  gp: z.object({ name: Name, phone: Phone }).nullable(),
  /** The school the child attends (for BSO: where the child is collected); empty when none. */
  school: z.string().trim().max(200),
});
export type ChildContactsRow = z.infer<typeof ChildContactsRow>;

/**
 * A child's health notes: allergies, diet, medication and other notes (special category data under
 * the AVG). One row per child, the child's id. An allergy or medication is a banner wherever the
 * child appears.
 */
export const ChildHealthRow = z.object({
  id: Id,
  locationId: Id,
  allergies: Note,
  diet: Note,
  medication: Note,
  notes: Note,
});
export type ChildHealthRow = z.infer<typeof ChildHealthRow>;

/**
 * The reason a contract was entered although the child is outside its group's age range: one row
 * per contract (the placement's id), with who recorded it and when.
 */
export const PlacementExceptionRow = z.object({
  id: Id,
  locationId: Id,
  reason: z.string().trim().min(1).max(500),
  recordedBy: ActorStamp,
  recordedAt: InstantSchema,
});
export type PlacementExceptionRow = z.infer<typeof PlacementExceptionRow>;

/**
 * A child's mentor (mentor): the professional of the child's group who is the parents' point of
 * contact and follows the child's development (Wet kinderopvang). One row per child, the child's
 * id; no row: no mentor recorded yet.
 */
export const ChildMentorRow = z.object({
  id: Id,
  locationId: Id,
  staffId: Id,
});
export type ChildMentorRow = z.infer<typeof ChildMentorRow>;
