/**
 * The master-data mutators over an in-memory transaction (the same code the desk runs on SQLite
 * and the hub on PostgreSQL), at the tests' fixed "now": Monday 23 November 2026.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { PlacementDay, PlacementRow } from '../model/rows';
import { mutators } from './index';
import { MemoryTx } from './memoryTx';
import type { MutationContext } from './types';

const manager: MutationContext = { actor: { userId: 'u-man', role: 'manager', name: 'Mirjam' }, createdAt: '2026-11-23T08:00:00.000Z' };
const assistant: MutationContext = { actor: { userId: 'u-ass', role: 'assistant', name: 'Ali' }, createdAt: manager.createdAt };
const THURSDAY: PlacementDay = { weekday: 4, start: 450, end: 1080 };
const MONDAY: PlacementDay = { weekday: 1, start: 450, end: 1080 };
const guardian = {
  id: 'g1',
  name: 'Fatima',
  relation: 'moeder',
  phone: '06 12345678',
  email: '',
  parentalAuthority: true,
  contractParent: true,
};

let tx: MemoryTx;
const contract = (patch: Partial<PlacementRow>): PlacementRow => ({
  id: 'p',
  locationId: 'loc',
  childId: 'sem',
  groupId: 'egel',
  careType: 'KDV',
  kind: 'fixed',
  startDate: '2026-09-01',
  endDate: null,
  days: [THURSDAY],
  ...patch,
});

beforeEach(async () => {
  tx = new MemoryTx(manager);
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
  const group = { locationId: 'loc', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48, capacity: 16, externalId: null };
  expect(await tx.run('group.create', { ...group, id: 'egel', name: 'Egeltjes' })).toEqual({ ok: true });
  expect(await tx.run('group.create', { ...group, id: 'vos', name: 'Vossen' })).toEqual({ ok: true });
  for (let i = 0; i < 16; i++) {
    const id = i === 0 ? 'sem' : `kind${i}`;
    expect(
      await tx.run('child.create', {
        id,
        locationId: 'loc',
        familyId: `fam${i}`,
        firstName: i === 0 ? 'Sem' : `Kind${i}`,
        lastName: 'Test',
        dateOfBirth: '2024-06-01',
        externalId: null,
        contacts: { guardians: [guardian], emergencyContacts: [], gp: null, school: '' },
        health: { allergies: i === 0 ? 'pinda' : '', diet: '', medication: '', notes: '' },
      }),
    ).toEqual({ ok: true });
    await tx.put('placements', contract({ id: `p${i}`, childId: id }));
  }
});

describe('organisation.setUp and location.update', () => {
  test('organisation.not_empty: a second organisation on the same desk is refused', async () => {
    const again = await tx.run('organisation.setUp', {
      organisation: { id: 'org2', name: 'Nog een' },
      location: { id: 'loc2', name: 'Elders', code: 'ELD', lrkNumber: null, address: null, opensAt: 420, closesAt: 1140, openDays: [1] },
    });
    expect(again).toMatchObject({ ok: false, code: 'conflict', rule: 'organisation.not_empty' });
    expect(tx.all('locations')).toHaveLength(1);
  });
  test('location.update stores the LRK number compact and the postcode the standard way; 8 digits are refused and change nothing', async () => {
    const args = {
      locationId: 'loc',
      name: 'Rhoon Centrum',
      lrkNumber: '123 456 789',
      address: { street: 'Dorpsdijk 1', postcode: '3161ab', city: 'Rhoon' },
      opensAt: 450,
      closesAt: 1110,
      openDays: [5, 1, 2, 3, 4],
    };
    expect(await tx.run('location.update', args)).toEqual({ ok: true });
    expect(await tx.get('locations', 'loc')).toMatchObject({
      lrkNumber: '123456789',
      address: { postcode: '3161 AB' },
      openDays: [1, 2, 3, 4, 5],
      code: 'RHO',
    });
    expect(await tx.run('location.update', { ...args, name: 'Anders', lrkNumber: '12345678' })).toMatchObject({
      rule: 'location.lrk_number',
    });
    expect(await tx.get('locations', 'loc')).toMatchObject({ name: 'Rhoon Centrum' });
  });
});

describe('groups: edit, close from a date, remove', () => {
  test('group.capacity_below_contracts: Egeltjes cannot go to 15 places with 16 children on Thursdays', async () => {
    const egel = { groupId: 'egel', name: 'Egeltjes', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48, externalId: null };
    expect(await tx.run('group.update', { ...egel, capacity: 15 })).toMatchObject({
      rule: 'group.capacity_below_contracts',
      params: { weekday: 4, count: 16, capacity: 15, fromDate: '2026-11-26' },
    });
    expect(await tx.run('group.update', { ...egel, careType: 'BSO', ageMinMonths: 48, ageMaxMonths: 84, capacity: 16 })).toMatchObject({
      rule: 'group.care_type_has_contracts',
    });
    expect(await tx.run('group.update', { ...egel, name: 'Vossen', capacity: 16 })).toMatchObject({ rule: 'group.name_taken' });
  });
  test('group.close_before_contracts_end: not before the last contract ends; the day after it, yes', async () => {
    for (let i = 1; i < 16; i++) await tx.put('placements', contract({ id: `p${i}`, childId: `kind${i}`, groupId: 'vos' }));
    await tx.put('placements', contract({ id: 'p0', childId: 'sem', endDate: '2027-01-31' }));
    expect(await tx.run('group.close', { groupId: 'egel', closedFrom: '2027-01-31' })).toMatchObject({
      rule: 'group.close_before_contracts_end',
      params: { count: 1, child: 'Sem' },
    });
    expect(await tx.run('group.close', { groupId: 'egel', closedFrom: '2027-02-01' })).toEqual({ ok: true });
    expect(await tx.run('group.remove', { groupId: 'egel' })).toMatchObject({ rule: 'group.in_use' });
    expect(await tx.run('group.close', { groupId: 'egel', closedFrom: '2026-11-22' })).toMatchObject({ rule: 'group.close_in_past' });
  });
  test('a group without contracts, shifts or attendance can be removed', async () => {
    await tx.run('group.create', {
      id: 'oops',
      locationId: 'loc',
      name: 'Typfout',
      careType: 'BSO',
      ageMinMonths: 48,
      ageMaxMonths: 156,
      capacity: 30,
      externalId: null,
    });
    expect(await tx.run('group.remove', { groupId: 'oops' })).toEqual({ ok: true });
    expect(await tx.get('groups', 'oops')).toBeNull();
  });
});

describe('staff: create, end on a last working day', () => {
  const anna = {
    id: 'anna',
    locationId: 'loc',
    firstName: 'Anna',
    lastName: 'de Vries',
    jobTitle: 'Pedagogisch medewerker',
    counts: 'full',
    contractMinutesPerWeek: 1920,
    activeFrom: '2026-01-01',
    activeTo: null,
    prkRegisteredOn: null,
    ehboValidUntil: '2027-03-01',
    externalId: 'P-100',
  };
  test('staff.external_id_taken: a personeelsnummer belongs to one person at the location', async () => {
    expect(await tx.run('staff.create', anna)).toEqual({ ok: true });
    expect(await tx.run('staff.create', { ...anna, id: 'bram', firstName: 'Bram' })).toMatchObject({
      rule: 'staff.external_id_taken',
      params: { staff: 'Anna de Vries' },
    });
  });
  test('staff.end_has_shifts: the day before a rostered shift is refused, on its day it fits', async () => {
    await tx.run('staff.create', anna);
    await tx.put('shifts', {
      id: 's1',
      locationId: 'loc',
      staffId: 'anna',
      groupId: 'egel',
      date: '2026-12-03',
      start: 450,
      end: 960,
      breaks: [],
    });
    expect(await tx.run('staff.end', { staffId: 'anna', lastDay: '2026-12-02' })).toMatchObject({
      rule: 'staff.end_has_shifts',
      params: { count: 1, firstDate: '2026-12-03' },
    });
    expect(await tx.run('staff.end', { staffId: 'anna', lastDay: '2026-12-03' })).toEqual({ ok: true });
    expect(await tx.get('staff', 'anna')).toMatchObject({ activeTo: '2026-12-03' });
    expect(await tx.run('staff.end', { staffId: 'anna', lastDay: '2026-11-21' })).toMatchObject({ rule: 'staff.end_in_past' });
  });
});

describe('children: contacts by role, health notes apart', () => {
  test('child.create writes the child, its contacts and its health notes', async () => {
    expect(await tx.get('childHealth', 'sem')).toMatchObject({ allergies: 'pinda' });
    expect(await tx.get('childContacts', 'sem')).toMatchObject({ guardians: [guardian] });
  });
  test('child.assistant_contact_only: an assistant changes a phone number, not the parental authority', async () => {
    const contacts = { childId: 'sem', emergencyContacts: [], gp: null, school: 'De Regenboog' };
    const asAssistant = { ...assistant, roleAt: () => 'assistant' as const };
    expect(await tx.run('child.setContacts', { ...contacts, guardians: [{ ...guardian, phone: '06 87654321' }] }, asAssistant)).toEqual({
      ok: true,
    });
    expect(
      await tx.run(
        'child.setContacts',
        {
          ...contacts,
          guardians: [
            { ...guardian, parentalAuthority: false, contractParent: false },
            { ...guardian, id: 'g2', name: 'Kees' },
          ],
        },
        asAssistant,
      ),
    ).toMatchObject({ code: 'forbidden', rule: 'child.assistant_contact_only' });
    expect(mutators['child.setContacts'].roles).toEqual(['manager', 'assistant']);
    expect(mutators['child.setHealth'].roles).toEqual(['manager']);
    expect(mutators['group.create'].roles).toEqual(['manager']);
  });
});

describe('contracts: entry checks in placement.create(.v2) and transfer, placement.change', () => {
  test('placement.create: a seventeenth Thursday in Egeltjes is refused as "Egeltjes donderdag 17/16 vanaf do 3 dec"', async () => {
    await tx.run('child.create', {
      id: 'noor',
      locationId: 'loc',
      familyId: 'f',
      firstName: 'Noor',
      lastName: 'Test',
      dateOfBirth: '2024-06-01',
      externalId: null,
      contacts: { guardians: [guardian], emergencyContacts: [], gp: null, school: '' },
      health: { allergies: '', diet: '', medication: '', notes: '' },
    });
    const refused = await tx.run('placement.create', contract({ id: 'new', childId: 'noor', startDate: '2026-12-01' }));
    expect(refused).toMatchObject({ ok: false, rule: 'placement.group_full' });
    expect(!refused.ok && refused.message).toMatch(/^Egeltjes donderdag 17\/16 vanaf do 3 dec/);
    expect(await tx.run('placement.create', contract({ id: 'new', childId: 'noor', startDate: '2026-12-01', days: [MONDAY] }))).toEqual({
      ok: true,
    });
  });
  test('placement.create.v2 records the reason for a child outside the group’s ages; placement.create refuses it', async () => {
    await tx.run('group.create', {
      id: 'baby',
      locationId: 'loc',
      name: 'Baby’s',
      careType: 'KDV',
      ageMinMonths: 0,
      ageMaxMonths: 18,
      capacity: 12,
      externalId: null,
    });
    const move = { placementId: 'p0', newPlacementId: 'p0b', groupId: 'baby', effectiveDate: '2026-12-01' };
    expect(await tx.run('placement.transfer', move)).toMatchObject({ rule: 'placement.age_range' });
    expect(await tx.run('placement.transfer.v2', { ...move, ageExceptionReason: 'Wen-periode bij broertje' })).toEqual({ ok: true });
    expect(await tx.get('placementExceptions', 'p0b')).toMatchObject({
      reason: 'Wen-periode bij broertje',
      recordedBy: { userId: 'u-man' },
    });
    expect(await tx.get('placements', 'p0')).toMatchObject({ endDate: '2026-11-30' });
  });
  test('placement.change adds Monday from the 1st in one step: the old contract ends the day before, the new one starts', async () => {
    const args = { placementId: 'p0', newPlacementId: 'p0b', effectiveDate: '2026-12-01', days: [MONDAY, THURSDAY] };
    expect(await tx.run('placement.change', { ...args, effectiveDate: '2026-12-02' })).toMatchObject({ rule: 'placement.effective_date' });
    expect(await tx.run('placement.change', { ...args, days: [THURSDAY] })).toMatchObject({ rule: 'placement.change_nothing' });
    expect(await tx.run('placement.change', args)).toEqual({ ok: true });
    expect(await tx.get('placements', 'p0')).toMatchObject({ endDate: '2026-11-30', days: [THURSDAY] });
    expect(await tx.get('placements', 'p0b')).toMatchObject({
      startDate: '2026-12-01',
      endDate: null,
      groupId: 'egel',
      days: [MONDAY, THURSDAY],
    });
  });
  test('placement.change is refused as a whole when the new day is full: nothing changes', async () => {
    for (let i = 1; i < 16; i++) await tx.put('placements', contract({ id: `p${i}`, childId: `kind${i}`, days: [MONDAY, THURSDAY] }));
    await tx.put('placements', contract({ id: 'px', childId: 'other', days: [MONDAY] }));
    const refused = await tx.run('placement.change', {
      placementId: 'p0',
      newPlacementId: 'p0b',
      effectiveDate: '2026-12-16',
      days: [MONDAY, THURSDAY],
    });
    expect(refused).toMatchObject({ rule: 'placement.group_full', params: { weekday: 1, count: 17, fromDate: '2026-12-21' } });
    expect(await tx.get('placements', 'p0')).toMatchObject({ endDate: null });
    expect(await tx.get('placements', 'p0b')).toBeNull();
  });
});

describe('child.setMentor (spec/master-data.md "A mentor")', () => {
  const staffMember = {
    locationId: 'loc',
    firstName: 'Anouk',
    lastName: 'de Vries',
    jobTitle: 'pedagogisch medewerker',
    counts: 'full' as const,
    contractMinutesPerWeek: 1920,
    activeFrom: '2020-01-01',
    activeTo: null,
    prkRegisteredOn: '2020-01-01',
    ehboValidUntil: null,
    externalId: null,
  };
  beforeEach(async () => {
    expect(await tx.run('staff.create', { ...staffMember, id: 'anouk' })).toEqual({ ok: true });
    expect(await tx.run('staff.create', { ...staffMember, id: 'hulp', firstName: 'Henk', counts: 'none' })).toEqual({ ok: true });
  });
  test('a professional of the location becomes the mentor; null takes the choice back', async () => {
    expect(await tx.run('child.setMentor', { childId: 'sem', staffId: 'anouk' })).toEqual({ ok: true });
    expect(await tx.get('childMentors', 'sem')).toMatchObject({ staffId: 'anouk', locationId: 'loc' });
    expect(await tx.run('child.setMentor', { childId: 'sem', staffId: null })).toEqual({ ok: true });
    expect(await tx.get('childMentors', 'sem')).toBeNull();
  });
  test('mentor.not_a_professional: a locatiehulp who does not count for the ratio is refused, nothing written', async () => {
    expect(await tx.run('child.setMentor', { childId: 'sem', staffId: 'hulp' })).toMatchObject({ rule: 'mentor.not_a_professional' });
    expect(await tx.get('childMentors', 'sem')).toBeNull();
  });
  test('mentor.staff_ended: someone whose last working day was yesterday is refused', async () => {
    expect(await tx.run('staff.end', { staffId: 'anouk', lastDay: '2026-11-22' })).toEqual({ ok: true });
    expect(await tx.run('child.setMentor', { childId: 'sem', staffId: 'anouk' })).toMatchObject({ rule: 'mentor.staff_ended' });
  });
  test('only the manager chooses a mentor (an assistant is refused by the role check)', () => {
    expect(mutators['child.setMentor'].roles).toEqual(['manager']);
  });
});

describe("group.create.v2 / group.update.v2: a group's room and the days it runs", () => {
  const base = { locationId: 'loc', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48, capacity: 12, externalId: null };
  test('group.create (first shape) runs on the days the location is open, no room recorded', async () => {
    expect(await tx.run('group.create', { ...base, id: 'uil', name: 'Uiltjes' })).toEqual({ ok: true });
    expect(await tx.get('groups', 'uil')).toMatchObject({ room: '', days: [1, 2, 3, 4, 5] });
  });
  test('group.create.v2 keeps its room and days (sorted, once each)', async () => {
    expect(await tx.run('group.create.v2', { ...base, id: 'uil', name: 'Uiltjes', room: 'Lokaal 2', days: [4, 1, 1] })).toEqual({
      ok: true,
    });
    expect(await tx.get('groups', 'uil')).toMatchObject({ room: 'Lokaal 2', days: [1, 4] });
  });
  test("group.days_outside_location: Friday (the location's last open day) is accepted, Saturday is refused", async () => {
    expect(await tx.run('group.create.v2', { ...base, id: 'a', name: 'A', room: '', days: [5] })).toEqual({ ok: true });
    expect(await tx.run('group.create.v2', { ...base, id: 'b', name: 'B', room: '', days: [5, 6] })).toMatchObject({
      rule: 'group.days_outside_location',
      params: { weekday: 6 },
    });
    expect(await tx.get('groups', 'b')).toBeNull();
  });
  test('group.days_have_contracts: Egeltjes cannot stop on Thursday while 16 children come then; Monday (none) can go', async () => {
    const { locationId: _loc, ...fields } = base;
    const args = { ...fields, groupId: 'egel', name: 'Egeltjes', capacity: 16, room: 'Lokaal 1' };
    expect(await tx.run('group.update.v2', { ...args, days: [1, 2, 3, 5] })).toMatchObject({
      rule: 'group.days_have_contracts',
      params: { weekday: 4, count: 16 },
    });
    expect(await tx.run('group.update.v2', { ...args, days: [2, 3, 4, 5] })).toEqual({ ok: true });
    expect(await tx.get('groups', 'egel')).toMatchObject({ room: 'Lokaal 1', days: [2, 3, 4, 5] });
  });
  test('placement.group_not_running: a contract on a day its group does not run is refused at entry', async () => {
    const { locationId: _loc, ...fields } = base;
    expect(await tx.run('group.update.v2', { ...fields, groupId: 'vos', name: 'Vossen', capacity: 16, room: '', days: [1, 2, 3] })).toEqual(
      {
        ok: true,
      },
    );
    await tx.run('child.create', {
      id: 'noa',
      locationId: 'loc',
      familyId: 'fam-noa',
      firstName: 'Noa',
      lastName: 'Test',
      dateOfBirth: '2024-06-01',
      externalId: null,
      contacts: { guardians: [guardian], emergencyContacts: [], gp: null, school: '' },
      health: { allergies: '', diet: '', medication: '', notes: '' },
    });
    const refused = await tx.run('placement.create.v2', {
      id: 'pv',
      locationId: 'loc',
      childId: 'noa',
      groupId: 'vos',
      careType: 'KDV',
      kind: 'fixed',
      startDate: '2027-01-01',
      endDate: null,
      days: [THURSDAY],
      ageExceptionReason: null,
    });
    expect(refused).toMatchObject({ rule: 'placement.group_not_running', params: { weekday: 4 } });
  });
});

describe('child.edit: a child edited as one change', () => {
  const fields = { firstName: 'Sem', lastName: 'de Vries', dateOfBirth: '2024-05-01', externalId: null };
  const contacts = { guardians: [guardian], emergencyContacts: [], gp: null, school: '' };
  test('names, contacts and health notes together', async () => {
    const health = { allergies: 'pinda, noten', diet: '', medication: '', notes: '' };
    expect(await tx.run('child.edit', { childId: 'sem', fields, contacts, health })).toEqual({ ok: true });
    expect(await tx.get('children', 'sem')).toMatchObject({ lastName: 'de Vries', dateOfBirth: '2024-05-01' });
    expect(await tx.get('childHealth', 'sem')).toMatchObject({ allergies: 'pinda, noten' });
  });
  test('child.email: a wrong e-mail address refuses the whole edit; the new name is not kept either', async () => {
    const wrong = { ...contacts, guardians: [{ ...guardian, email: 'fatima@' }] };
    expect(await tx.run('child.edit', { childId: 'sem', fields, contacts: wrong })).toMatchObject({ ok: false, rule: 'child.email' });
    expect(await tx.get('children', 'sem')).toMatchObject({ lastName: 'Test', dateOfBirth: '2024-06-01' });
  });
  test('only the manager edits a child as a whole (an assistant changes contact details with child.setContacts)', () => {
    expect(mutators['child.edit'].roles).toEqual(['manager']);
  });
});
