/**
 * The file of an access request (inzageverzoek): everything held about one child (childRecord.ts)
 * as JSON (complete, every field as stored) or as an Excel workbook a parent can read (one sheet
 * per kind of record, Dutch sheet names, one row per record). Excel through exceljs, as the
 * presence list is; the workbook is built in memory, a child's record is small.
 */
import { Workbook } from 'exceljs';
import { formatInstant } from '../../../shared/domain/requests/requestText';
import type { Actor } from '../../../shared/model/roles';
import type { ChildRecord } from './childRecord';

export const JSON_MIME = 'application/json;charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet (and JSON section) of each kind of record, in the order a reader expects them. */
const SECTIONS = [
  ['consents', 'Toestemmingen'],
  ['childContacts', 'Contacten'],
  ['childHealth', 'Gezondheid'],
  ['childMentors', 'Mentor'],
  ['placements', 'Contracten'],
  ['placementExceptions', 'Afwijkingen contract'],
  ['pickupPersons', 'Ophaalpersonen'],
  ['attendance', 'Aanwezigheid'],
  ['latePickups', 'Te laat opgehaald'],
  ['requests', 'Verzoeken'],
  ['requestEvents', 'Verzoeken - verloop'],
  ['requestTasks', 'Verzoeken - taken'],
  ['hourLedger', 'Uren (ruil en flex)'],
  ['billingLines', 'Factuurregels'],
  ['childViews', 'Ingezien door'],
] as const;

type Section = (typeof SECTIONS)[number][0];

function rowsOf(record: ChildRecord, section: Section): object[] {
  if (section in record.own) {
    const row = record.own[section as keyof ChildRecord['own']];
    return row ? [row] : [];
  }
  if (section in record.byPlacement) return record.byPlacement[section as keyof ChildRecord['byPlacement']];
  return record.naming[section as keyof ChildRecord['naming']];
}

export type ExportMeta = { generatedAt: string; generatedBy: Actor };

/** A name for the file: the child's name and the day, without characters a file system refuses. */
export function childExportFileName(record: ChildRecord, format: 'json' | 'xlsx', meta: ExportMeta): string {
  const name = `${record.child.firstName} ${record.child.lastName}`
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
  return `inzage-${name || record.child.id}-${meta.generatedAt.slice(0, 10)}.${format}`;
}

/** Every record as stored, one section per kind, with who made the file and when. */
export function childExportJson(record: ChildRecord, meta: ExportMeta): Buffer {
  const document = {
    about: {
      kind: 'Opvangdesk inzageverzoek',
      generatedAt: meta.generatedAt,
      generatedBy: { name: meta.generatedBy.name, role: meta.generatedBy.role },
      location: record.location,
    },
    child: record.child,
    ...Object.fromEntries(SECTIONS.map(([section]) => [section, rowsOf(record, section)])),
    staffNames: record.staffNames,
  };
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8');
}

function cellOf(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

function addTable(workbook: Workbook, title: string, rows: readonly object[]): void {
  const ws = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  if (rows.length === 0) {
    ws.addRow(['Niets vastgelegd.']);
    return;
  }
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  ws.addRow(columns).font = { bold: true };
  for (const row of rows) ws.addRow(columns.map((c) => cellOf((row as Record<string, unknown>)[c])));
  ws.columns.forEach((column, i) => {
    const longest = Math.max(columns[i]!.length, ...rows.map((r) => String(cellOf((r as Record<string, unknown>)[columns[i]!])).length));
    column.width = Math.min(60, longest + 2);
  });
}

/** The same as a workbook: an opening sheet saying what this is, then one sheet per kind of record. */
export async function childExportXlsx(record: ChildRecord, meta: ExportMeta): Promise<Buffer> {
  const workbook = new Workbook();
  const about = workbook.addWorksheet('Over dit bestand');
  about.addRow(['Inzageverzoek: alle gegevens van één kind in Opvangdesk']).font = { bold: true, size: 13 };
  about.addRow(['Kind', `${record.child.firstName} ${record.child.lastName}`]);
  about.addRow(['Locatie', record.location ? `${record.location.name} (${record.location.code})` : '']);
  about.addRow(['Gemaakt op', formatInstant(meta.generatedAt)]);
  about.addRow(['Gemaakt door', meta.generatedBy.name]);
  about.addRow(['Inhoud', 'Elk tabblad is één soort gegevens; elke regel één vastlegging, zoals ze zijn opgeslagen.']);
  about.getColumn(1).width = 16;
  about.getColumn(2).width = 80;
  addTable(workbook, 'Kind', [record.child]);
  for (const [section, title] of SECTIONS) addTable(workbook, title, rowsOf(record, section));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
