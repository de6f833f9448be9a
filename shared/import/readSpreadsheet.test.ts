/**
 * The file reader on the committed fixtures (test/fixtures/import, made by generate.ts) and on
 * files made here: each bad input is refused as a whole with its Dutch sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES, MAX_SHEET_ROWS, readSpreadsheet, type ReadResult } from './readSpreadsheet';

const fixtures = path.join(__dirname, '../../test/fixtures/import');
const read = (name: string) => readSpreadsheet(name, fs.readFileSync(path.join(fixtures, name)));
const refusal = (r: ReadResult) => (r.ok ? null : r.refusal);
const text = 'Kindnummer;Roepnaam;Achternaam\r\n1;Salomë;Çelik\r\n';

describe('reading a back office export', () => {
  test('Windows-1252 CSV with ; keeps Salomë, Çelik and van der Velde', async () => {
    const result = await read('children.csv');
    expect(result.ok && result.format).toBe('CSV (Windows-1252)');
    const cells = result.ok ? result.sheets[0]!.rows.map((r) => r.cells.join(' ')) : [];
    expect(cells[1]).toContain('Salomë van der Velde');
    expect(cells[2]).toContain('Çelik');
  });

  test('UTF-8 with and without BOM, and a , separated file, read the same cells', async () => {
    const utf8 = iconv.encode(text, 'utf8');
    const withBom = await readSpreadsheet('a.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
    const without = await readSpreadsheet('a.csv', utf8);
    const comma = await readSpreadsheet('a.csv', iconv.encode(text.replace(/;/g, ','), 'utf8'));
    for (const r of [withBom, without, comma]) expect(r.ok && r.sheets[0]!.rows[1]!.cells).toEqual(['1', 'Salomë', 'Çelik']);
    expect(withBom.ok && withBom.format).toBe('CSV (UTF-8 met BOM)');
  });

  test('the workbook: one sheet per kind, dates as dates, row numbers as in Excel', async () => {
    const result = await read('location.xlsx');
    expect(result.ok && result.sheets.map((s) => s.name)).toEqual(['Groepen', 'Medewerkers', 'Kinderen']);
    const children = result.ok ? result.sheets[2]! : null;
    expect(children?.rows[1]).toMatchObject({ row: 2, cells: expect.arrayContaining(['Salomë', 'van der', 'Velde']) });
    expect(children?.rows[1]!.cells[4]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('not a spreadsheet, an empty file, an old .xls: refused with a Dutch sentence', async () => {
    expect(refusal(await read('bad/foto.png'))).toMatchObject({
      rule: 'import.not_spreadsheet',
      message: expect.stringContaining('geen spreadsheet'),
    });
    expect(refusal(await read('bad/leeg.csv'))).toMatchObject({ rule: 'import.empty' });
    expect(refusal(await readSpreadsheet('x.csv', Buffer.from('\r\n;;\r\n')))).toMatchObject({ rule: 'import.empty' });
    expect(refusal(await readSpreadsheet('oud.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toMatchObject({
      rule: 'import.old_excel',
    });
    expect(refusal(await readSpreadsheet('kapot.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toMatchObject({
      rule: 'import.not_spreadsheet',
    });
  });

  test('a CSV in UTF-16 without BOM is refused naming the encoding; with its BOM it is read', async () => {
    expect(refusal(await read('bad/utf16-zonder-bom.csv'))).toMatchObject({
      rule: 'import.encoding',
      message: expect.stringContaining('UTF-16'),
    });
    const withBom = await readSpreadsheet('a.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
    expect(withBom.ok && withBom.sheets[0]!.rows[1]!.cells).toEqual(['1', 'Salomë', 'Çelik']);
  });

  test('rows: 10,000 per sheet are read, the 100,000-row sheet is refused', async () => {
    const lines = ['Kindnummer;Roepnaam', ...Array.from({ length: MAX_SHEET_ROWS }, (_, i) => `${i};Kind`)];
    const atLimit = await readSpreadsheet('a.csv', Buffer.from(lines.join('\n')));
    expect(atLimit.ok).toBe(true);
    expect(refusal(await readSpreadsheet('a.csv', Buffer.from([...lines, '10001;Kind'].join('\n'))))).toMatchObject({
      rule: 'import.too_many_rows',
    });
    expect(refusal(await read('bad/regels-100000.csv'))).toMatchObject({
      rule: 'import.too_many_rows',
      message: expect.stringContaining('100.000 regels'),
    });
  });

  test('size: 20 MB is the limit; a 50 MB file is refused before it is read', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x41);
    const row = `1;${'x'.repeat(Math.floor(MAX_FILE_BYTES / MAX_SHEET_ROWS) - 3)}\n`;
    const rows = Buffer.from(`a;b\n${row.repeat(MAX_SHEET_ROWS - 1)}1;`);
    const atLimit = Buffer.concat([rows, Buffer.alloc(MAX_FILE_BYTES - rows.length, 0x78)]);
    expect(atLimit.length).toBe(MAX_FILE_BYTES);
    expect((await readSpreadsheet('net.csv', atLimit)).ok).toBe(true);
    expect(refusal(await readSpreadsheet('groot.csv', big))).toMatchObject({
      rule: 'import.too_large',
      message: expect.stringContaining('50 MB'),
    });
    expect(refusal(await readSpreadsheet('net.csv', big.subarray(0, MAX_FILE_BYTES + 1)))).toMatchObject({ rule: 'import.too_large' });
  });

  test('formulas and merged cells are refused, naming the cell', async () => {
    expect(refusal(await read('bad/formules.xlsx'))).toMatchObject({ rule: 'import.formula', sheet: 'Groepen', row: 3, column: 'F' });
    expect(refusal(await read('bad/samengevoegd.xlsx'))).toMatchObject({
      rule: 'import.merged_cells',
      message: expect.stringContaining('C2:C3'),
    });
  });
});
