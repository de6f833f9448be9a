/** The mentor check of a location on a day (spec/master-data.md "A mentor"): what the Kinderen screen lists. */
import type { MentorFinding } from '../domain/masterData/mentorRules';

export type MentorCandidate = {
  staffId: string;
  name: string;
  /** The location's groups this person has shifts in around the day: a mentor should work in the child's group. */
  groupIds: string[];
};

export type MentorFindingView = MentorFinding & {
  childName: string;
  /** The child's groups on the day, by name. */
  groupNames: string[];
  /** The mentor now recorded, by name; null when none. */
  mentorName: string | null;
};

export type MentorOverview = {
  date: string;
  /** The children without a mentor, or with one who left or no longer works in their group, by child name. */
  findings: MentorFindingView[];
  /** Each child's mentor (child id -> staff id); a child without one is absent. */
  mentorOf: Record<string, string>;
  /** The professionals who can be chosen (counting for the ratio, working at the location on the day), by name. */
  candidates: MentorCandidate[];
};
