/**
 * What the import wizard shows (spec/master-data.md "Import from the back office"): the preview
 * of a file against a location, and the result of applying it.
 */
import { z } from 'zod';
import type { ImportKind } from '../import/columns';
import type { ImportSummary } from '../import/checkPlan';
import type { FieldChange, RowOutcome } from '../import/plan';
import { Id } from '../model/rows';

/** The largest file an import takes: a location's export is far smaller; more is the wrong file. */
export const IMPORT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The file as the bridge carries it: base64 of up to 30 MB, so the reader can say a file over 20 MB is too large in words. */
const MAX_BASE64_CHARS = 40 * 1024 * 1024;
const ImportTarget = z.union([z.literal('skip'), z.string().regex(/^(groups|staff|children)\.[A-Za-z0-9]+$/)]);

export const ImportFileInput = z
  .object({
    locationId: Id,
    fileName: z.string().trim().min(1).max(260),
    base64: z.string().max(MAX_BASE64_CHARS, 'het bestand is groter dan 20 MB: een import neemt bestanden tot 20 MB'),
    /** Headings (normalised) the manager mapped: a field, or skip; merged over the location's remembered mapping. */
    mapping: z.record(z.string().max(100), ImportTarget).default({}),
  })
  .strict();

export type ImportRowView = {
  sheet: string;
  row: number;
  kind: ImportKind;
  label: string;
  outcome: RowOutcome;
  changes: FieldChange[];
  refusal: { column: string; rule: string; message: string } | null;
};

export type ImportSheetView = { sheet: string; kind: ImportKind | null; rows: number; unrecognised: string[]; missingFields: string[] };

export type ImportPreview = {
  fileName: string;
  /** "Excel (.xlsx)", "CSV (Windows-1252)". */
  format: string;
  summary: ImportSummary;
  sheets: ImportSheetView[];
  rows: ImportRowView[];
  /** The mapping used (remembered and given), by normalised heading. */
  mapping: Record<string, string>;
  /** Whether applying would change anything. */
  applicable: boolean;
  /** What the preview showed, for `import.apply` to check it applies the same. */
  digest: string;
};

export type ImportResult = { summary: ImportSummary; mutations: number };
