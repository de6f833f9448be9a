/**
 * The checks when a contract is entered (spec/master-data.md "Contract"), at their edges: the day
 * before, on and after each limit.
 */
import { describe, expect, test } from 'vitest';
import type { GroupRow, PlacementDay, PlacementRow } from '../../model/rows';
import { previewContractChange } from './contractChange';
import { checkAgeRange, checkBsoAge, checkGroupOpen, checkLicensedPlaces } from './contractChecks';

const THURSDAY_FULL: PlacementDay = { weekday: 4, start: 450, end: 1080 };
const egeltjes: Pick<GroupRow, 'name' | 'capacity' | 'ageMinMonths' | 'ageMaxMonths' | 'closedFrom' | 'days'> = {
  name: 'Egeltjes',
  capacity: 16,
  ageMinMonths: 0,
  ageMaxMonths: 18,
  closedFrom: null,
  days: [1, 2, 3, 4, 5],
};

const contract = (patch: Partial<PlacementRow> = {}): PlacementRow => ({
  id: 'new',
  locationId: 'loc',
  childId: 'child',
  groupId: 'egeltjes',
  careType: 'KDV',
  kind: 'fixed',
  startDate: '2026-10-16',
  endDate: null,
  days: [THURSDAY_FULL],
  ...patch,
});
/** `n` Thursday contracts of other children in the group. */
const thursdays = (n: number, patch: Partial<PlacementRow> = {}): PlacementRow[] =>
  Array.from({ length: n }, (_, i) => contract({ id: `other-${i}`, childId: `c${i}`, startDate: '2026-09-01', ...patch }));

describe('placement.bso_from_four: out-of-school care from the 4th birthday', () => {
  const child = { firstName: 'Sem', dateOfBirth: '2022-10-16' };
  test('refused the day before the 4th birthday, allowed on it', () => {
    expect(checkBsoAge({ careType: 'BSO', startDate: '2026-10-15' }, child)).toMatchObject({ ok: false, rule: 'placement.bso_from_four' });
    expect(checkBsoAge({ careType: 'BSO', startDate: '2026-10-16' }, child).ok).toBe(true);
  });
  test('a 7-month-old in BSO is refused, a reason does not help (the check takes none)', () => {
    const baby = { firstName: 'Noor', dateOfBirth: '2026-03-01' };
    const refused = checkBsoAge({ careType: 'BSO', startDate: '2026-10-01' }, baby);
    expect(refused).toMatchObject({ ok: false, rule: 'placement.bso_from_four', params: { fourthBirthdayDate: '2030-03-01' } });
    if (!refused.ok)
      expect(refused.message).toBe('Noor is op do 1 okt nog geen 4 jaar: buitenschoolse opvang kan vanaf de 4e verjaardag (vr 1 mrt).');
  });
});

describe("placement.age_range: the group's ages on the contract's first day, from inclusive, to exclusive", () => {
  const child = { firstName: 'Daan', dateOfBirth: '2025-04-16' };
  test('18 months is outside a 0-18 months group: in the day before, refused on the day', () => {
    expect(checkAgeRange(egeltjes, child, '2026-10-15', null).ok).toBe(true);
    expect(checkAgeRange(egeltjes, child, '2026-10-16', null)).toMatchObject({
      ok: false,
      rule: 'placement.age_range',
      params: { ageMonths: 18, minMonths: 0, maxMonths: 18 },
    });
  });
  test('a 2-year-old into a 0-18 months group is refused, and allowed with an explicit reason', () => {
    const toddler = { firstName: 'Mila', dateOfBirth: '2024-09-01' };
    const refused = checkAgeRange(egeltjes, toddler, '2026-10-16', null);
    expect(refused).toMatchObject({ ok: false, rule: 'placement.age_range' });
    if (!refused.ok)
      expect(refused.message).toContain('Mila is op vr 16 okt 25 maanden oud; groep Egeltjes is voor 0 maanden tot 18 maanden');
    expect(checkAgeRange(egeltjes, toddler, '2026-10-16', 'broertje in de groep, afgesproken met ouders').ok).toBe(true);
  });
});

describe("placement.group_full: the group's licensed places on every day the contract covers", () => {
  test('Egeltjes at 16/16 on Thursdays: a Thursday contract from the 16th is refused, naming group, weekday, count and date', () => {
    const refused = checkLicensedPlaces(egeltjes, contract(), thursdays(16));
    expect(refused).toMatchObject({
      ok: false,
      rule: 'placement.group_full',
      params: { group: 'Egeltjes', weekday: 4, count: 17, capacity: 16, fromDate: '2026-10-22' },
    });
    if (!refused.ok) expect(refused.message).toMatch(/^Egeltjes donderdag 17\/16 vanaf do 22 okt/);
  });
  test('at 15/16 the contract fits (16/16)', () => {
    expect(checkLicensedPlaces(egeltjes, contract(), thursdays(15)).ok).toBe(true);
  });
  test('a contract that ends the day before the first Thursday frees its place; one ending on it does not', () => {
    const [last, ...rest] = thursdays(16);
    expect(checkLicensedPlaces(egeltjes, contract(), [...rest, { ...last!, endDate: '2026-10-21' }]).ok).toBe(true);
    expect(checkLicensedPlaces(egeltjes, contract(), [...rest, { ...last!, endDate: '2026-10-22' }]).ok).toBe(false);
  });
  test('a later start of another contract is the date named: full from its first Thursday on', () => {
    const [last, ...rest] = thursdays(16);
    const refused = checkLicensedPlaces(egeltjes, contract(), [...rest, { ...last!, startDate: '2026-11-16' }]);
    expect(refused).toMatchObject({ ok: false, params: { fromDate: '2026-11-19', count: 17 } });
  });
  test('a new contract ending before that later start fits', () => {
    const [last, ...rest] = thursdays(16);
    expect(checkLicensedPlaces(egeltjes, contract({ endDate: '2026-11-15' }), [...rest, { ...last!, startDate: '2026-11-16' }]).ok).toBe(
      true,
    );
  });
  test('children at different times of the day share a place; other weekdays and flex contracts do not count', () => {
    const mornings = thursdays(16, { days: [{ weekday: 4, start: 450, end: 780 }] });
    expect(checkLicensedPlaces(egeltjes, contract({ days: [{ weekday: 4, start: 780, end: 1080 }] }), mornings).ok).toBe(true);
    expect(checkLicensedPlaces(egeltjes, contract({ days: [{ weekday: 3, start: 450, end: 1080 }] }), thursdays(16)).ok).toBe(true);
    expect(checkLicensedPlaces(egeltjes, contract(), thursdays(16, { kind: 'flex' })).ok).toBe(true);
  });
});

describe('placement.group_closed: no contract runs on or after the closing date', () => {
  const closed = { ...egeltjes, closedFrom: '2027-01-01' };
  test('a contract ending the day before the closing date fits; one ending on it or open-ended does not', () => {
    expect(checkGroupOpen(closed, { endDate: '2026-12-31', days: [] }).ok).toBe(true);
    expect(checkGroupOpen(closed, { endDate: '2027-01-01', days: [] })).toMatchObject({ ok: false, rule: 'placement.group_closed' });
    expect(checkGroupOpen(closed, { endDate: null, days: [] }).ok).toBe(false);
  });
});

describe('placement.group_not_running: a contract only on the days its group runs', () => {
  const mondayToThursday = { ...egeltjes, days: [1, 2, 3, 4] };
  const on = (weekday: number) => ({ endDate: null, days: [{ weekday, start: 450, end: 1080 }] });
  test("Thursday, the group's last day, fits; Friday, the day after, does not (rule named with the weekday)", () => {
    expect(checkGroupOpen(mondayToThursday, on(4)).ok).toBe(true);
    expect(checkGroupOpen(mondayToThursday, on(5))).toMatchObject({
      ok: false,
      rule: 'placement.group_not_running',
      params: { weekday: 5 },
    });
  });
  test('a flex contract (no fixed days) is not checked by day', () => {
    expect(checkGroupOpen(mondayToThursday, { endDate: null, days: [] }).ok).toBe(true);
  });
});

describe('the preview of placement.change: what changes and the places per weekday', () => {
  test('adding Thursday to a Monday contract at 16/16 on Thursdays: split on the 1st, Thursday over from its first day', () => {
    const monday: PlacementDay = { weekday: 1, start: 450, end: 1080 };
    const own = contract({ id: 'own', startDate: '2026-09-01', days: [monday] });
    const preview = previewContractChange(own, [monday, THURSDAY_FULL], '2026-12-01', egeltjes, [own, ...thursdays(16)]);
    expect(preview).toEqual({
      mode: 'split',
      effectiveDate: '2026-12-01',
      added: [THURSDAY_FULL],
      removed: [],
      places: [
        { weekday: 1, before: 1, after: 1, capacity: 16, overFrom: null },
        { weekday: 4, before: 16, after: 17, capacity: 16, overFrom: '2026-12-03' },
      ],
    });
  });
  test('from the contract’s own start the days are replaced', () => {
    const own = contract({ id: 'own', startDate: '2026-12-01' });
    const friday: PlacementDay = { weekday: 5, start: 450, end: 1080 };
    const preview = previewContractChange(own, [friday], '2026-12-01', egeltjes, [own]);
    expect(preview).toMatchObject({ mode: 'replace', added: [friday], removed: [THURSDAY_FULL] });
    expect(preview.places).toEqual([
      { weekday: 4, before: 1, after: 0, capacity: 16, overFrom: null },
      { weekday: 5, before: 0, after: 1, capacity: 16, overFrom: null },
    ]);
  });
});
