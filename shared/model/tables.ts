/**
 * The synced tables: name, row schema, which fields are stored as JSON, and the space (sync
 * partition) a row belongs to. The desk's store and the hub both derive their SQL from this.
 */
import type { z } from 'zod';
import {
  ChildRow,
  ConsentRow,
  GroupRow,
  LocationRow,
  OrganisationRow,
  PlacementRow,
  ShiftRow,
  StaffRow,
} from './rows';

/** The organisation-wide space: reference data every desk reads. */
export const ORG_SPACE = 'org';

type TableDef<S extends z.ZodObject> = {
  schema: S;
  /** Fields kept as JSON text (SQLite) or jsonb (PostgreSQL). */
  json: readonly (keyof z.infer<S> & string)[];
  /** Fields kept as 0/1 in SQLite. */
  bool: readonly (keyof z.infer<S> & string)[];
  space: (row: z.infer<S>) => string;
};

const byLocation = (row: { locationId: string }) => row.locationId;

export const tables = {
  organisations: { schema: OrganisationRow, json: ['settings'], bool: [], space: () => ORG_SPACE },
  locations: { schema: LocationRow, json: [], bool: [], space: (row) => row.id },
  groups: { schema: GroupRow, json: [], bool: [], space: byLocation },
  children: { schema: ChildRow, json: [], bool: [], space: byLocation },
  placements: { schema: PlacementRow, json: ['days'], bool: [], space: byLocation },
  consents: { schema: ConsentRow, json: [], bool: ['photos', 'trips', 'otherGroup'], space: byLocation },
  staff: { schema: StaffRow, json: [], bool: [], space: byLocation },
  shifts: { schema: ShiftRow, json: ['breaks'], bool: [], space: byLocation },
} satisfies { [name: string]: TableDef<z.ZodObject> };

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
