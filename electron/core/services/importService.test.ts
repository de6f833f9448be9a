/**
 * `import.preview` / `import.apply` on a real core and SQLite store without demo data: the
 * preview writes nothing, the apply is all or nothing and applies only what the preview showed,
 * and the mapping a manager chose is remembered for the location.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../shared/contract/importViews';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';

const fixtures = path.join(__dirname, '../../../test/fixtures/import');
const base64Of = (file: string) => fs.readFileSync(path.join(fixtures, file)).toString('base64');
let core: Core;
let cleanup: () => Promise<void>;
const count = (table: string) => (core.context.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
  const setUp = await core.call('mutate', {
    name: 'organisation.setUp',
    args: {
      organisation: { id: 'org', name: 'Kinderopvang De Vlinder' },
      location: {
        id: 'loc',
        name: 'Rhoon',
        code: 'RHO',
        lrkNumber: null,
        address: null,
        opensAt: 420,
        closesAt: 1140,
        openDays: [1, 2, 3, 4, 5],
      },
    },
  });
  expect(setUp.ok).toBe(true);
});
afterEach(async () => cleanup());

async function preview(file: string, mapping: Record<string, string> = {}) {
  const input = { locationId: 'loc', fileName: file, base64: base64Of(file), mapping };
  const result = await core.call('import.preview', input);
  if (!result.ok) throw new Error(result.error.message);
  return { input, shown: result.value as ImportPreview };
}

describe('import.preview / import.apply (electron/core/services/importService.ts)', () => {
  test('the preview writes nothing; the apply writes what it showed, an outbox row per mutation', async () => {
    const { input, shown } = await preview('groups.csv');
    expect(shown.summary.created).toEqual({ groups: 6 });
    expect(shown.format).toBe('CSV (UTF-8)');
    expect([count('groups'), count('outbox')]).toEqual([0, 1]);
    const applied = await core.call('import.apply', { ...input, digest: shown.digest });
    expect(applied.ok && (applied.value as ImportResult).mutations).toBe(6);
    expect([count('groups'), count('outbox')]).toEqual([6, 7]);
  });

  test('an apply whose preview no longer holds (the file changed) is refused and applies nothing', async () => {
    const { input, shown } = await preview('groups.csv');
    const other = {
      ...input,
      base64: Buffer.from(Buffer.from(input.base64, 'base64').toString('latin1').replace('Eendjes', 'Kuikens'), 'latin1').toString(
        'base64',
      ),
    };
    const applied = await core.call('import.apply', { ...other, digest: shown.digest });
    expect(applied.ok ? null : applied.error).toMatchObject({ code: 'conflict', rule: 'import.preview_outdated' });
    expect(count('groups')).toBe(0);
  });

  test('all or nothing: a refusal halfway rolls back every mutation before it, outbox included', async () => {
    const group = { locationId: 'loc', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48, capacity: 16, externalId: null };
    const ctx = { actor: { userId: 'local', role: 'manager' as const, name: 'Manager' }, createdAt: '2026-11-23T08:00:00.000Z' };
    const result = await core.context.mutations.applyAll(
      [
        { name: 'group.create', args: { ...group, id: 'g1', name: 'Egeltjes' } },
        { name: 'group.create', args: { ...group, id: 'g2', name: 'Vossen' } },
        { name: 'group.create', args: { ...group, id: 'g3', name: 'Egeltjes' } },
      ],
      ctx,
    );
    expect(result).toMatchObject({ ok: false, index: 2, failure: { rule: 'group.name_taken' } });
    expect([count('groups'), count('outbox')]).toEqual([0, 1]);
  });

  test('a mapped heading is remembered for the location: the next preview recognises the sheet by itself', async () => {
    const csv = 'Groepscode;Naam van de groep;Opvangsoort;Leeftijd van;Leeftijd tot;Kindplaatsen\r\nG1;Egeltjes;KDV;18;48;16\r\n';
    const input = { locationId: 'loc', fileName: 'groepen.csv', base64: Buffer.from(csv).toString('base64'), mapping: {} };
    const unmapped = await core.call('import.preview', input);
    expect(unmapped.ok && (unmapped.value as ImportPreview).sheets[0]).toMatchObject({ kind: null, unrecognised: ['Naam van de groep'] });
    const mapped = await core.call('import.preview', { ...input, mapping: { naamvandegroep: 'groups.name' } });
    const shown = mapped.ok ? (mapped.value as ImportPreview) : null;
    expect(shown?.summary.created).toEqual({ groups: 1 });
    expect((await core.call('import.apply', { ...input, mapping: { naamvandegroep: 'groups.name' }, digest: shown!.digest })).ok).toBe(
      true,
    );
    const again = await core.call('import.preview', input);
    expect(again.ok && (again.value as ImportPreview).summary).toMatchObject({ unchanged: 1, refused: [] });
  });

  test('a file over 20 MB is refused with a Dutch sentence and nothing is applied', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41).toString('base64');
    const result = await core.call('import.preview', { locationId: 'loc', fileName: 'groot.csv', base64: big, mapping: {} });
    const shown = result.ok ? (result.value as ImportPreview) : null;
    expect(shown?.summary.refused[0]?.message).toBe(
      'Het bestand is 21 MB; een import neemt bestanden tot 20 MB. Exporteer alleen deze locatie.',
    );
    expect(shown?.applicable).toBe(false);
  });
});
