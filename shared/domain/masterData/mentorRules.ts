/**
 * The mentor rule (spec/master-data.md "A mentor"; Wet kinderopvang, Besluit kwaliteit
 * kinderopvang art. 7): every child has a mentor, a professional who works in the child's group.
 *
 * Choices a careful manager would make, where the spec is silent:
 * - A mentor is a professional: someone who counts for the ratio (`full` or `trainee`); a
 *   locatiehulp or an intern who does not count cannot be one.
 * - "Works in the group" is read from the roster: at least one shift in one of the child's groups
 *   (a child with two stamgroepen has two) within `MENTOR_WORK_WINDOW_DAYS` before or after the
 *   day. Someone on leave for a few weeks stays mentor; someone who moved to another group for
 *   good shows up here within a month.
 * - Only children with a contract on the day are checked: a child whose contract ended needs no
 *   mentor, one that starts later gets one before the first day.
 */
import type { ChildMentorRow } from '../../model/masterDataRows';
import type { PlacementRow, ShiftRow, StaffRow } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { addDays } from '../time/localDate';
import { masterDataFailure } from './messages';

/** How far (days, both ways) a shift in the child's group keeps a mentor "working in the group". */
export const MENTOR_WORK_WINDOW_DAYS = 28;

/** Whether a staff member can be chosen as a mentor on a day: a professional who works at the location then. */
export function checkMentorCandidate(
  staff: Pick<StaffRow, 'firstName' | 'lastName' | 'counts' | 'activeFrom' | 'activeTo'>,
  date: string,
): RuleResult<true> {
  const name = `${staff.firstName} ${staff.lastName}`;
  if (staff.counts === 'none') return masterDataFailure('mentor.not_a_professional', { staff: name });
  if (staff.activeTo !== null && staff.activeTo < date) {
    return masterDataFailure('mentor.staff_ended', { staff: name, lastDayDate: staff.activeTo });
  }
  return ok(true);
}

export type MentorFinding =
  | { kind: 'no_mentor'; childId: string; groupIds: string[] }
  | { kind: 'mentor_not_in_group' | 'mentor_left'; childId: string; groupIds: string[]; staffId: string };

/** The children with a contract on `date` who have no mentor, or one who no longer works in their group. */
export function mentorFindings(input: {
  date: string;
  placements: readonly Pick<PlacementRow, 'childId' | 'groupId' | 'startDate' | 'endDate'>[];
  mentors: readonly Pick<ChildMentorRow, 'id' | 'staffId'>[];
  staff: readonly Pick<StaffRow, 'id' | 'activeTo'>[];
  shifts: readonly Pick<ShiftRow, 'staffId' | 'groupId' | 'date'>[];
}): MentorFinding[] {
  const { date } = input;
  const from = addDays(date, -MENTOR_WORK_WINDOW_DAYS);
  const to = addDays(date, MENTOR_WORK_WINDOW_DAYS);
  const groupsOf = new Map<string, string[]>();
  for (const p of input.placements) {
    if (p.startDate > date || (p.endDate !== null && p.endDate < date)) continue;
    const groups = groupsOf.get(p.childId) ?? [];
    if (!groups.includes(p.groupId)) groups.push(p.groupId);
    groupsOf.set(p.childId, groups);
  }
  const mentorOf = new Map(input.mentors.map((m) => [m.id, m.staffId]));
  const staffById = new Map(input.staff.map((s) => [s.id, s]));
  const worksIn = new Set<string>();
  for (const s of input.shifts) if (s.date >= from && s.date <= to) worksIn.add(`${s.staffId}|${s.groupId}`);

  const findings: MentorFinding[] = [];
  for (const [childId, groupIds] of groupsOf) {
    const staffId = mentorOf.get(childId);
    if (staffId === undefined) {
      findings.push({ kind: 'no_mentor', childId, groupIds });
      continue;
    }
    const staff = staffById.get(staffId);
    if (!staff || (staff.activeTo !== null && staff.activeTo < date)) {
      findings.push({ kind: 'mentor_left', childId, groupIds, staffId });
    } else if (!groupIds.some((g) => worksIn.has(`${staffId}|${g}`))) {
      findings.push({ kind: 'mentor_not_in_group', childId, groupIds, staffId });
    }
  }
  return findings;
}
