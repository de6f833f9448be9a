/** The demo's mentors: the check shows one new child per location without a mentor and nothing else. */
import { describe, expect, test } from 'vitest';
import { mentorFindings } from '../domain/masterData/mentorRules';
import { generateDemo } from './generateDemo';

describe('demo mentors (spec/master-data.md "A mentor")', () => {
  for (const today of ['2026-11-23', '2027-01-04']) {
    test(`on ${today}: every child with a contract has a mentor of its group, but the newest child per location`, () => {
      const demo = generateDemo({ today });
      const findings = mentorFindings({
        date: today,
        placements: demo.placements,
        mentors: demo.childMentors,
        staff: demo.staff,
        shifts: demo.shifts,
      });
      expect(findings.every((f) => f.kind === 'no_mentor')).toBe(true);
      const locationOf = new Map(demo.children.map((c) => [c.id, c.locationId]));
      expect(findings.map((f) => locationOf.get(f.childId)).sort()).toEqual(demo.locations.map((l) => l.id).sort());
    });
  }
});
