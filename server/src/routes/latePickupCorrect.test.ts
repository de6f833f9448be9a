/**
 * `latePickup.correct` on the hub (spec/late-pickup.md; issue 19): the manager's correction of a
 * disputed pickup time reaches the hub as one changed row (no withdrawal and new registration),
 * its fine recounted from the corrected time; the hub holds the same roles and rules as the desk.
 *
 * Every mutation is stamped Monday 23 November 2026, 09:00 in Amsterdam. Daan is contracted on
 * Mondays 07:30-18:00; the location closes at 19:00.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { assessRows } from '../../../shared/domain/latePickup/assessRegistrations';
import { organisationSettingsSchema } from '../../../shared/domain/settings';
import type { ChildRow, LatePickupRow, PlacementRow } from '../../../shared/model/rows';
import type { MutationResult, PushResponse, WireMutation } from '../../../shared/sync/protocol';
import { putRow } from '../sync/rowStore';
import {
  enrolDesk,
  mutation,
  pushBody,
  seedOrganisation,
  startTestHub,
  testBackends,
  type Desk,
  type Seeded,
  type TestHub,
} from '../testing/hubHarness';

const NOW = '2026-11-23T08:00:00.000Z';
const MONDAYS = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];

describe.each(testBackends())('latePickup.correct on the hub ($name)', (backend) => {
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
  const assistant = () => ({ userId: loc().assistantId, role: 'assistant' as const });
  const daan: ChildRow = {
    id: uuidv7(),
    locationId: '',
    firstName: 'Daan',
    lastName: 'Test',
    dateOfBirth: '2023-06-01',
    familyId: uuidv7(),
    externalId: null,
  };

  beforeAll(async () => {
    hub = await startTestHub(backend);
    org = await seedOrganisation(hub.db, 1);
    daan.locationId = loc().id;
    const placement: PlacementRow = {
      id: uuidv7(),
      locationId: loc().id,
      childId: daan.id,
      groupId: loc().groupId,
      careType: 'KDV',
      kind: 'fixed',
      startDate: '2025-01-06',
      endDate: null,
      days: [{ weekday: 1, start: 450, end: 1080 }],
    };
    await hub.db.transaction(async (tx) => {
      await putRow(tx, loc().id, 'children', daan.id, daan);
      await putRow(tx, loc().id, 'placements', placement.id, placement);
    });
    desk = await enrolDesk(hub, org.organisationId, [loc().id]);
  }, 60_000);
  afterAll(async () => hub?.close());

  type Actor = ReturnType<typeof manager> | ReturnType<typeof assistant>;
  async function push(...items: { name: WireMutation['name']; args: unknown; actor?: Actor }[]): Promise<MutationResult[]> {
    const mutations = items.map((m) => ({ ...mutation(++nextId, m.name, m.args, m.actor ?? manager()), createdAt: NOW }));
    const answer = await hub.call('/v1/push', { token: desk.credential, body: pushBody(desk, mutations) });
    expect(answer.status).toBe(200);
    return (answer.body as PushResponse).results;
  }
  const outcome = (r: MutationResult | undefined) => (r?.status === 'rejected' ? [r.reason?.code, r.reason?.rule] : [r?.status]);
  const register = (id: string, date: string, pickupTime: number) => ({
    name: 'latePickup.register' as const,
    args: {
      locationId: loc().id,
      date,
      pickupTime,
      pickedUpBy: 'vader',
      note: '',
      children: [{ id, childId: daan.id, groupId: loc().groupId, contractedEnd: 1080 }],
    },
  });
  const latePickups = async (): Promise<LatePickupRow[]> =>
    (
      await hub.db.query<{ row: LatePickupRow }>("SELECT row FROM sync_rows WHERE tbl = 'latePickups' AND row ->> 'childId' = $1", [
        daan.id,
      ])
    ).rows.map((r) => r.row);

  it('late_pickup.per_started_hour: the hub keeps one row with the corrected time (19:10 → 18:58), and its fine is € 27,50 instead of € 55', async () => {
    const ids = MONDAYS.map(() => uuidv7());
    const fourth = ids[3]!;
    const registered = await push(...MONDAYS.map((date, i) => register(ids[i]!, date, i < 3 ? 1100 : 1150)), {
      name: 'latePickup.dispute',
      args: { id: fourth, note: 'Vader was er om 18:58.' },
      actor: assistant(),
    });
    expect(registered.map(outcome)).toEqual([['applied'], ['applied'], ['applied'], ['applied'], ['applied']]);
    const correct = { id: fourth, pickupTime: 1138, reason: 'Tijd verkeerd genoteerd.', evidence: 'camera: 18:58' };
    const results = await push(
      { name: 'latePickup.correct', args: correct, actor: assistant() },
      { name: 'latePickup.correct', args: { ...correct, pickupTime: 1150 } },
      { name: 'latePickup.correct', args: correct },
      { name: 'latePickup.correct', args: correct },
    );
    expect(results.map(outcome)).toEqual([
      ['forbidden', 'hub.role_not_allowed'],
      ['rule_violated', 'late_pickup.correction_unchanged'],
      ['applied'],
      ['already_decided', 'late_pickup.already_confirmed'],
    ]);
    const rows = await latePickups();
    expect(rows).toHaveLength(4);
    const corrected = rows.find((r) => r.id === fourth);
    expect(corrected).toMatchObject({ status: 'confirmed', pickupTime: 1138, evidenceNote: 'camera: 18:58' });
    expect(corrected?.history.at(-1)).toMatchObject({ action: 'corrected', note: '19:10 → 18:58: Tijd verkeerd genoteerd.' });
    const assessment = assessRows(rows, organisationSettingsSchema.parse({}).latePickup).get(fourth);
    expect(assessment).toMatchObject({ count: 4, fineCents: 2750 });
  });
});
