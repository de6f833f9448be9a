/**
 * Parents' requests between the portal, the hub and the desks (spec/requests.md "Decisions made
 * offline", sync.md "Conflicts"), with the real hub on 127.0.0.1 (PGlite; PostgreSQL when
 * DATABASE_URL is set) and real desk cores behind switchable proxies:
 * - a parent's request through the portal reaches the location's desks in their queue;
 * - two desks of one location decide the same request while apart: the first decision to reach
 *   the hub stands, the other desk shows the conflict with both versions, nothing is silently
 *   overwritten;
 * - the hub re-checks the day on its own rows: when the other desk's approval for the last place
 *   reached it first, this approval is refused and the request is back in the queue, flagged.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { RequestItem, RequestQueue } from '../../shared/contract/requestViews';
import type { RejectedChange, SessionInfo, SyncStatus } from '../../shared/contract/views';
import { isOpenDay } from '../../shared/domain/calendar/calendar';
import { defaultOrganisationSettings } from '../../shared/domain/settings';
import { addDays, isoWeekday, localDateAt } from '../../shared/domain/time/localDate';
import type { RequestEventRow, RequestRow } from '../../shared/model/requestRows';
import type { ChildRow, GroupRow, PlacementRow, ShiftRow } from '../../shared/model/rows';
import { createEnrolmentCode } from '../../server/src/auth/enrolmentCodes';
import { issueParentToken } from '../../server/src/portal/parents';
import { putRow } from '../../server/src/sync/rowStore';
import { PASSWORD, seedOrganisation, startTestHub, testBackends, type Seeded, type TestHub } from '../../server/src/testing/hubHarness';
import type { Core } from '../../electron/core/core';
import { startFaultyProxy, type FaultyProxy } from '../fixtures/faultyProxy';
import { FIXED_NOW, ok, openTempCore, QUIET_SYNC } from '../fixtures/tempCore';
import { runningClockFrom } from '../../shared/domain/time/clock';

/** Monday 23 November 2026, 09:00, running on: desks and hub agree on the day. */
const clock = runningClockFrom(FIXED_NOW);

type TestDesk = { core: Core; cleanup: () => Promise<void>; proxy: FaultyProxy };

/** The first day at least `ahead` days from today, not a Monday, open that day and `alsoOpenAfter` days later. */
function openDayFrom(ahead: number, alsoOpenAfter = 0): string {
  const calendar = defaultOrganisationSettings().calendar;
  const fine = (d: string) => isOpenDay(d, calendar) && isoWeekday(d) !== 1;
  let date = addDays(localDateAt(clock()), ahead);
  while (!fine(date) || !fine(addDays(date, alsoOpenAfter))) date = addDays(date, 1);
  return date;
}

describe.each(testBackends())('parents’ requests between portal, hub and desks ($name)', (backend) => {
  if (!backend.available) {
    test.skip(`not run: ${backend.reason}`, () => undefined);
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  const desks: TestDesk[] = [];
  const tokens = new Map<string, string>();
  const groupId = uuidv7();
  // Two open days, a week apart, on which the group has one place left.
  const day = openDayFrom(20, 7);
  const dayTwo = addDays(day, 7);
  const dayThree = openDayFrom(36);
  const kids = ['Vaste', 'Ayla', 'Bram', 'Cas'].map((firstName): ChildRow => ({
    id: uuidv7(),
    locationId: '',
    firstName,
    lastName: 'Test',
    dateOfBirth: '2023-06-01',
    familyId: uuidv7(),
    externalId: null,
  }));
  const [vaste, ayla, bram, cas] = kids as [ChildRow, ChildRow, ChildRow, ChildRow];

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock });
    org = await seedOrganisation(hub.db, 1);
    const loc = org.locations[0]!;
    await hub.db.transaction(async (tx) => {
      const group: GroupRow = {
        id: groupId,
        locationId: loc.id,
        name: 'Dolfijnen',
        careType: 'KDV',
        ageMinMonths: 0,
        ageMaxMonths: 48,
        capacity: 2,
        externalId: null,
        closedFrom: null,
        room: '',
        days: [1, 2, 3, 4, 5],
      };
      await putRow(tx, loc.id, 'groups', group.id, group);
      for (const child of kids) {
        child.locationId = loc.id;
        await putRow(tx, loc.id, 'children', child.id, child);
        // Vaste comes on the days' weekday; the others on Mondays only.
        const weekday = child === vaste ? isoWeekday(day) : 1;
        const placement: PlacementRow = {
          id: uuidv7(),
          locationId: loc.id,
          childId: child.id,
          groupId,
          careType: 'KDV',
          kind: 'fixed',
          startDate: '2025-01-06',
          endDate: null,
          days: [{ weekday, start: 450, end: 1080 }],
        };
        await putRow(tx, loc.id, 'placements', placement.id, placement);
      }
      for (const date of [day, dayTwo, dayThree]) {
        for (const staffId of loc.staffIds) {
          const shift: ShiftRow = { id: uuidv7(), locationId: loc.id, staffId, groupId, date, start: 420, end: 1140, breaks: [] };
          await putRow(tx, loc.id, 'shifts', shift.id, shift);
        }
      }
    });
    for (const child of [ayla, bram, cas]) {
      const { token } = await hub.db.transaction((tx) =>
        issueParentToken(tx, {
          organisationId: org.organisationId,
          name: `Ouder van ${child.firstName}`,
          childIds: [child.id],
          issuedAt: clock(),
        }),
      );
      tokens.set(child.id, token);
    }
  });

  afterAll(async () => {
    for (const d of desks.splice(0)) {
      await d.cleanup();
      await d.proxy.close();
    }
    await hub?.close();
  });

  async function enrolledDesk(): Promise<TestDesk> {
    const location = org.locations[0]!;
    const proxy = await startFaultyProxy(hub.url);
    const { core, cleanup } = await openTempCore({ now: clock, syncTiming: QUIET_SYNC });
    const desk = { core, cleanup, proxy };
    desks.push(desk);
    const { code } = await createEnrolmentCode(hub.db, { organisationId: org.organisationId, locationIds: [location.id] });
    await ok<SyncStatus>(core.call('sync.enrol', { hubUrl: proxy.url, code, deskName: `Desk ${desks.length}` }));
    await ok<SessionInfo>(core.call('auth.signIn', { email: location.managerEmail, password: PASSWORD }));
    await ok(core.call('sync.now', {}));
    return desk;
  }

  /** A parent's extra day for `date` through the portal; returns its id. */
  async function portalRequest(child: ChildRow, date: string, expiresAt: string | null = null): Promise<string> {
    const id = uuidv7();
    const answer = await hub.call('/v1/portal/requests', {
      body: { id, kind: 'extraDay', childId: child.id, date, start: '07:30', end: '18:00', payment: 'invoice', expiresAt },
      token: tokens.get(child.id)!,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.failures).toEqual([]);
    return id;
  }

  const queueItem = async (core: Core, requestId: string, date: string): Promise<RequestItem | undefined> => {
    const q = await ok<RequestQueue>(core.call('requests.queue', { locationId: org.locations[0]!.id, weekStart: date }));
    return [...q.expiring, ...q.days.flatMap((d) => d.groups.flatMap((g) => g.items))].find((i) => i.id === requestId);
  };
  const hubRow = async (id: string): Promise<RequestRow | undefined> =>
    (await hub.db.query<{ row: RequestRow }>("SELECT row FROM sync_rows WHERE tbl = 'requests' AND id = $1", [id])).rows[0]?.row;
  const hubEvents = async (id: string): Promise<string[]> =>
    (
      await hub.db.query<{ row: RequestEventRow }>("SELECT row FROM sync_rows WHERE tbl = 'requestEvents' AND row ->> 'requestId' = $1", [
        id,
      ])
    ).rows
      .map((r) => r.row.action)
      .sort();
  const mutate = (core: Core, name: string, args: unknown) => core.call('mutate', { name, args });

  test('a parent’s request through the portal appears in the desk’s queue after sync, checked there', async () => {
    const desk = await enrolledDesk();
    const id = await portalRequest(ayla, day);
    expect(await queueItem(desk.core, id, day)).toBeUndefined();
    await ok(desk.core.call('sync.now', {}));
    const item = await queueItem(desk.core, id, day);
    expect(item).toMatchObject({
      childName: 'Ayla Test',
      kind: 'extraDay',
      status: 'submitted',
      channel: 'portal',
      enteredByName: null,
      provisional: false,
    });
    expect(item?.check).toMatchObject({ fits: true, failures: [] });
  });

  test('two desks decide the same request while apart: the first to reach the hub stands, the other shows both versions', async () => {
    const one = await enrolledDesk();
    const two = await enrolledDesk();
    const id = await portalRequest(ayla, dayThree);
    await ok(one.core.call('sync.now', {}));
    await ok(two.core.call('sync.now', {}));
    one.proxy.mode = 'down';
    two.proxy.mode = 'down';

    await ok(mutate(one.core, 'request.approve', { requestId: id, eventId: uuidv7() }));
    await ok(
      mutate(two.core, 'request.reject', {
        requestId: id,
        eventId: uuidv7(),
        reason: { code: 'staff_shortage', note: 'Te weinig collega’s' },
      }),
    );
    // Offline, each desk shows its own decision as provisional: nothing has reached the parent.
    expect(await queueItem(one.core, id, dayThree)).toMatchObject({ status: 'approved', provisional: true });
    expect(await queueItem(two.core, id, dayThree)).toMatchObject({ status: 'rejected', provisional: true });
    expect(
      (await hub.call('/v1/portal/requests', { token: tokens.get(ayla.id)! })).body.requests.find((r: { id: string }) => r.id === id),
    ).toMatchObject({
      status: 'submitted',
      // only the receipt with its expiry moment, no decision
      message: expect.stringMatching(
        /^We hebben uw aanvraag voor extra opvang voor Ayla .* ontvangen\. Is er niet vóór .* over beslist, dan vervalt ze\.$/,
      ),
    });

    one.proxy.mode = 'pass';
    expect(await ok<SyncStatus>(one.core.call('sync.now', {}))).toMatchObject({ pending: 0, needsAttention: 0 });
    two.proxy.mode = 'pass';
    expect(await ok<SyncStatus>(two.core.call('sync.now', {}))).toMatchObject({ pending: 0, needsAttention: 1 });

    // The hub has the first decision only; the second desk now shows the hub's version and its own.
    expect(await hubRow(id)).toMatchObject({ status: 'approved', decidedBy: { name: 'Manager 1' } });
    expect(await hubEvents(id)).toEqual(['approved', 'submitted']);
    const [rejection] = await ok<RejectedChange[]>(two.core.call('sync.rejections', {}));
    expect(rejection).toMatchObject({ name: 'request.reject', reason: { code: 'already_decided', rule: 'request.already_decided' } });
    expect(rejection?.args).toMatchObject({ requestId: id, reason: { code: 'staff_shortage' } });
    expect(rejection?.serverRows.find((r) => r.table === 'requests')?.row).toMatchObject({ status: 'approved' });
    const item = await queueItem(two.core, id, dayThree);
    expect(item).toMatchObject({ status: 'approved', provisional: false });
    expect(item?.conflict).toMatchObject({
      reason: { code: 'already_decided' },
      ours: { mutation: 'request.reject', byName: 'Manager 1' },
      hub: { status: 'approved', byName: 'Manager 1' },
    });
    expect(two.core.context.store.get('requestEvents', (rejection!.args as { eventId: string }).eventId)).toBeNull();
    expect(await queueItem(one.core, id, dayThree)).toMatchObject({ status: 'approved', provisional: false, conflict: null });
    // The parent now reads the decision that stands.
    const forParent = (await hub.call('/v1/portal/requests', { token: tokens.get(ayla.id)! })).body.requests.find(
      (r: { id: string }) => r.id === id,
    );
    expect(forParent.message).toContain('is goedgekeurd');
  });

  test('the hub re-checks the day: the other desk’s approval for the last place came first, so this one is refused and back in the queue', async () => {
    const one = await enrolledDesk();
    const two = await enrolledDesk();
    const first = await portalRequest(bram, dayTwo);
    const second = await portalRequest(cas, dayTwo);
    await ok(one.core.call('sync.now', {}));
    await ok(two.core.call('sync.now', {}));
    expect((await queueItem(two.core, second, dayTwo))?.check?.fits).toBe(true);
    one.proxy.mode = 'down';
    two.proxy.mode = 'down';

    await ok(mutate(one.core, 'request.approve', { requestId: first, eventId: uuidv7() }));
    // Desk two sees a place for Cas too (it does not know of Bram's approval): out of order, with a reason.
    await ok(mutate(two.core, 'request.approve', { requestId: second, eventId: uuidv7(), outOfOrderReason: 'Broer komt ook die dag' }));
    expect(await queueItem(two.core, second, dayTwo)).toMatchObject({ status: 'approved', provisional: true });

    one.proxy.mode = 'pass';
    await ok(one.core.call('sync.now', {}));
    two.proxy.mode = 'pass';
    expect(await ok<SyncStatus>(two.core.call('sync.now', {}))).toMatchObject({ pending: 0, needsAttention: 1 });

    expect(await hubRow(first)).toMatchObject({ status: 'approved' });
    expect(await hubRow(second)).toMatchObject({ status: 'submitted' });
    const [rejection] = await ok<RejectedChange[]>(two.core.call('sync.rejections', {}));
    expect(rejection).toMatchObject({ name: 'request.approve', reason: { code: 'rule_violated', rule: 'request.group_full' } });
    const item = await queueItem(two.core, second, dayTwo);
    expect(item).toMatchObject({ status: 'submitted', provisional: false });
    expect(item?.conflict).toMatchObject({
      reason: { rule: 'request.group_full' },
      ours: { mutation: 'request.approve' },
      hub: { status: 'submitted' },
    });
    expect(item?.check).toMatchObject({ fits: false, failures: [{ rule: 'request.group_full' }] });
    // Seen: the flag goes once the manager has worked through it.
    await ok(two.core.call('sync.resolveRejection', { seq: rejection!.seq }));
    expect((await queueItem(two.core, second, dayTwo))?.conflict).toBeNull();
  });

  test('two desks open at the expiry moment both let the request expire: the hub keeps one, the parent is told, nobody sees a conflict', async () => {
    const one = await enrolledDesk();
    const two = await enrolledDesk();
    const expiresAt = new Date(clock().getTime() + 2_000).toISOString();
    const id = await portalRequest(cas, dayThree, expiresAt);
    await ok(one.core.call('sync.now', {}));
    await ok(two.core.call('sync.now', {}));
    // Each desk's scheduler sees the new expiry moment after its sync and lets it go at the moment itself.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const states = await Promise.all([one, two].map(async (d) => (await queueItem(d.core, id, dayThree))?.status));
      if (states.every((st) => st === 'expired')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const d of [one, two]) {
      const item = await queueItem(d.core, id, dayThree);
      expect(item).toMatchObject({ status: 'expired' });
      expect(Date.parse(item!.history.at(-1)!.at)).toBeGreaterThanOrEqual(Date.parse(expiresAt));
    }
    expect(await ok<SyncStatus>(one.core.call('sync.now', {}))).toMatchObject({ pending: 0, needsAttention: 0 });
    expect(await ok<SyncStatus>(two.core.call('sync.now', {}))).toMatchObject({ pending: 0, needsAttention: 0 });
    expect(await hubRow(id)).toMatchObject({ status: 'expired', state: { status: 'expired', at: expiresAt } });
    expect(await hubEvents(id)).toEqual(['expired', 'submitted']);
    const forParent = (await hub.call('/v1/portal/requests', { token: tokens.get(cas.id)! })).body.requests.find(
      (r: { id: string }) => r.id === id,
    );
    expect(forParent).toMatchObject({ status: 'expired' });
    expect(forParent.message).toContain('is vervallen');
  });
});
