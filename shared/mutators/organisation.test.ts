/**
 * organisation.setRules and location.update.v2 over an in-memory transaction, at the tests'
 * fixed "now": Monday 23 November 2026.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { organisationRulesOf } from '../domain/masterData/organisationRules';
import { defaultOrganisationSettings, organisationSettingsSchema } from '../domain/settings';
import { mutators } from './index';
import { MemoryTx } from './memoryTx';
import type { MutationContext } from './types';

const manager: MutationContext = { actor: { userId: 'u-man', role: 'manager', name: 'Mirjam' }, createdAt: '2026-11-23T08:00:00.000Z' };
const location = { name: 'Rhoon', lrkNumber: null, address: null, opensAt: 420, closesAt: 1140, openDays: [1, 2, 3, 4, 5] };
const defaults = organisationRulesOf(defaultOrganisationSettings());

let tx: MemoryTx;
beforeEach(async () => {
  tx = new MemoryTx(manager);
  expect(
    await tx.run('organisation.setUp', {
      organisation: { id: 'org', name: 'Kinderopvang Test' },
      location: { ...location, id: 'loc', code: 'RHO' },
    }),
  ).toEqual({ ok: true });
});

describe('organisation.setRules: the manager of a desk that is not enrolled sets the organisation’s rules', () => {
  test('the rules are written into the settings, which read back with them and keep their other values', async () => {
    const org = (await tx.get('organisations', 'org'))!;
    await tx.put('organisations', { ...org, settings: { requests: { swapDay: { blackoutMonths: [8] } } } });
    const rules = {
      ...defaults,
      extraDay: { minNoticeDays: 7, cancelMinDaysBefore: 2, allowMixedPayment: true, invoiceCentsPerHour: 1250 },
    };
    expect(await tx.run('organisation.setRules', { organisationId: 'org', rules })).toEqual({ ok: true });
    const settings = organisationSettingsSchema.parse((await tx.get('organisations', 'org'))!.settings);
    expect(settings.requests.extraDay).toMatchObject(rules.extraDay);
    expect(settings.requests.swapDay.blackoutMonths).toEqual([8]);
    expect(organisationRulesOf(settings)).toEqual(rules);
  });
  test('organisation.settings_by_hub: refused on an enrolled desk (and on the hub), nothing written', async () => {
    const before = await tx.get('organisations', 'org');
    const refused = await tx.run('organisation.setRules', { organisationId: 'org', rules: defaults }, { ...manager, enrolled: true });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden', rule: 'organisation.settings_by_hub' });
    expect(await tx.get('organisations', 'org')).toEqual(before);
  });
  test('role: only a manager (the desk and the hub check the roles before applying)', () => {
    expect(mutators['organisation.setRules'].roles).toEqual(['manager']);
    expect(mutators['location.update.v2'].roles).toEqual(['manager']);
  });
  test('organisation.late_pickup_order: a warning after the first fine is refused, nothing written', async () => {
    const rules = { ...defaults, latePickup: { ...defaults.latePickup, warningFromCount: 4, flatFineFromCount: 3 } };
    expect(await tx.run('organisation.setRules', { organisationId: 'org', rules })).toMatchObject({
      code: 'rule_violated',
      rule: 'organisation.late_pickup_order',
    });
    expect((await tx.get('organisations', 'org'))!.settings).toEqual({});
  });
  test('organisation.unknown: another organisation’s id is not found', async () => {
    expect(await tx.run('organisation.setRules', { organisationId: 'other', rules: defaults })).toMatchObject({
      code: 'not_found',
      rule: 'organisation.unknown',
    });
  });
  test('the invoice price per hour is at most € 1000,00: 100000 cents accepted, 100001 refused by the arguments', async () => {
    const at = (cents: number) => ({
      organisationId: 'org',
      rules: { ...defaults, extraDay: { ...defaults.extraDay, invoiceCentsPerHour: cents } },
    });
    expect(await tx.run('organisation.setRules', at(100_000))).toEqual({ ok: true });
    await expect(tx.run('organisation.setRules', at(100_001))).rejects.toThrow();
  });
});

describe('location.update.v2: the settings and the code', () => {
  test('renames and recodes the location; the code is checked and unique in the organisation', async () => {
    expect(await tx.run('location.update.v2', { ...location, locationId: 'loc', name: 'Rhoon Centrum', code: 'RHC' })).toEqual({
      ok: true,
    });
    expect(await tx.get('locations', 'loc')).toMatchObject({ name: 'Rhoon Centrum', code: 'RHC' });
    expect(await tx.run('location.update.v2', { ...location, locationId: 'loc', code: 'rh' })).toMatchObject({ rule: 'location.code' });
    await tx.put('locations', { ...location, id: 'loc2', organisationId: 'org', code: 'BAR', name: 'Barendrecht' });
    expect(await tx.run('location.update.v2', { ...location, locationId: 'loc', code: 'BAR' })).toMatchObject({
      rule: 'location.code_taken',
      params: { code: 'BAR', location: 'Barendrecht' },
    });
    expect(await tx.get('locations', 'loc')).toMatchObject({ code: 'RHC' });
  });
  test('location.closes_after_opens: closing at opening time is refused, a minute later accepted', async () => {
    expect(await tx.run('location.update.v2', { ...location, locationId: 'loc', code: 'RHO', closesAt: 420 })).toMatchObject({
      rule: 'location.closes_after_opens',
    });
    expect(await tx.run('location.update.v2', { ...location, locationId: 'loc', code: 'RHO', closesAt: 421 })).toEqual({ ok: true });
  });
});
