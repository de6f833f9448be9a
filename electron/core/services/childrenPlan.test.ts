/**
 * The children's side of issue 5 on a real SQLite store with the demo, at the tests' fixed "now"
 * (Monday 23 November 2026, 09:00 in Amsterdam): contracts (transfer, end, effective dates, the
 * end of day care at 4), pickup persons, check-in/out and its ratio, the presence list and its
 * exports, and the six-week retention.
 */
import { Workbook } from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import type { ChildDetail, ChildList, DownloadFile, GroupDayView, PresenceList, RatioDay } from '../../../shared/contract/views';
import type { AttendanceRow, PlacementRow } from '../../../shared/model/rows';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';
import { decodeRow } from '../store/rowCodec';
import { isWithinAgeRange } from '../../../shared/domain/plan/contractChecks';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function demoCore(): Promise<Core> {
  const { core, cleanup } = await openTempCore({ demo: true });
  cleanups.push(cleanup);
  return core;
}

function count(core: Core, sql: string, ...params: unknown[]): number {
  return (core.context.db.prepare(sql).get(...params) as { n: number }).n;
}

async function ok<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const mutate = (core: Core, name: string, args: unknown) => core.call('mutate', { name, args });

/**
 * An open-ended KDV contract running today whose child has no other contract, another KDV group of
 * its location for the child's age on 1 December (spec/master-data.md: a group's age range is
 * checked when a contract enters it), and a BSO group.
 */
function transferable(core: Core): { placement: PlacementRow; otherGroupId: string; bsoGroupId: string } {
  const rows = (
    core.context.db
      .prepare(
        `SELECT p.* FROM placements p WHERE p.care_type = 'KDV' AND p.end_date IS NULL AND p.start_date <= '2026-11-23' AND p.kind = 'fixed'
           AND (SELECT count(*) FROM placements q WHERE q.child_id = p.child_id) = 1 ORDER BY p.id`,
      )
      .all() as Record<string, unknown>[]
  ).map((r) => decodeRow('placements', r));
  const placement = rows[0]!;
  const dateOfBirth = (
    core.context.db.prepare('SELECT date_of_birth FROM children WHERE id = ?').get(placement.childId) as { date_of_birth: string }
  ).date_of_birth;
  const groups = (care: string) =>
    (
      core.context.db
        .prepare('SELECT * FROM groups WHERE location_id = ? AND care_type = ? AND id <> ? ORDER BY id')
        .all(placement.locationId, care, placement.groupId) as Record<string, unknown>[]
    ).map((r) => decodeRow('groups', r));
  const fitting = groups('KDV').find((g) => isWithinAgeRange(g, dateOfBirth, '2026-12-01'));
  return { placement, otherGroupId: fitting!.id, bsoGroupId: groups('BSO')[0]!.id };
}

describe('contracts: group transfer on an effective date', () => {
  test('a transfer on the 1st ends the old contract the day before and starts the new one, in one mutation', async () => {
    const core = await demoCore();
    const { placement, otherGroupId } = transferable(core);
    const result = await mutate(core, 'placement.transfer', {
      placementId: placement.id,
      newPlacementId: 'placement-new',
      groupId: otherGroupId,
      effectiveDate: '2026-12-01',
    });
    console.log(JSON.stringify(result));
    expect(result.ok).toBe(true);
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(1);
    const detail = await ok<ChildDetail>(core, 'children.detail', { childId: placement.childId });
    expect(detail.placements.map((p) => [p.groupId, p.startDate, p.endDate, p.status])).toEqual([
      [placement.groupId, placement.startDate, '2026-11-30', 'active'],
      [otherGroupId, '2026-12-01', null, 'upcoming'],
    ]);
    expect(detail.placements[1]?.days).toEqual([...placement.days].sort((a, b) => a.weekday - b.weekday || a.start - b.start));
  });

  test('the 16th is an effective date by default; the 2nd is refused with the next one named, and nothing changes', async () => {
    const core = await demoCore();
    const { placement, otherGroupId } = transferable(core);
    const refused = await mutate(core, 'placement.transfer', {
      placementId: placement.id,
      newPlacementId: 'placement-new',
      groupId: otherGroupId,
      effectiveDate: '2026-12-02',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'rule_violated', rule: 'placement.effective_date', params: { next: '16-12-2026' } },
    });
    if (!refused.ok) expect(refused.error.message).toContain('16-12-2026');
    expect(count(core, 'SELECT count(*) n FROM placements WHERE child_id = ?', placement.childId)).toBe(1);
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(0);
    const sixteenth = await mutate(core, 'placement.transfer', {
      placementId: placement.id,
      newPlacementId: 'placement-new',
      groupId: otherGroupId,
      effectiveDate: '2026-12-16',
    });
    expect(sixteenth.ok).toBe(true);
  });

  test('with the setting "1st only" the 16th is refused', async () => {
    const core = await demoCore();
    core.context.db.prepare(`UPDATE organisations SET settings = '{"plan":{"effectiveDays":[1]}}'`).run();
    const { placement, otherGroupId } = transferable(core);
    const refused = await mutate(core, 'placement.transfer', {
      placementId: placement.id,
      newPlacementId: 'placement-new',
      groupId: otherGroupId,
      effectiveDate: '2026-12-16',
    });
    expect(refused).toMatchObject({ ok: false, error: { rule: 'placement.effective_date', params: { next: '1-1-2027' } } });
    const detail = await ok<ChildDetail>(core, 'children.detail', { childId: placement.childId });
    expect(detail.effectiveDates.slice(0, 2)).toEqual(['2026-12-01', '2027-01-01']);
  });

  test('refused: backdated, the same group, an unknown group, another care type', async () => {
    const core = await demoCore();
    const { placement, otherGroupId, bsoGroupId } = transferable(core);
    const base = { placementId: placement.id, newPlacementId: 'placement-new', groupId: otherGroupId, effectiveDate: '2026-12-01' };
    expect(await mutate(core, 'placement.transfer', { ...base, effectiveDate: '2026-11-16' })).toMatchObject({
      ok: false,
      error: { rule: 'placement.in_past' },
    });
    expect(await mutate(core, 'placement.transfer', { ...base, groupId: placement.groupId })).toMatchObject({
      ok: false,
      error: { rule: 'placement.transfer_same_group' },
    });
    expect(await mutate(core, 'placement.transfer', { ...base, groupId: 'no-such-group' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', rule: 'placement.unknown_group' },
    });
    expect(await mutate(core, 'placement.transfer', { ...base, groupId: bsoGroupId })).toMatchObject({
      ok: false,
      error: { rule: 'placement.care_type_matches_group' },
    });
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(0);
  });
});

describe('contracts: creating and ending', () => {
  test('overlapping contracts of one child are refused, end before start too, and nothing is written', async () => {
    const core = await demoCore();
    const { placement } = transferable(core);
    const args = { ...placement, id: 'placement-test', startDate: '2027-01-01', endDate: null };
    expect(await mutate(core, 'placement.create', args)).toMatchObject({ ok: false, error: { rule: 'placement.no_overlap' } });
    expect(await mutate(core, 'placement.create', { ...args, startDate: '2027-02-01', endDate: '2027-01-31' })).toMatchObject({
      ok: false,
      error: { rule: 'placement.end_after_start' },
    });
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(0);
  });

  test('ending: the 15th and the last day of a month are valid last days; the 14th is refused', async () => {
    const core = await demoCore();
    const { placement } = transferable(core);
    expect(await mutate(core, 'placement.end', { placementId: placement.id, endDate: '2026-12-14' })).toMatchObject({
      ok: false,
      error: { rule: expect.stringMatching(/^placement\.end_date/) },
    });
    expect((await mutate(core, 'placement.end', { placementId: placement.id, endDate: '2026-12-15' })).ok).toBe(true);
    expect((await mutate(core, 'placement.end', { placementId: placement.id, endDate: '2026-12-31' })).ok).toBe(true);
    const detail = await ok<ChildDetail>(core, 'children.detail', { childId: placement.childId });
    expect(detail.placements[0]?.endDate).toBe('2026-12-31');
  });

  test('a KDV contract running past the day before the 4th birthday is flagged 8 weeks ahead; ending it then clears the flag', async () => {
    const core = await demoCore();
    const { placement } = transferable(core);
    // the child turns 4 on 10 January 2027: day care until 9 January, 47 days from today
    core.context.db.prepare("UPDATE children SET date_of_birth = '2023-01-10' WHERE id = ?").run(placement.childId);
    const list = await ok<ChildList>(core, 'children.list', { locationId: placement.locationId });
    const item = list.children.find((c) => c.childId === placement.childId);
    expect(item?.kdvEnd).toEqual({ placementId: placement.id, proposedEnd: '2027-01-09', fourthBirthday: '2027-01-10', daysLeft: 47 });
    expect((await mutate(core, 'placement.end', { placementId: placement.id, endDate: '2027-01-09' })).ok).toBe(true);
    const after = await ok<ChildList>(core, 'children.list', { locationId: placement.locationId });
    expect(after.children.find((c) => c.childId === placement.childId)?.kdvEnd).toBeNull();
  });
});

describe('pickup persons and consents', () => {
  test('added with the ID check stamped by whoever recorded it; a bad phone number is refused; removed again', async () => {
    const core = await demoCore();
    const { placement } = transferable(core);
    const person = {
      id: 'pp-1',
      locationId: placement.locationId,
      childId: placement.childId,
      name: 'Truus Jansen',
      relation: 'oma',
      phone: '06-12345678',
      idChecked: true,
      note: '',
    };
    expect(await mutate(core, 'pickupPerson.set', { ...person, phone: '12345' })).toMatchObject({
      ok: false,
      error: { rule: 'pickup_person.phone' },
    });
    expect((await mutate(core, 'pickupPerson.set', person)).ok).toBe(true);
    let detail = await ok<ChildDetail>(core, 'children.detail', { childId: placement.childId });
    expect(detail.pickupPersons.find((p) => p.id === 'pp-1')).toMatchObject({
      idChecked: true,
      idCheckedBy: 'Locatiemanager',
      idCheckedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(
      (
        await mutate(core, 'consent.set', {
          id: placement.childId,
          locationId: placement.locationId,
          photos: false,
          trips: true,
          otherGroup: false,
        })
      ).ok,
    ).toBe(true);
    expect((await mutate(core, 'pickupPerson.remove', { id: 'pp-1' })).ok).toBe(true);
    detail = await ok<ChildDetail>(core, 'children.detail', { childId: placement.childId });
    expect(detail.pickupPersons.some((p) => p.id === 'pp-1')).toBe(false);
    expect(detail.consents).toEqual({ photos: false, trips: true, otherGroup: false });
  });
});

/** A child planned today (Monday) at 08:00 or earlier in a KDV group, with that group. */
function plannedToday(core: Core): { childId: string; groupId: string; locationId: string; start: number; end: number } {
  const rows = (
    core.context.db
      .prepare(
        "SELECT * FROM placements WHERE care_type = 'KDV' AND start_date <= '2026-11-23' AND (end_date IS NULL OR end_date >= '2026-11-23') ORDER BY id",
      )
      .all() as Record<string, unknown>[]
  ).map((r) => decodeRow('placements', r));
  for (const p of rows) {
    const day = p.days.find((d) => d.weekday === 1 && d.start <= 480);
    if (day) return { childId: p.childId, groupId: p.groupId, locationId: p.locationId, start: day.start, end: day.end };
  }
  throw new Error('no child planned on Monday morning');
}

describe('check-in and check-out', () => {
  test('in at 08:30, out at 08:45: present then left; the order of the times and the clock are checked', async () => {
    const core = await demoCore();
    const c = plannedToday(core);
    const checkIn = { id: 'att-1', locationId: c.locationId, childId: c.childId, groupId: c.groupId, date: '2026-11-23', checkIn: 510 };
    expect((await mutate(core, 'attendance.checkIn', checkIn)).ok).toBe(true);
    let day = await ok<GroupDayView>(core, 'dayView.group', { locationId: c.locationId, groupId: c.groupId, date: '2026-11-23' });
    expect(day.children.find((x) => x.childId === c.childId)?.state).toBe('present');
    expect(await mutate(core, 'attendance.checkIn', { ...checkIn, id: 'att-2', checkIn: 520 })).toMatchObject({
      ok: false,
      error: { rule: 'attendance.already_present' },
    });
    expect(await mutate(core, 'attendance.checkOut', { id: 'att-1', checkOut: 500 })).toMatchObject({
      ok: false,
      error: { rule: 'attendance.out_before_in' },
    });
    expect(await mutate(core, 'attendance.checkOut', { id: 'att-1', checkOut: 600 })).toMatchObject({
      ok: false,
      error: { rule: 'attendance.time_in_future' },
    });
    expect((await mutate(core, 'attendance.checkOut', { id: 'att-1', checkOut: 525 })).ok).toBe(true);
    expect(await mutate(core, 'attendance.checkOut', { id: 'att-1', checkOut: 530 })).toMatchObject({
      ok: false,
      error: { rule: 'attendance.already_checked_out' },
    });
    day = await ok<GroupDayView>(core, 'dayView.group', { locationId: c.locationId, groupId: c.groupId, date: '2026-11-23' });
    const child = day.children.find((x) => x.childId === c.childId);
    expect(child?.state).toBe('left');
    expect(child?.stays).toEqual([{ attendanceId: 'att-1', groupId: c.groupId, checkIn: 510, checkOut: 525, corrected: false }]);
    expect(count(core, 'SELECT count(*) n FROM outbox')).toBe(2);
  });

  test('a corrected time keeps the old one in the history; a voided registration counts for nothing', async () => {
    const core = await demoCore();
    const c = plannedToday(core);
    await mutate(core, 'attendance.checkIn', {
      id: 'att-1',
      locationId: c.locationId,
      childId: c.childId,
      groupId: c.groupId,
      date: '2026-11-23',
      checkIn: 510,
    });
    expect(await mutate(core, 'attendance.correct', { id: 'att-1', checkIn: 500, checkOut: 490, reason: 'typefout' })).toMatchObject({
      ok: false,
      error: { rule: 'attendance.out_before_in' },
    });
    expect((await mutate(core, 'attendance.correct', { id: 'att-1', checkIn: 495, checkOut: null, reason: 'was eerder binnen' })).ok).toBe(
      true,
    );
    const row = decodeRow(
      'attendance',
      core.context.db.prepare("SELECT * FROM attendance WHERE id = 'att-1'").get() as Record<string, unknown>,
    ) as AttendanceRow;
    expect(row.checkIn).toBe(495);
    expect(row.history).toEqual([
      {
        before: { checkIn: 510, checkOut: null, voided: false },
        reason: 'was eerder binnen',
        by: { userId: 'local-manager', role: 'manager', name: 'Locatiemanager' },
        at: '2026-11-23T08:00:00.000Z',
      },
    ]);
    expect(
      (await mutate(core, 'attendance.correct', { id: 'att-1', checkIn: 495, checkOut: null, voided: true, reason: 'verkeerd kind' })).ok,
    ).toBe(true);
    const day = await ok<GroupDayView>(core, 'dayView.group', { locationId: c.locationId, groupId: c.groupId, date: '2026-11-23' });
    expect(day.children.find((x) => x.childId === c.childId)?.stays).toEqual([]);
  });

  test('check-in without a contract that day is refused; with a contract but not planned, allowed with a warning', async () => {
    const core = await demoCore();
    const c = plannedToday(core);
    core.context.db
      .prepare(
        "INSERT INTO children (id, location_id, first_name, last_name, date_of_birth, family_id) VALUES ('kid-x', ?, 'Nina', 'Nieuw', '2024-05-05', 'fam-x')",
      )
      .run(c.locationId);
    expect(
      await mutate(core, 'attendance.checkIn', {
        id: 'att-x',
        locationId: c.locationId,
        childId: 'kid-x',
        groupId: c.groupId,
        date: '2026-11-23',
        checkIn: 500,
      }),
    ).toMatchObject({ ok: false, error: { code: 'rule_violated', rule: 'attendance.no_placement' } });
    expect(count(core, "SELECT count(*) n FROM attendance WHERE child_id = 'kid-x'")).toBe(0);

    const notToday = (
      core.context.db
        .prepare(
          `SELECT p.* FROM placements p WHERE p.location_id = ? AND p.kind = 'fixed' AND p.start_date <= '2026-11-23' AND (p.end_date IS NULL OR p.end_date >= '2026-11-23')
           ORDER BY p.id`,
        )
        .all(c.locationId) as Record<string, unknown>[]
    )
      .map((r) => decodeRow('placements', r))
      .find((p) => !p.days.some((d) => d.weekday === 1))!;
    expect(
      (
        await mutate(core, 'attendance.checkIn', {
          id: 'att-y',
          locationId: c.locationId,
          childId: notToday.childId,
          groupId: notToday.groupId,
          date: '2026-11-23',
          checkIn: 500,
        })
      ).ok,
    ).toBe(true);
    const day = await ok<GroupDayView>(core, 'dayView.group', { locationId: c.locationId, groupId: notToday.groupId, date: '2026-11-23' });
    expect(day.children.find((x) => x.childId === notToday.childId)?.warnings.map((w) => w.rule)).toEqual(['attendance.unplanned']);
  });

  test('the ratio as it happened counts the checked-in children, the plan counts the contracts', async () => {
    const core = await demoCore();
    const c = plannedToday(core);
    await mutate(core, 'attendance.checkIn', {
      id: 'att-1',
      locationId: c.locationId,
      childId: c.childId,
      groupId: c.groupId,
      date: '2026-11-23',
      checkIn: 480,
    });
    const actual = await ok<RatioDay>(core, 'ratio.day', { locationId: c.locationId, date: '2026-11-23', view: 'actual' });
    const planned = await ok<RatioDay>(core, 'ratio.day', { locationId: c.locationId, date: '2026-11-23' });
    const unit = (d: RatioDay) => d.units.find((u) => u.groups.some((g) => g.groupId === c.groupId))!;
    // still present: the stay counts up to the end of the current quarter (09:00-09:15)
    expect(unit(actual).children.map((x) => [x.childId, x.start, x.end])).toEqual([[c.childId, 480, 555]]);
    // and the staff count only so far: the rest of the day has not happened yet
    expect(unit(actual).staff.every((s) => s.end <= 555)).toBe(true);
    expect(unit(planned).staff.some((s) => s.end > 555)).toBe(true);
    expect(unit(planned).children.length).toBeGreaterThan(1);
  });

  test('a check-out after the contracted end offers the late-pickup shortcut with the times filled in', async () => {
    const core = await demoCore();
    const c = plannedToday(core);
    core.context.db.prepare("DELETE FROM attendance WHERE child_id = ? AND date = '2026-11-16'").run(c.childId);
    await mutate(core, 'attendance.checkIn', {
      id: 'att-late',
      locationId: c.locationId,
      childId: c.childId,
      groupId: c.groupId,
      date: '2026-11-16',
      checkIn: c.start,
      checkOut: c.end + 12,
    });
    const day = await ok<GroupDayView>(core, 'dayView.group', { locationId: c.locationId, groupId: c.groupId, date: '2026-11-16' });
    expect(day.children.find((x) => x.childId === c.childId)?.latePickup).toMatchObject({
      contractedEnd: c.end,
      pickupTime: c.end + 12,
      minutesLate: 12,
    });
    // the contracted end of the day, for the desk's clock to tell a child still present after it
    expect(day.children.find((x) => x.childId === c.childId)?.pickupDue).toEqual({
      contractedEnd: c.end,
      graceMinutes: 0,
      registered: false,
    });
  });
});

describe('presence list, exports and retention', () => {
  test('a past day lists children per group with planned and registered times, and the staff deployment', async () => {
    const core = await demoCore();
    const { placement } = transferable(core);
    const list = await ok<PresenceList>(core, 'presence.day', { locationId: placement.locationId, date: '2026-11-20' });
    expect(list.totals.present).toBeGreaterThan(0);
    expect(list.staff.length).toBeGreaterThan(0);
    expect(list.retention).toEqual({ weeks: 6, keptFrom: '2026-10-12' });
    const present = list.groups.flatMap((g) => g.children).filter((c) => c.stays.length > 0);
    expect(present.every((c) => c.stays.every((s) => s.checkOut !== null && s.checkOut >= s.checkIn))).toBe(true);
    expect(await core.call('presence.day', { locationId: placement.locationId, date: '2026-11-24' })).toMatchObject({
      ok: false,
      error: { rule: 'presence.future_date' },
    });
  });

  test('exports: a PDF, an Excel workbook with two sheets, and a CSV with the same children', async () => {
    const core = await demoCore();
    const { placement } = transferable(core);
    const input = { locationId: placement.locationId, date: '2026-11-20' };
    const list = await ok<PresenceList>(core, 'presence.day', input);
    const someone = list.groups.flatMap((g) => g.children).find((c) => c.stays.length > 0)!;

    const pdf = await ok<DownloadFile>(core, 'presence.export', { ...input, format: 'pdf' });
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.filename).toMatch(/^presentielijst-[a-z-]+-2026-11-20\.pdf$/);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    const xlsx = await ok<DownloadFile>(core, 'presence.export', { ...input, format: 'xlsx' });
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Presentielijst', 'Personeelsinzet']);
    const names = workbook.getWorksheet('Presentielijst')!.getColumn(2).values.map(String);
    expect(names).toContain(someone.name);

    const csv = await ok<DownloadFile>(core, 'presence.export', { ...input, format: 'csv' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFPresentielijst ')).toBe(true);
    expect(text).toContain('Groep;Kind;Geboortedatum;Leeftijd;Gepland;Aanwezig (aankomst–vertrek);Opmerking');
    expect(text).toContain(someone.name);
    expect(text).toContain('Medewerker;Telt mee in de ratio;Groep;Dienst;Pauze;Uren');
  });

  test('the staff deployment lists only staff on duty: someone off sick that day is in no list and no export', async () => {
    const core = await demoCore();
    const { placement } = transferable(core);
    const date = '2026-11-20';
    const working = core.context.db
      .prepare(
        `SELECT DISTINCT s.id, s.first_name || ' ' || s.last_name AS name FROM shifts sh JOIN staff s ON s.id = sh.staff_id
          WHERE sh.location_id = ? AND sh.date = ? ORDER BY s.id LIMIT 2`,
      )
      .all(placement.locationId, date) as { id: string; name: string }[];
    const [sick, onDuty] = working;
    expect(onDuty).toBeDefined();
    const input = { locationId: placement.locationId, date };
    const before = await ok<PresenceList>(core, 'presence.day', input);
    expect(before.staff.map((s) => s.staffId)).toContain(sick!.id);

    const registered = await mutate(core, 'staffAbsence.register', { id: 'absence-sick', ...input, staffId: sick!.id, kind: 'sick' });
    expect(registered.ok).toBe(true);
    const list = await ok<PresenceList>(core, 'presence.day', input);
    expect(list.staff.map((s) => s.staffId)).not.toContain(sick!.id);
    expect(list.staff.map((s) => s.staffId)).toContain(onDuty!.id);
    expect(list.groups.flatMap((g) => g.staff.map((s) => s.staffId))).not.toContain(sick!.id);
    expect(list.totals.staff).toBe(before.totals.staff - 1);

    const csv = Buffer.from((await ok<DownloadFile>(core, 'presence.export', { ...input, format: 'csv' })).base64, 'base64').toString(
      'utf8',
    );
    expect(csv).not.toContain(sick!.name);
    expect(csv).toContain(onDuty!.name);
    const xlsx = await ok<DownloadFile>(core, 'presence.export', { ...input, format: 'xlsx' });
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const deployed = workbook.getWorksheet('Personeelsinzet')!.getColumn(1).values.map(String);
    expect(deployed).not.toContain(sick!.name);
    expect(deployed).toContain(onDuty!.name);
  });

  test('registrations younger than six weeks are never purged; older ones may be', async () => {
    const core = await demoCore();
    const c = plannedToday(core);
    const old = (date: string, id: string) =>
      core.context.store.put('attendance', {
        id,
        locationId: c.locationId,
        childId: c.childId,
        groupId: c.groupId,
        date,
        checkIn: 480,
        checkOut: 900,
        checkedInBy: { userId: 'u', role: 'assistant', name: 'Anna' },
        checkedInAt: `${date}T07:00:00.000Z`,
        checkedOutBy: null,
        checkedOutAt: null,
        voided: false,
        history: [],
      });
    old('2026-10-11', 'old-1');
    old('2026-10-12', 'edge-1');
    const before = count(core, 'SELECT count(*) n FROM attendance WHERE location_id = ?', c.locationId);
    expect(await mutate(core, 'attendance.purge', { locationId: c.locationId, before: '2026-10-13' })).toMatchObject({
      ok: false,
      error: { rule: 'attendance.retention', params: { weeks: 6, cutoff: '12-10-2026' } },
    });
    expect(count(core, 'SELECT count(*) n FROM attendance WHERE location_id = ?', c.locationId)).toBe(before);
    expect((await mutate(core, 'attendance.purge', { locationId: c.locationId, before: '2026-10-12' })).ok).toBe(true);
    expect(count(core, "SELECT count(*) n FROM attendance WHERE id IN ('old-1', 'edge-1')")).toBe(1);
    expect(count(core, 'SELECT count(*) n FROM attendance WHERE location_id = ?', c.locationId)).toBe(before - 1);
  });
});
