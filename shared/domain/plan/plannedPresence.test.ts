import { describe, expect, test } from 'vitest';
import type { PlacementRow } from '../../model/rows';
import { contractedIntervalsOn, contractedTimesOn, plannedPresenceOn } from './plannedPresence';

const placement: PlacementRow = {
  id: 'p1',
  locationId: 'l1',
  childId: 'c1',
  groupId: 'g1',
  careType: 'KDV',
  kind: 'fixed',
  startDate: '2026-11-02',
  endDate: '2026-11-30',
  days: [
    { weekday: 1, start: 450, end: 1080 },
    { weekday: 3, start: 480, end: 780 },
  ],
};

describe('planned presence from the contract', () => {
  test('a contracted weekday inside the contract gives its times', () => {
    expect(contractedTimesOn(placement, '2026-11-23')).toEqual({ start: 450, end: 1080 });
    expect(contractedTimesOn(placement, '2026-11-25')).toEqual({ start: 480, end: 780 });
  });

  test('a weekday not in the contract: not expected', () => {
    expect(contractedTimesOn(placement, '2026-11-24')).toBeNull();
  });

  test('contract start: the day before not expected, on the start date expected', () => {
    expect(contractedTimesOn({ ...placement, startDate: '2026-11-23' }, '2026-11-22')).toBeNull();
    expect(contractedTimesOn({ ...placement, startDate: '2026-11-23' }, '2026-11-23')).not.toBeNull();
  });

  test('contract end is inclusive: expected on the end date, not the day after', () => {
    expect(contractedTimesOn({ ...placement, endDate: '2026-11-23' }, '2026-11-23')).not.toBeNull();
    expect(contractedTimesOn({ ...placement, endDate: '2026-11-22' }, '2026-11-23')).toBeNull();
  });

  test('a flex contract plans no fixed days', () => {
    expect(contractedTimesOn({ ...placement, kind: 'flex' }, '2026-11-23')).toBeNull();
  });
});

describe('planned presence of a day', () => {
  const bso: PlacementRow = {
    ...placement,
    id: 'p2',
    childId: 'c2',
    groupId: 'g2',
    careType: 'BSO',
    days: [
      { weekday: 2, start: 900, end: 1080 },
      { weekday: 2, start: 450, end: 510 },
    ],
  };

  test('a BSO child with before- and after-school care on one weekday has two stays, in time order', () => {
    expect(contractedIntervalsOn(bso, '2026-11-24')).toEqual([
      { start: 450, end: 510 },
      { start: 900, end: 1080 },
    ]);
    expect(contractedTimesOn(bso, '2026-11-24')).toEqual({ start: 450, end: 510 });
    expect(plannedPresenceOn([placement, bso], '2026-11-24').map((s) => [s.childId, s.start, s.end, s.source])).toEqual([
      ['c2', 450, 510, 'contract'],
      ['c2', 900, 1080, 'contract'],
    ]);
  });

  test('only placements running that day and contracted that weekday plan a stay', () => {
    expect(plannedPresenceOn([placement, bso], '2026-11-23').map((s) => s.childId)).toEqual(['c1']);
    expect(plannedPresenceOn([placement, bso], '2026-12-01')).toEqual([]);
    expect(plannedPresenceOn([{ ...placement, kind: 'flex' }], '2026-11-23')).toEqual([]);
  });
});

describe('planned presence with approved requests and registered absences', () => {
  const base = { groupId: 'g1', submittedAt: '2026-11-01T08:00:00Z', expiresAt: null, enteredBy: null } as const;
  const approved = (groupId = 'g1') =>
    ({
      status: 'approved',
      decidedAt: '2026-11-02T08:00:00Z',
      decidedBy: { userId: 'u', role: 'manager', name: 'M' },
      groupId,
      provisional: false,
      awaitingParentConfirmation: false,
      outOfOrderReason: null,
    }) as const;
  const flexPlacement: PlacementRow = { ...placement, id: 'p2', childId: 'c2', kind: 'flex', days: [] };

  test('a registered absence removes the child’s stays on the days it covers', () => {
    const absence = {
      ...base,
      id: 'a',
      childId: 'c1',
      kind: 'absence',
      from: '2026-11-23',
      to: '2026-11-25',
      reason: 'holiday',
      initiatedBy: 'parent',
      state: approved(),
    } as const;
    expect(plannedPresenceOn([placement], '2026-11-23', [absence])).toEqual([]);
    expect(plannedPresenceOn([placement], '2026-11-30', [absence])).toHaveLength(1);
  });

  test('an approved swap releases the original day and adds the swap day; a waiting one changes nothing', () => {
    const swap = {
      ...base,
      id: 's',
      childId: 'c1',
      kind: 'swapDay',
      originalChildId: 'c1',
      originalDate: '2026-11-23',
      date: '2026-11-24',
      start: 450,
      end: 1080,
    } as const;
    expect(plannedPresenceOn([placement], '2026-11-23', [{ ...swap, state: approved() }])).toEqual([]);
    expect(plannedPresenceOn([placement], '2026-11-24', [{ ...swap, state: approved() }])).toEqual([
      { childId: 'c1', groupId: 'g1', start: 450, end: 1080, source: 'request', placementId: 'p1', requestId: 's' },
    ]);
    expect(plannedPresenceOn([placement], '2026-11-24', [{ ...swap, state: { status: 'submitted', conflict: null } }])).toEqual([]);
  });

  test('a flex day in another group (with consent) puts the stay in that group; an extension sets the day’s times', () => {
    const flex = {
      ...base,
      id: 'f',
      childId: 'c2',
      kind: 'flexDay',
      date: '2026-11-24',
      start: 480,
      end: 1020,
      state: approved('g2'),
    } as const;
    expect(plannedPresenceOn([flexPlacement], '2026-11-24', [flex]).map((s) => [s.childId, s.groupId, s.source])).toEqual([
      ['c2', 'g2', 'request'],
    ]);
    const extension = {
      ...base,
      id: 'e',
      childId: 'c1',
      kind: 'extension',
      date: '2026-11-23',
      start: 420,
      end: 1080,
      state: approved(),
    } as const;
    expect(plannedPresenceOn([placement], '2026-11-23', [extension]).map((s) => [s.start, s.end, s.source])).toEqual([
      [420, 1080, 'request'],
    ]);
  });
});
