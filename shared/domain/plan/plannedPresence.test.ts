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
