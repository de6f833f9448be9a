/** The rules of the settings screen's fields as typed (location, group, the organisation's rules), at their edges. */
import { describe, expect, test } from 'vitest';
import { defaultOrganisationSettings } from '../settings';
import { checkGroupName, checkWholeNumber } from './groupRules';
import { checkAddressFields, checkLocationName, checkTimeOfDay } from './locationRules';
import { masterDataText } from './messages';
import {
  checkCount,
  checkDays,
  checkEuros,
  checkGraceMinutes,
  checkLatePickupOrder,
  checkOrganisationName,
  organisationRulesOf,
  withOrganisationRules,
} from './organisationRules';

describe('location.time: an opening or closing time as typed', () => {
  test.each([
    ['07:30', 450],
    ['7:30', 450],
    ['07.30', 450],
    [' 18:00 ', 1080],
    ['00:00', 0],
    ['24:00', 1440],
  ])('"%s" is %i minutes', (typed, minutes) => {
    expect(checkTimeOfDay(typed)).toEqual({ ok: true, value: minutes });
  });
  test.each(['24:01', '7', '7:5', '25:00', 'half acht', ''])('"%s" is refused, the rule named in Dutch', (typed) => {
    const result = checkTimeOfDay(typed);
    expect(result).toMatchObject({ ok: false, rule: 'location.time' });
    if (!result.ok) expect(result.message).toContain('bijvoorbeeld 07:30');
  });
});

describe('location.name: a name of 1 to 200 characters', () => {
  test('empty or only spaces is refused; 200 characters is accepted, 201 refused', () => {
    expect(checkLocationName('  ')).toMatchObject({ rule: 'location.name' });
    expect(checkLocationName(' Klimboom ')).toEqual({ ok: true, value: 'Klimboom' });
    expect(checkLocationName('a'.repeat(200)).ok).toBe(true);
    expect(checkLocationName('a'.repeat(201))).toMatchObject({ rule: 'location.name' });
  });
});

describe('location.address_incomplete: all three address fields or none', () => {
  test('none filled is no address; all three is one with the postcode written the standard way', () => {
    expect(checkAddressFields({ street: ' ', postcode: '', city: '' })).toEqual({ ok: true, value: null });
    expect(checkAddressFields({ street: 'Dorpsstraat 1', postcode: '3161ab', city: 'Rhoon' })).toEqual({
      ok: true,
      value: { street: 'Dorpsstraat 1', postcode: '3161 AB', city: 'Rhoon' },
    });
  });
  test('one or two filled is refused; a bad postcode in a full address names the postcode rule', () => {
    expect(checkAddressFields({ street: 'Dorpsstraat 1', postcode: '', city: '' })).toMatchObject({ rule: 'location.address_incomplete' });
    expect(checkAddressFields({ street: 'Dorpsstraat 1', postcode: '3161 AB', city: '' })).toMatchObject({
      rule: 'location.address_incomplete',
    });
    expect(checkAddressFields({ street: 'Dorpsstraat 1', postcode: '0161 AB', city: 'Rhoon' })).toMatchObject({
      rule: 'location.postcode',
    });
  });
});

describe('group.name and group.whole_number: a group as typed', () => {
  test('a name of 1 to 100 characters', () => {
    expect(checkGroupName('')).toMatchObject({ rule: 'group.name' });
    expect(checkGroupName('a'.repeat(100)).ok).toBe(true);
    expect(checkGroupName('a'.repeat(101))).toMatchObject({ rule: 'group.name' });
  });
  test.each([
    ['0', 0, 60, 0],
    ['60', 0, 60, 60],
    ['61', 0, 60, null],
    ['0', 1, 60, null],
    ['1,5', 0, 60, null],
    ['-1', 0, 60, null],
    ['', 0, 60, null],
  ])('"%s" within %i-%i: %s', (typed, min, max, value) => {
    const result = checkWholeNumber(typed, min, max);
    if (value === null) expect(result).toMatchObject({ ok: false, rule: 'group.whole_number' });
    else expect(result).toEqual({ ok: true, value });
  });
});

describe("the organisation's rules as typed", () => {
  test('organisation.name: a name of 1 to 200 characters', () => {
    expect(checkOrganisationName(' ')).toMatchObject({ rule: 'organisation.name' });
    expect(checkOrganisationName(' De Klimboom ')).toEqual({ ok: true, value: 'De Klimboom' });
    expect(checkOrganisationName('a'.repeat(201))).toMatchObject({ rule: 'organisation.name' });
  });
  test('organisation.days: 0 to 366 days', () => {
    expect(checkDays('0')).toEqual({ ok: true, value: 0 });
    expect(checkDays('366')).toEqual({ ok: true, value: 366 });
    expect(checkDays('367')).toMatchObject({ rule: 'organisation.days' });
    expect(checkDays('14 dagen')).toMatchObject({ rule: 'organisation.days' });
  });
  test('organisation.minutes: grace of 0 to 60 minutes', () => {
    expect(checkGraceMinutes('60')).toEqual({ ok: true, value: 60 });
    expect(checkGraceMinutes('61')).toMatchObject({ rule: 'organisation.minutes' });
  });
  test('organisation.count: the how-many-th late pickup from 1 to 100', () => {
    expect(checkCount('0')).toMatchObject({ rule: 'organisation.count' });
    expect(checkCount('1')).toEqual({ ok: true, value: 1 });
    expect(checkCount('100')).toEqual({ ok: true, value: 100 });
    expect(checkCount('101')).toMatchObject({ rule: 'organisation.count' });
  });
  test.each([
    ['11', 1100],
    ['11,5', 1150],
    ['11,50', 1150],
    ['€ 11,50', 1150],
    ['11.50', 1150],
    ['1.000,00', 100_000],
    ['0', 0],
  ])('organisation.euros: "%s" is %i cents', (typed, cents) => {
    expect(checkEuros(typed, 100_000)).toEqual({ ok: true, value: cents });
  });
  test.each(['1000,01', '11,505', 'elf', '', '-1'])('organisation.euros: "%s" is refused (at most € 1000)', (typed) => {
    expect(checkEuros(typed, 100_000)).toMatchObject({ ok: false, rule: 'organisation.euros', params: { max: '€ 1000' } });
  });
  test('organisation.late_pickup_order: warning, flat fine and hourly fine may start at the same time, never in reverse', () => {
    const late = organisationRulesOf(defaultOrganisationSettings()).latePickup;
    expect(checkLatePickupOrder({ ...late, warningFromCount: 3, flatFineFromCount: 3, perHourFineFromCount: 3 }).ok).toBe(true);
    expect(checkLatePickupOrder({ ...late, warningFromCount: 4, flatFineFromCount: 3, perHourFineFromCount: 4 })).toMatchObject({
      rule: 'organisation.late_pickup_order',
    });
    const refused = checkLatePickupOrder({ ...late, warningFromCount: 2, flatFineFromCount: 5, perHourFineFromCount: 4 });
    expect(refused).toMatchObject({ rule: 'organisation.late_pickup_order', params: { warning: 2, flat: 5, perHour: 4 } });
    if (!refused.ok) expect(masterDataText(refused.rule, refused.params, 'en')).toContain('from time 5');
  });
  test('withOrganisationRules writes the rules over the stored settings and keeps every other setting', () => {
    const stored = { requests: { swapDay: { blackoutMonths: [7] }, queue: { expiringWithinHours: 24 } }, ratio: { x: 1 } };
    const rules = organisationRulesOf(defaultOrganisationSettings());
    const merged = withOrganisationRules(stored, { ...rules, swapDay: { minDaysBefore: 7 } });
    expect(merged).toMatchObject({
      requests: { swapDay: { blackoutMonths: [7], minDaysBefore: 7 }, queue: { expiringWithinHours: 24 }, extraDay: rules.extraDay },
      ratio: { x: 1 },
      latePickup: rules.latePickup,
    });
  });
});
