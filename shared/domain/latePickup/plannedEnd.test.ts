import { describe, expect, test } from 'vitest';
import type { PlacementRow } from '../../model/rows';
import type { RequestWithState } from '../requests/request';
import { plannedEndOf } from './plannedEnd';

// Monday 23 November 2026: c1 contracted 07:30-18:00 in g1; c2 (a sibling) 08:00-17:00 in g2.
const placement: PlacementRow = {
  id: 'p1',
  locationId: 'l1',
  childId: 'c1',
  groupId: 'g1',
  careType: 'KDV',
  kind: 'fixed',
  startDate: '2026-11-02',
  endDate: null,
  days: [{ weekday: 1, start: 450, end: 1080 }],
};
const sibling: PlacementRow = { ...placement, id: 'p2', childId: 'c2', groupId: 'g2', days: [{ weekday: 1, start: 480, end: 1020 }] };

const approved = {
  status: 'approved',
  decidedAt: '2026-11-02T08:00:00Z',
  decidedBy: { userId: 'u', role: 'manager', name: 'M' },
  groupId: 'g1',
  provisional: false,
  awaitingParentConfirmation: false,
  outOfOrderReason: null,
} as const;
const base = { groupId: 'g1', submittedAt: '2026-11-01T08:00:00Z', expiresAt: null, enteredBy: null, state: approved } as const;
const extension = (childId: string, end: number, state: RequestWithState['state'] = approved): RequestWithState => ({
  ...base,
  id: `e-${childId}`,
  childId,
  kind: 'extension',
  date: '2026-11-23',
  start: 450,
  end,
  state,
});

describe('the contracted end filled in for a late pickup', () => {
  test('from the contract: the end of the day’s stay, in its group', () => {
    expect(plannedEndOf([placement, sibling], 'c1', '2026-11-23')).toEqual({ end: 1080, groupId: 'g1' });
    expect(plannedEndOf([placement, sibling], 'c2', '2026-11-23')).toEqual({ end: 1020, groupId: 'g2' });
    expect(plannedEndOf([placement], 'c1', '2026-11-24')).toBeNull();
  });

  test('an approved extension moves the end (18:00 extended to 18:30)', () => {
    expect(plannedEndOf([placement], 'c1', '2026-11-23', [extension('c1', 1110)])).toEqual({ end: 1110, groupId: 'g1' });
  });

  test('an extension that is only asked (not approved) changes nothing', () => {
    const asked = extension('c1', 1110, { status: 'submitted', conflict: null });
    expect(plannedEndOf([placement], 'c1', '2026-11-23', [asked])).toEqual({ end: 1080, groupId: 'g1' });
  });

  test('another child’s requests (the location’s, passed as they come) leave this child’s end alone', () => {
    expect(plannedEndOf([placement, sibling], 'c1', '2026-11-23', [extension('c2', 1110)])).toEqual({ end: 1080, groupId: 'g1' });
    expect(plannedEndOf([placement, sibling], 'c2', '2026-11-23', [extension('c2', 1110)])).toEqual({ end: 1110, groupId: 'g2' });
  });

  test('an approved absence that day: no planned end (enter it by hand)', () => {
    const absence: RequestWithState = {
      ...base,
      id: 'a',
      childId: 'c1',
      kind: 'absence',
      from: '2026-11-23',
      to: '2026-11-23',
      reason: 'holiday',
      initiatedBy: 'parent',
    } as RequestWithState;
    expect(plannedEndOf([placement], 'c1', '2026-11-23', [absence])).toBeNull();
  });
});
