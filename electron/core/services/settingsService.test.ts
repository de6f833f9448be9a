/**
 * Instellingen through the core: the view of a new single-location organisation, its rules edited
 * by the desk's manager, and the same desk once enrolled with a hub (the rules read-only, a save
 * refused with the rule named), on a real SQLite store.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SettingsView } from '../../../shared/contract/settingsViews';
import { organisationRulesOf } from '../../../shared/domain/masterData/organisationRules';
import { defaultOrganisationSettings } from '../../../shared/domain/settings';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';
import { writeEnrolment } from '../sync/syncRepository';

let core: Core;
let cleanup: () => Promise<void>;
const defaults = organisationRulesOf(defaultOrganisationSettings());
const location = {
  id: 'loc',
  name: 'Klimboom Delft',
  code: 'KDD',
  lrkNumber: null,
  address: null,
  opensAt: 450,
  closesAt: 1110,
  openDays: [1, 2, 3, 4, 5],
};

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
  const setUp = await core.call('mutate', {
    name: 'organisation.setUp',
    args: { organisation: { id: 'org', name: 'De Klimboom' }, location },
  });
  expect(setUp.ok).toBe(true);
});
afterEach(async () => cleanup());

const view = async (): Promise<SettingsView> => {
  const result = await core.call('settings.view', { locationId: 'loc' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SettingsView;
};

describe('settings.view and organisation.setRules on the desk', () => {
  test('a desk that is not enrolled: the rules are editable, saved by its manager, and read back', async () => {
    expect(await view()).toMatchObject({
      location: { name: 'Klimboom Delft', code: 'KDD' },
      groups: [],
      organisation: { editable: true, rules: defaults },
    });
    const rules = { ...defaults, swapDay: { minDaysBefore: 7 } };
    expect((await core.call('mutate', { name: 'organisation.setRules', args: { organisationId: 'org', rules } })).ok).toBe(true);
    expect((await view()).organisation.rules).toEqual(rules);
  });
  test('groups carry their contract counts, open ones first', async () => {
    const group = { locationId: 'loc', careType: 'KDV', ageMinMonths: 0, ageMaxMonths: 48, capacity: 16, externalId: null };
    await core.call('mutate', { name: 'group.create', args: { ...group, id: 'g1', name: 'Vossen' } });
    await core.call('mutate', { name: 'group.create', args: { ...group, id: 'g2', name: 'Egeltjes' } });
    await core.call('mutate', { name: 'group.close', args: { groupId: 'g2', closedFrom: '2026-12-01' } });
    expect((await view()).groups.map((g) => [g.name, g.closedFrom, g.contractCount, g.currentContractCount])).toEqual([
      ['Vossen', null, 0, 0],
      ['Egeltjes', '2026-12-01', 0, 0],
    ]);
  });
  test('organisation.settings_by_hub: once enrolled the rules are read-only and a save is refused, nothing written', async () => {
    const db = core.context.db;
    writeEnrolment(db, { hubUrl: 'http://127.0.0.1:1', deviceId: 'd1', organisationId: 'org', locationIds: ['loc'] });
    core.context.session.signIn(
      { userId: 'u1', name: 'Mirjam', email: 'm@example.nl', role: 'manager', offline: false },
      'a-session-the-hub-never-issued-000000000000',
    );
    expect((await view()).organisation.editable).toBe(false);
    const refused = await core.call('mutate', { name: 'organisation.setRules', args: { organisationId: 'org', rules: defaults } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'organisation.settings_by_hub' } });
    expect(db.prepare('SELECT settings FROM organisations').get()).toEqual({ settings: '{}' });
  });
});
