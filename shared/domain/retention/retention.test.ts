import { describe, expect, it } from 'vitest';
import { planSettingsSchema } from '../plan/planSettings';
import { isChildDue, isDue, isRequestDue, retentionCutoff, retentionCutoffs } from './retention';
import { retentionSettingsSchema } from './retentionSettings';

const defaults = retentionSettingsSchema.parse({});
const plan = planSettingsSchema.parse({});
const TODAY = '2026-11-23';

describe('retention periods', () => {
  it('defaults: two years for attendance, late pickups, requests and a child after its last contract', () => {
    expect(defaults).toEqual({ attendanceYears: 2, latePickupYears: 2, requestYears: 2, childYearsAfterLastContract: 2 });
  });

  it('retention.years bounds: 1 to 10 whole years; 0, 11 and 1.5 refused', () => {
    expect(retentionSettingsSchema.safeParse({ attendanceYears: 1 }).success).toBe(true);
    expect(retentionSettingsSchema.safeParse({ attendanceYears: 10 }).success).toBe(true);
    for (const wrong of [0, 11, 1.5]) expect(retentionSettingsSchema.safeParse({ requestYears: wrong }).success).toBe(false);
  });
});

describe('due for deletion: a record dated exactly N years ago is kept today and due tomorrow', () => {
  const cutoff = retentionCutoff(TODAY, 2);
  it('the cutoff of two years on 23 Nov 2026 is 23 Nov 2024', () => expect(cutoff).toBe('2024-11-23'));
  it('a record of the day before the limit (22 Nov 2024) is due', () => expect(isDue('2024-11-22', cutoff)).toBe(true));
  it('a record on the limit (23 Nov 2024) is kept', () => expect(isDue('2024-11-23', cutoff)).toBe(false));
  it('a record after the limit (24 Nov 2024) is kept', () => expect(isDue('2024-11-24', cutoff)).toBe(false));
  it('29 February minus a year: the cutoff is 28 February', () => expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28'));
});

describe('retention cutoffs per period', () => {
  it('each period from its own setting; the mutation log at the shortest of attendance, late pickups and requests', () => {
    const cutoffs = retentionCutoffs(
      TODAY,
      { attendanceYears: 3, latePickupYears: 2, requestYears: 5, childYearsAfterLastContract: 7 },
      plan,
    );
    expect(cutoffs).toEqual({
      attendance: '2023-11-23',
      latePickups: '2024-11-23',
      requests: '2021-11-23',
      children: '2019-11-23',
      childViews: '2023-11-23',
      mutationLog: '2024-11-23',
    });
  });

  it("attendance: the plan's minimum wins when it is longer (520 weeks kept, 1 year asked)", () => {
    const long = planSettingsSchema.parse({ attendanceRetentionWeeks: 520 });
    const cutoffs = retentionCutoffs(TODAY, { ...defaults, attendanceYears: 1 }, long);
    expect(cutoffs.attendance).toBe('2016-12-05');
    expect(cutoffs.childViews).toBe('2016-12-05');
  });
});

describe('a request is due once its last day is before the cutoff and it is decided', () => {
  const cutoff = '2024-11-23';
  it('an approved absence ending the day before the limit is due', () =>
    expect(isRequestDue({ endDate: '2024-11-22', status: 'approved' }, cutoff)).toBe(true));
  it('one ending on the limit is kept', () => expect(isRequestDue({ endDate: '2024-11-23', status: 'rejected' }, cutoff)).toBe(false));
  it('a request still waiting for a decision is never due', () =>
    expect(isRequestDue({ endDate: '2020-01-06', status: 'submitted' }, cutoff)).toBe(false));
});

describe('a child is due when every contract ended before the cutoff', () => {
  const cutoff = '2024-11-23';
  it('last contract ended the day before the limit: due', () =>
    expect(isChildDue([{ endDate: '2022-07-31' }, { endDate: '2024-11-22' }], cutoff)).toBe(true));
  it('last contract ended on the limit: kept', () => expect(isChildDue([{ endDate: '2024-11-23' }], cutoff)).toBe(false));
  it('last contract ended after the limit: kept', () => expect(isChildDue([{ endDate: '2024-11-24' }], cutoff)).toBe(false));
  it('an open-ended contract keeps the child', () =>
    expect(isChildDue([{ endDate: '2020-01-31' }, { endDate: null }], cutoff)).toBe(false));
  it('a child without any contract is not due by this rule (no end to count from)', () => expect(isChildDue([], cutoff)).toBe(false));
});
