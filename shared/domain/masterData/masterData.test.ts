/** The master-data rules of the location, groups, staff and children at their edges (spec/master-data.md). */
import { describe, expect, test } from 'vitest';
import type { Guardian } from '../../model/masterDataRows';
import { checkAssistantGuardianChange, checkContacts, checkDateOfBirth } from './childRules';
import { checkGroupShape } from './groupRules';
import { checkLrkNumber, checkOpenDays, checkOpeningHours, checkPostcode } from './locationRules';
import { masterDataText } from './messages';
import { checkActivePeriod } from './staffRules';

describe('group.licensed_places: at most 16 KDV, 30 BSO, 12 when only 0-year-olds', () => {
  test.each([
    ['KDV 0-48 months', { careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48 }, 16, null],
    ['KDV 0-48 months', { careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48 }, 17, 'group.licensed_places'],
    ['BSO 48-156 months', { careType: 'BSO', ageMinMonths: 48, ageMaxMonths: 156 }, 30, null],
    ['BSO 48-156 months', { careType: 'BSO', ageMinMonths: 48, ageMaxMonths: 156 }, 31, 'group.licensed_places'],
    ['only 0-year-olds (0-12 months)', { careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 12 }, 12, null],
    ['only 0-year-olds (0-12 months)', { careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 12 }, 13, 'group.licensed_places_babies'],
    ['babies up to 13 months (a 1-year-old may be there)', { careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 13 }, 13, null],
  ] as const)('%s with %i places: %s', (_, ages, capacity, rule) => {
    const result = checkGroupShape({ ...ages, capacity });
    if (rule === null) expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, rule });
  });
  test('group.age_range and group.care_ages: ages ascending and within the care type (KDV 0-48, BSO 48-156)', () => {
    expect(checkGroupShape({ careType: 'KDV', ageMinMonths: 18, ageMaxMonths: 18, capacity: 8 })).toMatchObject({
      rule: 'group.age_range',
    });
    expect(checkGroupShape({ careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 49, capacity: 8 })).toMatchObject({ rule: 'group.care_ages' });
    expect(checkGroupShape({ careType: 'BSO', ageMinMonths: 47, ageMaxMonths: 84, capacity: 8 })).toMatchObject({
      rule: 'group.care_ages',
    });
  });
  test('the sentence names the limit in Dutch and English', () => {
    const failure = checkGroupShape({ careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 12, capacity: 13 });
    expect(failure.ok || failure.message).toBe(
      'Een groep met alleen nuljarigen (tot 12 maanden) heeft hooguit 12 kindplaatsen; 13 kan niet.',
    );
    expect(failure.ok || masterDataText(failure.rule, failure.params, 'en')).toBe(
      'A group of only 0-year-olds (up to 12 months) has at most 12 licensed places; 13 is not possible.',
    );
  });
});

describe('location: LRK number, postcode, opening hours, open days', () => {
  test('location.lrk_number: 9 digits (spaces allowed as typed); 8 or 10 refused', () => {
    expect(checkLrkNumber('123 456 789')).toEqual({ ok: true, value: '123456789' });
    expect(checkLrkNumber('12345678')).toMatchObject({ ok: false, rule: 'location.lrk_number' });
    expect(checkLrkNumber('1234567890')).toMatchObject({ ok: false, rule: 'location.lrk_number' });
  });
  test('location.postcode: written 3161 AB; a leading 0 or a missing letter refused', () => {
    expect(checkPostcode('3161ab')).toEqual({ ok: true, value: '3161 AB' });
    expect(checkPostcode('0161 AB')).toMatchObject({ ok: false, rule: 'location.postcode' });
    expect(checkPostcode('3161 A')).toMatchObject({ ok: false, rule: 'location.postcode' });
  });
  test('location.closes_after_opens: closing one minute after opening fits, at the same time not', () => {
    expect(checkOpeningHours(420, 421).ok).toBe(true);
    expect(checkOpeningHours(420, 420)).toMatchObject({ ok: false, rule: 'location.closes_after_opens' });
  });
  test('location.open_days: at least one, kept once each and ascending', () => {
    expect(checkOpenDays([5, 1, 1])).toEqual({ ok: true, value: [1, 5] });
    expect(checkOpenDays([])).toMatchObject({ ok: false, rule: 'location.open_days' });
  });
});

describe('staff.active_to_after_from: the last working day not before the first', () => {
  test('the same day fits, the day before not, open ends fit', () => {
    expect(checkActivePeriod({ activeFrom: '2026-12-01', activeTo: '2026-12-01' }).ok).toBe(true);
    expect(checkActivePeriod({ activeFrom: '2026-12-01', activeTo: '2026-11-30' })).toMatchObject({ rule: 'staff.active_to_after_from' });
    expect(checkActivePeriod({ activeFrom: '2026-12-01', activeTo: null }).ok).toBe(true);
  });
});

describe('child: date of birth and contacts', () => {
  const mother: Guardian = {
    id: 'g1',
    name: 'Fatima de Boer',
    relation: 'moeder',
    phone: '06 12345678',
    email: 'fatima@example.nl',
    parentalAuthority: true,
    contractParent: true,
  };
  test('child.born_in_future: born today fits, tomorrow not', () => {
    expect(checkDateOfBirth('2026-11-23', '2026-11-23').ok).toBe(true);
    expect(checkDateOfBirth('2026-11-24', '2026-11-23')).toMatchObject({ ok: false, rule: 'child.born_in_future' });
  });
  test('child.guardian_with_authority, child.phone, child.email', () => {
    const base = { guardians: [mother], emergencyContacts: [], gp: null };
    expect(checkContacts(base).ok).toBe(true);
    expect(checkContacts({ ...base, guardians: [{ ...mother, parentalAuthority: false }] })).toMatchObject({
      rule: 'child.guardian_with_authority',
    });
    expect(checkContacts({ ...base, guardians: [{ ...mother, phone: '06 1234' }] })).toMatchObject({
      rule: 'child.phone',
      params: { name: 'Fatima de Boer' },
    });
    expect(checkContacts({ ...base, gp: { name: 'Huisarts Jansen', phone: '12' } })).toMatchObject({ rule: 'child.phone' });
    expect(checkContacts({ ...base, guardians: [{ ...mother, email: 'fatima@example' }] })).toMatchObject({ rule: 'child.email' });
    expect(checkContacts({ ...base, guardians: [{ ...mother, phone: '', email: '' }] }).ok).toBe(true);
  });
  test('child.assistant_contact_only: an assistant changes a phone number, not the parental authority, nor adds or removes a guardian', () => {
    expect(checkAssistantGuardianChange([mother], [{ ...mother, phone: '06 87654321', email: 'f@example.nl' }]).ok).toBe(true);
    expect(checkAssistantGuardianChange([mother], [{ ...mother, parentalAuthority: false }])).toMatchObject({
      rule: 'child.assistant_contact_only',
    });
    expect(checkAssistantGuardianChange([mother], [mother, { ...mother, id: 'g2', name: 'Oom Kees' }])).toMatchObject({
      params: { name: 'Oom Kees' },
    });
    expect(checkAssistantGuardianChange([mother], [])).toMatchObject({ rule: 'child.assistant_contact_only' });
  });
});
