/**
 * The mentor check of a location (spec/master-data.md "A mentor"): the rule is
 * shared/domain/masterData/mentorRules.ts; this file reads the rows and names the people.
 */
import { apiError, apiOk } from '../../../shared/contract/errors';
import type { MentorCandidate, MentorOverview } from '../../../shared/contract/mentorViews';
import { checkMentorCandidate, MENTOR_WORK_WINDOW_DAYS, mentorFindings } from '../../../shared/domain/masterData/mentorRules';
import { addDays } from '../../../shared/domain/time/localDate';
import { todayOf, type CoreContext } from '../context';
import type { HandlersOf } from '../handlers';

const nameOf = (p: { firstName: string; lastName: string }): string => `${p.firstName} ${p.lastName}`;
const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'nl');

export function mentorService(ctx: CoreContext): HandlersOf<'children.mentors'> {
  return {
    'children.mentors': async ({ locationId, date: requested }) => {
      if (!ctx.store.get('locations', locationId)) return apiError('not_found', 'Deze locatie bestaat niet.');
      const date = requested ?? todayOf(ctx);
      const from = addDays(date, -MENTOR_WORK_WINDOW_DAYS);
      const to = addDays(date, MENTOR_WORK_WINDOW_DAYS);
      const staff = ctx.store.find('staff', { locationId });
      const children = new Map(ctx.store.find('children', { locationId }).map((c) => [c.id, c]));
      const groups = new Map(ctx.store.find('groups', { locationId }).map((g) => [g.id, g]));
      const mentors = ctx.store.find('childMentors', { locationId });
      const shifts = ctx.store.find('shifts', { locationId }).filter((s) => s.date >= from && s.date <= to);
      const staffById = new Map(staff.map((s) => [s.id, s]));

      const findings = mentorFindings({ date, placements: ctx.store.find('placements', { locationId }), mentors, staff, shifts })
        .map((f) => {
          const child = children.get(f.childId);
          const mentor = f.kind === 'no_mentor' ? undefined : staffById.get(f.staffId);
          return {
            ...f,
            childName: child ? nameOf(child) : '',
            groupNames: f.groupIds.map((id) => groups.get(id)?.name ?? ''),
            mentorName: mentor ? nameOf(mentor) : null,
          };
        })
        .sort((a, b) => a.childName.localeCompare(b.childName, 'nl'));

      const groupsOfStaff = new Map<string, Set<string>>();
      for (const s of shifts) groupsOfStaff.set(s.staffId, (groupsOfStaff.get(s.staffId) ?? new Set()).add(s.groupId));
      const candidates: MentorCandidate[] = staff
        .filter((s) => checkMentorCandidate(s, date).ok)
        .map((s) => ({ staffId: s.id, name: nameOf(s), groupIds: [...(groupsOfStaff.get(s.id) ?? [])] }))
        .sort(byName);

      const overview: MentorOverview = {
        date,
        findings,
        mentorOf: Object.fromEntries(mentors.map((m) => [m.id, m.staffId])),
        candidates,
      };
      return apiOk(overview);
    },
  };
}
