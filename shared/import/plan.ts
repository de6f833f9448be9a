/**
 * The plan of an import (spec/master-data.md "Import from the back office"): per row of the file
 * what it does to the location (created, updated with the fields old and new, unchanged, or
 * refused with the reason and the column) and the mutations that do it. Pure: it reads the
 * location's rows as they are (`LocationRows`) and matches them by `externalId`; the mutators'
 * own rules are asked afterwards (see checkPlan.ts), by running the mutations without keeping them.
 */
import type { ChildContactsRow, ChildHealthRow } from '../model/masterDataRows';
import type { ChildRow, GroupRow, LocationRow, PlacementRow, StaffRow } from '../model/rows';
import type { PlanSettings } from '../domain/plan/planSettings';
import type { LocalDate } from '../domain/time/localDate';
import { recogniseColumns, type ColumnMapping, type Columns, type ImportKind } from './columns';
import { importMessage } from './importMessages';
import { refuseRow, RowRefused, type FieldChange, type PlanContext, type PlannedMutation, type RowInput } from './rowInput';
import type { ImportRefusal, Sheet, SheetRow } from './sheet';
import { planChildRow, type ChildrenState } from './planChildren';
import { planGroupRow } from './planGroups';
import { planStaffRow } from './planStaff';

export type { FieldChange, PlannedMutation } from './rowInput';

/** The location's rows the import compares with, read by the desk or the hub. */
export type LocationRows = {
  location: LocationRow;
  today: LocalDate;
  planSettings: PlanSettings;
  groups: GroupRow[];
  staff: StaffRow[];
  children: ChildRow[];
  placements: PlacementRow[];
  contacts: ChildContactsRow[];
  health: ChildHealthRow[];
};

export type RowOutcome = 'created' | 'updated' | 'unchanged' | 'refused';

export type RowPlan = {
  sheet: string;
  row: number;
  kind: ImportKind;
  /** Who or what the row is about: "Salomë van der Velde", "Egeltjes". */
  label: string;
  outcome: RowOutcome;
  changes: FieldChange[];
  refusal: ImportRefusal | null;
  mutations: PlannedMutation[];
};

/** A child with a running contract that a later file no longer holds: listed, never ended by the import. */
export type MissingRow = { table: 'children'; externalId: string | null; name: string; message: string };

export type SheetInfo = {
  sheet: string;
  kind: ImportKind | null;
  rows: number;
  unrecognised: string[];
  missingFields: string[];
  /** The heading (as written) of each field found: a mutator's refusal names its column. */
  headings: Record<string, string>;
};

export type ImportPlan = {
  sheets: SheetInfo[];
  rows: RowPlan[];
  /** Refusals of a whole file or sheet (nothing of it is planned). */
  refusals: ImportRefusal[];
  missing: MissingRow[];
};

/**
 * Plans every sheet: its kind from its columns, then row by row; a refused row never stops the
 * others. Groups are planned before staff and children, whatever the order of the sheets, so a
 * workbook with all three can be imported at once.
 */
export function planImport(sheets: readonly Sheet[], ctx: PlanContext, mapping: ColumnMapping = {}): ImportPlan {
  const plan: ImportPlan = { sheets: [], rows: [], refusals: [], missing: [] };
  const groups = [...ctx.rows.groups];
  const children: ChildrenState = { placements: [...ctx.rows.placements], seen: new Set(), planned: new Map() };
  const recognised: { sheet: Sheet; header: SheetRow; columns: Columns }[] = [];
  for (const sheet of sheets) {
    const [header, ...rest] = sheet.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
    if (!header) continue;
    const { columns, missing } = recogniseColumns(
      header.cells.map((c) => c.trim()),
      mapping,
    );
    const data = rest.length;
    if (missing.length > 0) {
      plan.sheets.push({
        sheet: sheet.name,
        kind: null,
        rows: data,
        unrecognised: columns.unrecognised,
        missingFields: missing,
        headings: {},
      });
      plan.refusals.push({
        sheet: sheet.name,
        row: header.row,
        column: '',
        rule: 'import.kind_unknown',
        message: importMessage('import.kind_unknown', { columns: header.cells.filter((c) => c.trim()).join(', ') }),
      });
      continue;
    }
    const headings = Object.fromEntries(
      Object.entries(columns.index as Record<string, number>).map(([field, i]) => [field, columns.headings[i] ?? field]),
    );
    plan.sheets.push({
      sheet: sheet.name,
      kind: columns.kind,
      rows: data,
      unrecognised: columns.unrecognised,
      missingFields: [],
      headings,
    });
    recognised.push({ sheet, header, columns });
  }
  const order: ImportKind[] = ['groups', 'staff', 'children'];
  recognised.sort((a, b) => order.indexOf(a.columns.kind) - order.indexOf(b.columns.kind));
  for (const { sheet, header, columns } of recognised) {
    const seenRows = new Map<string, number>();
    const seenKeys = new Map<string, { row: number; content: string }>();
    for (const line of sheet.rows) {
      if (line.row <= header.row || line.cells.every((c) => c.trim() === '')) continue;
      const input = { sheet: sheet.name, line, columns };
      const content = line.cells.map((c) => c.trim()).join('\u0000');
      const label = labelOf(input);
      try {
        const first = seenRows.get(content);
        if (first !== undefined) refuseRow('import.duplicate_row', '', { row: first });
        seenRows.set(content, line.row);
        const planned = planRow(input, ctx, groups, children, seenKeys, content);
        plan.rows.push({ sheet: sheet.name, row: line.row, kind: columns.kind, label, refusal: null, ...planned });
      } catch (error) {
        if (!(error instanceof RowRefused)) throw error;
        plan.rows.push({
          sheet: sheet.name,
          row: line.row,
          kind: columns.kind,
          label,
          outcome: 'refused',
          changes: [],
          mutations: [],
          refusal: { sheet: sheet.name, row: line.row, column: error.column, rule: error.rule, message: error.message },
        });
      }
    }
  }
  if (recognised.some((r) => r.columns.kind === 'children')) plan.missing = missingChildren(ctx.rows, children);
  return plan;
}

function planRow(
  input: RowInput<ImportKind>,
  ctx: PlanContext,
  groups: GroupRow[],
  children: ChildrenState,
  seenKeys: Map<string, { row: number; content: string }>,
  content: string,
): Pick<RowPlan, 'outcome' | 'changes' | 'mutations'> {
  switch (input.columns.kind) {
    case 'groups':
      return planGroupRow(input as RowInput<'groups'>, ctx, groups, seenKeys, content);
    case 'staff':
      return planStaffRow(input as RowInput<'staff'>, ctx, seenKeys, content);
    case 'children':
      return planChildRow(input as RowInput<'children'>, ctx, groups, children, seenKeys);
  }
}

/** A row's name as the preview shows it. */
function labelOf(input: RowInput<ImportKind>): string {
  const cell = (f: string) => {
    const i = (input.columns.index as Record<string, number | undefined>)[f];
    return i === undefined ? '' : (input.line.cells[i] ?? '').trim();
  };
  if (input.columns.kind === 'groups') return cell('name');
  return [cell('firstName'), cell('prefix'), cell('lastName')].filter((s) => s !== '').join(' ');
}

/** Children of the location with a running contract that no row of the file names. */
function missingChildren(rows: LocationRows, children: ChildrenState): MissingRow[] {
  const running = new Set(rows.placements.filter((p) => p.endDate === null || p.endDate >= rows.today).map((p) => p.childId));
  return rows.children
    .filter((c) => running.has(c.id) && !children.seen.has(c.id))
    .map((c) => {
      const name = `${c.firstName} ${c.lastName}`;
      return { table: 'children', externalId: c.externalId, name, message: importMessage('import.missing', { child: name }) };
    });
}
