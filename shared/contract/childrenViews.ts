/**
 * Views of the Kinderen screens beyond the children's plan (issue 14, spec/master-data.md "Child"
 * and "Contract"): a child's contacts, its health notes and the banner that shows an allergy or
 * medication wherever the child is listed, and the capacity preview of a new or changed contract.
 */
import type { ContractChangePreview } from '../domain/plan/contractChange';
import type { EmergencyContact, Guardian } from '../model/masterDataRows';

/**
 * What staff must not miss wherever the child is listed (day view, presence list, Kinderen): its
 * allergies and medication as written; null when it has neither. Diet and other health notes are
 * not in lists: they are shown on the child's own health card, to the manager.
 */
export type HealthBanner = { allergies: string; medication: string };

/** A child's guardians, emergency contacts, GP and school. */
export type ChildContactsView = {
  guardians: Guardian[];
  emergencyContacts: EmergencyContact[];
  gp: { name: string; phone: string } | null;
  school: string;
};

/** A child's health notes (special category data under the AVG): read only where they are edited. */
export type ChildHealthView = { childId: string; allergies: string; diet: string; medication: string; notes: string };

/** The rule that refuses a contract as previewed, in Dutch with its params (the UI words it in English). */
export type PreviewRefusal = { rule: string; message: string; params: Record<string, string | number> };

/**
 * A new contract or a change of days before it is confirmed: the group's most children at once per
 * weekday from the start (or effective) date, without and with it (the shared
 * `previewContractChange`), and what the mutator itself says when run on the store and rolled back
 * (null: it would be accepted).
 */
export type ContractPreview = ContractChangePreview & {
  groupId: string;
  groupName: string;
  refusal: PreviewRefusal | null;
};
