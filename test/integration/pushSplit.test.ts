/**
 * A push over the hub's work budget (server/src/sync/pushBudget.ts) is refused whole with 413 and
 * `hub.push_too_large`; the desk then sends the same changes again in halves, so a long offline
 * backlog still arrives, in order, with nothing lost or applied twice. The hub here takes at
 * most 6 units (one per mutation of these shifts without breaks) per push.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SyncStatus } from '../../shared/contract/views';
import type { ShiftRow } from '../../shared/model/rows';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import { FIXED_NOW, ok, openTempCore, QUIET_SYNC } from '../fixtures/tempCore';
import { runningClockFrom } from '../../shared/domain/time/clock';

const clock = runningClockFrom(FIXED_NOW);

describe.each(testBackends())('a push over the hub’s budget goes again in halves ($name)', (backend) => {
  if (!backend.available) {
    test.skip(`not run: ${backend.reason}`, () => undefined);
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend, { clock, settings: { pushWorkBudget: 6 } });
    org = await seedOrganisation(hub.db, 1);
  }, 180_000);
  afterAll(async () => hub?.close());

  test('11 changes made offline reach the hub in pushes of at most 6, all applied once, in order', async () => {
    const location = org.locations[0]!;
    const { core, cleanup } = await openTempCore({ now: clock, syncTiming: QUIET_SYNC });
    try {
      const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
      await ok(core.call('sync.enrol', { hubUrl: hub.url, code, deskName: 'Desk' }));
      await ok(core.call('auth.signIn', { email: location.managerEmail, password: PASSWORD }));
      await ok(core.call('sync.now', {}));
      const shifts: ShiftRow[] = Array.from({ length: 11 }, (_, i) => ({
        id: crypto.randomUUID(),
        locationId: location.id,
        staffId: location.staffIds[i % 2]!,
        groupId: location.groupId,
        date: `2026-12-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`,
        start: 450,
        end: 960,
        breaks: [],
      }));
      for (const s of shifts) await ok(core.call('mutate', { name: 'shift.assign', args: s }));

      const after = await ok<SyncStatus>(core.call('sync.now', {}));
      expect(after).toMatchObject({ state: 'online', pending: 0, needsAttention: 0, lastError: null });
      const { rows } = await hub.db.query<{ mutation_id: number; status: string }>(
        'SELECT mutation_id, status FROM mutation_log WHERE device_id = $1 ORDER BY mutation_id',
        [after.deviceId],
      );
      expect(rows.map((r) => [Number(r.mutation_id), r.status])).toEqual(shifts.map((_, i) => [i + 1, 'applied']));
    } finally {
      await cleanup();
    }
  }, 180_000);
});
