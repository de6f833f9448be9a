/**
 * Roles on request decisions, enforced by the hub on what desks push (spec/requests.md; issue 6,
 * item 5): an assistant decides the requests that fit without an exception; approving out of
 * queue order or less than 24 hours before care starts, revoking an approval and setting a
 * school closure day's threshold are the location manager's. The hub goes by its own roles per
 * location, never by the role a desk wrote into the mutation, also for a user who manages one
 * of a desk's locations and assists at another.
 *
 * Every mutation is stamped Monday 23 November 2026, 09:00 in Amsterdam; the requests are extra
 * days (07:30-18:00) on Thursday 26 November, or Tuesday 24 November for a late one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { RequestRow } from '../../../shared/model/requestRows';
import type { ChildRow, PlacementRow } from '../../../shared/model/rows';
import type { MutationResult, PushResponse, WireMutation } from '../../../shared/sync/protocol';
import { createUser } from '../admin/directory';
import { putRow } from '../sync/rowStore';
import {
  enrolDesk,
  mutation,
  pushBody,
  seedOrganisation,
  shiftOf,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';

const NOW = '2026-11-23T08:00:00.000Z';
const THURSDAY = '2026-11-26';
const TUESDAY = '2026-11-24';

describe.each(testBackends())('request decisions and roles on the hub ($name)', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  let desk: Desk;
  let nextId = 0;
  const children = new Map<string, ChildRow>();
  const loc = (i = 0) => org.locations[i]!;
  const manager = (i = 0) => ({ userId: loc(i).managerId, role: 'manager' as const });
  const assistant = (i = 0) => ({ userId: loc(i).assistantId, role: 'assistant' as const });

  beforeAll(async () => {
    hub = await startTestHub(backend);
    org = await seedOrganisation(hub.db, 2);
    await hub.db.transaction(async (tx) => {
      for (const i of [0, 1]) {
        for (const name of ['Ayla', 'Bram', 'Cas', 'Dex', 'Eva']) {
          const child: ChildRow = {
            id: uuidv7(),
            locationId: loc(i).id,
            firstName: name,
            lastName: `Test${i}`,
            dateOfBirth: '2023-06-01',
            familyId: uuidv7(),
            externalId: null,
          };
          children.set(`${name}${i}`, child);
          await putRow(tx, loc(i).id, 'children', child.id, child);
          const placement: PlacementRow = {
            id: uuidv7(),
            locationId: loc(i).id,
            childId: child.id,
            groupId: loc(i).groupId,
            careType: 'KDV',
            kind: 'fixed',
            startDate: '2025-01-06',
            endDate: null,
            days: [{ weekday: 1, start: 450, end: 1080 }],
          };
          await putRow(tx, loc(i).id, 'placements', placement.id, placement);
        }
        for (const date of [TUESDAY, THURSDAY]) {
          for (const staffId of loc(i).staffIds) {
            const shift = shiftOf(loc(i), { staffId, date, start: 420, end: 1140, breaks: [] });
            await putRow(tx, loc(i).id, 'shifts', shift.id, shift);
          }
        }
      }
      // The assistant of the first location manages the second.
      await createUser(tx, {
        organisationId: org.organisationId,
        email: loc(0).assistantEmail,
        name: 'Assistent 1',
        locationId: loc(1).id,
        role: 'manager',
      });
    });
    desk = await enrolDesk(hub, org.organisationId, [loc(0).id, loc(1).id]);
  }, 60_000);
  afterAll(async () => hub?.close());

  /** Pushes the mutations (numbered on from the desk's last) and returns their results. */
  async function push(...items: { name: WireMutation['name']; args: unknown; actor: { userId: string; role: 'manager' | 'assistant' } }[]) {
    const mutations = items.map((m) => ({ ...mutation(++nextId, m.name, m.args, m.actor), createdAt: NOW }));
    const answer = await hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, mutations) });
    expect(answer.status).toBe(200);
    return (answer.body as PushResponse).results;
  }

  /**
   * A parent's extra day entered by the assistant (e-mail), submitted at `submittedAt`. The parent
   * lets it wait until the day itself (past the default expiry at the minimum notice), so it can be
   * decided close to the day.
   */
  async function extraDay(child: string, date: string, submittedAt: string, i = 0): Promise<string> {
    const id = uuidv7();
    const c = children.get(`${child}${i}`)!;
    const request = {
      id,
      kind: 'extraDay',
      childId: c.id,
      groupId: loc(i).groupId,
      submittedAt,
      expiresAt: `${date}T05:00:00.000Z`,
      enteredBy: null,
      date,
      start: 450,
      end: 1080,
      payment: 'invoice',
      recurring: false,
    };
    const [result] = await push({ name: 'request.submit', args: { request, channel: 'email', eventId: uuidv7() }, actor: assistant(i) });
    expect(result).toEqual({ id: nextId, status: 'applied' });
    return id;
  }

  const approve = (requestId: string, extra: Record<string, unknown> = {}) => ({
    name: 'request.approve' as const,
    args: { requestId, eventId: uuidv7(), ...extra },
  });
  const hubRow = async (id: string): Promise<RequestRow | undefined> =>
    (await hub.db.query<{ row: RequestRow }>("SELECT row FROM sync_rows WHERE tbl = 'requests' AND id = $1", [id])).rows[0]?.row;
  const reason = (r: MutationResult | undefined) => (r?.status === 'rejected' ? [r.reason?.code, r.reason?.rule] : [r?.status]);

  it('an assistant approves a request that fits without an exception', async () => {
    const id = await extraDay('Ayla', THURSDAY, '2026-11-10T08:00:00.000Z');
    const [result] = await push({ ...approve(id), actor: assistant() });
    expect(result).toMatchObject({ status: 'applied' });
    expect(await hubRow(id)).toMatchObject({ status: 'approved', decidedBy: { role: 'assistant' } });
  });

  it('out of queue order is the manager’s, with a reason; claiming to be a manager changes nothing', async () => {
    const first = await extraDay('Bram', THURSDAY, '2026-11-10T09:00:00.000Z');
    const later = await extraDay('Cas', THURSDAY, '2026-11-10T10:00:00.000Z');
    const results = await push(
      { ...approve(later, { outOfOrderReason: 'Broer komt ook' }), actor: assistant() },
      { ...approve(later, { outOfOrderReason: 'Broer komt ook' }), actor: { userId: loc().assistantId, role: 'manager' } },
      { ...approve(later), actor: manager() },
    );
    expect(results.map(reason)).toEqual([
      ['forbidden', 'request.out_of_order_manager_only'],
      ['forbidden', 'request.out_of_order_manager_only'],
      ['rule_violated', 'request.out_of_order_needs_reason'],
    ]);
    expect(await hubRow(later)).toMatchObject({ status: 'submitted' });
    const [ok] = await push({ ...approve(later, { outOfOrderReason: 'Broer komt ook' }), actor: manager() });
    expect(ok).toMatchObject({ status: 'applied' });
    expect((await hubRow(later))?.state).toMatchObject({ status: 'approved', outOfOrderReason: 'Broer komt ook' });
    expect(await hubRow(first)).toMatchObject({ status: 'submitted' });
  });

  it('less than 24 hours before care starts is the manager’s, and waits for the parent', async () => {
    const id = await extraDay('Dex', TUESDAY, '2026-11-10T08:00:00.000Z');
    const [byAssistant] = await push({ ...approve(id), actor: assistant() });
    expect(reason(byAssistant)).toEqual(['forbidden', 'request.late_manager_only']);
    const [byManager] = await push({ ...approve(id), actor: manager() });
    expect(byManager).toMatchObject({ status: 'applied' });
    expect((await hubRow(id))?.state).toMatchObject({ status: 'approved', awaitingParentConfirmation: true });
  });

  it('revoking an approval and setting a school closure day’s threshold are the manager’s', async () => {
    const id = await extraDay('Eva', THURSDAY, '2026-11-10T08:00:00.000Z');
    const threshold = { id: uuidv7(), locationId: loc().id, date: '2026-12-16', threshold: 3 };
    const results = await push(
      { ...approve(id, { outOfOrderReason: 'Eerdere aanvraag van Bram wacht nog op de ouder' }), actor: manager() },
      { name: 'request.revoke', args: { requestId: id, eventId: uuidv7(), reason: 'Groep dicht' }, actor: assistant() },
      { name: 'schoolClosureDay.setThreshold', args: threshold, actor: assistant() },
      { name: 'request.revoke', args: { requestId: id, eventId: uuidv7(), reason: 'Groep dicht' }, actor: manager() },
      { name: 'schoolClosureDay.setThreshold', args: threshold, actor: manager() },
      { name: 'schoolClosureDay.setThreshold', args: { ...threshold, id: uuidv7(), locationId: loc(1).id }, actor: assistant(1) },
    );
    // This assistant manages the desk's other location, so the mutator's own check at this
    // location is what refuses her (an assistant of this desk's locations only meets
    // `hub.role_not_allowed` before the mutator runs).
    expect(results.map(reason)).toEqual([
      ['applied'],
      ['forbidden', 'request.revoke_manager_only'],
      ['forbidden', 'school_closure.threshold_manager_only'],
      ['applied'],
      ['applied'],
      ['forbidden', 'hub.role_not_allowed'],
    ]);
    expect(await hubRow(id)).toMatchObject({ status: 'revoked' });
    const { rows } = await hub.db.query<{ row: { minutes: number; cause: string } }>(
      "SELECT row FROM sync_rows WHERE tbl = 'billingLines' AND row ->> 'requestId' = $1 ORDER BY row ->> 'postedAt', id",
      [id],
    );
    expect(rows.map((r) => [r.row.cause, r.row.minutes]).sort()).toEqual([
      ['approved', 630],
      ['revoked_approval', -630],
    ]);
  });

  it('the hub’s role at the request’s location counts: a manager of one location is an assistant at the other', async () => {
    // The user assists at the first location and manages the second; the desk holds both.
    const first = await extraDay('Ayla', THURSDAY, '2026-11-11T08:00:00.000Z', 1);
    const later = await extraDay('Bram', THURSDAY, '2026-11-11T09:00:00.000Z', 1);
    const laterHere = await extraDay('Dex', THURSDAY, '2026-11-20T09:00:00.000Z');
    const asManager = { userId: loc().assistantId, role: 'manager' as const };
    const results = await push(
      // At the first location the same person is an assistant, whatever the desk claims.
      { ...approve(laterHere, { outOfOrderReason: 'Tweeling' }), actor: asManager },
      // At the second location she is the manager: out of order with a reason is hers to approve.
      { ...approve(later, { outOfOrderReason: 'Tweeling' }), actor: asManager },
    );
    expect(results.map(reason)).toEqual([['forbidden', 'request.out_of_order_manager_only'], ['applied']]);
    expect(await hubRow(first)).toMatchObject({ status: 'submitted' });
  });
});
