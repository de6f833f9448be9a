/**
 * One row of a sheet while it is planned: its cells by field, the headings to name in a refusal,
 * and the helpers every kind's planner uses.
 */
import type { Params } from '../i18n/messages';
import type { MutatorName } from '../mutators/names';
import { FIELD_LABELS, type Columns, type ImportKind } from './columns';
import { importMessage, type ImportRule } from './importMessages';
import type { LocationRows } from './plan';
import type { SheetRow } from './sheet';
import { parseDate, parseNumber } from './values';
import type { LocalDate } from '../domain/time/localDate';

export type PlannedMutation = { name: MutatorName; args: Record<string, unknown> };
export type FieldChange = { field: string; old: string; new: string };

/** What planning a row needs: where it is, its cells by field, a new id, the refusal maker. */
export type RowInput<K extends ImportKind> = {
  sheet: string;
  line: SheetRow;
  columns: Columns<K>;
};

/** A value of the row by field: trimmed (a trailing space is no difference), '' when the column is absent. */
export function cellOf<K extends ImportKind>(input: RowInput<K>, field: keyof Columns<K>['index']): string {
  const i = input.columns.index[field];
  return i === undefined ? '' : (input.line.cells[i as number] ?? '').trim();
}

export function hasColumn<K extends ImportKind>(input: RowInput<K>, field: keyof Columns<K>['index']): boolean {
  return input.columns.index[field] !== undefined;
}

/** The heading of a field's column as written in the file (the field's Dutch name when absent). */
export function headingOf<K extends ImportKind>(input: RowInput<K>, field: string): string {
  const i = (input.columns.index as Record<string, number | undefined>)[field];
  return i === undefined ? (FIELD_LABELS[field] ?? field) : (input.columns.headings[i] ?? field);
}

/** Thrown inside a row's planning: the row is refused with this rule at this column. */
export class RowRefused extends Error {
  constructor(
    readonly rule: string,
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

export function refuseRow(rule: ImportRule, column: string, params: Params = {}): never {
  throw new RowRefused(rule, column, importMessage(rule, params));
}

export type PlanContext = { rows: LocationRows; newId: () => string };

/** A key (externalId) seen before on another row with other content refuses this row. */
export function checkKey<K extends ImportKind>(
  input: RowInput<K>,
  seenKeys: Map<string, { row: number; content: string }>,
  field: keyof Columns<K>['index'] & string,
  key: string | null,
  content: string,
  shown: string | null = key,
): void {
  if (key === null) return;
  const earlier = seenKeys.get(key.toLowerCase());
  if (earlier && earlier.content !== content) {
    refuseRow('import.duplicate_key', headingOf(input, field), { column: headingOf(input, field), value: shown ?? key, row: earlier.row });
  }
  if (!earlier) seenKeys.set(key.toLowerCase(), { row: input.line.row, content });
}

/** "Roepnaam" etc.: a field's Dutch name for the changes list. */
const labelOfField = (field: string): string => FIELD_LABELS[field] ?? field;

/** A change of a field when old and new differ, as the preview shows it. */
export function changeOf(field: string, old: unknown, next: unknown): FieldChange[] {
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
  return show(old) === show(next) ? [] : [{ field: labelOfField(field), old: show(old), new: show(next) }];
}

type FieldName<K extends ImportKind> = keyof Columns<K>['index'] & string;

/** A cell that must hold text. */
export function requiredText<K extends ImportKind>(input: RowInput<K>, field: FieldName<K>): string {
  const value = cellOf(input, field);
  if (value === '') refuseRow('import.value_missing', headingOf(input, field), { column: headingOf(input, field) });
  return value;
}

/** A cell's text, or null when empty or absent. */
export function optionalText<K extends ImportKind>(input: RowInput<K>, field: FieldName<K>): string | null {
  const value = cellOf(input, field);
  return value === '' ? null : value;
}

/** A date cell; null when empty (refused when `required`). */
export function dateCell<K extends ImportKind>(input: RowInput<K>, field: FieldName<K>, required: true): LocalDate;
export function dateCell<K extends ImportKind>(input: RowInput<K>, field: FieldName<K>, required?: false): LocalDate | null;
export function dateCell<K extends ImportKind>(input: RowInput<K>, field: FieldName<K>, required = false): LocalDate | null {
  const value = required ? requiredText(input, field) : cellOf(input, field);
  if (value === '') return null;
  const date = parseDate(value);
  if (date === null) refuseRow('import.date', headingOf(input, field), { value });
  return date;
}

/** A number cell; null when empty (refused when `required`). */
export function numberCell<K extends ImportKind>(input: RowInput<K>, field: FieldName<K>, required: boolean): number | null {
  const value = required ? requiredText(input, field) : cellOf(input, field);
  if (value === '') return null;
  const n = parseNumber(value);
  if (n === null) refuseRow('import.number', headingOf(input, field), { value });
  return n;
}

/** The last name with its tussenvoegsel in front: "van der Velde". */
export function lastNameOf<K extends 'staff' | 'children'>(input: RowInput<K>): string {
  const prefix = optionalText(input, 'prefix' as FieldName<K>);
  const last = requiredText(input, 'lastName' as FieldName<K>);
  return prefix ? `${prefix} ${last}` : last;
}

/** Whether two JSON values are equal whatever the order of their keys (the hub's jsonb reorders them). */
export function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
