import { describe, expect, test } from 'vitest';
import { normaliseHeading, recogniseColumns } from './columns';

describe('import columns', () => {
  test('headings are compared without case, accents or punctuation', () => {
    expect(normaliseHeading('E-mail ouder 1')).toBe('emailouder1');
    expect(normaliseHeading('Allergieën')).toBe('allergieen');
    expect(normaliseHeading(' Geb. datum ')).toBe('gebdatum');
  });

  test('the kind follows from the columns: children (date of birth), staff (in dienst), groups (places)', () => {
    expect(recogniseColumns(['Kindnummer', 'Roepnaam', 'Achternaam', 'Geboortedatum', 'Groep']).columns.kind).toBe('children');
    expect(recogniseColumns(['Personeelsnummer', 'Voornaam', 'Achternaam', 'In dienst']).columns.kind).toBe('staff');
    expect(recogniseColumns(['Groepsnaam', 'Opvangsoort', 'Leeftijd van', 'Leeftijd tot', 'Kindplaatsen']).columns.kind).toBe('groups');
    expect(recogniseColumns(['First name', 'Last name', 'Date of birth']).columns.kind).toBe('children');
  });

  test('Roepnaam wins over Voornaam when a file has both', () => {
    const { columns } = recogniseColumns(['Voornaam', 'Roepnaam', 'Achternaam', 'Geboortedatum']);
    expect(columns.index).toMatchObject({ firstName: 1 });
    expect(columns.unrecognised).toEqual(['Voornaam']);
  });

  test('a sheet without one required column is not recognised; the nearest kind names what is missing', () => {
    const { columns, missing } = recogniseColumns(['Kindnummer', 'Naam kind', 'Achternaam', 'Geboortedatum']);
    expect(columns.kind).toBe('children');
    expect(missing).toEqual(['firstName']);
    expect(columns.unrecognised).toEqual(['Naam kind']);
  });

  test('a mapping the manager chose recognises the column, and a skipped column is no longer unrecognised', () => {
    const { columns, missing } = recogniseColumns(['Kindnummer', 'Naam kind', 'Achternaam', 'Geboortedatum', 'Opmerking'], {
      naamkind: 'children.firstName',
      opmerking: 'skip',
    });
    expect(missing).toEqual([]);
    expect(columns.index).toMatchObject({ firstName: 1 });
    expect(columns.unrecognised).toEqual([]);
  });
});
