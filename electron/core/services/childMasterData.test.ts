/**
 * The Kinderen screens' reads on a real SQLite store with the demo, at the tests' fixed "now"
 * (Monday 23 November 2026): the capacity preview of a new contract and of new days is the
 * shared preview plus the mutator's own verdict, changes nothing, and agrees with what saving
 * does; a child's health notes and the banner in the lists that show the child.
 */
import { afterEach, expect, test } from 'vitest';
import type { ContractPreview } from '../../../shared/contract/childrenViews';
import type { ChildDetail, ChildList, GroupDayView, PresenceList } from '../../../shared/contract/views';
import type { GroupRow } from '../../../shared/model/rows';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';
import { decodeRow } from '../store/rowCodec';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}
const mutate = (core: Core, name: string, args: unknown) => core.call('mutate', { name, args });
const count = (core: Core, table: string) => (core.context.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const WEDNESDAY = 3;
const day = (weekday: number) => ({ weekday, start: 450, end: 1080 });
const WEEK = [1, 2, 3, 4, 5].map(day);

/**
 * The demo with Oud-Beijerland's Egeltjes (KDV 18-48 months) full: its licensed places lowered to
 * its busiest weekday from today, as a manager records a smaller room; and a 2-year-old new child
 * with an allergy.
 */
async function fullEgeltjes(): Promise<{ core: Core; group: GroupRow; childId: string; busiest: number }> {
  const { core, cleanup } = await openTempCore({ demo: true });
  cleanups.push(cleanup);
  const group = decodeRow(
    'groups',
    core.context.db.prepare("SELECT * FROM groups WHERE name = 'Egeltjes'").get() as Record<string, unknown>,
  );
  const childId = '01900000-0000-7000-8000-00000000c001';
  expect(
    await mutate(core, 'child.create', {
      id: childId,
      locationId: group.locationId,
      familyId: '01900000-0000-7000-8000-00000000f001',
      firstName: 'Noor',
      lastName: 'Test',
      dateOfBirth: '2024-09-10',
      externalId: null,
      contacts: {
        guardians: [
          {
            id: 'g1',
            name: 'Sanne Test',
            relation: 'moeder',
            phone: '06 12345678',
            email: '',
            parentalAuthority: true,
            contractParent: true,
          },
        ],
        emergencyContacts: [],
        gp: null,
        school: '',
      },
      health: { allergies: 'Pinda (EpiPen in de tas)', diet: 'Geen varkensvlees', medication: '', notes: '' },
    }),
  ).toMatchObject({ ok: true });
  const today = await ok<ContractPreview>(core, 'children.contractPreview', {
    childId,
    groupId: group.id,
    startDate: '2026-11-23',
    days: WEEK,
  });
  const busiest = Math.max(...today.places.map((p) => p.before));
  const { name, careType, ageMinMonths, ageMaxMonths, externalId } = group;
  const update = { groupId: group.id, name, careType, ageMinMonths, ageMaxMonths, externalId, capacity: busiest };
  expect(await mutate(core, 'group.update', update)).toEqual({ ok: true, value: expect.anything() });
  return { core, group: { ...group, capacity: busiest }, childId, busiest };
}

test('contract preview: a weekday at its licensed places shows "n+1/n" from the first such day and the mutator refuses it (placement.group_full); another weekday fits', async () => {
  const { core, group, childId } = await fullEgeltjes();
  const from = '2026-12-01';
  const week = await ok<ContractPreview>(core, 'children.contractPreview', { childId, groupId: group.id, startDate: from, days: WEEK });
  const full = week.places.find((p) => p.before === group.capacity)!;
  const free = week.places.find((p) => p.before < group.capacity)!;
  expect(full).toBeDefined();
  expect(free).toBeDefined();

  const rowsBefore = count(core, 'placements');
  const refused = await ok<ContractPreview>(core, 'children.contractPreview', {
    childId,
    groupId: group.id,
    startDate: from,
    days: [day(full.weekday)],
  });
  expect(refused.places).toEqual([
    { weekday: full.weekday, before: group.capacity, after: group.capacity + 1, capacity: group.capacity, overFrom: expect.any(String) },
  ]);
  expect(refused.refusal).toMatchObject({ rule: 'placement.group_full', params: { group: 'Egeltjes', weekday: full.weekday } });
  expect(refused.places[0]!.overFrom! >= from).toBe(true);
  // The preview wrote nothing.
  expect(count(core, 'placements')).toBe(rowsBefore);

  const fits = await ok<ContractPreview>(core, 'children.contractPreview', {
    childId,
    groupId: group.id,
    startDate: from,
    days: [day(free.weekday)],
  });
  expect(fits.refusal).toBeNull();
  expect(fits.places[0]).toMatchObject({ weekday: free.weekday, after: free.before + 1, overFrom: null });

  // Saving agrees with the preview, rule for rule.
  const contract = {
    locationId: group.locationId,
    childId,
    groupId: group.id,
    careType: 'KDV',
    kind: 'fixed',
    startDate: from,
    endDate: null,
    ageExceptionReason: null,
  };
  const saveFull = await mutate(core, 'placement.create.v2', {
    ...contract,
    id: '01900000-0000-7000-8000-00000000p001',
    days: [day(full.weekday)],
  });
  expect(saveFull).toMatchObject({ ok: false, error: { rule: 'placement.group_full', message: refused.refusal!.message } });
  expect(
    await mutate(core, 'placement.create.v2', { ...contract, id: '01900000-0000-7000-8000-00000000p002', days: [day(free.weekday)] }),
  ).toMatchObject({
    ok: true,
  });
});

test("contract preview: a group outside the child's ages is refused without a reason (placement.age_range) and previewed with one", async () => {
  const { core, childId } = await fullEgeltjes();
  const babies = decodeRow(
    'groups',
    core.context.db.prepare("SELECT * FROM groups WHERE name = 'Muisjes'").get() as Record<string, unknown>,
  );
  const input = { childId, groupId: babies.id, startDate: '2026-12-01', days: [day(WEDNESDAY)] };
  expect((await ok<ContractPreview>(core, 'children.contractPreview', input)).refusal).toMatchObject({ rule: 'placement.age_range' });
  expect(
    (await ok<ContractPreview>(core, 'children.contractPreview', { ...input, ageExceptionReason: 'Zus zit hier' })).refusal,
  ).toBeNull();
});

test('change preview: new days on an effective date split the contract; a full weekday is refused as placement.change refuses it', async () => {
  const { core, group, childId } = await fullEgeltjes();
  const placementId = '01900000-0000-7000-8000-00000000p003';
  const contract = {
    locationId: group.locationId,
    childId,
    groupId: group.id,
    careType: 'KDV',
    kind: 'fixed',
    startDate: '2026-12-01',
    endDate: null,
  };
  const free = (
    await ok<ContractPreview>(core, 'children.contractPreview', { childId, groupId: group.id, startDate: '2026-12-16', days: WEEK })
  ).places.filter((p) => p.before < group.capacity);
  const full = WEEK.find((d) => !free.some((f) => f.weekday === d.weekday))!;
  expect(
    await mutate(core, 'placement.create.v2', { ...contract, id: placementId, days: [day(free[0]!.weekday)], ageExceptionReason: null }),
  ).toMatchObject({ ok: true });

  const input = { childId, groupId: group.id, placementId, startDate: '2026-12-16', days: [day(free[0]!.weekday), full] };
  const preview = await ok<ContractPreview>(core, 'children.contractPreview', input);
  expect(preview).toMatchObject({ mode: 'split', added: [full], removed: [], refusal: { rule: 'placement.group_full' } });
  const args = { placementId, newPlacementId: '01900000-0000-7000-8000-00000000p004', effectiveDate: '2026-12-16', days: input.days };
  expect(await mutate(core, 'placement.change', args)).toMatchObject({ ok: false, error: { rule: 'placement.group_full' } });

  const moved = { ...input, days: [day(free[1]!.weekday)] };
  const fits = await ok<ContractPreview>(core, 'children.contractPreview', moved);
  expect(fits).toMatchObject({ mode: 'split', added: [day(free[1]!.weekday)], removed: [day(free[0]!.weekday)], refusal: null });
  expect(await mutate(core, 'placement.change', { ...args, days: moved.days })).toMatchObject({ ok: true });
});

test('health: the notes are read on their own; the banner (allergy, medication) is in the list, the day view and the presence list', async () => {
  const { core, group, childId } = await fullEgeltjes();
  expect(await ok(core, 'children.health', { childId })).toEqual({
    childId,
    allergies: 'Pinda (EpiPen in de tas)',
    diet: 'Geen varkensvlees',
    medication: '',
    notes: '',
  });
  const banner = { allergies: 'Pinda (EpiPen in de tas)', medication: '' };
  const list = await ok<ChildList>(core, 'children.list', { locationId: group.locationId });
  expect(list.children.find((c) => c.childId === childId)?.health).toEqual(banner);
  expect(list.children.filter((c) => c.childId !== childId).every((c) => c.health === null)).toBe(true);
  expect((await ok<ChildDetail>(core, 'children.detail', { childId })).health).toEqual(banner);

  // A planned child of the demo gets medication: seen on today's day view and presence list.
  const planned = await ok<GroupDayView>(core, 'dayView.group', { locationId: group.locationId, groupId: group.id, date: '2026-11-23' });
  const other = planned.children[0]!;
  expect(
    await mutate(core, 'child.setHealth', { childId: other.childId, allergies: '', diet: '', medication: 'Ventolin 12:00', notes: '' }),
  ).toMatchObject({ ok: true });
  const dayView = await ok<GroupDayView>(core, 'dayView.group', { locationId: group.locationId, groupId: group.id, date: '2026-11-23' });
  expect(dayView.children.find((c) => c.childId === other.childId)?.health).toEqual({ allergies: '', medication: 'Ventolin 12:00' });
  const presence = await ok<PresenceList>(core, 'presence.day', { locationId: group.locationId, date: '2026-11-23' });
  const row = presence.groups.flatMap((g) => g.children).find((c) => c.childId === other.childId);
  expect(row?.health).toEqual({ allergies: '', medication: 'Ventolin 12:00' });
  // Emptied notes: no banner.
  await mutate(core, 'child.setHealth', { childId: other.childId, allergies: '', diet: '', medication: '', notes: '' });
  const after = await ok<GroupDayView>(core, 'dayView.group', { locationId: group.locationId, groupId: group.id, date: '2026-11-23' });
  expect(after.children.find((c) => c.childId === other.childId)?.health).toBeNull();
});
