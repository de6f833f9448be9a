import { describe, expect, test } from 'vitest';
import { compareQueue, earlierCompetitors, isExpiringSoon, isOutOfOrder, queueOrder } from './queueOrder';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';
import { absence, approved, extra, flex, local, swap, withState } from './testFixtures';

const settings = defaultRequestSettings;
const now = '2026-11-16T08:00:00.000Z';
const ids = (entries: { request: { id: string } }[]) => entries.map((e) => e.request.id);

describe('queue order', () => {
  test('queue: by day first, then arrival', () => {
    const a = extra({ id: 'a', date: '2026-11-25', submitted: '2026-11-01' });
    const b = extra({ id: 'b', date: '2026-11-24', submitted: '2026-11-05' });
    const c = extra({ id: 'c', date: '2026-11-24', submitted: '2026-11-02' });
    expect(ids(queueOrder([a, b, c], now, settings))).toEqual(['c', 'b', 'a']);
  });

  test('queue: a flex day goes before an extra day for the same day, even when it arrived later', () => {
    const e = extra({ id: 'extra', date: '2026-12-09', submitted: '2026-11-01' });
    const f = flex({ id: 'flex', date: '2026-12-09', submitted: '2026-11-10' });
    expect(ids(queueOrder([e, f], now, settings))).toEqual(['flex', 'extra']);
  });

  test('queue: a flex day does not jump an earlier day', () => {
    const e = extra({ id: 'extra', date: '2026-12-08', submitted: '2026-11-05' });
    const f = flex({ id: 'flex', date: '2026-12-09', submitted: '2026-11-01' });
    expect(ids(queueOrder([f, e], now, settings))).toEqual(['extra', 'flex']);
  });

  test('queue: the swap day counts as the request’s day; equal arrival falls back to id', () => {
    const s = swap({ id: 'swap-b', date: '2026-11-24', submitted: '2026-11-03' });
    const s2 = swap({ id: 'swap-a', date: '2026-11-24', submitted: '2026-11-03' });
    expect(ids(queueOrder([s, s2], now, settings))).toEqual(['swap-a', 'swap-b']);
    expect(compareQueue(s2, s)).toBeLessThan(0);
  });

  test('queue: a request expiring within 48 hours goes on top, flagged; the soonest first', () => {
    const plain = extra({ id: 'plain', date: '2026-11-20', submitted: '2026-11-01' });
    const later = extra({ id: 'later', date: '2026-12-20', submitted: '2026-11-02', expiresAt: '2026-11-18T07:00:00.000Z' });
    const sooner = extra({ id: 'sooner', date: '2026-12-21', submitted: '2026-11-03', expiresAt: '2026-11-17T08:00:00.000Z' });
    const far = extra({ id: 'far', date: '2026-11-19', submitted: '2026-11-04', expiresAt: '2026-11-18T08:01:00.000Z' });
    const q = queueOrder([plain, later, sooner, far], now, settings);
    expect(q.map((e) => [e.request.id, e.expiring])).toEqual([
      ['sooner', true],
      ['later', true],
      ['far', false],
      ['plain', false],
    ]);
  });

  test('queue: the 48-hour window includes its last minute (exactly 48 hours away is flagged)', () => {
    expect(isExpiringSoon({ expiresAt: '2026-11-18T08:00:00.000Z' }, now, settings)).toBe(true);
    expect(isExpiringSoon({ expiresAt: '2026-11-18T08:00:01.000Z' }, now, settings)).toBe(false);
    expect(isExpiringSoon({ expiresAt: null }, now, settings)).toBe(false);
    const s = requestSettingsSchema.parse({ queue: { expiringWithinHours: 72 } });
    expect(isExpiringSoon({ expiresAt: '2026-11-19T08:00:00.000Z' }, now, s)).toBe(true);
  });

  test('queue: an already passed expiry moment is flagged too', () => {
    expect(queueOrder([extra({ expiresAt: '2026-11-16T07:00:00.000Z' })], now, settings)[0]?.expiring).toBe(true);
  });
});

describe('queue: out of order approvals', () => {
  const first = withState(extra({ id: 'first', date: '2026-11-24', submitted: '2026-11-01' }));
  const second = withState(extra({ id: 'second', date: '2026-11-24', submitted: '2026-11-02' }));

  test('out of order: approving the later of two requests for the same day and group is out of order', () => {
    expect(isOutOfOrder(second, [first, second])).toBe(true);
    expect(earlierCompetitors(second, [first, second]).map((r) => r.id)).toEqual(['first']);
  });

  test('out of order: approving the earlier one is in order', () => {
    expect(isOutOfOrder(first, [first, second])).toBe(false);
  });

  test('out of order: a decided earlier request no longer competes', () => {
    expect(isOutOfOrder(second, [{ ...first, state: approved() }, second])).toBe(false);
  });

  test('out of order: another group or another day does not compete', () => {
    const otherGroup = withState(extra({ id: 'og', date: '2026-11-24', submitted: '2026-10-01', groupId: 'group-zeesterren' }));
    const otherDay = withState(extra({ id: 'od', date: '2026-11-23', submitted: '2026-10-01' }));
    expect(isOutOfOrder(second, [otherGroup, otherDay])).toBe(false);
  });

  test('out of order: a flex day for the same day comes before an extra day that arrived earlier', () => {
    const f = withState(flex({ id: 'flex', childId: 'child-mila', date: '2026-11-24', submitted: '2026-11-05' }));
    expect(isOutOfOrder(first, [f, first])).toBe(true);
    expect(isOutOfOrder(f, [f, first])).toBe(false);
  });

  test('out of order: an absence never competes', () => {
    const a = withState(absence({ from: '2026-11-24', to: '2026-11-24', reported: local('2026-10-01') }));
    expect(isOutOfOrder(first, [a, first])).toBe(false);
  });
});
