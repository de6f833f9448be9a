/**
 * A location renamed on its desk (`location.update`, `location.update.v2`) is renamed in the hub's
 * registry too, so `hub:admin`, sign-in and enrolment show the same name and code as the desks;
 * the organisation's rules stay the hub administrator's (`organisation.setRules` is refused).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationRulesOf } from '../../../shared/domain/masterData/organisationRules';
import { defaultOrganisationSettings } from '../../../shared/domain/settings';
import { runningClockFrom } from '../../../shared/domain/time/clock';
import type { PushResponse } from '../../../shared/sync/protocol';
import {
  enrolDesk,
  mutation,
  pullAll,
  pushBody,
  seedOrganisation,
  startTestHub,
  testBackends,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';

const clock = runningClockFrom('2026-11-23T08:00:00Z');
const settings = { lrkNumber: '123456789', address: null, opensAt: 450, closesAt: 1110, openDays: [1, 2, 3, 4, 5] };

describe.each(testBackends())('the location registry follows location.update on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 2);
  }, 60_000);
  afterAll(async () => hub?.close());

  const registry = async (id: string) =>
    (await hub.db.query<{ name: string; code: string }>('SELECT name, code FROM locations WHERE id = $1', [id])).rows[0];

  it('a rename and a new code reach hub:admin’s registry; a refused update and the other location change nothing', async () => {
    const [loc, other] = [org.locations[0]!, org.locations[1]!];
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(1, 'location.update', { ...settings, locationId: loc.id, name: 'Klimboom Delft' }, manager, clock()),
        mutation(2, 'location.update.v2', { ...settings, locationId: loc.id, name: 'Klimboom Delft-Zuid', code: 'KDZ' }, manager, clock()),
        // closing before opening: refused, so the registry keeps the last applied name
        mutation(3, 'location.update.v2', { ...settings, locationId: loc.id, name: 'Fout', code: 'FOUT', closesAt: 400 }, manager, clock()),
        mutation(
          4,
          'organisation.setRules',
          { organisationId: org.organisationId, rules: organisationRulesOf(defaultOrganisationSettings()) },
          manager,
          clock(),
        ),
      ]),
    });
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results.slice(0, 2).map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(results[2]).toMatchObject({ status: 'rejected', reason: { rule: 'location.closes_after_opens' } });
    expect(results[3]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', rule: 'organisation.settings_by_hub' } });

    expect(await registry(loc.id)).toEqual({ name: 'Klimboom Delft-Zuid', code: 'KDZ' });
    expect(await registry(other.id)).toEqual({ name: 'Locatie 2', code: 'L2' });
    const synced = (await pullAll(hub, desk)).flatMap((p) => p.changes).filter((c) => c.table === 'locations' && c.id === loc.id);
    expect(synced.at(-1)?.row).toMatchObject({ name: 'Klimboom Delft-Zuid', code: 'KDZ', lrkNumber: '123456789' });
  });
});
