/**
 * Rows of shared/model/tables.ts to and from SQLite: camelCase fields <-> snake_case columns,
 * JSON fields as text, booleans as 0/1. One place, so every table is stored the same way.
 */
import { columnOf, tables, type RowOf, type TableName } from '../../../shared/model/tables';

type SqlValue = string | number | null;

type Codec = {
  fields: string[];
  columns: string[];
  json: Set<string>;
  bool: Set<string>;
};

const codecs = new Map<TableName, Codec>();

export function codecOf(table: TableName): Codec {
  let codec = codecs.get(table);
  if (!codec) {
    const def = tables[table];
    const fields = Object.keys(def.schema.shape);
    codec = {
      fields,
      columns: fields.map(columnOf),
      json: new Set(def.json),
      bool: new Set(def.bool),
    };
    codecs.set(table, codec);
  }
  return codec;
}

export function encodeRow<T extends TableName>(table: T, row: RowOf<T>): SqlValue[] {
  const c = codecOf(table);
  const record = row as Record<string, unknown>;
  return c.fields.map((f) => {
    const v = record[f];
    if (c.json.has(f)) return JSON.stringify(v);
    if (c.bool.has(f)) return v ? 1 : 0;
    return (v ?? null) as SqlValue;
  });
}

export function decodeRow<T extends TableName>(table: T, raw: Record<string, unknown>): RowOf<T> {
  const c = codecOf(table);
  const row: Record<string, unknown> = {};
  c.fields.forEach((f, i) => {
    const v = raw[c.columns[i] as string];
    if (c.json.has(f)) row[f] = JSON.parse(v as string);
    else if (c.bool.has(f)) row[f] = v === 1;
    else row[f] = v;
  });
  return row as RowOf<T>;
}

export const quote = (identifier: string): string => `"${identifier}"`;
