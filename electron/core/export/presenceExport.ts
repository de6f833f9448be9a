/**
 * The presence list and staff deployment of a day as files: PDF (pdfkit, A4 landscape, for the
 * inspectorate's file), Excel (exceljs, two sheets) and CSV (`;`-separated with a BOM, so Dutch
 * Excel opens it as columns; two sections, children then staff). All three hold the same rows.
 */
import { Workbook } from 'exceljs';
import PDFDocument from 'pdfkit';
import type { PresenceList } from '../../../shared/contract/views';
import { formatTime } from '../../../shared/domain/time/timeOfDay';

type Span = { start: number; end: number };

const careLabel = { KDV: 'Dagopvang', BSO: 'BSO' } as const;
const countsLabel = { full: 'ja', trainee: 'BBL-leerling', none: 'nee' } as const;

const spans = (list: readonly Span[]): string => list.map((s) => `${formatTime(s.start)}–${formatTime(s.end)}`).join(', ');
const stays = (list: readonly { checkIn: number; checkOut: number | null }[]): string =>
  list.map((s) => `${formatTime(s.checkIn)}–${s.checkOut === null ? '…' : formatTime(s.checkOut)}`).join(', ');
const hours = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
const dutchDate = (date: string): string => `${Number(date.slice(8, 10))}-${Number(date.slice(5, 7))}-${date.slice(0, 4)}`;

/** `maandag 23 november 2026`. */
function longDate(date: string): string {
  return new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function remarkOf(c: PresenceList['groups'][number]['children'][number]): string {
  const parts: string[] = [];
  if (c.absent) parts.push('afwezig');
  if (!c.absent && c.unplanned) parts.push('niet gepland');
  if (c.stays.some((s) => s.checkOut === null)) parts.push('niet afgemeld');
  return parts.join(', ');
}

/** The rows every format shares: children (one per child per group) and staff (one per shift). */
export function presenceRows(list: PresenceList): { children: string[][]; staff: string[][] } {
  const children = list.groups.flatMap((g) =>
    g.children.map((c) => [g.name, c.name, dutchDate(c.dateOfBirth), String(c.age), spans(c.planned), stays(c.stays), remarkOf(c)]),
  );
  const staff = list.staff.flatMap((s) =>
    s.shifts.map((shift) => [
      s.name,
      countsLabel[s.counts],
      shift.groupName,
      `${formatTime(shift.start)}–${formatTime(shift.end)}`,
      spans(shift.breaks),
      hours(shift.end - shift.start - shift.breaks.reduce((sum, b) => sum + (b.end - b.start), 0)),
    ]),
  );
  return { children, staff };
}

export const CHILD_HEADER = ['Groep', 'Kind', 'Geboortedatum', 'Leeftijd', 'Gepland', 'Aanwezig (aankomst–vertrek)', 'Opmerking'];
export const STAFF_HEADER = ['Medewerker', 'Telt mee in de ratio', 'Groep', 'Dienst', 'Pauze', 'Uren'];

export function presenceFileName(list: PresenceList, format: 'pdf' | 'xlsx' | 'csv'): string {
  const place = list.locationName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `presentielijst-${place}-${list.date}.${format}`;
}

// --- CSV ---------------------------------------------------------------------------------------

const BOM = '\uFEFF';

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function presenceCsv(list: PresenceList): Buffer {
  const { children, staff } = presenceRows(list);
  const line = (cells: readonly string[]) => cells.map(csvField).join(';');
  const lines = [
    line([`Presentielijst ${list.locationName}`, dutchDate(list.date)]),
    '',
    line(CHILD_HEADER),
    ...children.map(line),
    '',
    line(['Personeelsinzet']),
    line(STAFF_HEADER),
    ...staff.map(line),
  ];
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

// --- Excel -------------------------------------------------------------------------------------

export async function presenceXlsx(list: PresenceList, generatedAt: string): Promise<Buffer> {
  const { children, staff } = presenceRows(list);
  const workbook = new Workbook();
  workbook.creator = 'Opvangdesk';
  workbook.created = new Date(generatedAt);
  workbook.modified = new Date(generatedAt);
  const sheet = (name: string, header: readonly string[], rows: readonly string[][], widths: readonly number[]) => {
    const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
    ws.addRow([`${name} ${list.locationName}, ${longDate(list.date)}`]).font = { bold: true, size: 13 };
    ws.addRow([]);
    const head = ws.addRow([...header]);
    head.font = { bold: true };
    for (const r of rows) ws.addRow([...r]);
    ws.columns.forEach((col, i) => {
      col.width = widths[i] ?? 14;
    });
    ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: header.length } };
    return ws;
  };
  sheet('Presentielijst', CHILD_HEADER, children, [14, 26, 14, 9, 24, 28, 22]);
  sheet('Personeelsinzet', STAFF_HEADER, staff, [26, 20, 14, 14, 16, 8]);
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

// --- PDF ---------------------------------------------------------------------------------------

const MARGIN = 36;
const ROW = 15;

export function presencePdf(list: PresenceList, generatedAt: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `Presentielijst ${list.locationName} ${list.date}`, Author: 'Opvangdesk', CreationDate: new Date(generatedAt) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 20;
  const ensure = (needed: number) => {
    if (doc.y + needed > bottom()) doc.addPage();
  };

  /** A table with a bold header row; widths are fractions of the page width. */
  const table = (header: readonly string[], rows: readonly string[][], fractions: readonly number[]) => {
    const widths = fractions.map((f) => f * width);
    const drawRow = (cells: readonly string[], bold: boolean) => {
      ensure(ROW);
      const y = doc.y;
      let x = MARGIN;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
      cells.forEach((cell, i) => {
        doc.text(cell, x + 2, y + 3, { width: (widths[i] ?? 60) - 4, height: ROW - 2, lineBreak: false, ellipsis: true });
        x += widths[i] ?? 60;
      });
      doc
        .moveTo(MARGIN, y + ROW)
        .lineTo(MARGIN + width, y + ROW)
        .lineWidth(bold ? 0.8 : 0.3)
        .strokeColor(bold ? '#333333' : '#bbbbbb')
        .stroke();
      doc.x = MARGIN;
      doc.y = y + ROW;
    };
    drawRow(header, true);
    for (const r of rows) drawRow(r, false);
    doc.moveDown(0.6);
  };

  doc.font('Helvetica-Bold').fontSize(16).text(`Presentielijst ${list.locationName}`, MARGIN, MARGIN);
  doc.font('Helvetica').fontSize(10).text(longDate(list.date));
  doc
    .fontSize(8)
    .fillColor('#555555')
    .text(
      `Aangemaakt ${new Date(generatedAt).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' })} met Opvangdesk. ` +
        `Gepland: ${list.totals.planned} kinderen · aanwezig: ${list.totals.present} · afwezig: ${list.totals.absent} · medewerkers: ${list.totals.staff}.`,
    )
    .fillColor('#000000');
  doc.moveDown(0.8);
  if (list.closed) doc.font('Helvetica-Oblique').fontSize(10).text(`Gesloten: ${list.closed.name}`).moveDown(0.5);

  const { staff } = presenceRows(list);
  for (const g of list.groups) {
    ensure(3 * ROW);
    doc.font('Helvetica-Bold').fontSize(11).text(`${g.name} (${careLabel[g.careType]})`, MARGIN);
    const staffLine = g.staff.length
      ? g.staff
          .map((s) => `${s.name} ${formatTime(s.start)}–${formatTime(s.end)}${s.breaks.length ? ` (pauze ${spans(s.breaks)})` : ''}`)
          .join('; ')
      : 'niemand ingeroosterd';
    doc.font('Helvetica').fontSize(8.5).text(`Medewerkers: ${staffLine}`, { width });
    doc.moveDown(0.3);
    if (g.children.length === 0) {
      doc.font('Helvetica-Oblique').fontSize(8.5).text('Geen kinderen gepland of aanwezig.').moveDown(0.6);
      continue;
    }
    table(
      ['Kind', 'Geboortedatum', 'Leeftijd', 'Gepland', 'Aanwezig (aankomst–vertrek)', 'Opmerking'],
      g.children.map((c) => [c.name, dutchDate(c.dateOfBirth), String(c.age), spans(c.planned), stays(c.stays), remarkOf(c)]),
      [0.24, 0.12, 0.07, 0.2, 0.22, 0.15],
    );
  }

  ensure(4 * ROW);
  doc.font('Helvetica-Bold').fontSize(13).text('Personeelsinzet', MARGIN);
  doc.moveDown(0.3);
  if (staff.length === 0) doc.font('Helvetica-Oblique').fontSize(8.5).text('Geen diensten op deze dag.');
  else table(STAFF_HEADER, staff, [0.26, 0.14, 0.16, 0.14, 0.2, 0.1]);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // the footer sits in the bottom margin: without this pdfkit would start a new page for it
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor('#555555')
      .text(
        `Presentielijst ${list.locationName}, ${dutchDate(list.date)} · registraties worden minstens ${list.retention.weeks} weken bewaard · pagina ${i + 1} van ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN - 8,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  return done;
}
