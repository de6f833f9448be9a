import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ageInYears } from '../time/localDate';
import { parseTime } from '../time/timeOfDay';
import { evaluateDay, peakRequired } from './dayTimeline';
import type { ChildPresence, DayInput, StaffPresence } from './dayTimeline';
import { evaluateRatio } from './evaluateRatio';
import { ratioSettingsSchema } from './ratioSettings';

const at = (hhmm: string): number => {
  const m = parseTime(hhmm);
  if (m === null) throw new Error(hhmm);
  return m;
};

const DATE = '2026-03-04'; // a Wednesday
const OPEN_11_HOURS = { start: at('07:30'), end: at('18:30') };

/** `n` children born on `dob`, present from..to. */
function children(n: number, dob: string, from: string, to: string, prefix = 'c'): ChildPresence[] {
  return Array.from({ length: n }, (_, i) => ({ childId: `${prefix}${i}`, dateOfBirth: dob, start: at(from), end: at(to) }));
}

function staff(
  id: string,
  from: string,
  to: string,
  breaks: [string, string][] = [],
  counts: StaffPresence['counts'] = 'full',
): StaffPresence {
  return { staffId: id, counts, start: at(from), end: at(to), breaks: breaks.map(([s, e]) => ({ start: at(s), end: at(e) })) };
}

const ONE_YEAR_OLD = '2025-01-15'; // 1 on DATE
const EIGHT_YEAR_OLD = '2017-09-01';

describe('day timeline: intervals between events', () => {
  test('intervals: each arrival, departure, shift start and end starts a new interval with its own requirement', () => {
    const day = evaluateDay({
      date: DATE,
      care: 'KDV',
      opening: OPEN_11_HOURS,
      children: [...children(5, ONE_YEAR_OLD, '08:00', '17:00'), ...children(1, ONE_YEAR_OLD, '09:00', '12:00', 'x')],
      staff: [staff('a', '07:45', '17:15'), staff('b', '09:00', '12:00')],
    });
    expect(day.intervals.map((i) => [i.start, i.end, i.children, i.countingStaff, i.required, i.status])).toEqual([
      [at('07:45'), at('08:00'), 0, 1, 0, 'ok'],
      [at('08:00'), at('09:00'), 5, 1, 1, 'ok'],
      [at('09:00'), at('12:00'), 6, 2, 2, 'ok'],
      [at('12:00'), at('17:00'), 5, 1, 1, 'ok'],
      [at('17:00'), at('17:15'), 0, 1, 0, 'ok'],
    ]);
    expect(day.intervals[2]?.explanation.message).toBe('6 kinderen, rij 1..1: cel 2 PM / 10; nodig 2');
    expect(day.violations).toEqual([]);
    expect(peakRequired(day)).toBe(2);
  });

  test('intervals: every interval agrees with the moment check for the children present then', () => {
    const day = evaluateDay({
      date: DATE,
      care: 'KDV',
      opening: OPEN_11_HOURS,
      children: [...children(3, '2025-06-01', '08:00', '16:00'), ...children(5, '2024-06-01', '08:30', '17:00', 'b')],
      staff: [staff('a', '07:45', '17:15'), staff('b', '08:30', '17:00')],
    });
    for (const i of day.intervals) {
      const ages = [...new Array<number>(i.byAge[0] ?? 0).fill(0), ...new Array<number>(i.byAge[1] ?? 0).fill(1)];
      expect(evaluateRatio({ care: 'KDV', date: DATE, ages }).required).toBe(i.required);
    }
  });
});

describe('day timeline: three-hour rule (KDV)', () => {
  // 10 one-year-olds need 2 (at least 1 during a deviation) from 08:00 to 17:00.
  const base = (staffList: StaffPresence[], opening = OPEN_11_HOURS): DayInput => ({
    date: DATE,
    care: 'KDV',
    opening,
    children: children(10, ONE_YEAR_OLD, '08:00', '17:00'),
    staff: staffList,
  });

  test('3-hour rule: breaks that drop staffing below the requirement consume the budget (45 + 60 of 180 minutes)', () => {
    const day = evaluateDay(base([staff('a', '07:30', '17:30', [['12:00', '12:45']]), staff('b', '08:00', '17:00', [['13:00', '14:00']])]));
    expect(day.budget.rule).toBe('ratio.deviation.kdv_budget');
    expect(day.budgetMinutes).toBe(180);
    expect(day.deviationMinutes).toBe(105);
    expect(day.violationMinutes).toBe(0);
    expect(day.intervals.filter((i) => i.status === 'deviation').map((i) => [i.start, i.end])).toEqual([
      [at('12:00'), at('12:45')],
      [at('13:00'), at('14:00')],
    ]);
  });

  test('3-hour rule: minutes beyond 180 are violations, counted chronologically (the last break is split at 13:45)', () => {
    const day = evaluateDay(base([staff('a', '07:30', '17:30', [['12:00', '12:45']]), staff('b', '09:30', '17:00', [['13:00', '14:00']])]));
    expect(day.deviationMinutes).toBe(195);
    expect(day.violationMinutes).toBe(15);
    expect(day.violations.map((v) => [v.rule, v.params?.['from'], v.params?.['to']])).toEqual([
      ['ratio.violation.over_budget', '13:45', '14:00'],
    ]);
    const split = day.intervals.filter((i) => i.start >= at('13:00') && i.end <= at('14:00'));
    expect(split.map((i) => [i.start, i.end, i.status, i.beyondBudget])).toEqual([
      [at('13:00'), at('13:45'), 'deviation', false],
      [at('13:45'), at('14:00'), 'deviation', true],
    ]);
  });

  test('3-hour rule: a 9.5-hour opening day allows no deviation (a 30-minute break is a 30-minute violation)', () => {
    const day = evaluateDay(
      base([staff('a', '08:00', '17:30', [['12:00', '12:30']]), staff('b', '08:00', '17:00')], { start: at('08:00'), end: at('17:30') }),
    );
    expect(day.budget.rule).toBe('ratio.deviation.kdv_not_open_long_enough');
    expect(day.budget.params).toMatchObject({ openMinutes: 570, minOpen: 600 });
    expect(day.budgetMinutes).toBe(0);
    expect(day.violationMinutes).toBe(30);
    expect(day.violations[0]?.rule).toBe('ratio.violation.over_budget');
  });

  test('3-hour rule: exactly 10 consecutive hours open is enough for the budget', () => {
    const day = evaluateDay(
      base([staff('a', '08:00', '17:30', [['12:00', '12:30']]), staff('b', '08:00', '17:00')], { start: at('07:30'), end: at('17:30') }),
    );
    expect(day.budgetMinutes).toBe(180);
    expect(day.violationMinutes).toBe(0);
  });

  test('minimum: below ceil(required/2) is a violation even within the budget, and the time counts as used', () => {
    // 10 one-year-olds need 2; 08:00-08:30 nobody is there.
    const day = evaluateDay(base([staff('a', '08:30', '17:30'), staff('b', '08:30', '17:00')]));
    expect(day.intervals[0]).toMatchObject({ start: at('08:00'), end: at('08:30'), status: 'understaffed', violation: 'below_minimum' });
    expect(day.deviationMinutes).toBe(30);
    expect(day.violationMinutes).toBe(30);
    expect(day.violations[0]?.rule).toBe('ratio.violation.below_minimum');
    expect(day.violations[0]?.message).toBe('08:00-08:30: 0 PM, nodig 2; ook bij afwijken nooit minder dan 1 (30 min.)');
  });
});

describe('day timeline: half-hour rule (BSO)', () => {
  // 20 children aged 8 at the location: ceil(100/60) = 2 required, at least 1.
  const bsoDay = (bsoDay: 'school' | 'full', opening = { start: at('07:30'), end: at('18:30') }): DayInput => ({
    date: DATE,
    care: 'BSO',
    opening,
    bsoDay,
    children: children(20, EIGHT_YEAR_OLD, '14:00', '18:00'),
    staff: [staff('a', '13:45', '18:15'), staff('b', '14:31', '18:15')],
  });

  test('half-hour rule: a BSO school day with 31 minutes below the requirement has a 1-minute violation', () => {
    const day = evaluateDay(bsoDay('school'));
    expect(day.regime).toBe('bso_location');
    expect(day.budget.rule).toBe('ratio.deviation.bso_school_day');
    expect(day.budgetMinutes).toBe(30);
    expect(day.deviationMinutes).toBe(31);
    expect(day.violationMinutes).toBe(1);
    expect(day.violations.map((v) => [v.rule, v.params?.['from'], v.params?.['to'], v.params?.['minutes']])).toEqual([
      ['ratio.violation.over_budget', '14:30', '14:31', 1],
    ]);
  });

  test('half-hour rule: the slot 14:30-14:45 shows the one violating minute (a slot takes its worst interval)', () => {
    const day = evaluateDay(bsoDay('school'));
    const slot = day.slots.find((s) => s.start === at('14:30'));
    expect(slot).toMatchObject({ status: 'deviation', violation: true });
    expect(day.slots.find((s) => s.start === at('14:15'))).toMatchObject({ status: 'deviation', violation: false });
    expect(day.slots.find((s) => s.start === at('14:45'))).toMatchObject({ status: 'ok', violation: false });
    expect(day.slots[0]?.start).toBe(at('13:45'));
    expect(day.slots.at(-1)?.end).toBe(at('18:15'));
  });

  test('BSO full day (holiday): as KDV, 180 minutes when open 10 hours, none when open 9.5 hours', () => {
    expect(evaluateDay(bsoDay('full')).violationMinutes).toBe(0);
    const short = evaluateDay(bsoDay('full', { start: at('08:00'), end: at('17:30') }));
    expect(short.budgetMinutes).toBe(0);
    expect(short.violationMinutes).toBe(31);
  });

  test('BSO before 2024-07-01: the day is evaluated per basisgroep with table 2', () => {
    const day = evaluateDay({ ...bsoDay('school'), date: '2024-06-26' });
    expect(day.regime).toBe('bso_basisgroup');
    expect(day.intervals.find((i) => i.children === 20)?.required).toBe(2);
  });

  test('BSO per location: a basisgroep of 31 puts the interval over the maximum', () => {
    const kids = children(31, EIGHT_YEAR_OLD, '15:00', '17:00').map((c) => ({ ...c, groupId: 'g1' }));
    const other = children(5, EIGHT_YEAR_OLD, '15:00', '17:00', 'o').map((c) => ({ ...c, groupId: 'g2' }));
    const day = evaluateDay({
      ...bsoDay('school'),
      children: [...kids, ...other],
      staff: [staff('a', '14:00', '18:00'), staff('b', '14:00', '18:00'), staff('c', '14:00', '18:00'), staff('d', '14:00', '18:00')],
    });
    const i = day.intervals.find((x) => x.children === 36);
    expect(i).toMatchObject({ status: 'over_max', withinMax: false, required: null, violation: 'over_max' });
    expect(i?.explanation.rule).toBe('ratio.bso.basisgroup_too_large');
    expect(day.violationMinutes).toBe(120);
    expect(day.deviationMinutes).toBe(0);
  });
});

describe('day timeline: who counts', () => {
  const input = (counts: StaffPresence['counts']): DayInput => ({
    date: DATE,
    care: 'KDV',
    opening: OPEN_11_HOURS,
    children: children(6, ONE_YEAR_OLD, '08:00', '12:00'),
    staff: [staff('a', '08:00', '12:00'), staff('t', '08:00', '12:00', [], counts)],
  });

  test('trainees count when the organisation says so (default), not otherwise; adults are shown apart', () => {
    expect(evaluateDay(input('trainee')).intervals[0]).toMatchObject({ countingStaff: 2, adults: 2, status: 'ok' });
    const notCounting = evaluateDay(input('trainee'), ratioSettingsSchema.parse({ traineesCount: false }));
    expect(notCounting.intervals[0]).toMatchObject({ countingStaff: 1, adults: 2, status: 'deviation' });
  });

  test('volunteers and helpers (counts: none) never count', () => {
    expect(evaluateDay(input('none')).intervals[0]).toMatchObject({ countingStaff: 1, adults: 2, status: 'deviation' });
  });

  test('KDV: a child aged 4 in the group is counted as 3 and flagged in the day result', () => {
    const day = evaluateDay({
      date: DATE,
      care: 'KDV',
      opening: OPEN_11_HOURS,
      children: [
        ...children(2, '2023-01-01', '08:00', '12:00'),
        { childId: 'old', dateOfBirth: '2022-03-01', start: at('08:00'), end: at('12:00') },
      ],
      staff: [staff('a', '08:00', '12:00')],
    });
    expect(day.intervals[0]?.byAge).toEqual([0, 0, 0, 3]);
    expect(day.warnings.map((w) => [w.rule, w.params?.['childIds']])).toEqual([['ratio.kdv.child_aged_4_plus', 'old']]);
  });

  test("birthday: a child turning 1 on the date is a one-year-old in that day's timeline", () => {
    const dayOf = (date: string) =>
      evaluateDay({
        date,
        care: 'KDV',
        opening: OPEN_11_HOURS,
        children: [
          { childId: 'b', dateOfBirth: '2025-03-04', start: at('08:00'), end: at('12:00') },
          ...children(5, '2022-06-01', '08:00', '12:00'),
        ],
        staff: [staff('a', '08:00', '12:00')],
      });
    expect(dayOf('2026-03-03').intervals[0]).toMatchObject({ required: 2, status: 'deviation' });
    expect(dayOf('2026-03-04').intervals[0]).toMatchObject({ required: 1, status: 'ok' });
  });
});

/** A small deterministic generator for the benchmark data (no wall clock, fixed seed). */

describe('day timeline: properties', () => {
  const dayInput = fc.record({
    kids: fc.array(
      fc.record({
        dobYear: fc.integer({ min: 2022, max: 2026 }),
        start: fc.integer({ min: 420, max: 1000 }),
        len: fc.integer({ min: 1, max: 600 }),
      }),
      { maxLength: 18 },
    ),
    staffList: fc.array(
      fc.record({
        start: fc.integer({ min: 400, max: 1000 }),
        len: fc.integer({ min: 1, max: 600 }),
        breakAt: fc.integer({ min: 0, max: 600 }),
        breakLen: fc.integer({ min: 0, max: 60 }),
        counts: fc.constantFrom('full', 'trainee', 'none'),
      }),
      { maxLength: 5 },
    ),
  });

  test('every interval matches a recount of who is present at its start; budget and violation minutes add up', () => {
    fc.assert(
      fc.property(dayInput, ({ kids, staffList }) => {
        const input: DayInput = {
          date: '2026-01-14',
          care: 'KDV',
          opening: OPEN_11_HOURS,
          children: kids.map((k, i) => ({
            childId: `c${i}`,
            dateOfBirth: `${k.dobYear}-01-01`,
            start: k.start,
            end: Math.min(1440, k.start + k.len),
          })),
          staff: staffList.map((s, i) => ({
            staffId: `s${i}`,
            counts: s.counts,
            start: s.start,
            end: Math.min(1440, s.start + s.len),
            breaks: [{ start: s.start + s.breakAt, end: s.start + s.breakAt + s.breakLen }],
          })),
        };
        const day = evaluateDay(input);
        let previousEnd = -1;
        let deviation = 0;
        let violations = 0;
        for (const i of day.intervals) {
          if (i.start < previousEnd || i.end <= i.start) return false;
          previousEnd = i.end;
          const t = i.start;
          const present = input.children.filter((c) => c.start <= t && t < c.end);
          const counting = input.staff.filter(
            (s) => s.counts !== 'none' && s.start <= t && t < s.end && !(s.breaks ?? []).some((b) => b.start <= t && t < b.end),
          ).length;
          if (present.length !== i.children || counting !== i.countingStaff) return false;
          const expected = evaluateRatio({
            care: 'KDV',
            date: input.date,
            ages: present.map((c) => ageInYears(c.dateOfBirth, input.date)),
            staff: counting,
          });
          if (expected.required !== i.required || expected.status !== i.status) return false;
          if (i.status === 'deviation' || i.status === 'understaffed') deviation += i.end - i.start;
          if (i.violation !== null) violations += i.end - i.start;
        }
        const beyond = day.intervals
          .filter((i) => i.status === 'deviation' && i.violation !== null)
          .reduce((n, i) => n + i.end - i.start, 0);
        const understaffed = day.intervals.some((i) => i.status === 'understaffed');
        return (
          deviation === day.deviationMinutes &&
          violations === day.violationMinutes &&
          (understaffed
            ? beyond <= Math.max(0, day.deviationMinutes - day.budgetMinutes)
            : beyond === Math.max(0, day.deviationMinutes - day.budgetMinutes))
        );
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});
