/**
 * The synced tables: name, row schema, which fields are stored as JSON, and the space (sync
 * partition) a row belongs to. The desk's store and the hub both derive their SQL from this.
 */
import type { z } from 'zod';
import { ChildRow, ConsentRow, GroupRow, LatePickupRow, LocationRow, OrganisationRow, PlacementRow, ShiftRow, StaffRow } from './rows';
import { RosterAuditRow, RosterWeekRow, StaffAbsenceRow } from './rows';
import { AttendanceRow, PickupPersonRow } from './rows';
import { ChildContactsRow, ChildHealthRow, ChildMentorRow, PlacementExceptionRow } from './masterDataRows';
import { ChildViewRow } from './privacyRows';
import { BillingLineRow, HourLedgerRow, RequestEventRow, RequestRow, RequestTaskRow, SchoolClosureDayRow } from './requestRows';

/** The organisation-wide space: reference data every desk reads. */
export const ORG_SPACE = 'org';

export type TableDef<S extends z.ZodObject = z.ZodObject> = {
  schema: S;
  /** Fields kept as JSON text (SQLite) or jsonb (PostgreSQL). */
  json: readonly string[];
  /** Fields kept as 0/1 in SQLite. */
  bool: readonly string[];
  /** The sync partition of a row: its location, or the organisation-wide space. */
  space: (row: z.infer<S>) => string;
};

function table<S extends z.ZodObject>(
  schema: S,
  space: (row: z.infer<S>) => string,
  opts: { json?: (keyof z.infer<S> & string)[]; bool?: (keyof z.infer<S> & string)[] } = {},
): TableDef<S> {
  return { schema, space, json: opts.json ?? [], bool: opts.bool ?? [] };
}

const byLocation = (row: { locationId: string }): string => row.locationId;

export const tables = {
  organisations: table(OrganisationRow, () => ORG_SPACE, { json: ['settings'] }),
  locations: table(LocationRow, (row) => row.id, { json: ['address', 'openDays'] }),
  groups: table(GroupRow, byLocation, { json: ['days'] }),
  children: table(ChildRow, byLocation),
  placements: table(PlacementRow, byLocation, { json: ['days'] }),
  consents: table(ConsentRow, byLocation, { bool: ['photos', 'trips', 'otherGroup'] }),
  staff: table(StaffRow, byLocation),
  shifts: table(ShiftRow, byLocation, { json: ['breaks'] }),
  latePickups: table(LatePickupRow, byLocation, {
    json: ['registeredBy', 'conversation', 'fineConfirmation', 'history'],
    bool: ['endFromPlan'],
  }),
  staffAbsences: table(StaffAbsenceRow, byLocation, { json: ['registeredBy'] }),
  rosterWeeks: table(RosterWeekRow, byLocation, { json: ['publishedBy'] }),
  rosterAudit: table(RosterAuditRow, byLocation, { json: ['before', 'after', 'by'] }),
  pickupPersons: table(PickupPersonRow, byLocation, { json: ['idCheckedBy'], bool: ['idChecked'] }),
  attendance: table(AttendanceRow, byLocation, { json: ['checkedInBy', 'checkedOutBy', 'history'], bool: ['voided'] }),
  requests: table(RequestRow, byLocation, {
    json: ['enteredBy', 'state', 'decidedBy', 'intakeFailures'],
    bool: ['recurring', 'otherGroupConsent'],
  }),
  requestEvents: table(RequestEventRow, byLocation, { json: ['by', 'rules', 'rejection'] }),
  hourLedger: table(HourLedgerRow, byLocation, { bool: ['locationInitiated'] }),
  requestTasks: table(RequestTaskRow, byLocation, { json: ['createdBy', 'doneBy'] }),
  schoolClosureDays: table(SchoolClosureDayRow, byLocation, { json: ['setBy'] }),
  billingLines: table(BillingLineRow, byLocation),
  childContacts: table(ChildContactsRow, byLocation, { json: ['guardians', 'emergencyContacts', 'gp'] }),
  childHealth: table(ChildHealthRow, byLocation),
  placementExceptions: table(PlacementExceptionRow, byLocation, { json: ['recordedBy'] }),
  childMentors: table(ChildMentorRow, byLocation),
  childViews: table(ChildViewRow, byLocation, { json: ['by'] }),
};

export type TableName = keyof typeof tables;
export type RowOf<T extends TableName> = z.infer<(typeof tables)[T]['schema']>;
export const tableNames = Object.keys(tables) as TableName[];

export function isTableName(name: string): name is TableName {
  return Object.hasOwn(tables, name);
}

/** camelCase field -> snake_case column. */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
