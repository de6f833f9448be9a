/**
 * Reads a back office's export into sheets of text cells: .xlsx with exceljs, CSV with csv-parse
 * (`;`, `,` or tab, whichever the heading line holds most) after decoding with iconv-lite (UTF-8
 * with or without BOM, UTF-16 with BOM, else Windows-1252: what Dutch Excel writes). What is no
 * spreadsheet, too large, empty, or holds formulas or merged cells is refused as a whole with a
 * Dutch sentence, before anything is planned. Runs where the desk's core and the hub run (Node).
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { importMessage, type ImportRule } from './importMessages';
import type { Params } from '../i18n/messages';
import type { ImportRefusal, Sheet } from './sheet';

import { IMPORT_MAX_FILE_BYTES } from '../contract/importViews';

export const MAX_FILE_BYTES = IMPORT_MAX_FILE_BYTES;
/** The most rows a sheet may hold: a location has hundreds of children, not tens of thousands. */
export const MAX_SHEET_ROWS = 10_000;
/** The longest line a CSV export has: a line longer than this is no table (and would take long to read). */
const MAX_LINE_CHARS = 100_000;

export type ReadResult = { ok: true; sheets: Sheet[]; format: string } | { ok: false; refusal: ImportRefusal };

const refuse = (rule: ImportRule, params: Params = {}, where: Partial<ImportRefusal> = {}): ReadResult => ({
  ok: false,
  refusal: { sheet: where.sheet ?? '', row: where.row ?? 0, column: where.column ?? '', rule, message: importMessage(rule, params) },
});

/** 100000 as a Dutch reader writes it: 100.000. */
const dutchNumber = (n: number) => n.toLocaleString('nl-NL');

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES) {
    return refuse('import.too_large', { megabytes: Math.ceil(bytes.length / 1024 / 1024), limit: MAX_FILE_BYTES / 1024 / 1024 });
  }
  if (bytes.length === 0) return refuse('import.empty');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes);
  if (startsWith(bytes, OLE)) return refuse('import.old_excel');
  const text = decode(bytes);
  if (!text.ok) return text;
  return readCsv(fileName, text.text, text.encoding);
}

/** The text of a CSV file, or why it is no text the import reads. */
function decode(bytes: Uint8Array): { ok: true; text: string; encoding: string } | (ReadResult & { ok: false }) {
  if (startsWith(bytes, UTF8_BOM)) return { ok: true, text: iconv.decode(bytes.subarray(3), 'utf8'), encoding: 'UTF-8 met BOM' };
  if (startsWith(bytes, UTF16LE_BOM)) return { ok: true, text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'UTF-16' };
  if (startsWith(bytes, UTF16BE_BOM)) return { ok: true, text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'UTF-16' };
  const sample = bytes.subarray(0, 4096);
  const nuls = sample.filter((b) => b === 0).length;
  if (nuls > 0) {
    // Every other byte NUL: UTF-16 text without its byte order mark; other NULs: no text at all.
    const odd = sample.filter((b, i) => i % 2 === 1 && b === 0).length;
    const even = sample.filter((b, i) => i % 2 === 0 && b === 0).length;
    const utf16 = Math.min(odd, even) === 0 && Math.max(odd, even) >= sample.length * 0.2;
    return (utf16 ? refuse('import.encoding', { found: 'UTF-16 zonder BOM' }) : refuse('import.not_spreadsheet')) as ReadResult & {
      ok: false;
    };
  }
  const utf8 = iconv.decode(bytes, 'utf8');
  const text = utf8.includes('\ufffd') ? iconv.decode(bytes, 'win1252') : utf8;
  // Control characters other than tab and line ends: a binary file, not a CSV export.
  const control = [...text.slice(0, 4096)].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0x7f;
  });
  if (control) return refuse('import.not_spreadsheet') as ReadResult & { ok: false };
  return { ok: true, text, encoding: utf8.includes('\ufffd') ? 'Windows-1252' : 'UTF-8' };
}

function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function readCsv(fileName: string, text: string, encoding: string): ReadResult {
  if (text.trim() === '') return refuse('import.empty');
  const name = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'CSV';
  // Counted before parsing, so a file of 100,000 rows or one endless line is refused at once.
  const lines = text.split('\n');
  if (lines.length > MAX_SHEET_ROWS + 2) {
    return refuse('import.too_many_rows', { rows: dutchNumber(lines.length - 1), limit: dutchNumber(MAX_SHEET_ROWS) }, { sheet: name });
  }
  if (lines.some((line) => line.length > MAX_LINE_CHARS)) return refuse('import.not_spreadsheet', {}, { sheet: name });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return refuse('import.not_spreadsheet', {}, { sheet: name, row: line });
  }
  if (records.length > MAX_SHEET_ROWS + 1)
    return refuse('import.too_many_rows', { rows: dutchNumber(records.length), limit: dutchNumber(MAX_SHEET_ROWS) }, { sheet: name });
  const rows = records.map((r) => ({ row: r.info.lines, cells: r.record }));
  if (!rows.some((r) => r.cells.some((c) => c.trim() !== ''))) return refuse('import.empty');
  return { ok: true, sheets: [{ name, rows }], format: `CSV (${encoding})` };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value as the text a CSV export of it would hold (dates as jjjj-mm-dd, times as uu:mm). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel keeps a time of day as a date on 30 December 1899.
    if (value.getUTCFullYear() < 1901) return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readWorkbook(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch {
    return refuse('import.not_spreadsheet');
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    const where = { sheet: worksheet.name };
    if (worksheet.rowCount > MAX_SHEET_ROWS + 1)
      return refuse('import.too_many_rows', { rows: dutchNumber(worksheet.rowCount), limit: dutchNumber(MAX_SHEET_ROWS) }, where);
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    if (merges.length > 0) return refuse('import.merged_cells', { range: merges[0]! }, where);
    const rows: Sheet['rows'] = [];
    let refusal: ReadResult | null = null;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (refusal) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (cell.type === ExcelJS.ValueType.Formula && !refusal) {
          refusal = refuse(
            'import.formula',
            { cell: cell.address, formula: `=${cell.formula}` },
            { ...where, row: rowNumber, column: cell.address.replace(/\d+$/, '') },
          );
        }
        cells[col - 1] = cellText(cell.value).trim() === '' ? '' : cellText(cell.value);
      });
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    if (refusal) return refusal;
    if (rows.length > 0) sheets.push({ name: worksheet.name, rows });
  }
  if (sheets.length === 0) return refuse('import.empty');
  return { ok: true, sheets, format: 'Excel (.xlsx)' };
}
