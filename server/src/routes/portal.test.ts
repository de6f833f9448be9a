/**
 * The parent portal on the hub (shared/sync/portalProtocol.ts), on PGlite and PostgreSQL: a
 * parent's token submits requests for the family's children (the hub runs `request.submit` as
 * the parent, at its own clock), a wrong token or another family's child is refused with nothing
 * stored, a request sent twice is a duplicate, and the parent reads only what the hub holds; the
 * parent answers a late approval (still needed, or not) through the portal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { RequestEventRow, RequestRow } from '../../../shared/model/requestRows';
import type { ChildRow, PlacementRow } from '../../../shared/model/rows';
import { issueParentToken } from '../portal/parents';
import { putRow } from '../sync/rowStore';
import type { PushResponse } from '../../../shared/sync/protocol';
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

/** Monday 23 November 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-11-23T09:00:00Z');

describe.each(testBackends())('parent portal on $name', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let clock = NOW;
  let org: Seeded;
  let token: string;
  const family = uuidv7();
  const sem: ChildRow = {
    id: uuidv7(),
    locationId: '',
    firstName: 'Sem',
    lastName: 'Jansen',
    dateOfBirth: '2023-05-01',
    familyId: family,
    externalId: null,
  };
  const other: ChildRow = {
    id: uuidv7(),
    locationId: '',
    firstName: 'Noor',
    lastName: 'Bakker',
    dateOfBirth: '2023-08-01',
    familyId: uuidv7(),
    externalId: null,
  };

  beforeAll(async () => {
    hub = await startTestHub(backend, { clock: () => clock });
    org = await seedOrganisation(hub.db, 1);
    const loc = org.locations[0]!;
    await hub.db.transaction(async (tx) => {
      for (const child of [sem, other]) {
        child.locationId = loc.id;
        await putRow(tx, loc.id, 'children', child.id, child);
        const placement: PlacementRow = {
          id: uuidv7(),
          locationId: loc.id,
          childId: child.id,
          groupId: loc.groupId,
          careType: 'KDV',
          kind: 'fixed',
          startDate: '2025-01-06',
          endDate: null,
          days: [1, 3].map((weekday) => ({ weekday, start: 450, end: 1080 })),
        };
        await putRow(tx, loc.id, 'placements', placement.id, placement);
      }
      for (const date of ['2026-11-24', '2026-11-26']) {
        for (const staffId of loc.staffIds) {
          const shift = shiftOf(loc, { staffId, date, start: 420, end: 1140, breaks: [] });
          await putRow(tx, loc.id, 'shifts', shift.id, shift);
        }
      }
    });
    ({ token } = await hub.db.transaction((tx) =>
      issueParentToken(tx, { organisationId: org.organisationId, name: 'Ouder Jansen', childIds: [sem.id], issuedAt: clock }),
    ));
  });

  afterAll(async () => hub?.close());

  const requestsOf = async (childId: string) =>
    (
      await hub.db.query<{ row: RequestRow }>("SELECT row FROM sync_rows WHERE tbl = 'requests' AND row ->> 'childId' = $1", [childId])
    ).rows.map((r) => r.row);

  const extraDay = (childId: string, over: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    kind: 'extraDay',
    childId,
    date: '2026-12-10',
    start: '07:30',
    end: '18:00',
    payment: 'invoice',
    ...over,
  });

  it('a request with the parent’s token is stored as submitted, through the portal, at the hub’s clock, in the home group', async () => {
    const body = extraDay(sem.id, { note: 'Oma kan niet.' });
    const answer = await hub.call('/v1/portal/requests', { body, token });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ requestId: body.id, status: 'submitted', failures: [] });
    const [row] = (await requestsOf(sem.id)).filter((r) => r.id === body.id);
    expect(row).toMatchObject({
      status: 'submitted',
      channel: 'portal',
      enteredBy: null,
      submittedAt: NOW.toISOString(),
      groupId: org.locations[0]!.groupId,
      start: 450,
      end: 1080,
      parentNote: 'Oma kan niet.',
    });
    const { rows } = await hub.db.query<{ row: RequestEventRow; version: number }>(
      "SELECT row, version FROM sync_rows WHERE tbl = 'requestEvents' AND row ->> 'requestId' = $1",
      [body.id],
    );
    expect(rows.map((r) => [r.row.action, r.row.by])).toEqual([['submitted', null]]);
    expect(Number(rows[0]?.version)).toBeGreaterThan(0);
  });

  it('the rules run at intake: what fails comes back to the parent, the request is still stored', async () => {
    const body = extraDay(sem.id, { date: '2026-12-11', start: '09:00', end: '16:15' });
    const answer = await hub.call('/v1/portal/requests', { body, token });
    expect(answer.status).toBe(200);
    expect(answer.body.failures.map((f: { rule: string }) => f.rule)).toEqual(['extra.standard_times']);
  });

  it('sending the same request again is a duplicate, stored once', async () => {
    const body = extraDay(sem.id, { date: '2026-12-08' });
    expect((await hub.call('/v1/portal/requests', { body, token })).body.status).toBe('submitted');
    expect((await hub.call('/v1/portal/requests', { body, token })).body.status).toBe('duplicate');
    expect((await requestsOf(sem.id)).filter((r) => r.id === body.id)).toHaveLength(1);
  });

  it('a wrong, missing or desk token gets 401 and nothing is stored', async () => {
    const before = (await requestsOf(sem.id)).length;
    for (const bad of [`${token}x`, undefined, 'odp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'odk_not-a-parent']) {
      const answer = await hub.call('/v1/portal/requests', { body: extraDay(sem.id), ...(bad ? { token: bad } : {}) });
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('unauthorized');
    }
    expect((await requestsOf(sem.id)).length).toBe(before);
  });

  it('a child of another family is refused (403), nothing stored', async () => {
    const answer = await hub.call('/v1/portal/requests', { body: extraDay(other.id), token });
    expect(answer.status).toBe(403);
    expect(answer.body.error.rule).toBe('portal.not_your_child');
    expect(await requestsOf(other.id)).toEqual([]);
  });

  it('a malformed request is 400', async () => {
    const answer = await hub.call('/v1/portal/requests', { body: extraDay(sem.id, { start: '7.30' }), token });
    expect(answer.status).toBe(400);
  });

  it('an absence is registered at once; the parent reads the message the hub holds', async () => {
    const body = { id: uuidv7(), kind: 'absence', childId: sem.id, from: '2026-12-09', to: '2026-12-09', reason: 'holiday' };
    const answer = await hub.call('/v1/portal/requests', { body, token });
    expect(answer.body).toMatchObject({ status: 'registered' });
    const list = await hub.call('/v1/portal/requests', { token });
    expect(list.status).toBe(200);
    const mine = list.body.requests.find((r: { id: string }) => r.id === body.id);
    expect(mine).toMatchObject({ status: 'approved', message: 'We hebben de afwezigheid van Sem op wo 9 dec geregistreerd.' });
    expect(list.body.requests.every((r: { childId: string }) => r.childId === sem.id)).toBe(true);
  });

  it('requests.md expiry at the minute: the parent sees an undecided request as expired from its expiry moment, even with no desk open', async () => {
    const expiresAt = new Date('2026-12-01T17:00:00.000Z');
    const body = extraDay(sem.id, { date: '2026-12-16', expiresAt: expiresAt.toISOString() });
    expect((await hub.call('/v1/portal/requests', { body, token })).body.status).toBe('submitted');
    const seen = async (at: Date) => {
      clock = at;
      const mine = (await hub.call('/v1/portal/requests', { token })).body.requests.find((r: { id: string }) => r.id === body.id);
      return mine as { status: string; message: string | null };
    };
    try {
      // the receipt names the moment
      expect(await seen(new Date(expiresAt.getTime() - 60_000))).toMatchObject({ status: 'submitted' });
      expect((await seen(new Date(expiresAt.getTime() - 60_000))).message).toContain(
        'Is er niet vóór di 1 dec 18:00 over beslist, dan vervalt ze.',
      );
      const atExpiry = await seen(expiresAt);
      expect(atExpiry.status).toBe('expired');
      expect(atExpiry.message).toMatch(
        /^Uw aanvraag voor extra opvang voor Sem op wo 16 dec .* is vervallen: er is niet vóór .* over beslist\./,
      );
      expect(await seen(new Date(expiresAt.getTime() + 60_000))).toMatchObject({ status: 'expired' });
      // nothing was written: the stored request is still submitted until a desk runs request.expire
      expect((await requestsOf(sem.id)).find((r) => r.id === body.id)?.status).toBe('submitted');
    } finally {
      clock = NOW;
    }
  });

  it('requests.md late approval: the parent answers from the portal; still needed makes it final, not needed cancels it; nothing else can be answered', async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    let nextMutation = 0;
    /**
     * A request submitted two weeks ago, approved by the manager the day before: less than 24 hours
     * before care starts. The parent lets it wait until the day itself (past the default notice).
     */
    const lateApproved = async (date: string, approvedAt: string) => {
      const body = extraDay(sem.id, { date, expiresAt: `${date}T05:00:00.000Z` });
      clock = new Date('2026-11-09T09:00:00Z');
      expect((await hub.call('/v1/portal/requests', { body, token })).status).toBe(200);
      // the parent's answer comes after the approval, at the hub's clock
      clock = new Date(approvedAt);
      const approve = {
        ...mutation(++nextMutation, 'request.approve', { requestId: body.id, eventId: uuidv7() }, { userId: loc.managerId }),
        createdAt: approvedAt,
      };
      const pushed = await hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, [approve]) });
      expect((pushed.body as PushResponse).results[0]).toMatchObject({ status: 'applied' });
      return body.id;
    };
    const confirm = (id: string, body: unknown, withToken: string | null = token) =>
      hub.call(`/v1/portal/requests/${id}/confirmation`, { body, ...(withToken ? { token: withToken } : {}) });

    try {
      const needed = await lateApproved('2026-11-24', NOW.toISOString());
      const listed = (await hub.call('/v1/portal/requests', { token })).body.requests.find((r: { id: string }) => r.id === needed);
      expect(listed).toMatchObject({ status: 'approved', awaitingParentConfirmation: true });
      const yes = await confirm(needed, { stillNeeded: true });
      expect(yes.status).toBe(200);
      expect(yes.body).toMatchObject({ id: needed, status: 'approved', awaitingParentConfirmation: false });
      const [row] = (await requestsOf(sem.id)).filter((r) => r.id === needed);
      expect(row?.state).toMatchObject({ status: 'approved', awaitingParentConfirmation: false });
      // answered once: a second answer is refused and changes nothing
      const again = await confirm(needed, { stillNeeded: false });
      expect(again.status).toBe(409);
      expect((await requestsOf(sem.id)).find((r) => r.id === needed)?.status).toBe('approved');

      const notNeeded = await lateApproved('2026-11-26', '2026-11-25T09:00:00.000Z');
      const no = await confirm(notNeeded, { stillNeeded: false });
      expect(no.status).toBe(200);
      expect(no.body).toMatchObject({ id: notNeeded, status: 'cancelled', awaitingParentConfirmation: false });
      expect(no.body.message).toMatch(/geannuleerd/);

      // a request that waits for no answer, another family's, an unknown one, a malformed answer, no token
      const waiting = extraDay(sem.id, { date: '2026-12-09' });
      await hub.call('/v1/portal/requests', { body: waiting, token });
      expect((await confirm(waiting.id, { stillNeeded: true })).status).toBe(409);
      expect((await confirm(uuidv7(), { stillNeeded: true })).status).toBe(404);
      expect((await confirm(needed, { stillNeeded: 'ja' })).status).toBe(400);
      expect((await confirm(needed, { stillNeeded: true }, null)).status).toBe(401);
      expect((await requestsOf(sem.id)).find((r) => r.id === waiting.id)?.status).toBe('submitted');
    } finally {
      clock = NOW;
    }
  });
});
