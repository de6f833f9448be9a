/**
 * The fixed-faces criterion (vaste-gezichtencriterium, KDV), spec/ratio.md "Fixed faces": a
 * per-child, per-day roster check, separate from the moment check.
 * - `fixed_faces.too_many`: a 0-year-old has at most 2 fixed faces, 3 when its group needs 3 or
 *   more professionals; older children at most 3, 4 when the group needs 3 or more.
 * - `fixed_faces.none_in_group`: on every day the child attends, at least one of its fixed faces
 *   works in its group.
 * - `fixed_faces.trainee_first_year`: a trainee may be a fixed face only after completing the
 *   first study year; `fixed_faces.not_professional`: someone who never counts cannot be one.
 *   Such a face still counts towards the maximum (it is assigned) but not as working in the group.
 *
 * "The group needs 3 or more" is read per day: the group's peak requirement that day
 * (`peakRequired` of its timeline). The age is the child's completed years on each day.
 */
import { fail } from '../../result';
import type { RuleFailure } from '../../result';
import type { StaffCounts } from '../../model/rows';
import { ageInYears } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { ratioText } from './messages';

export const MAX_FIXED_FACES_BABY = 2;
export const MAX_FIXED_FACES_BABY_LARGE_GROUP = 3;
export const MAX_FIXED_FACES_OLDER = 3;
export const MAX_FIXED_FACES_OLDER_LARGE_GROUP = 4;
/** A group that needs this many professionals or more allows one more fixed face. */
export const LARGE_GROUP_REQUIRED_STAFF = 3;

export type FixedFace = {
  staffId: string;
  counts: StaffCounts;
  /** Trainees only: whether the first study year is completed. */
  firstStudyYearCompleted?: boolean;
};

export type FixedFacesDay = {
  date: LocalDate;
  /** The most professionals the child's group needed that day (`peakRequired`). */
  groupPeakRequired: number;
  /** Everyone who works in the child's group that day. */
  staffInGroup: readonly string[];
};

export type FixedFacesInput = {
  childId: string;
  dateOfBirth: LocalDate;
  fixedFaces: readonly FixedFace[];
  /** The days the child attends. */
  days: readonly FixedFacesDay[];
};

export type FixedFacesDayResult = {
  readonly rule: 'fixed_faces';
  readonly childId: string;
  readonly date: LocalDate;
  readonly ok: boolean;
  readonly maxFaces: number;
  readonly failures: readonly RuleFailure[];
};

function failure(rule: string, params: Record<string, string | number>): RuleFailure {
  return fail(rule, ratioText(rule, params), params);
}

/** The most fixed faces a child of `age` may have in a group that needs `groupRequired` professionals. */
export function maxFixedFaces(age: number, groupRequired: number): number {
  const large = groupRequired >= LARGE_GROUP_REQUIRED_STAFF;
  if (age < 1) return large ? MAX_FIXED_FACES_BABY_LARGE_GROUP : MAX_FIXED_FACES_BABY;
  return large ? MAX_FIXED_FACES_OLDER_LARGE_GROUP : MAX_FIXED_FACES_OLDER;
}

export function checkFixedFaces(input: FixedFacesInput): FixedFacesDayResult[] {
  const faceFailures: RuleFailure[] = [];
  const valid = new Set<string>();
  const assigned = new Set<string>();
  for (const f of input.fixedFaces) {
    assigned.add(f.staffId);
    if (f.counts === 'none') faceFailures.push(failure('fixed_faces.not_professional', { staffId: f.staffId }));
    else if (f.counts === 'trainee' && f.firstStudyYearCompleted !== true) {
      faceFailures.push(failure('fixed_faces.trainee_first_year', { staffId: f.staffId }));
    } else valid.add(f.staffId);
  }
  return input.days.map((day) => {
    const age = ageInYears(input.dateOfBirth, day.date);
    const max = maxFixedFaces(age, day.groupPeakRequired);
    const failures: RuleFailure[] = [...faceFailures];
    if (assigned.size > max) failures.push(failure('fixed_faces.too_many', { date: day.date, faces: assigned.size, max, age }));
    if (!day.staffInGroup.some((id) => valid.has(id))) failures.push(failure('fixed_faces.none_in_group', { date: day.date }));
    return { rule: 'fixed_faces', childId: input.childId, date: day.date, ok: failures.length === 0, maxFaces: max, failures };
  });
}
