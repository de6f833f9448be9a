/**
 * The children's plan through the hub (issue 5): the new synced tables (`pickupPersons`,
 * `attendance`) are stored generically from shared/model/tables.ts, and the hub runs the same
 * mutators with the same rules as the desk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { nextEffectiveDate } from '../../../shared/domain/plan/contractRules';
import { defaultPlanSettings } from '../../../shared/domain/plan/planSettings';
import { localDateOf } from '../../../shared/domain/requests/requestTime';
import type { ChildRow, GroupRow, PlacementRow } from '../../../shared/model/rows';
import type { PushResponse } from '../../../shared/sync/protocol';
import { runningClockFrom } from '../../../shared/domain/time/clock';
import { putRow } from '../sync/rowStore';
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

/** Monday 23 November 2026, 09:00, running on: the desk's mutations and the hub agree on the day. */
const clock = runningClockFrom('2026-11-23T08:00:00Z');

describe.each(testBackends())("children's plan through the hub on $name", (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  const child: ChildRow = {
    id: uuidv7(),
    locationId: '',
    firstName: 'Sem',
    lastName: 'de Vries',
    dateOfBirth: '2025-02-03',
    familyId: uuidv7(),
    externalId: null,
  };
  const placement: PlacementRow = {
    id: uuidv7(),
    locationId: '',
    childId: child.id,
    groupId: '',
    careType: 'KDV',
    kind: 'fixed',
    startDate: '2026-01-01',
    endDate: null,
    days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: 0, end: 1080 })),
  };
  const otherGroup: GroupRow = {
    id: uuidv7(),
    locationId: '',
    name: 'Vlinders',
    careType: 'KDV',
    ageMinMonths: 0,
    ageMaxMonths: 48,
    capacity: 12,
    externalId: null,
    closedFrom: null,
    room: '',
    days: [1, 2, 3, 4, 5],
  };

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 1);
    const loc = org.locations[0]!;
    Object.assign(child, { locationId: loc.id });
    Object.assign(placement, { locationId: loc.id, groupId: loc.groupId });
    Object.assign(otherGroup, { locationId: loc.id });
    await hub.db.transaction(async (tx) => {
      await putRow(tx, loc.id, 'children', child.id, child);
      await putRow(tx, loc.id, 'placements', placement.id, placement);
      await putRow(tx, loc.id, 'groups', otherGroup.id, otherGroup);
    });
  }, 60_000);
  afterAll(async () => hub?.close());

  it('pickupPerson.set, attendance.checkIn and placement.transfer are applied; the rows come back in the pull', async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const today = localDateOf(clock().toISOString());
    const person = {
      id: uuidv7(),
      locationId: loc.id,
      childId: child.id,
      name: 'Truus Jansen',
      relation: 'oma',
      phone: '06 12345678',
      idChecked: true,
      note: '',
    };
    const checkIn = { id: uuidv7(), locationId: loc.id, childId: child.id, groupId: loc.groupId, date: today, checkIn: 0 };
    const effectiveDate = nextEffectiveDate(today, defaultPlanSettings);
    const transfer = { placementId: placement.id, newPlacementId: uuidv7(), groupId: otherGroup.id, effectiveDate };
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(1, 'pickupPerson.set', person, manager, clock()),
        mutation(2, 'attendance.checkIn', checkIn, manager, clock()),
        mutation(3, 'placement.transfer', transfer, manager, clock()),
        // the same rules as on the desk: a second check-in while present is refused
        mutation(4, 'attendance.checkIn', { ...checkIn, id: uuidv7() }, manager, clock()),
      ]),
    });
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results.slice(0, 3)).toEqual([
      { id: 1, status: 'applied' },
      { id: 2, status: 'applied' },
      { id: 3, status: 'applied' },
    ]);
    expect(results[3]).toMatchObject({ id: 4, status: 'rejected', reason: { code: 'rule_violated', rule: 'attendance.already_present' } });

    const changes = (await pullAll(hub, desk)).flatMap((p) => p.changes);
    const row = (table: string, id: string) =>
      changes.filter((c) => c.table === table && c.id === id).at(-1)?.row as Record<string, unknown> | undefined;
    expect(row('pickupPersons', person.id)).toMatchObject({ ...person, idCheckedBy: { userId: loc.managerId, role: 'manager' } });
    expect(row('attendance', checkIn.id)).toMatchObject({ ...checkIn, checkOut: null, voided: false, history: [] });
    expect(row('placements', transfer.newPlacementId)).toMatchObject({ groupId: otherGroup.id, startDate: effectiveDate, endDate: null });
    expect(row('placements', placement.id)).toMatchObject({ groupId: loc.groupId, endDate: expect.any(String) });
  });
});
