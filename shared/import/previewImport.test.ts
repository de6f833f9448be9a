/**
 * The import engine end to end over an in-memory transaction (the mutators the desk and the hub
 * run), at the tests' fixed "now": Monday 23 November 2026. Each refusal names its rule and
 * column; each limit is tested on both sides.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { MemoryTx } from '../mutators/memoryTx';
import type { MutationContext } from '../mutators/types';
import { defaultPlanSettings } from '../domain/plan/planSettings';
import { mutationsOf } from './checkPlan';
import type { ColumnMapping } from './columns';
import type { LocationRows } from './plan';
import { previewImport, type CheckedImport } from './previewImport';

const ctx: MutationContext = { actor: { userId: 'u-man', role: 'manager', name: 'Mirjam' }, createdAt: '2026-11-23T08:00:00.000Z' };
let tx: MemoryTx;
let ids = 0;

function rowsOf(): LocationRows {
  return {
    location: tx.all('locations')[0]!,
    today: '2026-11-23',
    planSettings: defaultPlanSettings,
    groups: tx.all('groups'),
    staff: tx.all('staff'),
    children: tx.all('children'),
    placements: tx.all('placements'),
    contacts: tx.all('childContacts'),
    health: tx.all('childHealth'),
  };
}

/** The preview of a `;` CSV (a line per string), the mutations tried and then forgotten. */
async function preview(lines: string[], mapping: ColumnMapping = {}): Promise<CheckedImport> {
  const bytes = new TextEncoder().encode(lines.join('\r\n'));
  return previewImport(
    { fileName: 'export.csv', bytes, mapping },
    rowsOf(),
    () => `id${++ids}`,
    async (mutations) => {
      const before = new Map([...tx.rows].map(([t, rows]) => [t, new Map(rows)]));
      const verdicts = [];
      for (const m of mutations) verdicts.push(await tx.run(m.name, m.args));
      tx.rows.clear();
      for (const [t, rows] of before) tx.rows.set(t, rows);
      return verdicts;
    },
  );
}

async function apply(checked: CheckedImport): Promise<void> {
  for (const { mutation } of mutationsOf(checked.plan)) expect(await tx.run(mutation.name, mutation.args)).toEqual({ ok: true });
}

const GROUPS = 'Groepscode;Groepsnaam;Opvangsoort;Leeftijd van;Leeftijd tot;Kindplaatsen';
const CHILDREN = 'Kindnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Ingangsdatum;Dagen;Begintijd;Eindtijd;Naam ouder';
const child = (nr: number, born: string, group = 'Egeltjes', days = 'ma di', start = '01-09-2026') =>
  `${nr};Kind${nr};;Test;${born};${group};${start};${days};7:30;18:00;Ouder ${nr}`;

beforeEach(async () => {
  ids = 0;
  tx = new MemoryTx(ctx);
  await tx.run('organisation.setUp', {
    organisation: { id: 'org', name: 'Kinderopvang Test' },
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
  });
  await apply(await preview([GROUPS, 'G1;Egeltjes;KDV;18;48;16', 'G2;Uilen;BSO;48;156;22']));
});

describe('import: groups', () => {
  test('a new group is created; the same file again changes nothing; a later file updates by groepscode, old and new', async () => {
    expect(tx.all('groups').map((g) => [g.name, g.externalId, g.capacity])).toEqual([
      ['Egeltjes', 'G1', 16],
      ['Uilen', 'G2', 22],
    ]);
    const again = await preview([GROUPS, 'G1;Egeltjes;KDV;18;48;16', 'G2;Uilen;BSO;48;156;22']);
    expect(again.preview.summary).toMatchObject({ created: {}, updated: {}, unchanged: 2, refused: [] });
    const later = await preview([GROUPS, 'G1;Egeltjes (nieuw);KDV;18;48;14']);
    expect(later.preview.summary.updated).toEqual({ groups: 1 });
    expect(later.preview.rows[0]!.changes).toEqual([
      { field: 'Groepsnaam', old: 'Egeltjes', new: 'Egeltjes (nieuw)' },
      { field: 'Kindplaatsen', old: '16', new: '14' },
    ]);
  });

  test("licensed places: 16 for a KDV group is accepted, 17 refused with the mutator's rule at the column", async () => {
    const checked = await preview([GROUPS, 'G3;Vlinders;KDV;0;48;16', 'G4;Rupsjes;KDV;0;48;17']);
    expect(checked.preview.rows.map((r) => r.outcome)).toEqual(['created', 'refused']);
    expect(checked.preview.rows[1]!.refusal).toMatchObject({ rule: 'group.licensed_places', column: 'Kindplaatsen' });
  });

  test('a care type that is neither KDV nor BSO is refused at its column; the other rows are still previewed', async () => {
    const checked = await preview([GROUPS, 'G3;Vlinders;Peuterclub;0;48;16', 'G4;Rupsjes;Dagopvang;0;48;12']);
    expect(checked.preview.rows.map((r) => [r.outcome, r.refusal?.rule ?? null, r.refusal?.column ?? null])).toEqual([
      ['refused', 'import.care_type', 'Opvangsoort'],
      ['created', null, null],
    ]);
  });
});

describe('import: children with contracts', () => {
  test('a child and its contract are created; a trailing space and an empty line change nothing', async () => {
    const checked = await preview([CHILDREN, child(1, '01-09-2024', 'Egeltjes '), ';;;;;;;;;;', child(2, '1-9-2024')]);
    expect(checked.preview.summary).toMatchObject({ created: { children: 2, placements: 2 }, refused: [] });
    await apply(checked);
    expect(tx.all('placements').map((p) => [p.days.map((d) => d.weekday), p.startDate])).toEqual([
      [[1, 2], '2026-09-01'],
      [[1, 2], '2026-09-01'],
    ]);
  });

  test('a duplicate row is refused naming the first; the same kindnummer with another contract start is its second contract', async () => {
    const checked = await preview([
      CHILDREN,
      child(1, '01-09-2024'),
      child(1, '01-09-2024'),
      child(1, '01-09-2024', 'Egeltjes', 'wo', '01-10-2026'),
    ]);
    expect(checked.preview.rows.map((r) => r.outcome)).toEqual(['created', 'refused', 'refused']);
    expect(checked.preview.rows[1]!.refusal).toMatchObject({ rule: 'import.duplicate_row', message: expect.stringContaining('regel 2') });
    // Two contracts of one child may not overlap: the mutator's own rule.
    expect(checked.preview.rows[2]!.refusal?.rule).toBe('placement.no_overlap');
  });

  test('the same kindnummer on another row with other data is refused as a conflict', async () => {
    const checked = await preview([CHILDREN, child(1, '01-09-2024'), child(1, '02-09-2024')]);
    expect(checked.preview.rows[1]!.refusal).toMatchObject({ rule: 'import.duplicate_key', column: 'Kindnummer' });
  });

  test('dates, times and days in a wrong format are refused at their column', async () => {
    const checked = await preview([
      CHILDREN,
      child(1, '2024/09/01'),
      child(2, '01-09-2024', 'Egeltjes', 'ma di', '1 september 2026'),
      `3;Kind3;;Test;01-09-2024;Egeltjes;01-09-2026;ma di;7u30;18:00;Ouder 3`,
      child(4, '01-09-2024', 'Egeltjes', '"maandag; zondig"'),
    ]);
    expect(checked.preview.rows.map((r) => [r.refusal?.rule, r.refusal?.column])).toEqual([
      ['import.date', 'Geboortedatum'],
      ['import.date', 'Ingangsdatum'],
      ['import.time', 'Begintijd'],
      ['import.days', 'Dagen'],
    ]);
  });

  test('a group that does not exist is refused at the group column', async () => {
    const checked = await preview([CHILDREN, child(1, '01-09-2024', 'Zeepaardjes')]);
    expect(checked.preview.rows[0]!.refusal).toMatchObject({ rule: 'import.group_unknown', column: 'Groep' });
  });

  test('age range: 18 months on the first day fits Egeltjes (18-48), one day younger is refused with placement.age_range', async () => {
    const checked = await preview([CHILDREN, child(1, '01-03-2025'), child(2, '02-03-2025')]);
    expect(checked.preview.rows.map((r) => r.outcome)).toEqual(['created', 'refused']);
    expect(checked.preview.rows[1]!.refusal).toMatchObject({ rule: 'placement.age_range', column: 'Groep' });
  });

  test('care type: a child of 3 is refused in a BSO group (placement.bso_from_four)', async () => {
    const checked = await preview([CHILDREN, child(1, '01-09-2023', 'Uilen')]);
    expect(checked.preview.rows[0]!.refusal?.rule).toBe('placement.bso_from_four');
  });

  test('licensed places: the 16th child on a Monday fits, the 17th is refused with placement.group_full; the rest goes on', async () => {
    const lines = Array.from({ length: 17 }, (_, i) => child(i + 1, '01-09-2024', 'Egeltjes', 'ma'));
    const checked = await preview([CHILDREN, ...lines, child(18, '01-09-2024', 'Egeltjes', 'di')]);
    expect(checked.preview.rows.filter((r) => r.outcome === 'created')).toHaveLength(17);
    expect(checked.preview.rows[16]!.refusal).toMatchObject({ rule: 'placement.group_full', column: 'Dagen' });
  });

  test('a child without a guardian with parental authority is refused with the mutator rule', async () => {
    const checked = await preview([CHILDREN, `1;Kind1;;Test;01-09-2024;Egeltjes;01-09-2026;ma;7:30;18:00;`]);
    expect(checked.preview.rows[0]!.refusal?.rule).toBe('child.guardian_with_authority');
  });

  test('re-importing changes nothing; a later file with new days updates the contract from the next effective date and lists a missing child', async () => {
    await apply(await preview([CHILDREN, child(1, '01-09-2024'), child(2, '01-09-2024')]));
    expect((await preview([CHILDREN, child(1, '01-09-2024'), child(2, '01-09-2024')])).preview.summary).toMatchObject({
      created: {},
      updated: {},
      unchanged: 2,
    });
    const later = await preview([CHILDREN, child(1, '01-09-2024', 'Egeltjes', 'ma di wo')]);
    expect(later.preview.summary.updated).toEqual({ placements: 1 });
    expect(later.preview.rows[0]!.changes[0]).toMatchObject({ field: 'Dagen', new: expect.stringContaining('vanaf 2026-12-01') });
    expect(later.preview.summary.missing).toEqual([expect.objectContaining({ externalId: '2', name: 'Kind2 Test' })]);
    await apply(later);
    // Never deleted: the missing child and its contract are still there.
    expect(tx.all('children')).toHaveLength(2);
    expect(tx.all('placements').filter((p) => p.endDate === null)).toHaveLength(2);
  });

  test('a column per day: x is a day at the contract times, a span its own times', async () => {
    const checked = await preview([
      'Kindnummer;Voornaam;Achternaam;Geboortedatum;Groep;Ingangsdatum;Begintijd;Eindtijd;Ma;Di;Wo;Ouder',
      '1;Sem;Jansen;01-09-2024;Egeltjes;01-09-2026;07.30;18.00;x;;8:00-12:30;Fatima Jansen',
    ]);
    await apply(checked);
    expect(tx.all('placements')[0]!.days).toEqual([
      { weekday: 1, start: 450, end: 1080 },
      { weekday: 3, start: 480, end: 750 },
    ]);
  });
});

describe('import: the file', () => {
  test('a sheet whose kind is not recognised is refused; mapping the unrecognised column makes it a children sheet', async () => {
    const lines = ['Kindnummer;Naam kind;Achternaam;Geboortedatum;Ouder', '1;Sem;Jansen;01-09-2024;Fatima Jansen'];
    const first = await preview(lines);
    expect(first.preview.summary.refused[0]!.message).toContain('Niet herkend');
    expect(first.preview.sheets[0]).toMatchObject({ kind: null, unrecognised: ['Naam kind'], missingFields: ['firstName'] });
    const mapped = await preview(lines, { naamkind: 'children.firstName' });
    expect(mapped.preview.summary.created).toEqual({ children: 1 });
  });

  test('staff: counted by function when there is no column for it; a PRK date and contract hours with a comma are read', async () => {
    const checked = await preview([
      'Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;Functie;Contracturen;In dienst;PRK-registratie',
      'P1;Anna;van der;Velde;pedagogisch medewerker;32,5;01-01-2020;15-12-2019',
      'P2;Bram;;Smit;stagiair BBL;24;1-9-2025;',
    ]);
    await apply(checked);
    expect(tx.all('staff').map((s) => [s.lastName, s.counts, s.contractMinutesPerWeek, s.prkRegisteredOn])).toEqual([
      ['van der Velde', 'full', 1950, '2019-12-15'],
      ['Smit', 'trainee', 1440, null],
    ]);
  });
});
