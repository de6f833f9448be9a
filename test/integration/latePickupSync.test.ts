/**
 * Late pickups through the hub: the hub runs the same `latePickup.*` mutators over its generic
 * rows (settings from the organisation row, the recount over the child's registrations), so a
 * registration made on a staff desk and a fine confirmed on the manager's desk both hold there.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { SessionInfo, SyncStatus } from '../../shared/contract/views';
import { addDays, isoWeekday, localDateAt } from '../../shared/domain/time/localDate';
import type { ChildRow, LatePickupRow, PlacementRow } from '../../shared/model/rows';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { putRow } from '../../server/src/sync/rowStore';
import type { Core } from '../../electron/core/core';
import { FIXED_NOW, ok, openTempCore, QUIET_SYNC } from '../fixtures/tempCore';
import { runningClockFrom } from '../../shared/domain/time/clock';

/** Monday 23 November 2026, 09:00, running on: desks and hub agree on the day. */
const clock = runningClockFrom(FIXED_NOW);

describe.each(testBackends())('late pickups through the hub ($name)', (backend) => {
  if (!backend.available) {
    test.skip(`not run: ${backend.reason}`, () => undefined);
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  const cleanups: (() => Promise<void>)[] = [];
  const child: ChildRow = {
    id: uuidv7(),
    locationId: '',
    firstName: 'Sem',
    lastName: 'Bakker',
    dateOfBirth: '2024-03-01',
    familyId: uuidv7(),
    externalId: null,
  };

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 1);
    const location = org.locations[0]!;
    child.locationId = location.id;
    const placement: PlacementRow = {
      id: uuidv7(),
      locationId: location.id,
      childId: child.id,
      groupId: location.groupId,
      careType: 'KDV',
      kind: 'fixed',
      startDate: '2025-01-01',
      endDate: null,
      days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: 8 * 60, end: 18 * 60 })),
    };
    await hub.db.transaction(async (tx) => {
      await putRow(tx, location.id, 'children', child.id, child);
      await putRow(tx, location.id, 'placements', placement.id, placement);
    });
  });

  afterAll(async () => {
    for (const c of cleanups.splice(0)) await c();
    await hub.close();
  });

  async function desk(role: 'manager' | 'assistant'): Promise<Core> {
    const location = org.locations[0]!;
    const { core, cleanup } = await openTempCore({ now: clock, syncTiming: QUIET_SYNC });
    cleanups.push(cleanup);
    const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
    await ok<SyncStatus>(core.call('sync.enrol', { hubUrl: hub.url, code, deskName: `Desk ${role}` }));
    await ok<SessionInfo>(
      core.call('auth.signIn', { email: role === 'manager' ? location.managerEmail : location.assistantEmail, password: PASSWORD }),
    );
    await ok(core.call('sync.now', {}));
    return core;
  }

  test('staff register a pickup after closing; the hub accepts it; the manager confirms the fine and every desk sees it', async () => {
    const staffDesk = await desk('assistant');
    const managerDesk = await desk('manager');
    let day = addDays(localDateAt(clock()), -7);
    while (isoWeekday(day) > 5) day = addDays(day, -1);
    const id = uuidv7();
    await ok(
      staffDesk.call('mutate', {
        name: 'latePickup.register',
        args: {
          locationId: child.locationId,
          date: day,
          pickupTime: 19 * 60 + 10,
          pickedUpBy: 'vader',
          note: '',
          children: [{ id, childId: child.id, groupId: org.locations[0]!.groupId, contractedEnd: 18 * 60 }],
        },
      }),
    );
    expect(await ok<SyncStatus>(staffDesk.call('sync.now', {}))).toMatchObject({ state: 'online', pending: 0, needsAttention: 0 });
    const { rows } = await hub.db.query<{ row: LatePickupRow }>("SELECT row FROM sync_rows WHERE tbl = 'latePickups' AND id = $1", [id]);
    expect(rows[0]?.row).toMatchObject({ childId: child.id, status: 'registered', endFromPlan: true, registeredBy: { role: 'assistant' } });

    // staff may not confirm a fine; the manager can, for the amount both the desk and the hub compute
    expect(await staffDesk.call('mutate', { name: 'latePickup.confirmFine', args: { id, fineCents: 2750 } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await ok(managerDesk.call('sync.now', {}));
    expect(managerDesk.context.store.get('latePickups', id)?.status).toBe('registered');
    await ok(managerDesk.call('mutate', { name: 'latePickup.confirmFine', args: { id, fineCents: 2750 } }));
    expect(await ok<SyncStatus>(managerDesk.call('sync.now', {}))).toMatchObject({ pending: 0, needsAttention: 0 });

    await ok(staffDesk.call('sync.now', {}));
    expect(staffDesk.context.store.get('latePickups', id)?.fineConfirmation).toMatchObject({ cents: 2750, by: { role: 'manager' } });
  });
});
