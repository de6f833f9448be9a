/**
 * `npm run -s desk -- import` on a desk made with `desk setup`, fed the back office's CSV
 * fixtures (test/fixtures/import, Windows-1252 `;` with Dutch dates) as a manager would: groups,
 * then staff, then children with their contracts; again (nothing changes); and next month's file
 * (one child's new day applied, a child that left listed, never deleted). The desk's "today" is
 * the tests' fixed Monday 23 November 2026 (OPVANGDESK_NOW).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDeskStore } from '../../../test/fixtures/deskStore';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = path.join(root, 'test/fixtures/import');
const TIMEOUT = 120_000;
const NOW = '2026-11-23T08:00:00Z';

function desk(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'electron/core/cli/desk.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: TIMEOUT,
    env: { ...process.env, OPVANGDESK_NOW: NOW },
  });
  return { code: r.status, json: r.stdout.startsWith('{') ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

let dir: string;
let data: string;
const importFile = (file: string, apply = true) =>
  desk('import', '--data', data, '--location', 'RHO', '--file', path.join(fixtures, file), ...(apply ? ['--apply'] : []));
const count = (sql: string) => {
  const db = openDeskStore(data, { readonly: true });
  try {
    return (db.prepare(sql).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-import-'));
  data = path.join(dir, 'desk');
  expect(desk('setup', '--data', data, '--organisation', 'Kinderopvang De Vlinder', '--location', 'Rhoon', '--code', 'RHO').code).toBe(0);
}, TIMEOUT);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run -s desk -- import (electron/core/cli/desk.ts)', () => {
  test(
    'a new location is filled from the back office: groups, staff, then 150 children with their contracts; the errors refused by row and column',
    () => {
      expect(importFile('groups.csv')).toMatchObject({ code: 0, json: { created: { groups: 6 }, refused: [], mutations: 6 } });
      expect(importFile('staff.csv')).toMatchObject({ code: 0, json: { created: { staff: 30 }, refused: [], mutations: 30 } });
      const children = importFile('children.csv');
      expect(children.code).toBe(0);
      expect(children.json).toMatchObject({ created: { children: 150, placements: 150 }, updated: {}, unchanged: 0, mutations: 300 });
      expect(children.json.refused).toEqual([
        { sheet: 'children', row: 7, column: '', message: 'Dubbele regel: gelijk aan regel 6; deze regel is overgeslagen.' },
        { sheet: 'children', row: 154, column: 'Geboortedatum', message: expect.stringContaining('"2024/03/14" is geen datum') },
        { sheet: 'children', row: 155, column: 'Groep', message: expect.stringContaining('Groep "Zeepaardjes" bestaat niet') },
        {
          sheet: 'children',
          row: 156,
          column: 'Groep',
          message: expect.stringContaining('groep Egeltjes is voor 18 maanden tot 48 maanden'),
        },
      ]);
      // Through the mutators: an outbox row each (organisation.setUp first), so they sync and are audited.
      expect(count('SELECT count(*) AS n FROM outbox')).toBe(1 + 6 + 30 + 300);
      expect(count("SELECT count(*) AS n FROM children WHERE first_name = 'Salomë' AND last_name = 'van der Velde'")).toBe(1);
      expect(count("SELECT count(*) AS n FROM children WHERE last_name = 'Çelik'")).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  test(
    'the same file again changes nothing; next month a new day is applied and a child that left is listed, not deleted',
    () => {
      const again = importFile('children.csv', false);
      expect(again.json).toMatchObject({ created: {}, updated: {}, unchanged: 150, missing: [] });
      const later = importFile('children-later.csv');
      expect(later.code).toBe(0);
      expect(later.json).toMatchObject({ created: {}, updated: { placements: 1 }, unchanged: 148, refused: [], mutations: 1 });
      expect(later.json.missing).toEqual([
        expect.objectContaining({ externalId: '1150', message: expect.stringContaining('Niet meer in het bestand') }),
      ]);
      expect(count("SELECT count(*) AS n FROM outbox WHERE name = 'placement.change'")).toBe(1);
      expect(count('SELECT count(*) AS n FROM children')).toBe(150);
    },
    TIMEOUT,
  );

  test(
    'a file that is no import is refused as a whole with exit code 2, and nothing is applied',
    () => {
      const before = count('SELECT count(*) AS n FROM outbox');
      for (const file of ['bad/foto.png', 'bad/leeg.csv', 'bad/formules.xlsx', 'bad/utf16-zonder-bom.csv']) {
        const run = importFile(file);
        expect(run.code).toBe(2);
        expect(run.json.refused).toHaveLength(1);
        expect(run.json.refused[0].message).toMatch(/spreadsheet|leeg|formule|UTF-16/);
      }
      expect(count('SELECT count(*) AS n FROM outbox')).toBe(before);
    },
    TIMEOUT,
  );

  test(
    'options: an unknown location or a missing --file is refused with a Dutch sentence',
    () => {
      expect(desk('import', '--data', data, '--location', 'XYZ', '--file', path.join(fixtures, 'groups.csv'))).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('Locatie XYZ staat niet op deze desk'),
      });
      expect(desk('import', '--data', data, '--location', 'RHO')).toMatchObject({ code: 2, stderr: expect.stringContaining('--file') });
    },
    TIMEOUT,
  );
});
