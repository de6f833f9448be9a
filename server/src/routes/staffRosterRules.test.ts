/**
 * The roster's legal checks on a person through the hub (issue 14): the hub runs the same shift
 * mutators as the desk, so a shift before the PRK registration date or outside the active period
 * is refused there with the same rule, and one on the registration date is applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { PushResponse } from '../../../shared/sync/protocol';
import {
  enrolDesk,
  mutation,
  pushBody,
  seedOrganisation,
  startTestHub,
  testBackends,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';

describe.each(testBackends())('staff dates in the roster through the hub on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend);
    org = await seedOrganisation(hub.db, 1);
  }, 60_000);
  afterAll(async () => hub?.close());

  it('shift.assign the day before the PRK registration and after the last day is refused; on the registration date applied', async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const staffId = uuidv7();
    const shift = (date: string) => ({
      id: uuidv7(),
      locationId: loc.id,
      staffId,
      groupId: loc.groupId,
      date,
      start: 480,
      end: 960,
      breaks: [],
    });
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(
          1,
          'staff.create',
          {
            id: staffId,
            locationId: loc.id,
            firstName: 'Nina',
            lastName: 'Nieuw',
            jobTitle: 'pedagogisch medewerker',
            counts: 'full',
            contractMinutesPerWeek: 1440,
            activeFrom: '2030-01-01',
            activeTo: '2030-12-31',
            prkRegisteredOn: '2030-01-07',
            ehboValidUntil: null,
            externalId: null,
          },
          manager,
        ),
        mutation(2, 'shift.assign', shift('2030-01-04'), manager),
        mutation(3, 'shift.assign', shift('2030-01-07'), manager),
        mutation(4, 'shift.assign', shift('2031-01-01'), manager),
      ]),
    });
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results[0]).toEqual({ id: 1, status: 'applied' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: 'rule_violated', rule: 'shift.before_prk_registration' } });
    expect(results[2]).toEqual({ id: 3, status: 'applied' });
    expect(results[3]).toMatchObject({ status: 'rejected', reason: { code: 'rule_violated', rule: 'shift.staff_no_longer_active' } });
  });
});
