/**
 * The manager's opening threshold for a school closure day (spec/requests.md: "the BSO opens
 * only when enough children are registered (a threshold the manager sets per day)"). One row per
 * location and day: setting it again changes that row. Approving a school-closure-day request
 * checks the live registrations for the day against it (shared/mutators/request.ts).
 */
import { z } from 'zod';
import { requestText } from '../domain/requests/requestText';
import { localDateOf } from '../domain/requests/requestTime';
import { Id, LocalDateSchema } from '../model/rows';
import { applied, defineMutator, refuse, roleOf } from './types';

export const SchoolClosureDaySetThresholdArgs = z
  .object({
    /** The row's id when the day has none yet (a day that has one keeps its id). */
    id: Id,
    locationId: Id,
    date: LocalDateSchema,
    threshold: z.number().int().min(1).max(500),
  })
  .strict();
export type SchoolClosureDaySetThresholdArgs = z.input<typeof SchoolClosureDaySetThresholdArgs>;

export const schoolClosureDaySetThreshold = defineMutator({
  name: 'schoolClosureDay.setThreshold',
  args: SchoolClosureDaySetThresholdArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const location = await tx.get('locations', args.locationId);
    if (!location) return refuse('not_found', 'request.unknown_location', requestText('request.unknown_location'));
    if (roleOf(ctx, location.id) !== 'manager') {
      return refuse('forbidden', 'school_closure.threshold_manager_only', requestText('school_closure.threshold_manager_only'));
    }
    if (localDateOf(ctx.createdAt) > args.date) {
      const params = { dayDate: args.date };
      return refuse(
        'rule_violated',
        'school_closure.threshold_day_passed',
        requestText('school_closure.threshold_day_passed', params),
        params,
      );
    }
    const existing = (await tx.find('schoolClosureDays', { locationId: args.locationId, date: args.date })).sort((a, b) =>
      a.id < b.id ? -1 : 1,
    )[0];
    await tx.put('schoolClosureDays', {
      id: existing?.id ?? args.id,
      locationId: args.locationId,
      date: args.date,
      threshold: args.threshold,
      setBy: { userId: ctx.actor.userId, role: ctx.actor.role, name: ctx.actor.name || ctx.actor.userId },
      setAt: ctx.createdAt,
    });
    return applied;
  },
});
