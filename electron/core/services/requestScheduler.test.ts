/**
 * The request scheduler on a real core over a real SQLite file, with an injected clock and timer:
 * requests expire at their expiry moment while the desk stays open (the queue hears of it through
 * the `changed` event), nothing is written while nobody is signed in, and after a quarter's last
 * day the flex budgets are closed, once.
 *
 * Location: Dolfijnen (KDV) with Finn (Mon/Tue) and Mila (flex, 40 hours in Q1 2027, a flex day
 * rejected for staff shortage well ahead). The clock starts on Monday 23 November 2026, 09:00.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PushEvent } from '../../../shared/contract/events';
import type { RequestQueue } from '../../../shared/contract/requestViews';
import { instantAtLocal } from '../../../shared/domain/requests/requestTime';
import type { HourLedgerRow, RequestRow } from '../../../shared/model/requestRows';
import type { Actor } from '../../../shared/model/roles';
import { mutators } from '../../../shared/mutators';
import type { MutatorName } from '../../../shared/mutators/names';
import { openTempCore } from '../../../test/fixtures/tempCore';
import type { Core } from '../core';
import { decodeRow } from '../store/rowCodec';
import type { Timers } from './requestScheduler';

const LOC = 'loc-sched';
const GROUP = 'g-dolfijnen';
const manager: Actor = { userId: 'local-manager', role: 'manager', name: 'Locatiemanager' };
const t = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const at = (date: string, hhmm = '09:00') => instantAtLocal(date, t(hhmm));

/** A timer fired by the test: the last one set, and the delay it was set with. */
class ManualTimers implements Timers {
  pending: { fn: () => void; ms: number } | null = null;
  set(fn: () => void, ms: number) {
    this.pending = { fn, ms };
    return this.pending;
  }
  clear(handle: unknown) {
    if (this.pending === handle) this.pending = null;
  }
}

let core: Core;
let cleanup: () => Promise<void>;
let now: Date;
let timers: ManualTimers;
let events: PushEvent[];
let n = 0;
const id = (prefix: string) => `${prefix}-${String(++n).padStart(4, '0')}`;

/** Moves the clock to `instant` and fires the timer, as Node would when it comes due. */
async function fireAt(instant: string): Promise<void> {
  now = new Date(instant);
  const timer = timers.pending;
  if (!timer) throw new Error('no timer set');
  timers.pending = null;
  timer.fn();
  await core.requestScheduler.idle();
}

async function look(): Promise<void> {
  core.requestScheduler.poke();
  await core.requestScheduler.idle();
}

const row = (rid: string): RequestRow =>
  decodeRow('requests', core.context.db.prepare('SELECT * FROM requests WHERE id = ?').get(rid) as Record<string, unknown>);
const flexRows = (): HourLedgerRow[] =>
  (
    core.context.db.prepare("SELECT * FROM hourLedger WHERE account = 'flex' ORDER BY valid_from, minutes").all() as Record<
      string,
      unknown
    >[]
  ).map((r) => decodeRow('hourLedger', r));

function seed(): void {
  const s = core.context.store;
  core.context.db.transaction(() => {
    s.put('organisations', { id: 'org-s', name: 'Kinderopvang Test', settings: {} });
    s.put('locations', {
      id: LOC,
      organisationId: 'org-s',
      name: 'Test',
      opensAt: t('07:00'),
      closesAt: t('19:00'),
      code: 'TST',
      lrkNumber: null,
      address: null,
      openDays: [1, 2, 3, 4, 5],
    });
    s.put('groups', {
      id: GROUP,
      locationId: LOC,
      name: 'Dolfijnen',
      careType: 'KDV',
      ageMinMonths: 0,
      ageMaxMonths: 48,
      capacity: 12,
      externalId: null,
      closedFrom: null,
      room: '',
      days: [1, 2, 3, 4, 5],
    });
    for (const [cid, name] of [
      ['c-finn', 'Finn'],
      ['c-mila', 'Mila'],
    ]) {
      s.put('children', {
        id: cid!,
        locationId: LOC,
        firstName: name!,
        lastName: 'Test',
        dateOfBirth: '2023-10-01',
        familyId: `fam-${cid}`,
        externalId: null,
      });
      s.put('consents', { id: cid!, locationId: LOC, photos: true, trips: true, otherGroup: true });
    }
    const base = { locationId: LOC, groupId: GROUP, careType: 'KDV' as const, startDate: '2025-01-06', endDate: null };
    s.put('placements', {
      ...base,
      id: 'p-finn',
      childId: 'c-finn',
      kind: 'fixed',
      days: [1, 2].map((weekday) => ({ weekday, start: t('07:30'), end: t('18:00') })),
    });
    s.put('placements', { ...base, id: 'p-mila', childId: 'c-mila', kind: 'flex', days: [] });
  })();
}

async function run(name: MutatorName, args: unknown, when: string): Promise<void> {
  const outcome = await core.context.mutations.apply(name, mutators[name].args.parse(args), { actor: manager, createdAt: when });
  if (!outcome.ok) throw new Error(`${outcome.rule}: ${outcome.message}`);
}

/** An extra day for Finn on Thu 26 Nov, asked on 10 Nov, with the parent's expiry moment. */
async function extraDay(expiresAt: string | null): Promise<string> {
  const rid = id('r');
  await run(
    'request.submit',
    {
      request: {
        id: rid,
        kind: 'extraDay',
        childId: 'c-finn',
        groupId: GROUP,
        submittedAt: at('2026-11-10'),
        expiresAt,
        enteredBy: null,
        date: '2026-11-26',
        start: t('07:30'),
        end: t('18:00'),
        payment: 'invoice',
        recurring: false,
      },
      channel: 'email',
      eventId: id('e'),
    },
    at('2026-11-10'),
  );
  return rid;
}

beforeEach(async () => {
  now = new Date(at('2026-11-23', '09:00'));
  timers = new ManualTimers();
  events = [];
  ({ core, cleanup } = await openTempCore({ now: () => now, requestTimers: timers }));
  core.onEvent((e) => events.push(e));
  await core.requestScheduler.idle();
  seed();
});
afterEach(async () => cleanup());

describe('expiry at the minute while the desk stays open', () => {
  test('expiry: the timer is set for the expiry moment itself; a request expiring at 10:00 is open at 09:59:59.999 and expired at 10:00', async () => {
    now = new Date('2026-11-23T08:59:30.000Z'); // 09:59:30
    const rid = await extraDay(at('2026-11-23', '10:00'));
    await look();
    expect(timers.pending?.ms).toBe(30_000);
    expect(core.requestScheduler.scheduledAt()).toBe(at('2026-11-23', '10:00'));

    // A timer that comes a millisecond early changes nothing and looks again a millisecond later.
    await fireAt('2026-11-23T08:59:59.999Z');
    expect(row(rid).status).toBe('submitted');
    expect(timers.pending?.ms).toBe(1);

    await fireAt('2026-11-23T09:00:00.000Z');
    expect(row(rid).state).toEqual({ status: 'expired', at: at('2026-11-23', '10:00') });
    expect(events).toContainEqual({ type: 'changed', tables: expect.arrayContaining(['requests', 'requestEvents']) });
    const queue = await core.call('requests.queue', { locationId: LOC, weekStart: '2026-11-23' });
    const items = queue.ok
      ? [...(queue.value as RequestQueue).expiring, ...(queue.value as RequestQueue).days.flatMap((d) => d.groups.flatMap((g) => g.items))]
      : [];
    expect(items.find((i) => i.id === rid)).toMatchObject({ status: 'expired' });
    expect(items.find((i) => i.id === rid)?.parentMessage).toContain('is vervallen');
  });

  test('expiry: the timer never waits more than a minute (a clock jump is noticed), and a sooner moment re-arms it', async () => {
    await extraDay(at('2026-11-25', '12:00'));
    await look();
    expect(timers.pending?.ms).toBe(60_000);
    // Stored without an event (as a test seed): nobody told the scheduler yet.
    const soon = await extraDay(at('2026-11-23', '09:00'));
    expect(row(soon).status).toBe('submitted');
    // Written through `mutate`, the change reaches the scheduler as an event.
    const third = id('r');
    const submit = await core.call('mutate', {
      name: 'request.submit',
      args: {
        request: {
          id: third,
          kind: 'extraDay',
          childId: 'c-finn',
          groupId: GROUP,
          submittedAt: at('2026-11-20'),
          expiresAt: '2026-11-23T08:00:20.000Z',
          enteredBy: null,
          date: '2026-11-30',
          start: t('07:30'),
          end: t('18:00'),
          payment: 'invoice',
          recurring: false,
        },
        channel: 'phone',
        eventId: id('e'),
      },
    });
    expect(submit.ok).toBe(true);
    await core.requestScheduler.idle();
    // `soon` expired at 09:00 (now): let go at once; `third` at 09:00:20: 20 seconds ahead.
    expect(row(soon).status).toBe('expired');
    expect(timers.pending?.ms).toBe(20_000);
    await fireAt('2026-11-23T08:00:20.000Z');
    expect(row(third).status).toBe('expired');
  });

  test('expiry: with nobody signed in nothing is written; the first look after someone signs in lets it expire', async () => {
    const rid = await extraDay(at('2026-11-23', '09:30'));
    const actor = vi.spyOn(core.context.session, 'actor').mockReturnValue(null);
    await look();
    await fireAt(at('2026-11-23', '09:30'));
    expect(row(rid).status).toBe('submitted');
    expect(timers.pending?.ms).toBe(60_000);
    actor.mockRestore();
    await look();
    expect(row(rid).status).toBe('expired');
  });

  test('expiry: two desks letting the same request expire is one outcome, not a conflict (request.expire on an expired request changes nothing)', async () => {
    const rid = await extraDay(at('2026-11-23', '08:00'));
    await run('request.expire', { requestId: rid, eventId: id('e') }, at('2026-11-23', '08:00'));
    const eventsBefore = core.context.db.prepare('SELECT COUNT(*) AS n FROM requestEvents WHERE request_id = ?').get(rid);
    await run('request.expire', { requestId: rid, eventId: id('e') }, at('2026-11-23', '08:01'));
    expect(core.context.db.prepare('SELECT COUNT(*) AS n FROM requestEvents WHERE request_id = ?').get(rid)).toEqual(eventsBefore);
    expect(row(rid).status).toBe('expired');
  });
});

describe('quarter end: the flex budgets are closed after the quarter’s last day', () => {
  test('quarter close: at 00:00 on 1 April the first quarter’s unused hours lapse and the protected ones carry over, once', async () => {
    const q1 = { validFrom: '2027-01-01', validUntil: '2027-03-31' };
    core.context.store.put('hourLedger', {
      id: 'l-mila-q1',
      locationId: LOC,
      childId: 'c-mila',
      account: 'flex',
      minutes: 40 * 60,
      cause: 'flex_allowance',
      ...q1,
      sourceRequestId: null,
      locationInitiated: false,
      postedAt: at('2026-11-23'),
      note: '',
    });
    // A flex day in February, asked on 1 December, rejected for staff shortage in January.
    now = new Date(at('2026-12-01'));
    await run(
      'request.submit',
      {
        request: {
          id: 'r-flex',
          kind: 'flexDay',
          childId: 'c-mila',
          groupId: GROUP,
          submittedAt: at('2026-12-01'),
          expiresAt: null,
          enteredBy: null,
          date: '2027-02-10',
          start: t('07:30'),
          end: t('18:00'),
        },
        channel: 'email',
        otherGroupConsent: true,
        eventId: id('e'),
      },
      at('2026-12-01'),
    );
    await run('request.reject', { requestId: 'r-flex', eventId: id('e'), reason: { code: 'staff_shortage' } }, at('2027-01-15'));

    now = new Date(at('2027-03-31', '23:59'));
    await look();
    expect(core.requestScheduler.scheduledAt()).toBe(at('2027-04-01', '00:00'));
    expect(flexRows()).toHaveLength(1);

    await fireAt(at('2027-04-01', '00:00'));
    expect(flexRows().map((r) => [r.cause, r.minutes, r.validFrom, r.validUntil])).toEqual([
      ['flex_expired', -1770, '2027-01-01', '2027-03-31'],
      ['flex_carry_over', -630, '2027-01-01', '2027-03-31'],
      ['flex_allowance', 2400, '2027-01-01', '2027-03-31'],
      ['flex_carry_over', 630, '2027-04-01', '2027-06-30'],
    ]);
    expect(flexRows().find((r) => r.cause === 'flex_expired')?.note).toBe(
      'Kwartaal 1 van 2027 afgesloten: 29,5 uur niet gebruikt en vervallen.',
    );
    expect(events).toContainEqual({ type: 'changed', tables: ['hourLedger'] });
    const ledgers = await core.call('requests.ledgers', { locationId: LOC, date: '2027-04-01' });
    expect(ledgers.ok && (ledgers.value as { children: { childId: string; flex: number | null }[] }).children).toEqual([
      expect.objectContaining({ childId: 'c-mila', flex: 630 }),
    ]);

    // Idempotent: looking again, or running it by hand, posts nothing more.
    await fireAt(at('2027-04-01', '00:01'));
    await run('flexBudget.closeQuarter', { locationId: LOC, year: 2027, quarter: 1, eventId: id('e') }, at('2027-04-01', '08:00'));
    expect(flexRows()).toHaveLength(4);
  });

  test('quarter close: refused before the quarter’s last day has passed (flex.quarter_not_ended)', async () => {
    const outcome = await core.context.mutations.apply(
      'flexBudget.closeQuarter',
      { locationId: LOC, year: 2026, quarter: 4, eventId: id('e') },
      { actor: manager, createdAt: at('2026-12-31', '23:59') },
    );
    expect(outcome).toMatchObject({ ok: false, rule: 'flex.quarter_not_ended' });
    expect(outcome.ok ? '' : outcome.message).toBe('Kwartaal 4 van 2026 loopt tot en met do 31 dec; afsluiten kan vanaf de dag erna.');
  });
});
