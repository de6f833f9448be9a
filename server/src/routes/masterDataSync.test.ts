/**
 * Master data through the hub (issue 14): the new mutators run with the same rules as on the desk,
 * their rows (including the new `childContacts` and `childHealth` tables) are stored generically
 * from shared/model/tables.ts and come back in the pull, and a desk cannot make an organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { nextEffectiveDate } from '../../../shared/domain/plan/contractRules';
import { defaultPlanSettings } from '../../../shared/domain/plan/planSettings';
import { localDateOf } from '../../../shared/domain/requests/requestTime';
import { runningClockFrom } from '../../../shared/domain/time/clock';
import { addDays } from '../../../shared/domain/time/localDate';
import type { PushResponse } from '../../../shared/sync/protocol';
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

/** Monday 23 November 2026, 09:00, running on: the desk's mutations and the hub agree on the day (and the test children's ages). */
const clock = runningClockFrom('2026-11-23T08:00:00Z');

describe.each(testBackends())('master data through the hub on $name', (backend) => {
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

  it('group.create, child.create, placement.create and placement.change are applied; a full day and a second organisation are refused', async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const today = localDateOf(clock().toISOString());
    const start = nextEffectiveDate(today, defaultPlanSettings);
    const change = nextEffectiveDate(addDays(start, 1), defaultPlanSettings);
    const groupId = uuidv7();
    const group = {
      id: groupId,
      locationId: loc.id,
      name: 'Egeltjes',
      careType: 'KDV',
      ageMinMonths: 0,
      ageMaxMonths: 48,
      capacity: 1,
      externalId: 'EGL',
    };
    const child = (id: string, firstName: string) => ({
      id,
      locationId: loc.id,
      familyId: uuidv7(),
      firstName,
      lastName: 'Test',
      dateOfBirth: '2024-06-01',
      externalId: null,
      contacts: {
        guardians: [
          {
            id: 'g1',
            name: 'Fatima',
            relation: 'moeder',
            phone: '06 12345678',
            email: 'f@example.nl',
            parentalAuthority: true,
            contractParent: true,
          },
        ],
        emergencyContacts: [],
        gp: null,
        school: '',
      },
      health: { allergies: 'pinda', diet: '', medication: '', notes: '' },
    });
    const sem = uuidv7();
    const noor = uuidv7();
    const contract = (id: string, childId: string, weekday: number) => ({
      id,
      locationId: loc.id,
      childId,
      groupId,
      careType: 'KDV',
      kind: 'fixed',
      startDate: start,
      endDate: null,
      days: [{ weekday, start: 450, end: 1080 }],
    });
    const semContract = uuidv7();
    const changed = uuidv7();
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(1, 'group.create', group, manager, clock()),
        mutation(2, 'child.create', child(sem, 'Sem'), manager, clock()),
        mutation(3, 'child.create', child(noor, 'Noor'), manager, clock()),
        mutation(4, 'placement.create', contract(semContract, sem, 1), manager, clock()),
        // one place: Noor on Monday too is one child too many
        mutation(5, 'placement.create', contract(uuidv7(), noor, 1), manager, clock()),
        mutation(
          6,
          'placement.change',
          { placementId: semContract, newPlacementId: changed, effectiveDate: change, days: [{ weekday: 2, start: 450, end: 1080 }] },
          manager,
          clock(),
        ),
        mutation(
          7,
          'organisation.setUp',
          {
            organisation: { id: uuidv7(), name: 'Eigen organisatie' },
            location: {
              id: uuidv7(),
              name: 'Elders',
              code: 'ELD',
              lrkNumber: null,
              address: null,
              opensAt: 420,
              closesAt: 1140,
              openDays: [1],
            },
          },
          manager,
          clock(),
        ),
      ]),
    });
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results.slice(0, 4).map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(results[4]).toMatchObject({ status: 'rejected', reason: { code: 'rule_violated', rule: 'placement.group_full' } });
    expect(results[5]).toEqual({ id: 6, status: 'applied' });
    // an enrolled desk already has its organisation: the hub's administrator makes new ones
    expect(results[6]).toMatchObject({ status: 'rejected', reason: { code: 'conflict', rule: 'organisation.not_empty' } });

    const changes = (await pullAll(hub, desk)).flatMap((p) => p.changes);
    const row = (table: string, id: string) =>
      changes.filter((c) => c.table === table && c.id === id).at(-1)?.row as Record<string, unknown> | undefined;
    expect(row('groups', groupId)).toMatchObject({ name: 'Egeltjes', capacity: 1, externalId: 'EGL', closedFrom: null });
    expect(row('childContacts', sem)).toMatchObject({ guardians: [{ name: 'Fatima', parentalAuthority: true }] });
    expect(row('childHealth', sem)).toMatchObject({ allergies: 'pinda' });
    expect(row('placements', semContract)).toMatchObject({ endDate: addDays(change, -1) });
    expect(row('placements', changed)).toMatchObject({ startDate: change, days: [{ weekday: 2, start: 450, end: 1080 }] });
  });

  it('staff.end.v2 removes exactly the confirmed shifts after the last day; a stale confirmation is refused (staff.end_shifts_changed), nothing removed', async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const today = localDateOf(clock().toISOString());
    const staffId = uuidv7();
    const member = {
      id: staffId,
      locationId: loc.id,
      firstName: 'Noa',
      lastName: 'Test',
      jobTitle: 'pedagogisch medewerker',
      counts: 'full',
      contractMinutesPerWeek: 1920,
      activeFrom: '2020-01-01',
      activeTo: null,
      prkRegisteredOn: '2020-01-01',
      ehboValidUntil: null,
      externalId: null,
    };
    const shift = (date: string) => ({
      id: uuidv7(),
      locationId: loc.id,
      staffId,
      groupId: loc.groupId,
      date,
      start: 450,
      end: 960,
      breaks: [],
    });
    const [kept, later, last] = [shift(addDays(today, 2)), shift(addDays(today, 9)), shift(addDays(today, 10))];
    const lastDay = addDays(today, 5);
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(1, 'staff.create', member, manager, clock()),
        mutation(2, 'shift.assign', kept, manager, clock()),
        mutation(3, 'shift.assign', later, manager, clock()),
        mutation(4, 'shift.assign', last, manager, clock()),
        // confirmed with one of the two later shifts only: the roster changed since
        mutation(5, 'staff.end.v2', { staffId, lastDay, removeShiftIds: [later.id] }, manager, clock()),
        mutation(6, 'staff.end.v2', { staffId, lastDay, removeShiftIds: [later.id, last.id] }, manager, clock()),
      ]),
    });
    const results = (answer.body as PushResponse).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'rejected', 'applied']);
    expect(results[4]).toMatchObject({ reason: { rule: 'staff.end_shifts_changed' } });
    const changes = (await pullAll(hub, desk)).flatMap((p) => p.changes);
    const live = (id: string) => changes.filter((c) => c.table === 'shifts' && c.id === id).at(-1)?.row ?? null;
    expect(live(kept.id)).not.toBeNull();
    expect(live(later.id)).toBeNull();
    expect(live(last.id)).toBeNull();
    expect(changes.filter((c) => c.table === 'staff' && c.id === staffId).at(-1)?.row).toMatchObject({ activeTo: lastDay });
  });

  it('child.setMentor: a professional becomes the mentor and syncs; a locatiehulp who does not count is refused (mentor.not_a_professional)', async () => {
    const loc = org.locations[0]!;
    const desk = await enrolDesk(hub, org.organisationId, [loc.id]);
    const manager = { userId: loc.managerId, role: 'manager' as const };
    const staff = (id: string, counts: 'full' | 'none') => ({
      id,
      locationId: loc.id,
      firstName: counts === 'full' ? 'Anouk' : 'Henk',
      lastName: 'Test',
      jobTitle: counts === 'full' ? 'pedagogisch medewerker' : 'locatiehulp',
      counts,
      contractMinutesPerWeek: 1920,
      activeFrom: '2020-01-01',
      activeTo: null,
      prkRegisteredOn: '2020-01-01',
      ehboValidUntil: null,
      externalId: null,
    });
    const [anouk, henk, child] = [uuidv7(), uuidv7(), uuidv7()];
    const answer = await hub.call('/v1/push', {
      token: desk.credential,
      body: pushBody(desk, [
        mutation(1, 'staff.create', staff(anouk, 'full'), manager, clock()),
        mutation(2, 'staff.create', staff(henk, 'none'), manager, clock()),
        mutation(
          3,
          'child.create',
          {
            id: child,
            locationId: loc.id,
            familyId: uuidv7(),
            firstName: 'Mila',
            lastName: 'Test',
            dateOfBirth: '2024-06-01',
            externalId: null,
            contacts: {
              guardians: [
                { id: 'g1', name: 'Fatima', relation: 'moeder', phone: '', email: '', parentalAuthority: true, contractParent: true },
              ],
              emergencyContacts: [],
              gp: null,
              school: '',
            },
            health: { allergies: '', diet: '', medication: '', notes: '' },
          },
          manager,
          clock(),
        ),
        mutation(4, 'child.setMentor', { childId: child, staffId: henk }, manager, clock()),
        mutation(5, 'child.setMentor', { childId: child, staffId: anouk }, manager, clock()),
      ]),
    });
    expect(answer.status).toBe(200);
    const results = (answer.body as PushResponse).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected', 'applied']);
    expect(results[3]).toMatchObject({ reason: { code: 'rule_violated', rule: 'mentor.not_a_professional' } });
    const mentorRow = (await pullAll(hub, desk))
      .flatMap((p) => p.changes)
      .filter((c) => c.table === 'childMentors' && c.id === child)
      .at(-1)?.row;
    expect(mentorRow).toMatchObject({ staffId: anouk, locationId: loc.id });
  });
});
