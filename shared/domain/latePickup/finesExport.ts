/**
 * The monthly fines list for billing (kindplanning): one row per confirmed fine of a late pickup
 * dated in the month, per child with date, minutes late, amount and the rule that set it
 * (spec/late-pickup.md, "Output"). Only fines the manager confirmed, at their current amount,
 * are listed (`isExported`).
 *
 * Pure: the table as typed cells, and its CSV text (`;`-separated as Dutch spreadsheets expect,
 * UTF-8 with a byte-order mark, CRLF). The desk writes the same table as an Excel file.
 */
import { formatTime } from '../time/timeOfDay';
import type { Minutes } from '../time/timeOfDay';
import type { FineLine } from './lateFines';

export type FineExportRecord = {
  registrationId: string;
  date: string;
  childId: string;
  childName: string;
  groupName: string;
  contractedEnd: Minutes;
  pickupTime: Minutes;
  minutesLate: number;
  /** n: the late pickup's place in the child's year. */
  count: number;
  cents: number;
  /** The lines of the assessment (only those with an amount are listed). */
  lines: readonly Pick<FineLine, 'rule' | 'message' | 'cents'>[];
  confirmedBy: string;
  /** ISO instant. */
  confirmedAt: string;
};

export type ExportCell = { t: 'text'; v: string } | { t: 'int'; v: number } | { t: 'date'; v: string } | { t: 'money'; cents: number };

export type ExportTable = { header: string[]; rows: ExportCell[][] };

const text = (v: string): ExportCell => ({ t: 'text', v });
const int = (v: number): ExportCell => ({ t: 'int', v });

export const FINES_EXPORT_HEADER = [
  'datum',
  'kind_id',
  'kind',
  'groep',
  'einde_opvang',
  'opgehaald',
  'minuten_te_laat',
  'keer_dit_jaar',
  'bedrag_centen',
  'bedrag',
  'regel',
  'toelichting',
  'bevestigd_door',
  'bevestigd_op',
  'registratie_id',
];

/** Rows in child-name order, then by date and pickup time. */
export function finesExportTable(records: readonly FineExportRecord[]): ExportTable {
  const sorted = [...records].sort(
    (a, b) => a.childName.localeCompare(b.childName, 'nl') || a.childId.localeCompare(b.childId) || a.date.localeCompare(b.date),
  );
  return {
    header: FINES_EXPORT_HEADER,
    rows: sorted.map((r) => {
      const priced = r.lines.filter((l) => l.cents > 0);
      return [
        { t: 'date', v: r.date },
        text(r.childId),
        text(r.childName),
        text(r.groupName),
        text(formatTime(r.contractedEnd)),
        text(formatTime(r.pickupTime)),
        int(r.minutesLate),
        int(r.count),
        int(r.cents),
        { t: 'money', cents: r.cents },
        text(priced.map((l) => l.rule).join('+')),
        text(priced.map((l) => l.message).join(' ')),
        text(r.confirmedBy),
        text(r.confirmedAt),
        text(r.registrationId),
      ];
    }),
  };
}

/** `2750` -> `27,50` (integer arithmetic, no euro sign: a number column for a spreadsheet). */
export function decimalEuros(cents: number, separator = ','): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`amount is not integer cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, '0')}`;
}

const BOM = '\uFEFF';

/** A text a spreadsheet would run as a formula is prefixed with `'` (CSV injection). */
function safeText(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csvField(cell: ExportCell): string {
  const raw =
    cell.t === 'text' ? safeText(cell.v) : cell.t === 'int' ? String(cell.v) : cell.t === 'date' ? cell.v : decimalEuros(cell.cents);
  return /[;"\r\n]/.test(raw) ? `"${raw.replace(/"/g, '""')}"` : raw;
}

/** The table as CSV: `;`-separated, fields with `;`, quotes or line breaks quoted, CRLF, with a BOM. */
export function toCsv(table: ExportTable): string {
  const lines = [table.header.map((h) => csvField(text(h))).join(';'), ...table.rows.map((row) => row.map(csvField).join(';'))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
