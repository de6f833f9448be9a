import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ApiResult } from '../../../shared/contract/errors';
import type {
  ExportFile,
  LatePickupChart,
  LatePickupChild,
  LatePickupForm,
  LatePickupItem,
  LatePickupLetter,
  LatePickupMonth,
  LocationSummary,
} from '../../../shared/contract/views';
import { plannedEndOf } from '../../../shared/domain/latePickup/plannedEnd';
import { addDays } from '../../../shared/domain/time/localDate';
import { parseTime } from '../../../shared/domain/time/timeOfDay';
import type { RequestRow } from '../../../shared/model/requestRows';
import type { PlacementRow } from '../../../shared/model/rows';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';
import { codecOf, decodeRow, encodeRow } from '../store/rowCodec';

// A real core on a real SQLite file, the demo loaded for the fixed clock: Monday 23 November 2026, 09:00.
// The demo's own late pickups are cleared before each test; every test registers its own.

let core: Core;
let cleanup: () => Promise<void>;
let rhoon: LocationSummary;
let seq = 0;

beforeAll(async () => {
  ({ core, cleanup } = await openTempCore({ demo: true }));
  const locations = value(await core.call('locations.list', {})) as LocationSummary[];
  rhoon = locations.find((l) => l.name === 'Rhoon')!;
});
afterAll(async () => cleanup());
beforeEach(() => {
  core.context.db.exec('DELETE FROM latePickups; DELETE FROM outbox; DELETE FROM pending_preimages;');
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.rule ?? ''}: ${result.error.message}`);
  return result.value;
}

const t = (hhmm: string) => parseTime(hhmm)!;
const count = (sql: string) => (core.context.db.prepare(sql).get() as { n: number }).n;
const rows = () =>
  (core.context.db.prepare('SELECT * FROM latePickups ORDER BY date, id').all() as Record<string, unknown>[]).map((r) =>
    decodeRow('latePickups', r),
  );
const newId = () => `01900000-0000-7000-8000-${String(++seq).padStart(12, '0')}`;

type Kid = { childId: string; groupId: string; placements: PlacementRow[] };

/** A Rhoon KDV child with a fixed contract running since before December 2025 and ending at 18:00. */
function kid(skip = 0): Kid {
  const candidates = (
    core.context.db
      .prepare(
        `SELECT p.* FROM placements p JOIN groups g ON g.id = p.group_id
         WHERE p.location_id = ? AND g.care_type = 'KDV' AND p.kind = 'fixed' AND p.start_date <= '2025-11-01' AND p.end_date IS NULL
         ORDER BY p.id`,
      )
      .all(rhoon.id) as Record<string, unknown>[]
  )
    .map((r) => decodeRow('placements', r))
    .filter((p) => p.days.length >= 2 && p.days.every((d) => d.end === 18 * 60));
  const p = candidates[skip];
  if (!p) throw new Error('no suitable demo child');
  return { childId: p.childId, groupId: p.groupId, placements: [p] };
}

/** The child's planned days from `from` on (inclusive), `n` of them. */
function plannedDays(k: Kid, from: string, n: number): string[] {
  const out: string[] = [];
  for (let d = from; out.length < n; d = addDays(d, 1)) if (plannedEndOf(k.placements, k.childId, d)) out.push(d);
  return out;
}

async function register(k: Kid | Kid[], date: string, pickup: string, extra: { contractedEnd?: number } = {}) {
  const kids = Array.isArray(k) ? k : [k];
  return core.call('mutate', {
    name: 'latePickup.register',
    args: {
      locationId: rhoon.id,
      date,
      pickupTime: t(pickup),
      pickedUpBy: 'vader',
      note: '',
      children: kids.map((x) => ({
        id: newId(),
        childId: x.childId,
        groupId: x.groupId,
        contractedEnd: extra.contractedEnd ?? t('18:00'),
      })),
    },
  });
}

const mutate = (name: string, args: unknown) => core.call('mutate', { name, args });
const month = async (m: string) => value(await core.call('latePickups.month', { locationId: rhoon.id, month: m })) as LatePickupMonth;
const ofChild = async (childId: string, year: number) => value(await core.call('latePickups.child', { childId, year })) as LatePickupChild;
const summary = (items: LatePickupItem[]) => items.map((i) => [i.date, i.status, i.count, i.stage, i.fineCents]);

describe('latePickup.register: bad input changes nothing', () => {
  test('arguments that do not match the schema are validation_failed; no row, no outbox line', async () => {
    const k = kid();
    const result = await mutate('latePickup.register', { locationId: rhoon.id, date: '2026-11-20', pickupTime: '18:20', children: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(count('SELECT count(*) n FROM latePickups')).toBe(0);
    expect(count('SELECT count(*) n FROM outbox')).toBe(0);
    const noName = await mutate('latePickup.register', {
      locationId: rhoon.id,
      date: '2026-11-20',
      pickupTime: t('18:20'),
      pickedUpBy: '  ',
      note: '',
      children: [{ id: newId(), childId: k.childId, groupId: k.groupId, contractedEnd: t('18:00') }],
    });
    expect(noName).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(count('SELECT count(*) n FROM outbox')).toBe(0);
  });

  test.each([
    ['a date after today (the date of the mutation, local)', '2026-11-24', '18:20', 'late_pickup.date_in_future'],
    ['a pickup time later today than now (09:00)', '2026-11-23', '18:20', 'late_pickup.time_in_future'],
    ['a pickup at the contracted end is not late', 'planned', '18:00', 'late_pickup.not_late'],
  ])('refused: %s (rule %s); nothing written', async (_label, date, pickup, rule) => {
    const k = kid();
    const day = date === 'planned' ? plannedDays(k, '2026-11-02', 1)[0]! : date;
    const result = await register(k, day, pickup);
    expect(result).toMatchObject({ ok: false, error: { rule } });
    expect(count('SELECT count(*) n FROM latePickups')).toBe(0);
    expect(count('SELECT count(*) n FROM outbox')).toBe(0);
  });

  test('a child of another location is not_found; one bad child in a sibling registration writes none of them', async () => {
    const k = kid();
    const other = core.context.db.prepare('SELECT id, location_id FROM children WHERE location_id <> ? LIMIT 1').get(rhoon.id) as {
      id: string;
    };
    const day = plannedDays(k, '2026-11-02', 1)[0]!;
    const result = await register([k, { ...k, childId: other.id }], day, '18:20');
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', rule: 'late_pickup.unknown_child' } });
    expect(count('SELECT count(*) n FROM latePickups')).toBe(0);
  });

  test('an end time that is not the plan’s is a conflict (the plan changed): the form’s end is the plan’s', async () => {
    const k = kid();
    const day = plannedDays(k, '2026-11-02', 1)[0]!;
    const result = await register(k, day, '18:40', { contractedEnd: t('17:30') });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', rule: 'late_pickup.plan_changed' } });
    const form = value(await core.call('latePickups.form', { locationId: rhoon.id, date: day, groupId: k.groupId })) as LatePickupForm;
    expect(form.children.find((c) => c.childId === k.childId)).toMatchObject({
      contractedEnd: t('18:00'),
      inGroup: true,
      registered: false,
    });
  });

  test('the same child twice on a day is refused until the first is withdrawn', async () => {
    const k = kid();
    const day = plannedDays(k, '2026-11-02', 1)[0]!;
    value(await register(k, day, '18:10'));
    expect(await register(k, day, '18:30')).toMatchObject({ ok: false, error: { rule: 'late_pickup.already_registered' } });
    const [first] = rows();
    value(await mutate('latePickup.withdraw', { id: first!.id, note: 'Dubbel ingevoerd' }));
    value(await register(k, day, '18:30'));
    expect(rows().map((r) => r.status)).toEqual(expect.arrayContaining(['withdrawn', 'registered']));
  });

  test('a registration stores who registered it, when (the mutation’s instant), the plan’s end and the closing time', async () => {
    const k = kid();
    const day = plannedDays(k, '2026-11-02', 1)[0]!;
    value(await register(k, day, '18:12'));
    const [row] = rows();
    expect(row).toMatchObject({
      childId: k.childId,
      groupId: k.groupId,
      date: day,
      contractedEnd: t('18:00'),
      endFromPlan: true,
      pickupTime: t('18:12'),
      closingTime: t('19:00'),
      pickedUpBy: 'vader',
      status: 'registered',
      registeredBy: { userId: 'local-manager', role: 'manager' },
      registeredAt: '2026-11-23T08:00:00.000Z',
      fineConfirmation: null,
      conversation: null,
      history: [],
    });
    expect(count("SELECT count(*) n FROM outbox WHERE name = 'latePickup.register'")).toBe(1);
  });
});

describe('the registration form', () => {
  test("a group's children with their plan's end, their siblings in other groups, and whether they are registered", async () => {
    const pair = core.context.db
      .prepare(
        `SELECT a.child_id AS a, a.group_id AS ga, b.child_id AS b, b.group_id AS gb FROM placements a
         JOIN children ca ON ca.id = a.child_id JOIN children cb ON cb.family_id = ca.family_id AND cb.id <> ca.id
         JOIN placements b ON b.child_id = cb.id
         WHERE a.location_id = ? AND a.group_id <> b.group_id AND a.kind = 'fixed' AND a.end_date IS NULL AND b.end_date IS NULL
         ORDER BY a.id LIMIT 1`,
      )
      .get(rhoon.id) as { a: string; ga: string; b: string; gb: string };
    const placementsOf = (childId: string) =>
      (core.context.db.prepare('SELECT * FROM placements WHERE child_id = ?').all(childId) as Record<string, unknown>[]).map((r) =>
        decodeRow('placements', r),
      );
    const a: Kid = { childId: pair.a, groupId: pair.ga, placements: placementsOf(pair.a) };
    const day = plannedDays(a, '2026-11-09', 1)[0]!;
    const form = value(await core.call('latePickups.form', { locationId: rhoon.id, date: day, groupId: pair.ga })) as LatePickupForm;
    expect(form).toMatchObject({
      closed: null,
      openDayBefore: null,
      closesAt: t('19:00'),
      settings: { graceMinutes: 0, flatFineCents: 2750 },
    });
    const own = form.children.find((c) => c.childId === pair.a)!;
    expect(own).toMatchObject({ inGroup: true, contractedEnd: plannedEndOf(a.placements, a.childId, day)!.end, registered: false });
    expect(own.siblingIds).toContain(pair.b);
    expect(form.children.find((c) => c.childId === pair.b)).toMatchObject({ inGroup: false, siblingIds: expect.arrayContaining([pair.a]) });
    // the group's own children come first
    expect(form.children.findIndex((c) => !c.inGroup)).toBeGreaterThanOrEqual(form.children.filter((c) => c.inGroup).length);
  });

  test('an approved extension moves the end filled in, and the registration is accepted with it (the contract’s end is refused)', async () => {
    const k = kid(1);
    const day = plannedDays(k, '2026-11-02', 1)[0]!;
    const requestId = newId();
    const manager = { userId: 'local-manager', role: 'manager' as const, name: 'Locatiemanager' };
    const extension: RequestRow = {
      id: requestId,
      locationId: rhoon.id,
      childId: k.childId,
      groupId: k.groupId,
      kind: 'extension',
      submittedAt: '2026-10-20T09:00:00.000Z',
      expiresAt: null,
      enteredBy: manager,
      channel: 'email',
      date: day,
      endDate: day,
      start: t('08:00'),
      end: t('18:30'),
      originalChildId: null,
      originalDate: null,
      absenceReason: null,
      initiatedBy: null,
      payment: null,
      recurring: false,
      otherGroupConsent: false,
      parentNote: '',
      status: 'approved',
      state: {
        status: 'approved',
        decidedAt: '2026-10-21T09:00:00.000Z',
        decidedBy: manager,
        groupId: k.groupId,
        provisional: false,
        awaitingParentConfirmation: false,
        outOfOrderReason: null,
      },
      decidedBy: manager,
      decidedAt: '2026-10-21T09:00:00.000Z',
      intakeFailures: [],
    };
    const { columns } = codecOf('requests');
    core.context.db
      .prepare(`INSERT INTO requests (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...encodeRow('requests', extension));
    try {
      const form = value(await core.call('latePickups.form', { locationId: rhoon.id, date: day, groupId: k.groupId })) as LatePickupForm;
      expect(form.children.find((c) => c.childId === k.childId)).toMatchObject({ contractedEnd: t('18:30'), inGroup: true });
      // the contract's 18:00 is no longer the plan's end
      expect(await register(k, day, '18:40')).toMatchObject({ ok: false, error: { rule: 'late_pickup.plan_changed' } });
      value(await register(k, day, '18:40', { contractedEnd: t('18:30') }));
      expect(rows()).toMatchObject([{ childId: k.childId, contractedEnd: t('18:30'), endFromPlan: true }]);
      expect((await ofChild(k.childId, 2026)).items[0]).toMatchObject({ minutesLate: 10 });
    } finally {
      core.context.db.prepare('DELETE FROM requests WHERE id = ?').run(requestId);
    }
  });

  test('a closed day (Sunday) says why, and offers the last open day before it', async () => {
    const form = value(await core.call('latePickups.form', { locationId: rhoon.id, date: '2026-11-22', groupId: null })) as LatePickupForm;
    expect(form.closed).toMatchObject({ reason: 'weekend' });
    expect(form.openDayBefore).toBe('2026-11-20');
    expect(form.children).toEqual([]);
    expect(form.groups.length).toBe(5);
  });
});

describe('counting: per child, per calendar year', () => {
  test('siblings registered together are one mutation and count separately: each its own first time', async () => {
    const a = kid(0);
    // a child of another family planned the same day stands in for a sibling
    const b = kid(1);
    const day = plannedDays(a, '2026-11-02', 10).find((d) => plannedEndOf(b.placements, b.childId, d))!;
    value(await register([a, b], day, '18:25'));
    expect(count("SELECT count(*) n FROM outbox WHERE name = 'latePickup.register'")).toBe(1);
    const list = await month(day.slice(0, 7));
    expect(list.items.map((i) => [i.childId, i.count, i.stage])).toEqual(
      expect.arrayContaining([
        [a.childId, 1, 'registered'],
        [b.childId, 1, 'registered'],
      ]),
    );
    expect(list.items).toHaveLength(2);
  });

  test('the stages of the first four: registered, warning, € 27,50, € 27,50 per started hour', async () => {
    const k = kid();
    const days = plannedDays(k, '2026-09-01', 4);
    for (const d of days) value(await register(k, d, '18:20'));
    const child = await ofChild(k.childId, 2026);
    expect(child.items.map((i) => [i.count, i.stage, i.fineCents, i.letter])).toEqual([
      [1, 'registered', 0, null],
      [2, 'warning', 0, 'warning'],
      [3, 'flat_fine', 2750, 'fine_notice'],
      [4, 'per_hour_fine', 2750, 'fine_notice'],
    ]);
    expect(child.items[2]).toMatchObject({ structuralCase: true, structural: true, conversation: null });
    expect(child.items[2]!.lines.map((l) => l.rule)).toEqual(['late_pickup.flat_fine', 'late_pickup.structural_case']);
    expect(child.items[3]!.lines[0]!.message).toBe(
      '4e keer te laat in 2026: 1 × € 27,50 per begonnen uur te laat (18:00-18:20) = € 27,50.',
    );
  });

  test('a registration withdrawn in the middle of the year recomputes the later counts and amounts', async () => {
    const k = kid();
    const days = plannedDays(k, '2026-06-01', 4);
    for (const d of days) value(await register(k, d, '19:10'));
    const before = await ofChild(k.childId, 2026);
    // 18:00-19:00 priced by the stage, 19:00-19:10 one started quarter after closing
    expect(before.items.map((i) => [i.count, i.fineCents])).toEqual([
      [1, 2750],
      [2, 2750],
      [3, 2750 + 2750],
      [4, 2750 + 2750],
    ]);
    const second = before.items[1]!;
    value(await mutate('latePickup.withdraw', { id: second.id, note: 'Camerabeelden: om 17:58 opgehaald.' }));
    const after = await ofChild(k.childId, 2026);
    expect(summary(after.items)).toEqual([
      [days[0], 'registered', 1, 'registered', 2750],
      [days[1], 'withdrawn', 0, 'not_counted', 0],
      [days[2], 'registered', 2, 'warning', 2750],
      [days[3], 'registered', 3, 'flat_fine', 5500],
    ]);
    expect(after.items[1]).toMatchObject({ evidenceNote: 'Camerabeelden: om 17:58 opgehaald.' });
    expect(after.items[1]!.history).toMatchObject([{ action: 'withdrawn', by: { name: 'Locatiemanager' } }]);
  });

  test('1 January resets the count: December’s third is fined, January’s next is the first again', async () => {
    const k = kid();
    const december = plannedDays(k, '2025-12-01', 3);
    const january = plannedDays(k, '2026-01-05', 1);
    for (const d of [...december, ...january]) value(await register(k, d, '18:20'));
    expect((await ofChild(k.childId, 2025)).items.map((i) => [i.count, i.stage])).toEqual([
      [1, 'registered'],
      [2, 'warning'],
      [3, 'flat_fine'],
    ]);
    expect((await ofChild(k.childId, 2026)).items.map((i) => [i.date, i.count, i.stage, i.fineCents])).toEqual([
      [january[0], 1, 'registered', 0],
    ]);
  });
});

describe('disputes and follow-up', () => {
  test('dispute, then confirm on the evidence: it keeps counting; its fine is billable only after the confirmation', async () => {
    const k = kid();
    const days = plannedDays(k, '2026-10-01', 3);
    for (const d of days) value(await register(k, d, '18:20'));
    const third = (await ofChild(k.childId, 2026)).items[2]!;
    value(await mutate('latePickup.dispute', { id: third.id, note: 'Moeder zegt dat ze om 17:58 binnen was.' }));
    let item = (await ofChild(k.childId, 2026)).items[2]!;
    expect(item).toMatchObject({ status: 'disputed', count: 3, fineCents: 2750, fine: { state: 'disputed' } });
    expect(await mutate('latePickup.confirmFine', { id: third.id, fineCents: 2750 })).toMatchObject({
      ok: false,
      error: { rule: 'late_pickup.fine_disputed' },
    });
    value(await mutate('latePickup.confirm', { id: third.id, note: 'Camerabeelden: binnen om 18:19.' }));
    item = (await ofChild(k.childId, 2026)).items[2]!;
    expect(item).toMatchObject({ status: 'confirmed', evidenceNote: 'Camerabeelden: binnen om 18:19.', fine: { state: 'to_confirm' } });
    expect(await mutate('latePickup.confirm', { id: third.id, note: 'nog eens' })).toMatchObject({
      ok: false,
      error: { code: 'already_decided', rule: 'late_pickup.already_confirmed' },
    });
  });

  test('only a disputed registration can be confirmed; notes are required', async () => {
    const k = kid();
    value(await register(k, plannedDays(k, '2026-10-01', 1)[0]!, '18:20'));
    const [row] = rows();
    expect(await mutate('latePickup.confirm', { id: row!.id, note: 'x' })).toMatchObject({
      ok: false,
      error: { rule: 'late_pickup.not_disputed' },
    });
    expect(await mutate('latePickup.dispute', { id: row!.id, note: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await mutate('latePickup.withdraw', { id: 'nope', note: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  test('the structural case at 3: the conversation is recorded on n >= 3, not before, and shows for the child’s year', async () => {
    const k = kid();
    for (const d of plannedDays(k, '2026-09-01', 3)) value(await register(k, d, '18:20'));
    const items = (await ofChild(k.childId, 2026)).items;
    expect(
      await mutate('latePickup.recordConversation', { id: items[1]!.id, heldOn: '2026-11-20', outcome: 'Gesprek gevoerd.' }),
    ).toMatchObject({
      ok: false,
      error: { rule: 'late_pickup.not_structural' },
    });
    expect(await mutate('latePickup.recordConversation', { id: items[2]!.id, heldOn: '2026-11-24', outcome: 'x' })).toMatchObject({
      ok: false,
      error: { rule: 'late_pickup.conversation_in_future' },
    });
    value(
      await mutate('latePickup.recordConversation', {
        id: items[2]!.id,
        heldOn: '2026-11-20',
        outcome: 'Afspraak: bellen bij vertraging.',
      }),
    );
    const after = (await ofChild(k.childId, 2026)).items;
    expect(after[2]!.conversation).toMatchObject({
      outcome: 'Afspraak: bellen bij vertraging.',
      heldOn: '2026-11-20',
      registrationId: items[2]!.id,
    });
    expect(after[0]!.conversation?.outcome).toBe('Afspraak: bellen bij vertraging.');
  });

  test('confirmFine is the manager’s: an assistant is forbidden and nothing changes', async () => {
    const k = kid();
    for (const d of plannedDays(k, '2026-10-01', 3)) value(await register(k, d, '18:20'));
    const third = (await ofChild(k.childId, 2026)).items[2]!;
    const outboxBefore = count('SELECT count(*) n FROM outbox');
    const spy = vi.spyOn(core.context.session, 'actor').mockReturnValue({ userId: 'u-assistant', role: 'assistant', name: 'Assistent' });
    try {
      expect(await mutate('latePickup.confirmFine', { id: third.id, fineCents: 2750 })).toMatchObject({
        ok: false,
        error: { code: 'forbidden', rule: 'role.allowed' },
      });
      // staff may register and record a dispute
      value(await mutate('latePickup.dispute', { id: third.id, note: 'Vader betwist de tijd.' }));
    } finally {
      spy.mockRestore();
    }
    expect(rows().find((r) => r.id === third.id)?.fineConfirmation).toBeNull();
    expect(count('SELECT count(*) n FROM outbox')).toBe(outboxBefore + 1);
  });

  test('confirmFine checks the amount the manager saw; a later withdrawal makes a confirmed fine "changed" until confirmed again', async () => {
    const k = kid();
    const days = plannedDays(k, '2026-10-01', 4);
    for (const d of days) value(await register(k, d, '19:20'));
    let items = (await ofChild(k.childId, 2026)).items;
    const fourth = items[3]!;
    // 18:00-19:00 one started hour, 19:00-19:20 two started quarters
    expect(fourth.fineCents).toBe(2750 + 5500);
    expect(await mutate('latePickup.confirmFine', { id: fourth.id, fineCents: 2750 })).toMatchObject({
      ok: false,
      // the amounts travel as cents (the renderer formats them for its language), the sentence is Dutch
      error: {
        code: 'conflict',
        rule: 'late_pickup.fine_changed',
        params: { amountCents: 8250, seenCents: 2750 },
        message: 'Het bedrag is intussen € 82,50 (u zag € 27,50): bekijk het opnieuw voordat u het bevestigt.',
      },
    });
    value(await mutate('latePickup.confirmFine', { id: fourth.id, fineCents: 8250 }));
    expect(await mutate('latePickup.confirmFine', { id: fourth.id, fineCents: 8250 })).toMatchObject({
      ok: false,
      error: { code: 'already_decided' },
    });
    value(await mutate('latePickup.withdraw', { id: items[0]!.id, note: 'Verkeerd kind' }));
    items = (await ofChild(k.childId, 2026)).items;
    expect(items[3]).toMatchObject({ count: 3, fineCents: 2750 + 5500, fine: { state: 'confirmed' } });
    value(await mutate('latePickup.withdraw', { id: items[1]!.id, note: 'Verkeerd kind' }));
    items = (await ofChild(k.childId, 2026)).items;
    // now n = 2: the warning stage, only the quarters after closing
    expect(items[3]).toMatchObject({ count: 2, fineCents: 5500, fine: { state: 'changed', confirmedCents: 8250 } });
  });
});

describe('correcting a disputed time (latePickup.correct)', () => {
  const csvRows = async (m: string) => {
    const file = value(await core.call('latePickups.export', { locationId: rhoon.id, month: m, format: 'csv' })) as ExportFile;
    return Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((l) => l.split(';'));
  };

  test('late_pickup.per_started_hour: a disputed 19:10 corrected to 18:58 on camera stays one row; € 55 becomes € 27,50, the letter and the export follow', async () => {
    const k = kid();
    const days = plannedDays(k, '2026-10-01', 4);
    for (const d of days.slice(0, 3)) value(await register(k, d, '18:20'));
    value(await register(k, days[3]!, '19:10'));
    const fourth = (await ofChild(k.childId, 2026)).items[3]!;
    expect(fourth).toMatchObject({ count: 4, fineCents: 5500 });
    value(await mutate('latePickup.dispute', { id: fourth.id, note: 'Vader was er om 17:58, zegt hij.' }));

    value(
      await mutate('latePickup.correct', {
        id: fourth.id,
        pickupTime: t('18:58'),
        reason: 'Tijd verkeerd genoteerd.',
        evidence: 'camera: 18:58',
      }),
    );
    expect(rows()).toHaveLength(4);
    const item = (await ofChild(k.childId, 2026)).items[3]!;
    expect(item).toMatchObject({
      id: fourth.id,
      status: 'confirmed',
      pickupTime: t('18:58'),
      minutesLate: 58,
      count: 4,
      stage: 'per_hour_fine',
      fineCents: 2750,
      evidenceNote: 'camera: 18:58',
      fine: { state: 'to_confirm' },
    });
    expect(item.lines.filter((l) => l.cents > 0).map((l) => l.rule)).toEqual(['late_pickup.per_started_hour']);
    expect(item.history.at(-1)).toMatchObject({ action: 'corrected', note: '19:10 → 18:58: Tijd verkeerd genoteerd.' });

    const notice = value(await core.call('latePickups.letter', { id: fourth.id })) as LatePickupLetter;
    expect(notice.text).toContain('€ 27,50');
    expect(notice.text).not.toContain('€ 55,00');
    expect(notice.text).toContain('18:58');

    value(await mutate('latePickup.confirmFine', { id: fourth.id, fineCents: 2750 }));
    const exported = (await csvRows(days[3]!.slice(0, 7))).find((r) => r[14] === fourth.id);
    expect(exported?.slice(4, 11)).toEqual(['18:00', '18:58', '58', '4', '2750', '27,50', 'late_pickup.per_started_hour']);
  });

  test('late_pickup.not_late: a corrected time that is no longer late ends the registration as not late; the later ones move down', async () => {
    const k = kid();
    const days = plannedDays(k, '2026-10-01', 3);
    for (const d of days) value(await register(k, d, '18:20'));
    const [first] = (await ofChild(k.childId, 2026)).items;
    value(await mutate('latePickup.dispute', { id: first!.id, note: 'Op tijd binnen.' }));
    value(
      await mutate('latePickup.correct', { id: first!.id, pickupTime: t('17:58'), reason: 'Camera bekeken.', evidence: 'camera: 17:58' }),
    );
    const items = (await ofChild(k.childId, 2026)).items;
    expect(items[0]).toMatchObject({ status: 'confirmed', minutesLate: 0, count: 0, stage: 'not_counted', fineCents: 0, letter: null });
    expect(items[0]!.lines.map((l) => l.rule)).toEqual(['late_pickup.not_late']);
    expect(summary(items.slice(1))).toEqual([
      [days[1], 'registered', 1, 'registered', 0],
      [days[2], 'registered', 2, 'warning', 0],
    ]);
  });

  test('correcting is the manager’s, on a disputed registration, with another time, a reason and evidence; otherwise nothing changes', async () => {
    const k = kid();
    value(await register(k, plannedDays(k, '2026-10-01', 1)[0]!, '18:20'));
    const [row] = rows();
    const args = { id: row!.id, pickupTime: t('18:05'), reason: 'Camera bekeken.', evidence: 'camera: 18:05' };
    expect(await mutate('latePickup.correct', args)).toMatchObject({ ok: false, error: { rule: 'late_pickup.correct_not_disputed' } });
    value(await mutate('latePickup.dispute', { id: row!.id, note: 'Te vroeg genoteerd.' }));
    const outboxBefore = count('SELECT count(*) n FROM outbox');
    expect(await mutate('latePickup.correct', { ...args, pickupTime: t('18:20') })).toMatchObject({
      ok: false,
      error: { code: 'rule_violated', rule: 'late_pickup.correction_unchanged' },
    });
    expect(await mutate('latePickup.correct', { ...args, evidence: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await mutate('latePickup.correct', { ...args, pickupTime: 24 * 60 + 5 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    const spy = vi.spyOn(core.context.session, 'actor').mockReturnValue({ userId: 'u-assistant', role: 'assistant', name: 'Assistent' });
    try {
      expect(await mutate('latePickup.correct', args)).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'role.allowed' } });
    } finally {
      spy.mockRestore();
    }
    expect(rows()[0]).toMatchObject({ status: 'disputed', pickupTime: t('18:20'), evidenceNote: null });
    expect(count('SELECT count(*) n FROM outbox')).toBe(outboxBefore);
  });
});

describe('letters', () => {
  test('the warning letter at n = 2 and the fine notice at n = 3, in Dutch, signed by the person at the desk', async () => {
    const k = kid();
    for (const d of plannedDays(k, '2026-10-01', 3)) value(await register(k, d, '18:20'));
    const items = (await ofChild(k.childId, 2026)).items;
    expect(await core.call('latePickups.letter', { id: items[0]!.id })).toMatchObject({
      ok: false,
      error: { rule: 'late_pickup.no_letter' },
    });
    const warning = value(await core.call('latePickups.letter', { id: items[1]!.id })) as LatePickupLetter;
    expect(warning.kind).toBe('warning');
    expect(warning.text).toContain('nu voor de tweede keer te laat opgehaald');
    expect(warning.text).toContain('Met vriendelijke groet,\n\nLocatiemanager\nRhoon');
    const notice = value(await core.call('latePickups.letter', { id: items[2]!.id })) as LatePickupLetter;
    expect(notice.kind).toBe('fine_notice');
    expect(notice.text).toContain('Volgens onze voorwaarden brengen wij hiervoor € 27,50 in rekening');
    expect(notice.text).toContain('gaan wij graag met u in gesprek');
  });
});

describe('the monthly fines export for billing', () => {
  function unzip(buffer: Buffer): Map<string, string> {
    const files = new Map<string, string>();
    let at = 0;
    while (buffer.readUInt32LE(at) === 0x04034b50) {
      const packed = buffer.readUInt32LE(at + 18);
      const nameLength = buffer.readUInt16LE(at + 26);
      const extra = buffer.readUInt16LE(at + 28);
      const name = buffer.subarray(at + 30, at + 30 + nameLength).toString('utf8');
      const start = at + 30 + nameLength + extra;
      files.set(name, inflateRawSync(buffer.subarray(start, start + packed)).toString('utf8'));
      at = start + packed;
    }
    return files;
  }

  async function setUpOctober() {
    const k = kid();
    const days = plannedDays(k, '2026-10-01', 4);
    for (const d of days) value(await register(k, d, '18:20'));
    const b = kid(1);
    const bDay = plannedDays(b, '2026-10-01', 1)[0]!;
    value(await register(b, bDay, '19:05'));
    const list = await month('2026-10');
    return { list, k, b };
  }

  test('CSV: the columns for billing, integer cents, and only the fines the manager confirmed', async () => {
    const { list, k, b } = await setUpOctober();
    const fined = list.items.filter((i) => i.fineCents > 0);
    expect(fined.map((i) => [i.childId, i.fineCents])).toEqual(
      expect.arrayContaining([
        [k.childId, 2750],
        [k.childId, 2750],
        [b.childId, 2750],
      ]),
    );
    expect(list.summary).toMatchObject({ toConfirm: 3, toConfirmCents: 8250, confirmed: 0 });
    // nothing confirmed: an export with only the header
    const empty = value(await core.call('latePickups.export', { locationId: rhoon.id, month: '2026-10', format: 'csv' })) as ExportFile;
    expect(empty).toMatchObject({
      filename: 'te-laat-ophalen-boetes-rho-2026-10.csv',
      mimeType: 'text/csv;charset=utf-8',
      rowCount: 0,
      totalCents: 0,
    });

    const third = list.items.find((i) => i.childId === k.childId && i.count === 3)!;
    const after = list.items.find((i) => i.childId === b.childId)!;
    value(await mutate('latePickup.confirmFine', { id: third.id, fineCents: 2750 }));
    value(await mutate('latePickup.confirmFine', { id: after.id, fineCents: 2750 }));
    const file = value(await core.call('latePickups.export', { locationId: rhoon.id, month: '2026-10', format: 'csv' })) as ExportFile;
    expect(file).toMatchObject({ rowCount: 2, totalCents: 5500 });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'datum;kind_id;kind;groep;einde_opvang;opgehaald;minuten_te_laat;keer_dit_jaar;bedrag_centen;bedrag;regel;toelichting;bevestigd_door;bevestigd_op;registratie_id',
    );
    const records = lines.slice(1).map((l) => l.split(';'));
    expect(records).toHaveLength(2);
    const byId = new Map(records.map((r) => [r[14], r]));
    const kRow = byId.get(third.id)!;
    expect(kRow.slice(4, 12)).toEqual([
      '18:00',
      '18:20',
      '20',
      '3',
      '2750',
      '27,50',
      'late_pickup.flat_fine',
      '3e keer te laat in 2026: vaste boete van € 27,50.',
    ]);
    expect(kRow[0]).toBe(third.date);
    expect(kRow[1]).toBe(k.childId);
    expect(kRow[12]).toBe('Locatiemanager');
    const bRow = byId.get(after.id)!;
    expect(bRow.slice(6, 11)).toEqual(['65', '1', '2750', '27,50', 'late_pickup.after_closing']);
    for (const r of records) expect(r[8]).toMatch(/^\d+$/);
    // the fourth (unconfirmed) is not exported
    expect(byId.has(list.items.find((i) => i.childId === k.childId && i.count === 4)!.id)).toBe(false);
  });

  test('Excel: a valid workbook with the same rows; the header, a date cell and the amounts', async () => {
    const { list, b } = await setUpOctober();
    const after = list.items.find((i) => i.childId === b.childId)!;
    value(await mutate('latePickup.confirmFine', { id: after.id, fineCents: 2750 }));
    const file = value(await core.call('latePickups.export', { locationId: rhoon.id, month: '2026-10', format: 'xlsx' })) as ExportFile;
    expect(file).toMatchObject({
      filename: 'te-laat-ophalen-boetes-rho-2026-10.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      rowCount: 1,
      totalCents: 2750,
    });
    const files = unzip(Buffer.from(file.base64, 'base64'));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="3"><is><t>datum</t></is></c>');
    expect(sheet).toContain('<c r="I2"><v>2750</v></c>');
    expect(sheet).toContain('<c r="J2" s="2"><v>27.50</v></c>');
    // 1899-12-30 + serial = the date
    const serial = Number(/<c r="A2" s="1"><v>(\d+)<\/v>/.exec(sheet)?.[1]);
    expect(addDays('1899-12-30', serial)).toBe(after.date);
  });

  test('a month is YYYY-MM and a format csv or xlsx (strict input)', async () => {
    expect(await core.call('latePickups.export', { locationId: rhoon.id, month: '2026-13', format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
    expect(await core.call('latePickups.export', { locationId: rhoon.id, month: '2026-10', format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });
  });
});

describe('the chart: late pickups per month per group', () => {
  test('counted registrations per month and group; withdrawn ones are left out', async () => {
    const k = kid();
    const days = [...plannedDays(k, '2026-03-02', 2), ...plannedDays(k, '2026-05-04', 1)];
    for (const d of days) value(await register(k, d, '18:20'));
    const [first] = rows();
    value(await mutate('latePickup.withdraw', { id: first!.id, note: 'Verkeerd kind' }));
    const chart = value(await core.call('latePickups.chart', { locationId: rhoon.id, year: 2026 })) as LatePickupChart;
    expect(chart.months).toHaveLength(12);
    expect(chart.groups.map((g) => g.groupId)).toContain(k.groupId);
    expect(chart.months[2]).toMatchObject({ month: '2026-03', total: 1, byGroup: { [k.groupId]: 1 } });
    expect(chart.months[4]).toMatchObject({ month: '2026-05', total: 1 });
    expect(chart.months.reduce((s, m) => s + m.total, 0)).toBe(2);
  });
});
