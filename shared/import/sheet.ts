/**
 * A file as the import engine sees it, whatever it was (xlsx or CSV): named sheets of rows of
 * text cells, each row with its number in the file (the row a manager finds in Excel, the line in
 * a text editor), so every refusal can point at sheet, row and column.
 */
export type SheetRow = { row: number; cells: string[] };
export type Sheet = { name: string; rows: SheetRow[] };

/** Where a refusal points: the sheet, the row (1-based) and the column's heading in the file ('' for the whole row). */
export type Place = { sheet: string; row: number; column: string };

/** A refusal of the whole file or of one row: the rule, the Dutch sentence, where. */
export type ImportRefusal = Place & { rule: string; message: string };
