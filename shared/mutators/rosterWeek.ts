/**
 * Drafting and publishing a location-week's roster. A week is a draft until published; once
 * published, every later shift change of that week is recorded in the audit trail
 * (`./rosterAudit`). Publishing again (after changes) is allowed: it records the new moment and
 * person and raises the revision. Planning is the manager's.
 */
import { z } from 'zod';
import { rosterText } from '../domain/roster/messages';
import { isMonday, rosterWeekId } from '../domain/roster/rosterWeek';
import { Id, LocalDateSchema } from '../model/rows';
import { applied, defineMutator, refuse } from './types';

export const RosterWeekPublishArgs = z.object({ locationId: Id, weekStart: LocalDateSchema }).strict();

export const rosterWeekPublish = defineMutator({
  name: 'rosterWeek.publish',
  args: RosterWeekPublishArgs,
  roles: ['manager'],
  async apply(tx, { locationId, weekStart }, ctx) {
    if (!isMonday(weekStart)) {
      const params = { date: weekStart };
      return refuse('rule_violated', 'roster_week.not_monday', rosterText('roster_week.not_monday', params), params);
    }
    const location = await tx.get('locations', locationId);
    if (!location) return refuse('not_found', 'roster_week.unknown_location', rosterText('roster_week.unknown_location'));
    const id = rosterWeekId(locationId, weekStart);
    const existing = await tx.get('rosterWeeks', id);
    await tx.put('rosterWeeks', {
      id,
      locationId,
      weekStart,
      status: 'published',
      publishedBy: { userId: ctx.actor.userId, role: ctx.actor.role, name: ctx.actor.name || ctx.actor.userId },
      publishedAt: ctx.createdAt,
      revision: (existing?.revision ?? 0) + 1,
    });
    return applied;
  },
});
