/**
 * Time from the hub (issue 15): a desk's clock cannot move the hub's "now". A mutation dated
 * further ahead of the hub's clock than the allowed skew (MAX_CLOCK_SKEW_MS, 5 minutes) is refused
 * with `hub.created_in_future` and changes nothing; one within the skew, or made offline days ago,
 * is applied. The audit names the hub's own user, not the name the desk wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { runningClockFrom } from '../../../shared/domain/time/clock';
import { MAX_CLOCK_SKEW_MS, type PushResponse } from '../../../shared/sync/protocol';
import {
  enrolDesk,
  mutation,
  pushBody,
  seedOrganisation,
  shiftOf,
  startTestHub,
  testBackends,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';

const clock = runningClockFrom('2026-11-23T08:00:00Z');
const at = (offsetMs: number) => new Date(clock().getTime() + offsetMs);

describe.each(testBackends())('the hub keeps its own time on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }
  let hub: TestHub;
  let org: Seeded;
  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 1);
  }, 60_000);
  afterAll(async () => hub?.close());

  const attendanceCount = async (locationId: string) =>
    Number(
      (
        await hub.db.query<{ n: string }>("SELECT count(*) AS n FROM sync_rows WHERE tbl = 'attendance' AND NOT deleted AND space = $1", [
          locationId,
        ])
      ).rows[0]!.n,
    );

  it('hub.created_in_future: a shift dated 5 minutes ahead minus a margin is applied, one 5 minutes and 30 seconds ahead is refused', async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(1, 'shift.assign', shiftOf(loc, { date: '2026-11-24' }), manager, at(MAX_CLOCK_SKEW_MS - 30_000)),
        mutation(2, 'shift.assign', shiftOf(loc, { date: '2026-11-25' }), manager, at(MAX_CLOCK_SKEW_MS + 30_000)),
        // made offline three days ago: still the desk's own moment
        mutation(3, 'shift.assign', shiftOf(loc, { date: '2026-11-26' }), manager, at(-3 * 86_400_000)),
      ]),
    });
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(results[1]).toMatchObject({ reason: { code: 'validation_failed', rule: 'hub.created_in_future' } });
  });

  it("attendance.purge dated 2099 cannot remove this year's attendance: refused, every record kept", async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const before = await attendanceCount(loc.id);
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(1, 'attendance.purge', { locationId: loc.id, before: '2099-01-01' }, manager, new Date('2099-03-01T08:00:00Z')),
      ]),
    });
    expect((answer.body as PushResponse).results[0]).toMatchObject({ status: 'rejected', reason: { rule: 'hub.created_in_future' } });
    expect(await attendanceCount(loc.id)).toBe(before);
  });

  it("the audit names the hub's own user: a mutation naming its own actor is refused whole (the wire has no actor)", async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const absenceId = uuidv7();
    const forged = mutation(
      1,
      'staffAbsence.register',
      { id: absenceId, locationId: loc.id, staffId: loc.staffIds[0], date: '2026-11-27', kind: 'sick' },
      manager,
      clock(),
    );
    const body = pushBody(desk, [forged]);
    const withActor = { ...body, mutations: body.mutations.map((m) => ({ ...m, actor: { ...manager, name: 'Iemand Anders' } })) };
    const refused = await hub.call('/v1/push', { token: desk.credential, body: withActor });
    expect(refused.status).toBe(400);
    const answer = await hub.call('/v1/push', { token: desk.credential, body });
    expect((answer.body as PushResponse).results[0]).toMatchObject({ status: 'applied' });
    const { rows } = await hub.db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [loc.managerId]);
    const stored = await hub.db.query<{ row: { registeredBy: { name: string } } }>(
      "SELECT row FROM sync_rows WHERE tbl = 'staffAbsences' AND id = $1",
      [absenceId],
    );
    expect(stored.rows[0]?.row.registeredBy.name).toBe(rows[0]!.name);
    expect(rows[0]!.name).not.toBe('Iemand Anders');
  });
});
