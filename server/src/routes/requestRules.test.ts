/**
 * Request rules the hub must hold as the desk does, re-run on its own rows when a desk's push
 * reaches it (spec/requests.md; issue 19): a day is compensated once (absence credit and a swap of
 * the same day); the parent is told how a mixed-paid extra day is paid (the organisation allows
 * mixing here); a request without an expiry moment gets the default one (the minimum notice).
 *
 * Every mutation is stamped Monday 23 November 2026, 09:00 in Amsterdam. Noor is contracted on
 * Mondays 07:30-18:00 at the first location.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { HourLedgerRow, RequestEventRow, RequestRow } from '../../../shared/model/requestRows';
import type { ChildRow, PlacementRow } from '../../../shared/model/rows';
import type { MutationResult, PushResponse, WireMutation } from '../../../shared/sync/protocol';
import type { OrganisationRow } from '../../../shared/model/rows';
import { putRow } from '../sync/rowStore';
import { orgSpaceOf } from '../sync/spaces';
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
const MONDAY = '2026-12-14';
const TUESDAY = '2026-12-15';
const WEDNESDAY = '2026-12-16';

describe.each(testBackends())('request rules on the hub ($name)', (backend) => {
  if (!backend.available) {
    it.skip(`NOT RUN: ${backend.reason}`, () => {});
    return;
  }

  let hub: TestHub;
  let org: Seeded;
  let desk: Desk;
  let nextId = 0;
  const loc = () => org.locations[0]!;
  const manager = () => ({ userId: loc().managerId, role: 'manager' as const });

  /** A child of its own per test, contracted on Mondays. */
  async function newChild(firstName: string): Promise<ChildRow> {
    const child: ChildRow = {
      id: uuidv7(),
      locationId: loc().id,
      firstName,
      lastName: 'Test',
      dateOfBirth: '2023-06-01',
      familyId: uuidv7(),
      externalId: null,
    };
    const placement: PlacementRow = {
      id: uuidv7(),
      locationId: loc().id,
      childId: child.id,
      groupId: loc().groupId,
      careType: 'KDV',
      kind: 'fixed',
      startDate: '2025-01-06',
      endDate: null,
      days: [{ weekday: 1, start: 450, end: 1080 }],
    };
    await hub.db.transaction(async (tx) => {
      await putRow(tx, loc().id, 'children', child.id, child);
      await putRow(tx, loc().id, 'placements', placement.id, placement);
    });
    return child;
  }

  beforeAll(async () => {
    hub = await startTestHub(backend);
    org = await seedOrganisation(hub.db, 1);
    await hub.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ row: OrganisationRow }>("SELECT row FROM sync_rows WHERE tbl = 'organisations' AND id = $1", [
        org.organisationId,
      ]);
      const organisation = { ...rows[0]!.row, settings: { requests: { extraDay: { allowMixedPayment: true } } } };
      await putRow(tx, orgSpaceOf(org.organisationId), 'organisations', organisation.id, organisation);
      for (const date of [MONDAY, TUESDAY, WEDNESDAY]) {
        for (const staffId of loc().staffIds) {
          const shift = shiftOf(loc(), { staffId, date, start: 420, end: 1140, breaks: [] });
          await putRow(tx, loc().id, 'shifts', shift.id, shift);
        }
      }
    });
    desk = await enrolDesk(hub, org.organisationId, [loc().id]);
  }, 60_000);
  afterAll(async () => hub?.close());

  async function push(...items: { name: WireMutation['name']; args: unknown; at?: string }[]): Promise<MutationResult[]> {
    const mutations = items.map((m) => ({ ...mutation(++nextId, m.name, m.args, manager()), createdAt: m.at ?? NOW }));
    const answer = await hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, mutations) });
    expect(answer.status).toBe(200);
    return (answer.body as PushResponse).results;
  }
  const outcome = (r: MutationResult | undefined) => (r?.status === 'rejected' ? [r.reason?.code, r.reason?.rule] : [r?.status]);

  async function rowsOf<T>(table: string, field: string, value: string): Promise<T[]> {
    const { rows } = await hub.db.query<{ row: T }>(`SELECT row FROM sync_rows WHERE tbl = $1 AND row ->> '${field}' = $2 ORDER BY id`, [
      table,
      value,
    ]);
    return rows.map((r) => r.row);
  }
  const balance = async (childId: string) =>
    (await rowsOf<HourLedgerRow>('hourLedger', 'childId', childId)).reduce((sum, r) => sum + r.minutes, 0);

  const base = (child: ChildRow) => ({
    id: uuidv7(),
    childId: child.id,
    groupId: loc().groupId,
    submittedAt: NOW,
    expiresAt: null,
    enteredBy: null,
  });
  const submit = (request: Record<string, unknown>) => ({
    name: 'request.submit' as const,
    args: { request, channel: 'email', eventId: uuidv7() },
  });
  const approve = (requestId: string) => ({ name: 'request.approve' as const, args: { requestId, eventId: uuidv7() } });
  const absence = (child: ChildRow, date: string) => ({
    ...base(child),
    kind: 'absence',
    from: date,
    to: date,
    reason: 'holiday',
    initiatedBy: 'parent',
  });
  const swap = (child: ChildRow, originalDate: string, date: string) => ({
    ...base(child),
    kind: 'swapDay',
    originalChildId: child.id,
    originalDate,
    date,
    start: 450,
    end: 1080,
  });

  it('swap.original_credit_taken_back: the day an absence earned 10,5 hours for is swapped; the hub takes the hours back, once', async () => {
    const noor = await newChild('Noor');
    const swapDay = swap(noor, MONDAY, TUESDAY);
    const results = await push(submit(absence(noor, MONDAY)), submit(swapDay), approve(swapDay.id));
    expect(results.map(outcome)).toEqual([['applied'], ['applied'], ['applied']]);
    expect(await balance(noor.id)).toBe(0);
    const taken = (await rowsOf<HourLedgerRow>('hourLedger', 'childId', noor.id)).filter((r) => r.cause === 'swapped_day');
    expect(taken.map((r) => [r.minutes, r.sourceRequestId])).toEqual([[-630, swapDay.id]]);
    const events = await rowsOf<RequestEventRow>('requestEvents', 'requestId', swapDay.id);
    expect(events.find((e) => e.action === 'approved')?.parentMessage).toContain(
      'U ruilt ma 14 dec: de 10,5 uur tegoed die de afwezigheid op die dag opleverde, vervalt.',
    );
  });

  it('swap.original_credit_spent: the hub refuses the swap of a day whose credit paid an extra day, and changes nothing', async () => {
    const noor = await newChild('Noor');
    const paid = { ...base(noor), kind: 'extraDay', date: WEDNESDAY, start: 480, end: 780, payment: 'swap_hours', recurring: false };
    const swapDay = swap(noor, MONDAY, TUESDAY);
    const results = await push(submit(absence(noor, MONDAY)), submit(paid), approve(paid.id), submit(swapDay), approve(swapDay.id));
    expect(results.map(outcome)).toEqual([
      ['applied'],
      ['applied'],
      ['applied'],
      ['applied'],
      ['rule_violated', 'swap.original_credit_spent'],
    ]);
    expect(await balance(noor.id)).toBe(630 - 300);
    expect((await rowsOf<RequestRow>('requests', 'id', swapDay.id))[0]).toMatchObject({ status: 'submitted' });
  });

  it('extra.payment split: 5,5 hours with 4,5 hours of credit; the hub spends the credit, bills 1 hour and tells the parent the split', async () => {
    const lotte = await newChild('Lotte');
    const credit: HourLedgerRow = {
      id: uuidv7(),
      locationId: loc().id,
      childId: lotte.id,
      account: 'swap_hours',
      minutes: 270,
      cause: 'correction',
      validFrom: '2026-11-01',
      validUntil: '2026-12-31',
      sourceRequestId: null,
      locationInitiated: false,
      postedAt: NOW,
      note: '',
    };
    await hub.db.transaction(async (tx) => putRow(tx, loc().id, 'hourLedger', credit.id, credit));
    const paid = { ...base(lotte), kind: 'extraDay', date: WEDNESDAY, start: 450, end: 780, payment: 'swap_hours', recurring: false };
    expect((await push(submit(paid), approve(paid.id))).map(outcome)).toEqual([['applied'], ['applied']]);
    expect(await balance(lotte.id)).toBe(0);
    const lines = await rowsOf<{ minutes: number; cause: string }>('billingLines', 'requestId', paid.id);
    expect(lines.map((l) => [l.cause, l.minutes])).toEqual([['approved', 60]]);
    const events = await rowsOf<RequestEventRow>('requestEvents', 'requestId', paid.id);
    expect(events.find((e) => e.action === 'approved')?.parentMessage).toBe(
      'Uw aanvraag voor extra opvang voor Lotte op wo 16 dec van 07:30 tot 13:00 is goedgekeurd. ' +
        'Betaling: 4,5 uur uit uw tegoed, 1 uur op de factuur (€ 11,00).',
    );
  });

  it('request.expired: an extra day without an expiry moment gets the default (14 days’ notice) on the hub, is told to the parent, and expires at it', async () => {
    const mila = await newChild('Mila');
    const asked = { ...base(mila), kind: 'extraDay', date: '2026-12-10', start: 450, end: 1080, payment: 'invoice', recurring: false };
    const expire = (at: string) => ({ name: 'request.expire' as const, args: { requestId: asked.id, eventId: uuidv7() }, at });
    const results = await push(submit(asked), expire('2026-11-26T22:59:00.000Z'), expire('2026-11-26T23:00:00.000Z'));
    expect(results.map(outcome)).toEqual([['applied'], ['rule_violated', 'request.not_yet_expired'], ['applied']]);
    const [stored] = await rowsOf<RequestRow>('requests', 'id', asked.id);
    expect(stored).toMatchObject({ expiresAt: '2026-11-26T23:00:00.000Z', status: 'expired' });
    const events = await rowsOf<RequestEventRow>('requestEvents', 'requestId', asked.id);
    expect(events.find((e) => e.action === 'submitted')?.parentMessage).toContain(
      'Is er niet vóór vr 27 nov 00:00 over beslist, dan vervalt ze.',
    );
  });
});
