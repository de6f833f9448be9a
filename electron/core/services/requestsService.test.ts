/**
 * The request mutators and the queue on a real core over a real SQLite file (spec/requests.md):
 * intake, every decision rule, the roles, first decision wins, the what-if ratio and group size,
 * bulk approval stopping at capacity, queue order, and the plan seeing approved requests.
 *
 * A small location of our own, seeded as rows (no outbox): Dolfijnen (KDV, 3 places) with Sem
 * (Mon/Wed/Thu/Fri) and Noor (Thu); Rupsjes (KDV babies, 12 places) with three babies on Thursday
 * and one colleague (1:3 for babies: the last place); Zeesterren (KDV) for another-group cases.
 * Every open day from 23 November to 31 December has shifts. The desk's clock: Monday 23
 * November 2026, 09:00 in Amsterdam.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ApiResult } from '../../../shared/contract/errors';
import type { BulkApproveResult, RequestItem, RequestLedgers, RequestQueue } from '../../../shared/contract/requestViews';
import type { RatioDay, RosterWeek } from '../../../shared/contract/views';
import { instantAtLocal } from '../../../shared/domain/requests/requestTime';
import { addDays, isoWeekday } from '../../../shared/domain/time/localDate';
import type { Actor } from '../../../shared/model/roles';
import type { BillingLineRow, HourLedgerRow, RequestEventRow, RequestRow, RequestTaskRow } from '../../../shared/model/requestRows';
import type { PlacementRow } from '../../../shared/model/rows';
import { mutators } from '../../../shared/mutators';
import type { MutatorName } from '../../../shared/mutators/names';
import { FIXED_NOW, openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';
import { decodeRow } from '../store/rowCodec';

const LOC = 'loc-test';
const DOLFIJNEN = 'g-dolfijnen';
const RUPSJES = 'g-rupsjes';
const ZEESTERREN = 'g-zeesterren';
const manager: Actor = { userId: 'u-marieke', role: 'manager', name: 'Marieke' };
const assistant: Actor = { userId: 'u-joost', role: 'assistant', name: 'Joost' };
const NOW = FIXED_NOW.toISOString();

let core: Core;
let cleanup: () => Promise<void>;
let seq = 0;
const id = (prefix = 'r') => `${prefix}-${String(++seq).padStart(6, '0')}`;
const at = (date: string, hhmm = '09:00') => instantAtLocal(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)));
const t = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function placement(over: Partial<PlacementRow> & Pick<PlacementRow, 'id' | 'childId' | 'groupId'>): PlacementRow {
  return {
    locationId: LOC,
    careType: 'KDV',
    kind: 'fixed',
    startDate: '2025-01-06',
    endDate: null,
    days: [],
    ...over,
  };
}
const days = (weekdays: number[], start = '07:30', end = '18:00') => weekdays.map((weekday) => ({ weekday, start: t(start), end: t(end) }));

function seed(c: Core): void {
  const s = c.context.store;
  c.context.db.transaction(() => {
    // Extra and flex days without an expiry moment wait until their day (no minimum notice), so the
    // decision rules can be tested close to the day; the default expiry has its own tests.
    const noNotice = { requests: { extraDay: { minNoticeDays: 0 }, flexDay: { minNoticeDays: 0 } } };
    s.put('organisations', { id: 'org-test', name: 'Kinderopvang Test', settings: noNotice });
    s.put('locations', {
      id: LOC,
      organisationId: 'org-test',
      name: 'Testlocatie',
      opensAt: t('07:00'),
      closesAt: t('19:00'),
      code: 'TST',
      lrkNumber: null,
      address: null,
      openDays: [1, 2, 3, 4, 5],
    });
    const group = (gid: string, name: string, capacity: number) =>
      s.put('groups', {
        id: gid,
        locationId: LOC,
        name,
        careType: 'KDV',
        ageMinMonths: 0,
        ageMaxMonths: 48,
        capacity,
        externalId: null,
        closedFrom: null,
        room: '',
        days: [1, 2, 3, 4, 5],
      });
    group(DOLFIJNEN, 'Dolfijnen', 3);
    group(RUPSJES, 'Rupsjes', 12);
    group(ZEESTERREN, 'Zeesterren', 12);
    const child = (cid: string, firstName: string, dateOfBirth: string, familyId = `fam-${cid}`) =>
      s.put('children', { id: cid, locationId: LOC, firstName, lastName: 'Test', dateOfBirth, familyId, externalId: null });
    child('c-sem', 'Sem', '2023-05-01', 'fam-sem');
    child('c-lotte', 'Lotte', '2024-02-01', 'fam-sem');
    child('c-noor', 'Noor', '2023-08-01');
    child('c-mila', 'Mila', '2023-09-01');
    child('c-finn', 'Finn', '2023-10-01');
    child('c-daan', 'Daan', '2023-11-01');
    for (const b of [1, 2, 3, 4]) child(`c-baby${b}`, `Baby${b}`, '2026-03-01');
    s.put('placements', placement({ id: 'p-sem', childId: 'c-sem', groupId: DOLFIJNEN, days: days([1, 3, 4, 5]) }));
    s.put('placements', placement({ id: 'p-lotte', childId: 'c-lotte', groupId: ZEESTERREN, days: days([1, 2]) }));
    s.put('placements', placement({ id: 'p-noor', childId: 'c-noor', groupId: DOLFIJNEN, days: days([4]) }));
    s.put('placements', placement({ id: 'p-mila', childId: 'c-mila', groupId: DOLFIJNEN, kind: 'flex' }));
    s.put('placements', placement({ id: 'p-finn', childId: 'c-finn', groupId: DOLFIJNEN, days: days([1, 2]) }));
    s.put('placements', placement({ id: 'p-daan', childId: 'c-daan', groupId: DOLFIJNEN, days: days([1, 2]) }));
    for (const b of [1, 2, 3])
      s.put('placements', placement({ id: `p-baby${b}`, childId: `c-baby${b}`, groupId: RUPSJES, days: days([4]) }));
    s.put('placements', placement({ id: 'p-baby4', childId: 'c-baby4', groupId: RUPSJES, days: days([1]) }));
    for (const cid of ['c-sem', 'c-lotte', 'c-noor', 'c-finn', 'c-daan', 'c-baby1', 'c-baby2', 'c-baby3', 'c-baby4']) {
      s.put('consents', { id: cid, locationId: LOC, photos: true, trips: true, otherGroup: false });
    }
    s.put('consents', { id: 'c-mila', locationId: LOC, photos: true, trips: true, otherGroup: true });
    for (const sid of ['s-anna', 's-bram', 's-cor', 's-dirk']) {
      s.put('staff', {
        id: sid,
        locationId: LOC,
        firstName: sid.slice(2),
        lastName: 'Staf',
        counts: 'full',
        contractMinutesPerWeek: 1800,
        jobTitle: '',
        activeFrom: null,
        activeTo: null,
        prkRegisteredOn: null,
        ehboValidUntil: null,
        externalId: null,
      });
    }
    // One colleague per group, all day: Dolfijnen (toddlers 1:8) has room for its 3 places; Rupsjes (babies 1:3) for three babies.
    for (let date = '2026-11-23'; date <= '2026-12-31'; date = addDays(date, 1)) {
      if (isoWeekday(date) > 5) continue;
      for (const [sid, gid] of [
        ['s-anna', DOLFIJNEN],
        ['s-bram', RUPSJES],
        ['s-cor', ZEESTERREN],
      ] as const) {
        s.put('shifts', {
          id: `sh-${sid}-${date}`,
          locationId: LOC,
          staffId: sid,
          groupId: gid,
          date,
          start: t('07:00'),
          end: t('19:00'),
          breaks: [],
        });
      }
    }
    // Mila's flex budget for the fourth quarter; Sem's swap hours from an earlier absence.
    s.put('hourLedger', ledgerRow('l-mila-q4', 'c-mila', 'flex', 40 * 60, 'flex_allowance', '2026-10-01', '2026-12-31'));
    s.put('hourLedger', ledgerRow('l-sem-credit', 'c-sem', 'swap_hours', 21 * 60, 'planned_absence', '2026-10-05', '2026-12-31'));
  })();
}

function ledgerRow(
  lid: string,
  childId: string,
  account: HourLedgerRow['account'],
  minutes: number,
  cause: HourLedgerRow['cause'],
  validFrom: string,
  validUntil: string,
): HourLedgerRow {
  return {
    id: lid,
    locationId: LOC,
    childId,
    account,
    minutes,
    cause,
    validFrom,
    validUntil,
    sourceRequestId: null,
    locationInitiated: false,
    postedAt: at('2026-10-01'),
    note: '',
  };
}

beforeEach(async () => {
  ({ core, cleanup } = await openTempCore());
  seed(core);
});
afterEach(async () => cleanup());

type Outcome = Awaited<ReturnType<Core['context']['mutations']['apply']>>;

/** Runs a mutator as `actor` at `when`, the way `mutate` does (roles included). */
async function run(name: MutatorName, args: unknown, actor: Actor = manager, when = NOW): Promise<Outcome> {
  const mutator = mutators[name];
  if (!mutator.roles.includes(actor.role)) return { ok: false, code: 'forbidden', rule: 'role.allowed', message: 'rol' };
  return core.context.mutations.apply(name, mutator.args.parse(args), { actor, createdAt: when });
}

async function ok(p: Promise<Outcome>): Promise<void> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.code} ${r.rule}: ${r.message}`);
}

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.rule ?? ''}: ${result.error.message}`);
  return result.value;
}

const row = (rid: string): RequestRow =>
  decodeRow('requests', core.context.db.prepare('SELECT * FROM requests WHERE id = ?').get(rid) as Record<string, unknown>);
const events = (rid: string): RequestEventRow[] =>
  (core.context.db.prepare('SELECT * FROM requestEvents WHERE request_id = ? ORDER BY at, id').all(rid) as Record<string, unknown>[]).map(
    (r) => decodeRow('requestEvents', r),
  );
const ledger = (childId: string, account: HourLedgerRow['account']): HourLedgerRow[] =>
  (
    core.context.db.prepare('SELECT * FROM hourLedger WHERE child_id = ? AND account = ?').all(childId, account) as Record<
      string,
      unknown
    >[]
  ).map((r) => decodeRow('hourLedger', r));
const sum = (rows: readonly HourLedgerRow[]) => rows.reduce((n, r) => n + r.minutes, 0);

type Care = { kind: 'extraDay' | 'flexDay' | 'swapDay' | 'extension'; childId: string; groupId: string; date: string; submittedAt: string };

/** Submits a care request on the parent's behalf (e-mail); returns its id. */
async function submit(
  care: Care & Partial<{ start: string; end: string; payment: 'invoice' | 'swap_hours'; originalDate: string; expiresAt: string | null }>,
  options: { otherGroupConsent?: boolean; channel?: 'email' | 'phone' } = {},
): Promise<string> {
  const rid = id();
  const times = { start: t(care.start ?? '07:30'), end: t(care.end ?? '18:00') };
  const common = {
    id: rid,
    childId: care.childId,
    groupId: care.groupId,
    submittedAt: care.submittedAt,
    expiresAt: care.expiresAt ?? null,
    enteredBy: null,
  };
  const request =
    care.kind === 'extraDay'
      ? { ...common, kind: 'extraDay', date: care.date, ...times, payment: care.payment ?? 'invoice', recurring: false }
      : care.kind === 'swapDay'
        ? { ...common, kind: 'swapDay', date: care.date, ...times, originalChildId: care.childId, originalDate: care.originalDate }
        : { ...common, kind: care.kind, date: care.date, ...times };
  await ok(
    run('request.submit', {
      request,
      channel: options.channel ?? 'email',
      otherGroupConsent: options.otherGroupConsent ?? false,
      eventId: id('e'),
    }),
  );
  return rid;
}

const extra = (
  childId: string,
  groupId: string,
  date: string,
  submittedAt = at('2026-11-10'),
  more: Partial<Parameters<typeof submit>[0]> = {},
) => submit({ kind: 'extraDay', childId, groupId, date, submittedAt, ...more });

const approve = (rid: string, more: Record<string, unknown> = {}, actor: Actor = manager, when = NOW) =>
  run('request.approve', { requestId: rid, eventId: id('e'), ...more }, actor, when);

async function queue(weekStart = '2026-11-23', filters: Record<string, unknown> = {}): Promise<RequestQueue> {
  return value(await core.call('requests.queue', { locationId: LOC, weekStart, ...filters })) as RequestQueue;
}
const allItems = (q: RequestQueue): RequestItem[] => [...q.expiring, ...q.days.flatMap((d) => d.groups.flatMap((g) => g.items))];
const itemOf = (q: RequestQueue, rid: string) => allItems(q).find((i) => i.id === rid);

describe('request.submit: intake on the parent’s behalf', () => {
  test('an e-mail swap request is stored waiting, entered by the staff member, with no failing rules', async () => {
    const rid = await submit({
      kind: 'swapDay',
      childId: 'c-sem',
      groupId: DOLFIJNEN,
      date: '2026-12-08',
      originalDate: '2026-12-14',
      submittedAt: at('2026-11-23', '08:15'),
    });
    const r = row(rid);
    expect(r).toMatchObject({
      status: 'submitted',
      channel: 'email',
      kind: 'swapDay',
      date: '2026-12-08',
      originalDate: '2026-12-14',
      intakeFailures: [],
    });
    expect(r.enteredBy).toMatchObject({ userId: manager.userId, role: 'manager' });
    expect(events(rid).map((e) => [e.action, e.toStatus, e.by?.name])).toEqual([['submitted', 'submitted', 'Marieke']]);
  });

  test('the rules run at intake and their failures are stored (swap submitted 9 days before: minimum 14)', async () => {
    const rid = await submit({
      kind: 'swapDay',
      childId: 'c-sem',
      groupId: DOLFIJNEN,
      date: '2026-12-02',
      originalDate: '2026-12-04',
      submittedAt: at('2026-11-23'),
    });
    expect(row(rid).intakeFailures.map((f) => f.rule)).toContain('swap.min_days_before');
    expect(row(rid).status).toBe('submitted');
  });

  test('an arrival moment after now is refused', async () => {
    const r = await run('request.submit', {
      request: {
        id: 'r-future',
        kind: 'flexDay',
        childId: 'c-mila',
        groupId: DOLFIJNEN,
        submittedAt: at('2026-11-24'),
        expiresAt: null,
        enteredBy: null,
        date: '2026-12-10',
        start: t('07:30'),
        end: t('18:00'),
      },
      channel: 'phone',
      eventId: 'e-future',
    });
    expect(r).toMatchObject({ ok: false, rule: 'request.submitted_in_future' });
  });

  test('staff cannot submit as the portal, and a request id is never reused', async () => {
    const request = {
      id: 'r-dup',
      kind: 'flexDay',
      childId: 'c-mila',
      groupId: DOLFIJNEN,
      submittedAt: at('2026-10-01'),
      expiresAt: null,
      enteredBy: null,
      date: '2026-11-26',
      start: t('07:30'),
      end: t('18:00'),
    };
    expect(await run('request.submit', { request, channel: 'portal', eventId: 'e-p' })).toMatchObject({
      ok: false,
      code: 'forbidden',
      rule: 'request.portal_only',
    });
    await ok(run('request.submit', { request, channel: 'phone', eventId: 'e-1' }));
    expect(await run('request.submit', { request, channel: 'phone', eventId: 'e-2' })).toMatchObject({
      ok: false,
      code: 'conflict',
      rule: 'request.id_taken',
    });
  });

  test('an absence is registered at once, frees the place and earns credit when reported 96 hours ahead', async () => {
    const rid = id();
    await ok(
      run('request.submit', {
        request: {
          id: rid,
          kind: 'absence',
          childId: 'c-noor',
          groupId: DOLFIJNEN,
          submittedAt: at('2026-11-23'),
          expiresAt: null,
          enteredBy: null,
          from: '2026-12-03',
          to: '2026-12-03',
          reason: 'holiday',
          initiatedBy: 'parent',
        },
        channel: 'phone',
        eventId: id('e'),
      }),
    );
    expect(row(rid)).toMatchObject({ status: 'approved', kind: 'absence', endDate: '2026-12-03' });
    expect(ledger('c-noor', 'swap_hours').map((l) => [l.minutes, l.cause, l.validUntil])).toEqual([[630, 'planned_absence', '2026-12-31']]);
    expect(events(rid)[0]?.parentMessage).toBe('We hebben de afwezigheid van Noor op do 3 dec geregistreerd.');
    const day = value(await core.call('ratio.day', { locationId: LOC, date: '2026-12-03' })) as RatioDay;
    const dolfijnen = day.units.find((u) => u.groups.some((g) => g.groupId === DOLFIJNEN));
    expect(dolfijnen?.children.map((c) => c.childId)).toEqual(['c-sem']);
  });

  test('an illness earns nothing; an absence without contracted days is refused', async () => {
    const ill = id();
    await ok(
      run('request.submit', {
        request: {
          id: ill,
          kind: 'absence',
          childId: 'c-sem',
          groupId: DOLFIJNEN,
          submittedAt: at('2026-11-23', '07:00'),
          expiresAt: null,
          enteredBy: null,
          from: '2026-11-23',
          to: '2026-11-23',
          reason: 'illness',
          initiatedBy: 'parent',
        },
        channel: 'phone',
        eventId: id('e'),
      }),
    );
    expect(sum(ledger('c-sem', 'swap_hours'))).toBe(21 * 60);
    const none = await run('request.submit', {
      request: {
        id: id(),
        kind: 'absence',
        childId: 'c-noor',
        groupId: DOLFIJNEN,
        submittedAt: at('2026-11-23'),
        expiresAt: null,
        enteredBy: null,
        from: '2026-11-24',
        to: '2026-11-24',
        reason: 'other',
        initiatedBy: 'parent',
      },
      channel: 'phone',
      eventId: id('e'),
    });
    expect(none).toMatchObject({ ok: false, rule: 'absence.no_care_day' });
  });
});

describe('request.approve: the rules again, the what-if, the roles', () => {
  test('an extra day that fits is approved with who and when, the parent’s message, and the plan shows the child', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26');
    await ok(approve(rid));
    const r = row(rid);
    expect(r).toMatchObject({ status: 'approved', decidedAt: NOW, decidedBy: { userId: manager.userId, name: 'Marieke' } });
    expect(r.state).toMatchObject({
      status: 'approved',
      provisional: false,
      awaitingParentConfirmation: false,
      outOfOrderReason: null,
      groupId: DOLFIJNEN,
    });
    const approved = events(rid).find((e) => e.action === 'approved');
    expect(approved?.parentMessage).toBe('Uw aanvraag voor extra opvang voor Finn op do 26 nov van 07:30 tot 18:00 is goedgekeurd.');
    const day = value(await core.call('ratio.day', { locationId: LOC, date: '2026-11-26' })) as RatioDay;
    expect(
      day.units
        .find((u) => u.unitId === DOLFIJNEN)
        ?.children.map((c) => c.childId)
        .sort(),
    ).toEqual(['c-finn', 'c-noor', 'c-sem']);
  });

  test('first decision wins: approving or rejecting a decided request fails with already_decided', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26');
    await ok(approve(rid));
    expect(await approve(rid)).toMatchObject({ ok: false, code: 'already_decided', rule: 'request.already_decided' });
    expect(await run('request.reject', { requestId: rid, eventId: id('e'), reason: { code: 'group_full' } })).toMatchObject({
      ok: false,
      code: 'already_decided',
    });
    expect(row(rid).decidedBy?.userId).toBe(manager.userId);
  });

  test('a request that breaks a rule is not approved, naming the rule (extra day not on a standard care time)', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10'), { start: '09:00', end: '16:15' });
    expect(row(rid).intakeFailures.map((f) => f.rule)).toEqual(['extra.standard_times']);
    expect(await approve(rid)).toMatchObject({ ok: false, code: 'rule_violated', rule: 'extra.standard_times' });
    expect(row(rid).status).toBe('submitted');
  });

  test('group size: the third place goes, the fourth child does not fit (request.group_full)', async () => {
    const first = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10', '08:00'));
    const second = await extra('c-daan', DOLFIJNEN, '2026-11-26', at('2026-11-10', '09:00'));
    await ok(approve(first));
    const refused = await approve(second);
    expect(refused).toMatchObject({ ok: false, code: 'rule_violated', rule: 'request.group_full' });
    if (!refused.ok)
      expect(refused.message).toBe('De groep Dolfijnen is vol van 07:30 tot 18:00: met dit kind erbij 4 kinderen op 3 plaatsen.');
    const q = await queue();
    expect(itemOf(q, second)?.check).toMatchObject({ fits: false, failures: [{ rule: 'request.group_full' }] });
  });

  test('ratio: a fourth baby with one colleague does not fit (1:3) once the day’s three hours of deviation are used, and the effect names the slots', async () => {
    const rid = await extra('c-baby4', RUPSJES, '2026-11-26');
    const q = await queue();
    const item = itemOf(q, rid);
    expect(item?.check?.fits).toBe(false);
    expect(item?.check?.failures.map((f) => f.rule)).toEqual(['request.ratio_does_not_fit']);
    expect(item?.check?.failures[0]?.message).toBe(
      'Met dit kind erbij klopt de beroepskracht-kindratio in Rupsjes niet van 10:30 tot 18:00.',
    );
    expect(item?.check?.changes.some((c) => c.to === 'understaffed' || c.to === 'deviation' || c.to === 'over_budget')).toBe(true);
    expect(await approve(rid)).toMatchObject({ ok: false, rule: 'request.ratio_does_not_fit' });
  });

  test('an absence frees its place: after it, the request for the last place fits', async () => {
    const rid = await extra('c-baby4', RUPSJES, '2026-11-26');
    expect(await approve(rid)).toMatchObject({ ok: false });
    await ok(
      run('request.submit', {
        request: {
          id: id(),
          kind: 'absence',
          childId: 'c-baby1',
          groupId: RUPSJES,
          submittedAt: at('2026-11-23'),
          expiresAt: null,
          enteredBy: null,
          from: '2026-11-26',
          to: '2026-11-26',
          reason: 'holiday',
          initiatedBy: 'parent',
        },
        channel: 'phone',
        eventId: id('e'),
      }),
    );
    await ok(approve(rid));
  });

  test('out of order: a later request before an earlier one needs a reason (logged), and is the manager’s', async () => {
    const earlier = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10', '08:00'));
    const later = await extra('c-daan', DOLFIJNEN, '2026-11-26', at('2026-11-10', '09:00'));
    expect(await approve(later, {}, assistant)).toMatchObject({ ok: false, code: 'forbidden', rule: 'request.out_of_order_manager_only' });
    expect(await approve(later)).toMatchObject({ ok: false, rule: 'request.out_of_order_needs_reason' });
    await ok(approve(later, { outOfOrderReason: 'Broertje komt die dag ook, afgesproken met de ouders.' }));
    expect(row(later).state).toMatchObject({
      status: 'approved',
      outOfOrderReason: 'Broertje komt die dag ook, afgesproken met de ouders.',
    });
    expect(events(later).at(-1)?.note).toBe('Broertje komt die dag ook, afgesproken met de ouders.');
    expect(row(earlier).status).toBe('submitted');
  });

  test('an assistant approves a request that fits without an exception', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26');
    await ok(approve(rid, {}, assistant));
    expect(row(rid).decidedBy).toMatchObject({ role: 'assistant', name: 'Joost' });
  });

  test('late approval (< 24 h before care starts) is the manager’s and waits for the parent’s confirmation', async () => {
    const rid = await extra('c-sem', DOLFIJNEN, '2026-11-24');
    expect(await approve(rid, {}, assistant)).toMatchObject({ ok: false, code: 'forbidden', rule: 'request.late_manager_only' });
    await ok(approve(rid));
    expect(row(rid).state).toMatchObject({ status: 'approved', awaitingParentConfirmation: true });
    expect(events(rid).at(-1)?.parentMessage).toContain('bevestig');
    const q = await queue();
    expect(itemOf(q, rid)).toMatchObject({ status: 'approved', awaitingParentConfirmation: true });
    await ok(run('request.confirmStillNeeded', { requestId: rid, eventId: id('e'), stillNeeded: true }, assistant));
    expect(row(rid).state).toMatchObject({ status: 'approved', awaitingParentConfirmation: false });
  });

  test('a late approval the parent no longer needs is cancelled', async () => {
    const rid = await extra('c-sem', DOLFIJNEN, '2026-11-24');
    await ok(approve(rid));
    await ok(run('request.confirmStillNeeded', { requestId: rid, eventId: id('e'), stillNeeded: false }));
    expect(row(rid).state).toMatchObject({ status: 'cancelled', by: null, afterApproval: true });
    expect(events(rid).map((e) => e.action)).toEqual(['submitted', 'approved', 'not_needed']);
  });

  test('a flex day spends the quarter’s budget; another group needs the parent’s consent', async () => {
    const rid = await submit({
      kind: 'flexDay',
      childId: 'c-mila',
      groupId: ZEESTERREN,
      date: '2026-11-26',
      submittedAt: at('2026-10-05'),
    });
    expect(row(rid).intakeFailures).toEqual([]);
    await ok(approve(rid));
    expect(sum(ledger('c-mila', 'flex'))).toBe(40 * 60 - 630);
    const day = value(await core.call('ratio.day', { locationId: LOC, date: '2026-11-26' })) as RatioDay;
    expect(day.units.find((u) => u.unitId === ZEESTERREN)?.children.map((c) => c.childId)).toEqual(['c-mila']);
  });

  test('an extra day paid from swap hours spends them; a revocation (manager only) gives them back and makes a call task', async () => {
    const rid = await extra('c-noor', DOLFIJNEN, '2026-12-08', at('2026-11-21'), { payment: 'swap_hours' });
    // Noor has no credit: never partly each.
    expect(row(rid).intakeFailures.map((f) => f.rule)).toEqual(['extra.payment_no_mixing']);
    const paid = await extra('c-sem', DOLFIJNEN, '2026-12-08', at('2026-11-20'), { payment: 'swap_hours' });
    await ok(approve(paid));
    expect(sum(ledger('c-sem', 'swap_hours'))).toBe(21 * 60 - 630);
    expect(await run('request.revoke', { requestId: paid, eventId: id('e'), reason: 'Dubbel geboekt' }, assistant)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await core.call('mutate', { name: 'request.revoke', args: { requestId: paid, eventId: id('e'), reason: '   ' } })).toMatchObject(
      {
        ok: false,
        error: { code: 'validation_failed' },
      },
    );
    await ok(run('request.revoke', { requestId: paid, eventId: id('e'), reason: 'Dubbel geboekt' }));
    expect(row(paid).state).toMatchObject({ status: 'revoked', reason: 'Dubbel geboekt' });
    expect(sum(ledger('c-sem', 'swap_hours'))).toBe(21 * 60);
    const tasks = (core.context.db.prepare('SELECT * FROM requestTasks').all() as Record<string, unknown>[]).map(
      (r) => decodeRow('requestTasks', r) as RequestTaskRow,
    );
    expect(tasks.map((x) => [x.kind, x.requestId, x.doneAt])).toEqual([['call_parent', paid, null]]);
    expect(events(paid).at(-1)?.parentMessage).toContain('ingetrokken');
    await ok(run('requestTask.done', { taskId: tasks[0]!.id }, assistant));
    expect(await run('requestTask.done', { taskId: tasks[0]!.id })).toMatchObject({ ok: false, code: 'already_decided' });
  });

  test('a swap: the original day is released and the swap day holds the child', async () => {
    const rid = await submit({
      kind: 'swapDay',
      childId: 'c-sem',
      groupId: DOLFIJNEN,
      date: '2026-12-08',
      originalDate: '2026-12-14',
      submittedAt: at('2026-11-20'),
    });
    await ok(approve(rid));
    const swapDay = value(await core.call('ratio.day', { locationId: LOC, date: '2026-12-08' })) as RatioDay;
    expect(swapDay.units.find((u) => u.unitId === DOLFIJNEN)?.children.map((c) => c.childId)).toContain('c-sem');
    const original = value(await core.call('ratio.day', { locationId: LOC, date: '2026-12-14' })) as RatioDay;
    expect(original.units.find((u) => u.unitId === DOLFIJNEN)?.children.map((c) => c.childId)).not.toContain('c-sem');
  });
});

describe('the plan sees approved requests and absences', () => {
  test('the week roster lists a child on an approved extra day and no longer one registered absent', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26');
    await ok(approve(rid));
    await ok(
      run('request.submit', {
        request: {
          id: id(),
          kind: 'absence',
          childId: 'c-noor',
          groupId: DOLFIJNEN,
          submittedAt: at('2026-11-23'),
          expiresAt: null,
          enteredBy: null,
          from: '2026-11-26',
          to: '2026-11-26',
          reason: 'holiday',
          initiatedBy: 'parent',
        },
        channel: 'phone',
        eventId: id('e'),
      }),
    );
    const week = value(await core.call('roster.week', { locationId: LOC, weekStart: '2026-11-23' })) as RosterWeek;
    const thursday = week.groups.find((g) => g.groupId === DOLFIJNEN)?.days.find((d) => d.date === '2026-11-26');
    expect(thursday?.children.map((c) => c.childId).sort()).toEqual(['c-finn', 'c-sem']);
  });
});

describe('reject, cancel, expire', () => {
  test('reject with a reason from the list and free text; the parent’s message names it', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26');
    await ok(
      run(
        'request.reject',
        { requestId: rid, eventId: id('e'), reason: { code: 'staff_shortage', note: 'Twee collega’s ziek.' } },
        assistant,
      ),
    );
    expect(row(rid).state).toMatchObject({ status: 'rejected', reason: { code: 'staff_shortage' } });
    expect(events(rid).at(-1)?.parentMessage).toBe(
      'Uw aanvraag voor extra opvang voor Finn op do 26 nov van 07:30 tot 18:00 is afgewezen. Er is die dag te weinig personeel (personeelstekort). Toelichting: Twee collega’s ziek.',
    );
  });

  test('reject "other" needs text; outside the rules names the rule', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10'), { start: '09:00', end: '16:15' });
    await expect(run('request.reject', { requestId: rid, eventId: id('e'), reason: { code: 'other', note: '' } })).rejects.toThrow();
    await ok(
      run('request.reject', { requestId: rid, eventId: id('e'), reason: { code: 'outside_rules', rules: row(rid).intakeFailures } }),
    );
    expect(events(rid).at(-1)?.parentMessage).toContain('De aanvraag past niet in de regels:');
  });

  test('cancelling an approved extra day: 14 days before is fine (hours back), 13 is too late', async () => {
    const soon = await extra('c-sem', DOLFIJNEN, '2026-12-08', at('2026-11-20'), { payment: 'swap_hours' });
    const later = await extra('c-finn', DOLFIJNEN, '2026-12-10', at('2026-11-20'));
    await ok(approve(soon));
    await ok(approve(later));
    expect(await run('request.cancel', { requestId: soon, eventId: id('e') }, assistant, at('2026-11-25'))).toMatchObject({
      ok: false,
      rule: 'cancel.min_days_before',
    });
    await ok(run('request.cancel', { requestId: soon, eventId: id('e') }, assistant, at('2026-11-24')));
    expect(sum(ledger('c-sem', 'swap_hours'))).toBe(21 * 60);
    expect(row(soon).state).toMatchObject({ status: 'cancelled', afterApproval: true });
  });

  test('expiry at the minute: approvable at 09:59, expired from 10:00, then nothing but final', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10'), { expiresAt: at('2026-11-23', '10:00') });
    expect(await run('request.expire', { requestId: rid, eventId: id('e') }, assistant, at('2026-11-23', '09:59'))).toMatchObject({
      ok: false,
      rule: 'request.not_yet_expired',
    });
    expect(await approve(rid, {}, manager, at('2026-11-23', '10:00'))).toMatchObject({ ok: false, rule: 'request.expired' });
    await ok(run('request.expire', { requestId: rid, eventId: id('e') }, assistant, at('2026-11-23', '10:00')));
    expect(row(rid).status).toBe('expired');
    expect(events(rid).at(-1)?.parentMessage).toContain('is vervallen');
    expect(await approve(rid)).toMatchObject({ ok: false, code: 'already_decided' });
  });

  test('requests.expireDue lets every request past its moment expire', async () => {
    const due = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10'), { expiresAt: at('2026-11-23', '08:00') });
    const notYet = await extra('c-daan', DOLFIJNEN, '2026-11-26', at('2026-11-10'), { expiresAt: at('2026-11-24', '08:00') });
    expect(value(await core.call('requests.expireDue', { locationId: LOC }))).toEqual({ expired: 1 });
    expect([row(due).status, row(notYet).status]).toEqual(['expired', 'submitted']);
  });
});

describe('the queue', () => {
  test('by day and group in queue order: flex before extra, then arrival; expiring ones on top, flagged', async () => {
    const extraEarly = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-10-01', '08:00'));
    const flexLate = await submit({
      kind: 'flexDay',
      childId: 'c-mila',
      groupId: DOLFIJNEN,
      date: '2026-11-26',
      submittedAt: at('2026-10-05'),
    });
    const extraLate = await extra('c-daan', DOLFIJNEN, '2026-11-26', at('2026-10-02', '08:00'));
    const expiring = await extra('c-baby4', RUPSJES, '2026-11-27', at('2026-11-10'), { expiresAt: at('2026-11-24', '12:00') });
    const q = await queue();
    expect(q.expiring.map((i) => i.id)).toEqual([expiring]);
    expect(q.expiring[0]?.expiring).toBe(true);
    const thursday = q.days.find((d) => d.date === '2026-11-26');
    expect(thursday?.groups.map((g) => g.groupName)).toEqual(['Dolfijnen']);
    expect(thursday?.groups[0]?.items.map((i) => i.id)).toEqual([flexLate, extraEarly, extraLate]);
    expect(itemOf(q, extraLate)?.outOfOrder).toBe(true);
    expect(itemOf(q, flexLate)?.outOfOrder).toBe(false);
    expect(itemOf(q, flexLate)?.balances.flex).toBe(40 * 60);
    expect(itemOf(q, extraEarly)?.parentMessage).toContain('is goedgekeurd');
    expect(q.counts.submitted).toBe(4);
  });

  test('filters by kind, group and status', async () => {
    const a = await extra('c-finn', DOLFIJNEN, '2026-11-26');
    const b = await submit({ kind: 'flexDay', childId: 'c-mila', groupId: ZEESTERREN, date: '2026-11-26', submittedAt: at('2026-10-05') });
    await ok(approve(b));
    const ids = (q: RequestQueue) => allItems(q).map((i) => i.id);
    expect(ids(await queue('2026-11-23', { kind: 'flexDay' }))).toEqual([b]);
    expect(ids(await queue('2026-11-23', { groupId: DOLFIJNEN }))).toEqual([a]);
    expect(ids(await queue('2026-11-23', { status: 'open' }))).toEqual([a]);
    expect(ids(await queue('2026-11-23', { status: 'approved' }))).toEqual([b]);
  });

  test('when approving one changes whether the next fits, the queue shows it at once', async () => {
    const first = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10', '08:00'));
    const second = await extra('c-daan', DOLFIJNEN, '2026-11-26', at('2026-11-10', '09:00'));
    let q = await queue();
    expect([itemOf(q, first)?.check?.fits, itemOf(q, second)?.check?.fits]).toEqual([true, true]);
    await ok(approve(first));
    q = await queue();
    expect(itemOf(q, second)?.check?.fits).toBe(false);
  });

  test('approve all that fit for a day: in queue order, re-checked after each, stopping for a group at capacity', async () => {
    const a = await extra('c-finn', DOLFIJNEN, '2026-11-26', at('2026-11-10', '08:00'));
    const b = await extra('c-daan', DOLFIJNEN, '2026-11-26', at('2026-11-10', '09:00'));
    const c = await extra('c-lotte', DOLFIJNEN, '2026-11-26', at('2026-11-10', '10:00'), {});
    const z = await submit({ kind: 'flexDay', childId: 'c-mila', groupId: ZEESTERREN, date: '2026-11-26', submittedAt: at('2026-10-05') });
    const result = value(await core.call('requests.bulkApprove', { locationId: LOC, date: '2026-11-26' })) as BulkApproveResult;
    expect(result.approved.sort()).toEqual([a, z].sort());
    expect(result.stopped).toEqual([expect.objectContaining({ requestId: b, rule: 'request.group_full', groupName: 'Dolfijnen' })]);
    expect([row(a).status, row(b).status, row(c).status, row(z).status]).toEqual(['approved', 'submitted', 'submitted', 'approved']);
  });

  test('requests.message: what the parent would receive, before deciding', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-11-26');
    expect(value(await core.call('requests.message', { requestId: rid, decision: 'reject', reason: { code: 'group_full' } }))).toEqual({
      message: 'Uw aanvraag voor extra opvang voor Finn op do 26 nov van 07:30 tot 18:00 is afgewezen. De groep is die dag vol.',
    });
  });

  test('hour ledgers: balances as sums, and credit expiring within four weeks with days that have room', async () => {
    const ledgers = value(await core.call('requests.ledgers', { locationId: LOC, date: '2026-12-10' })) as RequestLedgers;
    const sem = ledgers.children.find((c) => c.childId === 'c-sem');
    expect(sem).toMatchObject({ swapHours: 21 * 60, flex: null });
    expect(ledgers.children.find((c) => c.childId === 'c-mila')?.flex).toBe(40 * 60);
    expect(ledgers.expiring).toEqual([
      expect.objectContaining({ childId: 'c-sem', validUntil: '2026-12-31', minutes: 21 * 60, daysLeft: 21 }),
    ]);
    expect(ledgers.expiring[0]?.daysWithRoom.length).toBeGreaterThan(0);
    expect(ledgers.expiring[0]?.daysWithRoom.every((d) => [2].includes(isoWeekday(d)))).toBe(true);
  });
});

const billing = (requestId: string): BillingLineRow[] =>
  (
    core.context.db.prepare('SELECT * FROM billingLines WHERE request_id = ? ORDER BY posted_at, id').all(requestId) as Record<
      string,
      unknown
    >[]
  ).map((r) => decodeRow('billingLines', r));

describe('invoice lines: approving bills, revoking or cancelling in time credits', () => {
  test('an extra day on invoice is billed on approval; revoking it credits the line, and the parent is told', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-12-10', at('2026-11-20'));
    await ok(approve(rid));
    expect(billing(rid).map((l) => [l.cause, l.minutes, l.date, l.kind])).toEqual([['approved', 630, '2026-12-10', 'extraDay']]);
    expect(itemOf(await queue('2026-12-07'), rid)?.billing).toEqual({ charged: 630, credited: 0 });

    await ok(run('request.revoke', { requestId: rid, eventId: id('e'), reason: 'Groep gaat dicht' }));
    const [charge, credit] = billing(rid);
    expect(credit).toMatchObject({ cause: 'revoked_approval', minutes: -630, creditsLineId: charge?.id, note: 'Groep gaat dicht' });
    expect(itemOf(await queue('2026-12-07'), rid)?.billing).toEqual({ charged: 630, credited: 630 });
    expect(events(rid).at(-1)?.parentMessage).toContain('wordt gecrediteerd: u betaalt er niets voor.');
  });

  test('an extra day paid fully from swap hours puts nothing on the invoice', async () => {
    const rid = await extra('c-sem', DOLFIJNEN, '2026-12-08', at('2026-11-20'), { payment: 'swap_hours' });
    await ok(approve(rid));
    expect(billing(rid)).toEqual([]);
  });

  test('a late approval is billed only once the parent confirms it is still needed', async () => {
    const rid = await extra('c-sem', DOLFIJNEN, '2026-11-24');
    await ok(approve(rid));
    expect(billing(rid)).toEqual([]);
    await ok(run('request.confirmStillNeeded', { requestId: rid, eventId: id('e'), stillNeeded: true }));
    expect(billing(rid).map((l) => [l.cause, l.minutes])).toEqual([['approved', 630]]);
  });

  test('the parent cancelling in time (14 days before) credits the line; an extension bills the hour it adds', async () => {
    const rid = await extra('c-finn', DOLFIJNEN, '2026-12-10', at('2026-11-20'));
    await ok(approve(rid));
    await ok(run('request.cancel', { requestId: rid, eventId: id('e') }, assistant, at('2026-11-26')));
    expect(billing(rid).map((l) => [l.cause, l.minutes])).toEqual([
      ['approved', 630],
      ['cancelled', -630],
    ]);
    const ext = await submit({
      kind: 'extension',
      childId: 'c-sem',
      groupId: DOLFIJNEN,
      date: '2026-12-02',
      submittedAt: at('2026-11-20'),
      end: '19:00',
    });
    await ok(approve(ext));
    expect(billing(ext).map((l) => [l.cause, l.minutes])).toEqual([['approved', 60]]);
  });
});

describe('school closure day: the BSO opens from the manager’s threshold for the day', () => {
  const BSO = 'g-bso';
  const DAY = '2026-12-16'; // Wednesday, a school day outside the holidays

  function seedBso(): void {
    const s = core.context.store;
    core.context.db.transaction(() => {
      s.put('groups', {
        id: BSO,
        locationId: LOC,
        name: 'Vossen',
        careType: 'BSO',
        ageMinMonths: 48,
        ageMaxMonths: 156,
        capacity: 20,
        externalId: null,
        closedFrom: null,
        room: '',
        days: [1, 2, 3, 4, 5],
      });
      for (const k of [1, 2, 3]) {
        s.put('children', {
          id: `c-bso${k}`,
          locationId: LOC,
          firstName: `Bso${k}`,
          lastName: 'Test',
          dateOfBirth: '2019-03-01',
          familyId: `fam-bso${k}`,
          externalId: null,
        });
        s.put(
          'placements',
          placement({ id: `p-bso${k}`, childId: `c-bso${k}`, groupId: BSO, careType: 'BSO', days: days([1, 2], '15:00', '18:00') }),
        );
        s.put('consents', { id: `c-bso${k}`, locationId: LOC, photos: true, trips: true, otherGroup: false });
      }
      s.put('shifts', {
        id: `sh-dirk-${DAY}`,
        locationId: LOC,
        staffId: 's-dirk',
        groupId: BSO,
        date: DAY,
        start: t('07:00'),
        end: t('19:00'),
        breaks: [],
      });
    })();
  }

  async function register(k: number): Promise<string> {
    const rid = id();
    const request = {
      id: rid,
      kind: 'schoolClosureDay',
      childId: `c-bso${k}`,
      groupId: BSO,
      submittedAt: at('2026-11-10'),
      expiresAt: null,
      enteredBy: null,
      date: DAY,
      start: t('07:30'),
      end: t('18:00'),
    };
    await ok(run('request.submit', { request, channel: 'email', eventId: id('e') }));
    return rid;
  }

  test('below the organisation’s 6 registered children approving is refused; the manager sets 3 for the day, then it opens', async () => {
    seedBso();
    const [a, b, c] = [await register(1), await register(2), await register(3)];
    expect(await approve(a)).toMatchObject({ ok: false, code: 'rule_violated', rule: 'school_closure.below_threshold' });
    let item = itemOf(await queue('2026-12-14'), a);
    expect(item?.schoolClosure).toEqual({ registered: 3, threshold: 6, thresholdSet: false });
    expect(item?.check?.failures.map((f) => f.rule)).toEqual(['school_closure.below_threshold']);
    expect(item?.check?.failures[0]?.message).toBe('Voor wo 16 dec zijn 3 kinderen aangemeld; de BSO gaat open vanaf 6 kinderen.');

    const set = { id: id('sc'), locationId: LOC, date: DAY, threshold: 3 };
    expect(await run('schoolClosureDay.setThreshold', set, assistant)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run('schoolClosureDay.setThreshold', set, manager, at('2026-12-17'))).toMatchObject({
      ok: false,
      rule: 'school_closure.threshold_day_passed',
    });
    await ok(run('schoolClosureDay.setThreshold', set));
    item = itemOf(await queue('2026-12-14'), a);
    expect(item?.schoolClosure).toEqual({ registered: 3, threshold: 3, thresholdSet: true });
    expect(item?.check?.fits).toBe(true);

    const result = value(await core.call('requests.bulkApprove', { locationId: LOC, date: DAY })) as BulkApproveResult;
    expect(result.approved.sort()).toEqual([a, b, c].sort());
    // Billed separately: every approved school closure day has its invoice line.
    expect(billing(a).map((l) => [l.kind, l.minutes])).toEqual([['schoolClosureDay', 630]]);
  });

  test('the threshold is one row per day: setting it again changes that row; 2 of 3 registered with threshold 3 stays closed', async () => {
    seedBso();
    const [a, b] = [await register(1), await register(2)];
    await ok(run('schoolClosureDay.setThreshold', { id: id('sc'), locationId: LOC, date: DAY, threshold: 4 }));
    await ok(run('schoolClosureDay.setThreshold', { id: id('sc'), locationId: LOC, date: DAY, threshold: 3 }));
    expect(core.context.store.find('schoolClosureDays', { locationId: LOC })).toEqual([expect.objectContaining({ threshold: 3 })]);
    expect(await approve(a)).toMatchObject({ ok: false, rule: 'school_closure.below_threshold' });
    await register(3);
    await ok(approve(a));
    await ok(approve(b));
  });
});

describe('a day is compensated once: absence credit and a swap of the same day', () => {
  /** Noor (Thursdays) is registered absent on Thursday 10 December, reported on 23 November: 10,5 hours of credit. */
  async function absentThursday(): Promise<string> {
    const rid = id();
    await ok(
      run('request.submit', {
        request: {
          id: rid,
          kind: 'absence',
          childId: 'c-noor',
          groupId: DOLFIJNEN,
          submittedAt: at('2026-11-23'),
          expiresAt: null,
          enteredBy: null,
          from: '2026-12-10',
          to: '2026-12-10',
          reason: 'holiday',
          initiatedBy: 'parent',
        },
        channel: 'phone',
        eventId: id('e'),
      }),
    );
    expect(sum(ledger('c-noor', 'swap_hours'))).toBe(630);
    return rid;
  }
  const swapToFriday = () =>
    submit({
      kind: 'swapDay',
      childId: 'c-noor',
      groupId: DOLFIJNEN,
      date: '2026-12-11',
      originalDate: '2026-12-10',
      submittedAt: at('2026-11-23'),
    });

  test('swap.original_credit_taken_back: approving a swap of a day that earned swap hours by absence takes those hours back; revoking the swap returns them', async () => {
    await absentThursday();
    const swap = await swapToFriday();
    await ok(approve(swap));
    expect(sum(ledger('c-noor', 'swap_hours'))).toBe(0);
    expect(ledger('c-noor', 'swap_hours').map((l) => [l.cause, l.minutes, l.sourceRequestId])).toContainEqual(['swapped_day', -630, swap]);
    expect(events(swap).at(-1)?.parentMessage).toBe(
      'Uw aanvraag voor een ruildag voor Noor op vr 11 dec van 07:30 tot 18:00, in plaats van do 10 dec is goedgekeurd. ' +
        'U ruilt do 10 dec: de 10,5 uur tegoed die de afwezigheid op die dag opleverde, vervalt.',
    );
    await ok(run('request.revoke', { requestId: swap, eventId: id('e'), reason: 'Vergissing' }));
    expect(sum(ledger('c-noor', 'swap_hours'))).toBe(630);
  });

  test('swap.original_credit_spent: a day whose absence credit already paid an extra day cannot also be swapped, and approving changes nothing', async () => {
    await absentThursday();
    const paid = await extra('c-noor', DOLFIJNEN, '2026-12-16', at('2026-11-23'), { start: '08:00', end: '13:00', payment: 'swap_hours' });
    await ok(approve(paid));
    expect(sum(ledger('c-noor', 'swap_hours'))).toBe(330);
    const swap = await swapToFriday();
    expect(row(swap).intakeFailures.map((f) => f.rule)).toEqual(['swap.original_credit_spent']);
    expect(await approve(swap)).toMatchObject({ ok: false, code: 'rule_violated', rule: 'swap.original_credit_spent' });
    expect(row(swap).status).toBe('submitted');
    expect(sum(ledger('c-noor', 'swap_hours'))).toBe(330);
  });
});

describe('extra.payment split: the parent sees how a mixed-paid extra day is paid, before and after approval', () => {
  test('with mixed payment allowed, 5,5 hours with 4,5 hours of credit: the preview and the message name 4,5 hours from the credit and 1 hour (€ 11,00) on the invoice', async () => {
    core.context.db.transaction(() => {
      core.context.store.put('organisations', {
        id: 'org-test',
        name: 'Kinderopvang Test',
        settings: { requests: { extraDay: { allowMixedPayment: true, minNoticeDays: 0 } } },
      });
      core.context.store.put(
        'hourLedger',
        ledgerRow('l-noor-credit', 'c-noor', 'swap_hours', 270, 'correction', '2026-11-01', '2026-12-31'),
      );
    })();
    const rid = await extra('c-noor', DOLFIJNEN, '2026-12-16', at('2026-11-20'), { start: '07:30', end: '13:00', payment: 'swap_hours' });
    const split =
      'Uw aanvraag voor extra opvang voor Noor op wo 16 dec van 07:30 tot 13:00 is goedgekeurd. ' +
      'Betaling: 4,5 uur uit uw tegoed, 1 uur op de factuur (€ 11,00).';
    expect(itemOf(await queue('2026-12-14'), rid)?.parentMessage).toBe(split);
    expect(value(await core.call('requests.message', { requestId: rid, decision: 'approve' }))).toEqual({ message: split });
    await ok(approve(rid));
    expect(sum(ledger('c-noor', 'swap_hours'))).toBe(0);
    expect(billing(rid).map((l) => [l.cause, l.minutes])).toEqual([['approved', 60]]);
    expect(events(rid).at(-1)?.parentMessage).toBe(split);
  });
});

describe('request.expired by default: a request without an expiry moment expires at the minimum notice', () => {
  /** The organisation's default notice: 14 days for an extra day. */
  function defaultNotice(): void {
    core.context.store.put('organisations', { id: 'org-test', name: 'Kinderopvang Test', settings: {} });
  }
  const expire = (rid: string, when: string) => run('request.expire', { requestId: rid, eventId: id('e') }, manager, when);

  test('request.expired: an extra day on Thursday 10 December (14 days’ notice) can be decided through Thursday 26 November and expires at 00:00 on the 27th; the parent is told the moment', async () => {
    defaultNotice();
    const rid = await extra('c-finn', DOLFIJNEN, '2026-12-10', at('2026-11-20'));
    expect(row(rid).expiresAt).toBe(at('2026-11-27', '00:00'));
    expect(events(rid)[0]?.parentMessage).toBe(
      'We hebben uw aanvraag voor extra opvang voor Finn op do 10 dec van 07:30 tot 18:00 ontvangen. ' +
        'Is er niet vóór vr 27 nov 00:00 over beslist, dan vervalt ze.',
    );
    // the day before and on the last day of the notice: still open
    expect(await expire(rid, at('2026-11-25', '12:00'))).toMatchObject({ ok: false, rule: 'request.not_yet_expired' });
    expect(await expire(rid, at('2026-11-26', '23:59'))).toMatchObject({ ok: false, rule: 'request.not_yet_expired' });
    // the day after: expired, and no longer approvable
    expect(await approve(rid, {}, manager, at('2026-11-27', '00:00'))).toMatchObject({ ok: false, rule: 'request.expired' });
    await ok(expire(rid, at('2026-11-27', '00:00')));
    expect(row(rid).status).toBe('expired');
    expect(events(rid).at(-1)?.parentMessage).toContain('is vervallen');
  });

  test('request.expired: a request made inside the notice waits until its day has passed, and then expires in any case, also past a later moment of the parent', async () => {
    defaultNotice();
    const late = await extra('c-finn', DOLFIJNEN, '2026-12-03', at('2026-11-23'));
    expect(row(late).expiresAt).toBe(at('2026-12-04', '00:00'));
    const parents = await extra('c-daan', DOLFIJNEN, '2026-12-03', at('2026-11-23'), { expiresAt: at('2026-12-20') });
    expect(row(parents).expiresAt).toBe(at('2026-12-04', '00:00'));
    expect(await expire(late, at('2026-12-03', '23:59'))).toMatchObject({ ok: false, rule: 'request.not_yet_expired' });
    await ok(expire(late, at('2026-12-04', '00:00')));
    await ok(expire(parents, at('2026-12-04', '00:01')));
    expect([row(late).status, row(parents).status]).toEqual(['expired', 'expired']);
  });
});
