/** The mentor rule (spec/master-data.md "A mentor") at its edges, on Monday 23 November 2026. */
import { describe, expect, test } from 'vitest';
import { checkMentorCandidate, MENTOR_WORK_WINDOW_DAYS, mentorFindings } from './mentorRules';

const DATE = '2026-11-23';
const person = { firstName: 'Anouk', lastName: 'de Vries', counts: 'full' as const, activeFrom: '2020-01-01', activeTo: null };
const placement = { childId: 'sem', groupId: 'egel', startDate: '2026-09-01', endDate: null };
const anouk = { id: 'anouk', activeTo: null };
const shiftOn = (date: string, groupId = 'egel') => ({ staffId: 'anouk', groupId, date });
const findings = (patch: Partial<Parameters<typeof mentorFindings>[0]> = {}) =>
  mentorFindings({
    date: DATE,
    placements: [placement],
    mentors: [{ id: 'sem', staffId: 'anouk' }],
    staff: [anouk],
    shifts: [shiftOn(DATE)],
    ...patch,
  });

describe('mentor candidate: a professional working at the location', () => {
  test('mentor.not_a_professional: someone who does not count for the ratio cannot be mentor', () => {
    expect(checkMentorCandidate({ ...person, counts: 'none' }, DATE)).toMatchObject({ ok: false, rule: 'mentor.not_a_professional' });
  });
  test('a trainee who counts for the ratio (bbl) can be mentor', () => {
    expect(checkMentorCandidate({ ...person, counts: 'trainee' }, DATE)).toEqual({ ok: true, value: true });
  });
  test('mentor.staff_ended: last working day the day before is refused, on the day and after is accepted', () => {
    expect(checkMentorCandidate({ ...person, activeTo: '2026-11-22' }, DATE)).toMatchObject({ ok: false, rule: 'mentor.staff_ended' });
    expect(checkMentorCandidate({ ...person, activeTo: DATE }, DATE).ok).toBe(true);
    expect(checkMentorCandidate({ ...person, activeTo: '2026-11-24' }, DATE).ok).toBe(true);
  });
});

describe('mentor check: every child with a contract has a mentor who works in its group', () => {
  test('a child with a mentor rostered in its group today: nothing to report', () => {
    expect(findings()).toEqual([]);
  });
  test('no_mentor: a child with a contract and no mentor is listed', () => {
    expect(findings({ mentors: [] })).toEqual([{ kind: 'no_mentor', childId: 'sem', groupIds: ['egel'] }]);
  });
  test('only children with a contract on the day: ended the day before or starting the day after are not listed', () => {
    expect(findings({ mentors: [], placements: [{ ...placement, endDate: '2026-11-22' }] })).toEqual([]);
    expect(findings({ mentors: [], placements: [{ ...placement, startDate: '2026-11-24' }] })).toEqual([]);
    expect(findings({ mentors: [], placements: [{ ...placement, endDate: DATE }] })).toHaveLength(1);
  });
  test(`mentor_not_in_group: a shift ${MENTOR_WORK_WINDOW_DAYS} days before or after still counts, one day further does not`, () => {
    expect(findings({ shifts: [shiftOn('2026-10-26')] })).toEqual([]);
    expect(findings({ shifts: [shiftOn('2026-12-21')] })).toEqual([]);
    expect(findings({ shifts: [shiftOn('2026-10-25')] })).toMatchObject([{ kind: 'mentor_not_in_group', staffId: 'anouk' }]);
    expect(findings({ shifts: [shiftOn('2026-12-22')] })).toMatchObject([{ kind: 'mentor_not_in_group' }]);
  });
  test('mentor_not_in_group: shifts only in another group do not count', () => {
    expect(findings({ shifts: [shiftOn(DATE, 'vos')] })).toMatchObject([{ kind: 'mentor_not_in_group' }]);
  });
  test('a child in two stamgroepen: a mentor working in either group is enough', () => {
    const two = [placement, { ...placement, groupId: 'vos' }];
    expect(findings({ placements: two, shifts: [shiftOn(DATE, 'vos')] })).toEqual([]);
  });
  test('mentor_left: a mentor whose last working day was the day before is listed; on the day not', () => {
    expect(findings({ staff: [{ ...anouk, activeTo: '2026-11-22' }] })).toMatchObject([{ kind: 'mentor_left' }]);
    expect(findings({ staff: [{ ...anouk, activeTo: DATE }] })).toEqual([]);
  });
});
