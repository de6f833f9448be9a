/**
 * Table 1 of Bijlage 1 Besluit kwaliteit kinderopvang (day care, KDV, 0-4 years), as given in
 * spec/ratio.md: per row (the span from the youngest to the oldest age year present, gaps do not
 * matter) the cells (staff, most children, most 0-year-olds). A row named "0..2" is the law's
 * "0 tot 3" row.
 */

/** Age years table 1 knows: 0, 1, 2 and 3. Older children in a KDV group are counted as 3 (see kdvRatio). */
export const KDV_OLDEST_AGE_YEAR = 3;
/** Largest KDV group: no cell of table 1 holds more children. */
export const KDV_LARGEST_GROUP = 16;

export type Table1Cell = {
  readonly staff: number;
  readonly maxChildren: number;
  /** Most 0-year-olds the cell allows; null when the row sets no cap of its own. */
  readonly maxBabies: number | null;
};

export type Table1Row = {
  readonly youngest: number;
  readonly oldest: number;
  /** "0..2" */
  readonly label: string;
  /** Ordered by staff, then by most children. */
  readonly cells: readonly Table1Cell[];
};

const cell = (staff: number, maxChildren: number, maxBabies: number | null = null): Table1Cell => ({
  staff,
  maxChildren,
  maxBabies,
});

const row = (youngest: number, oldest: number, cells: Table1Cell[]): Table1Row => ({
  youngest,
  oldest,
  label: `${youngest}..${oldest}`,
  cells,
});

export const table1: readonly Table1Row[] = [
  row(0, 0, [cell(1, 3), cell(2, 6), cell(3, 9), cell(4, 12)]),
  row(1, 1, [cell(1, 5), cell(2, 10), cell(3, 15), cell(4, 16)]),
  row(2, 2, [cell(1, 8), cell(2, 16)]),
  row(3, 3, [cell(1, 8), cell(2, 16)]),
  row(0, 1, [cell(1, 4), cell(2, 8), cell(3, 14, 8), cell(4, 16, 8)]),
  row(0, 2, [cell(1, 5), cell(2, 10), cell(3, 13, 8), cell(3, 14, 4), cell(3, 15, 3), cell(4, 16, 8)]),
  row(0, 3, [cell(1, 5), cell(2, 12), cell(3, 14, 8), cell(3, 15, 5), cell(3, 16, 3), cell(4, 16, 8)]),
  row(1, 2, [cell(1, 6), cell(2, 11), cell(3, 16)]),
  row(1, 3, [cell(1, 7), cell(2, 13), cell(3, 16)]),
  row(2, 3, [cell(1, 8), cell(2, 16)]),
];

const rowsBySpan: (Table1Row | undefined)[] = [];
for (const r of table1) rowsBySpan[r.youngest * (KDV_OLDEST_AGE_YEAR + 1) + r.oldest] = r;

/** The row for the youngest and oldest age year present (0..3 each, youngest <= oldest). */
export function table1Row(youngest: number, oldest: number): Table1Row {
  const r = rowsBySpan[youngest * (KDV_OLDEST_AGE_YEAR + 1) + oldest];
  if (r === undefined) throw new Error(`no table 1 row ${youngest}..${oldest}`);
  return r;
}

function holds(c: Table1Cell, children: number, babies: number): boolean {
  return children <= c.maxChildren && (c.maxBabies === null || babies <= c.maxBabies);
}

/** Table 1's result: the cell with the fewest staff that holds `children` with `babies` 0-year-olds; null when none does. */
export function table1Cell(r: Table1Row, children: number, babies: number): Table1Cell | null {
  for (const c of r.cells) if (holds(c, children, babies)) return c;
  return null;
}

/**
 * The formal maximum-group-size rule (spec rule 4): the group is within its maximum only if some
 * cell of its row has at least `required` staff, holds the children and respects its cap on
 * 0-year-olds. Returns that cell (the smallest such), or null when the group is over its maximum.
 */
export function cellWithinMax(r: Table1Row, required: number, children: number, babies: number): Table1Cell | null {
  for (const c of r.cells) if (c.staff >= required && holds(c, children, babies)) return c;
  return null;
}

/** The most staff any cell of the row names: no group of that row within its maximum needs more. */
export function maxStaffOfRow(r: Table1Row): number {
  let max = 0;
  for (const c of r.cells) if (c.staff > max) max = c.staff;
  return max;
}
