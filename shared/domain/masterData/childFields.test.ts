/** The child's forms checked per field while typing (spec/master-data.md "Child", "Contract"), at their edges. */
import { describe, expect, test } from 'vitest';
import type { Guardian } from '../../model/masterDataRows';
import { checkChildFields, checkContactFields, checkContractFields, checkHealthFields, groupFitsChild, readDays } from './childRules';
import { masterDataText } from './messages';

const TODAY = '2026-11-23';
const child = { firstName: 'Noor', lastName: 'de Vries', dateOfBirth: '2024-09-10', externalId: '' };
const guardian = (over: Partial<Guardian> = {}): Guardian => ({
  id: '0190a0a0-0000-7000-8000-000000000001',
  name: 'Sanne de Vries',
  relation: 'moeder',
  phone: '06 12345678',
  email: 'sanne@example.nl',
  parentalAuthority: true,
  contractParent: true,
  ...over,
});

describe('child fields: names, date of birth, kindnummer', () => {
  test('a complete child has no errors', () => expect(checkChildFields(child, TODAY)).toEqual({}));
  test('child.first_name_required and child.last_name_required: blank (spaces only) names are named at their field', () => {
    const errors = checkChildFields({ ...child, firstName: '  ', lastName: '' }, TODAY);
    expect(errors.firstName).toMatchObject({ rule: 'child.first_name_required', message: 'Vul de voornaam in.' });
    expect(errors.lastName).toMatchObject({ rule: 'child.last_name_required' });
  });
  test('child.date_of_birth_required: empty; child.born_in_future: tomorrow refused, today accepted', () => {
    expect(checkChildFields({ ...child, dateOfBirth: '' }, TODAY).dateOfBirth).toMatchObject({ rule: 'child.date_of_birth_required' });
    expect(checkChildFields({ ...child, dateOfBirth: '2026-11-24' }, TODAY).dateOfBirth).toMatchObject({ rule: 'child.born_in_future' });
    expect(checkChildFields({ ...child, dateOfBirth: TODAY }, TODAY)).toEqual({});
  });
  test('child.external_id_length: 64 characters accepted, 65 refused', () => {
    expect(checkChildFields({ ...child, externalId: 'K'.repeat(64) }, TODAY)).toEqual({});
    expect(checkChildFields({ ...child, externalId: 'K'.repeat(65) }, TODAY).externalId).toMatchObject({
      rule: 'child.external_id_length',
    });
  });
});

describe('contact fields: per guardian, emergency contact and GP', () => {
  const contacts = { guardians: [guardian()], emergencyContacts: [], gp: null };
  test('one guardian with authority and valid details: no errors', () => expect(checkContactFields(contacts)).toEqual({}));
  test('child.guardian_with_authority: no guardian has it (or there is none)', () => {
    expect(checkContactFields({ ...contacts, guardians: [guardian({ parentalAuthority: false })] }).guardians).toMatchObject({
      rule: 'child.guardian_with_authority',
    });
    expect(checkContactFields({ ...contacts, guardians: [] }).guardians).toMatchObject({ rule: 'child.guardian_with_authority' });
  });
  test('child.phone and child.email at the field of the guardian that has them; empty is allowed', () => {
    const errors = checkContactFields({ ...contacts, guardians: [guardian(), guardian({ name: 'Tom', phone: '06 1234', email: 'tom@' })] });
    expect(errors['guardians.1.phone']).toMatchObject({ rule: 'child.phone', params: { name: 'Tom', phone: '06 1234' } });
    expect(errors['guardians.1.email']).toMatchObject({ rule: 'child.email' });
    expect(errors['guardians.0.phone']).toBeUndefined();
    expect(checkContactFields({ ...contacts, guardians: [guardian({ phone: '', email: '' })] })).toEqual({});
  });
  test('child.person_name_required: an emergency contact or GP without a name', () => {
    const errors = checkContactFields({
      ...contacts,
      emergencyContacts: [{ name: ' ', relation: '', phone: '010-1234567' }],
      gp: { name: '', phone: '' },
    });
    expect(errors['emergencyContacts.0.name']).toMatchObject({ rule: 'child.person_name_required' });
    expect(errors['gp.name']).toMatchObject({ rule: 'child.person_name_required' });
  });
});

describe('health fields: child.note_length', () => {
  const health = { allergies: '', diet: '', medication: '', notes: '' };
  test('2000 characters accepted, 2001 refused, with the counts in the sentence', () => {
    expect(checkHealthFields({ ...health, allergies: 'a'.repeat(2000) })).toEqual({});
    const failure = checkHealthFields({ ...health, medication: 'a'.repeat(2001) }).medication!;
    expect(failure).toMatchObject({ rule: 'child.note_length' });
    expect(masterDataText(failure.rule, failure.params, 'en')).toBe('A note has at most 2000 characters; this one has 2001.');
  });
});

describe('groupFitsChild: care type by age and the group age range on the start date', () => {
  const dob = '2024-06-01';
  const toddlers = { careType: 'KDV', ageMinMonths: 18, ageMaxMonths: 48 } as const;
  const bso = { careType: 'BSO', ageMinMonths: 48, ageMaxMonths: 84 } as const;
  test('18 months: the day before it the toddler group does not fit, on the day it does', () => {
    expect(groupFitsChild(toddlers, dob, '2025-11-30')).toBe(false);
    expect(groupFitsChild(toddlers, dob, '2025-12-01')).toBe(true);
  });
  test('day care up to the day before the 4th birthday; BSO from it', () => {
    expect(groupFitsChild(toddlers, dob, '2028-05-31')).toBe(true);
    expect(groupFitsChild(toddlers, dob, '2028-06-01')).toBe(false);
    expect(groupFitsChild(bso, dob, '2028-05-31')).toBe(false);
    expect(groupFitsChild(bso, dob, '2028-06-01')).toBe(true);
  });
});

describe('contract fields', () => {
  const draft = {
    groupId: 'g',
    startDate: '2026-12-01',
    days: [{ weekday: 4, start: '07:30', end: '18:00' }],
    outsideAges: false,
    reason: '',
    child: 'Noor',
    group: 'Egeltjes',
  };
  test('a group, a date and a day: no errors', () => expect(checkContractFields(draft)).toEqual({}));
  test('placement.choose_group, placement.choose_date, placement.fixed_needs_days when left empty', () => {
    const errors = checkContractFields({ ...draft, groupId: '', startDate: '', days: [] });
    expect(Object.values(errors).map((e) => e.rule)).toEqual([
      'placement.choose_group',
      'placement.choose_date',
      'placement.fixed_needs_days',
    ]);
  });
  test('placement.day_end_after_start at the weekday: end equal to start refused, a minute later accepted', () => {
    expect(checkContractFields({ ...draft, days: [{ weekday: 2, start: '10:00', end: '10:00' }] })['days.2']).toMatchObject({
      rule: 'placement.day_end_after_start',
    });
    expect(checkContractFields({ ...draft, days: [{ weekday: 2, start: '10:00', end: '10:01' }] })).toEqual({});
  });
  test('placement.time_format: a time that cannot be read is named; 7:30 and 07:30 are read alike', () => {
    expect(checkContractFields({ ...draft, days: [{ weekday: 3, start: '7.5', end: '18:00' }] })['days.3']).toMatchObject({
      rule: 'placement.time_format',
      params: { time: '7.5' },
    });
    expect(readDays([{ weekday: 3, start: '7:30', end: ' 18:00 ' }])).toEqual([{ weekday: 3, start: 450, end: 1080 }]);
  });
  test('placement.age_reason_required: a group outside the ages needs a reason, spaces are no reason', () => {
    expect(checkContractFields({ ...draft, outsideAges: true, reason: ' ' }).reason).toMatchObject({
      rule: 'placement.age_reason_required',
      message: 'Noor valt buiten de leeftijd van groep Egeltjes: leg vast waarom het kind hier toch geplaatst wordt.',
    });
    expect(checkContractFields({ ...draft, outsideAges: true, reason: 'Broertje zit hier' })).toEqual({});
  });
});
