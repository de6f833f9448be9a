/**
 * Check-in and check-out (presentieregistratie): the child's actual arrival and departure on its
 * group, the source of the ratio "as it happened", the presence list and the late-pickup shortcut.
 * The rules are in shared/domain/plan/attendanceRules.ts; "now" is the mutation's instant.
 *
 * - `attendance.checkIn`: a new stay; with `checkOut` it registers a whole stay afterwards.
 * - `attendance.checkOut`: the departure of an open stay.
 * - `attendance.correct`: new times, or voided (the wrong child), with a reason; the times before
 *   are kept in the row's history.
 * - `attendance.purge`: removes a location's registrations before a date, only when that date is
 *   past the retention window (at least six weeks): nothing younger is ever deleted.
 */
import { z } from 'zod';
import { checkNotAhead, checkPurge, checkStay, runningPlacements, type Now } from '../domain/plan/attendanceRules';
import { planFailure, showDate, type PlanRule } from '../domain/plan/planMessages';
import { localDateOf } from '../domain/requests/requestTime';
import { organisationSettingsSchema } from '../domain/settings';
import { localMinutesAt } from '../domain/time/localDate';
import { formatTime } from '../domain/time/timeOfDay';
import type { Params } from '../i18n/messages';
import { Id, LocalDateSchema, MinutesSchema } from '../model/rows';
import type { AttendanceRow, ChildRow } from '../model/rows';
import type { RuleFailure } from '../result';
import { applied, defineMutator, refuse } from './types';
import type { MutationContext, MutationFailure, MutationTx } from './types';

function refused(code: MutationFailure['code'], failure: RuleFailure): MutationFailure {
  return refuse(code, failure.rule, failure.message, failure.params);
}

function refuseRule(code: MutationFailure['code'], rule: PlanRule, params: Params = {}): MutationFailure {
  return refused(code, planFailure(rule, params));
}

function nowOf(ctx: MutationContext): Now {
  return { today: localDateOf(ctx.createdAt), time: localMinutesAt(new Date(ctx.createdAt)) };
}

/** The child's other stays that day, voided ones left out. */
async function otherStays(tx: MutationTx, childId: string, date: string, except: string): Promise<AttendanceRow[]> {
  return (await tx.find('attendance', { childId, date })).filter((r) => r.id !== except && !r.voided);
}

async function childOf(tx: MutationTx, row: AttendanceRow): Promise<ChildRow | null> {
  return tx.get('children', row.childId);
}

export const AttendanceCheckInArgs = z
  .object({
    id: Id,
    locationId: Id,
    childId: Id,
    groupId: Id,
    date: LocalDateSchema,
    checkIn: MinutesSchema,
    /** Registering a whole stay afterwards: its departure. */
    checkOut: MinutesSchema.nullable().default(null),
  })
  .strict();
export type AttendanceCheckInArgs = z.input<typeof AttendanceCheckInArgs>;

export const attendanceCheckIn = defineMutator({
  name: 'attendance.checkIn',
  args: AttendanceCheckInArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const child = await tx.get('children', args.childId);
    if (!child || child.locationId !== args.locationId) return refuseRule('not_found', 'attendance.unknown_child');
    const group = await tx.get('groups', args.groupId);
    if (!group || group.locationId !== args.locationId) return refuseRule('not_found', 'attendance.unknown_group');
    if (await tx.get('attendance', args.id)) return refuseRule('conflict', 'attendance.id_taken');
    const ahead = checkNotAhead(args.date, args.checkOut === null ? [args.checkIn] : [args.checkIn, args.checkOut], nowOf(ctx));
    if (!ahead.ok) return refused('rule_violated', ahead);
    const placements = runningPlacements(await tx.find('placements', { childId: child.id }), args.locationId, args.date);
    if (placements.length === 0) {
      return refuseRule('rule_violated', 'attendance.no_placement', {
        child: `${child.firstName} ${child.lastName}`,
        date: showDate(args.date),
      });
    }
    const stay = checkStay(args, await otherStays(tx, child.id, args.date, args.id), child.firstName, args.date);
    if (!stay.ok) return refused('rule_violated', stay);
    await tx.put('attendance', {
      id: args.id,
      locationId: args.locationId,
      childId: child.id,
      groupId: group.id,
      date: args.date,
      checkIn: args.checkIn,
      checkOut: args.checkOut,
      checkedInBy: { ...ctx.actor },
      checkedInAt: ctx.createdAt,
      checkedOutBy: args.checkOut === null ? null : { ...ctx.actor },
      checkedOutAt: args.checkOut === null ? null : ctx.createdAt,
      voided: false,
      history: [],
    });
    return applied;
  },
});

export const AttendanceCheckOutArgs = z.object({ id: Id, checkOut: MinutesSchema }).strict();

export const attendanceCheckOut = defineMutator({
  name: 'attendance.checkOut',
  args: AttendanceCheckOutArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const row = await tx.get('attendance', args.id);
    if (!row) return refuseRule('not_found', 'attendance.unknown');
    if (row.voided) return refuseRule('rule_violated', 'attendance.voided');
    const child = await childOf(tx, row);
    const name = child?.firstName ?? '';
    if (row.checkOut !== null)
      return refuseRule('rule_violated', 'attendance.already_checked_out', { child: name, checkOut: formatTime(row.checkOut) });
    const ahead = checkNotAhead(row.date, [args.checkOut], nowOf(ctx));
    if (!ahead.ok) return refused('rule_violated', ahead);
    const stay = checkStay(
      { checkIn: row.checkIn, checkOut: args.checkOut },
      await otherStays(tx, row.childId, row.date, row.id),
      name,
      row.date,
    );
    if (!stay.ok) return refused('rule_violated', stay);
    await tx.put('attendance', { ...row, checkOut: args.checkOut, checkedOutBy: { ...ctx.actor }, checkedOutAt: ctx.createdAt });
    return applied;
  },
});

export const AttendanceCorrectArgs = z
  .object({
    id: Id,
    checkIn: MinutesSchema,
    checkOut: MinutesSchema.nullable(),
    /** True: registered by mistake (the wrong child); kept, counts for nothing. */
    voided: z.boolean().default(false),
    reason: z.string().trim().min(1, { message: 'vul een reden in' }).max(500),
  })
  .strict();
export type AttendanceCorrectArgs = z.input<typeof AttendanceCorrectArgs>;

export const attendanceCorrect = defineMutator({
  name: 'attendance.correct',
  args: AttendanceCorrectArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const row = await tx.get('attendance', args.id);
    if (!row) return refuseRule('not_found', 'attendance.unknown');
    if (row.voided) return refuseRule('rule_violated', 'attendance.voided');
    const child = await childOf(tx, row);
    if (!args.voided) {
      const ahead = checkNotAhead(row.date, args.checkOut === null ? [args.checkIn] : [args.checkIn, args.checkOut], nowOf(ctx));
      if (!ahead.ok) return refused('rule_violated', ahead);
      const stay = checkStay(args, await otherStays(tx, row.childId, row.date, row.id), child?.firstName ?? '', row.date);
      if (!stay.ok) return refused('rule_violated', stay);
    }
    const closing = row.checkOut === null && args.checkOut !== null;
    await tx.put('attendance', {
      ...row,
      checkIn: args.checkIn,
      checkOut: args.checkOut,
      checkedOutBy: args.checkOut === null ? null : closing ? { ...ctx.actor } : row.checkedOutBy,
      checkedOutAt: args.checkOut === null ? null : closing ? ctx.createdAt : row.checkedOutAt,
      voided: args.voided,
      history: [
        ...row.history,
        {
          before: { checkIn: row.checkIn, checkOut: row.checkOut, voided: row.voided },
          reason: args.reason,
          by: { ...ctx.actor },
          at: ctx.createdAt,
        },
      ].slice(-50),
    });
    return applied;
  },
});

export const AttendancePurgeArgs = z.object({ locationId: Id, before: LocalDateSchema }).strict();

export const attendancePurge = defineMutator({
  name: 'attendance.purge',
  args: AttendancePurgeArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const location = await tx.get('locations', args.locationId);
    const organisation = location ? await tx.get('organisations', location.organisationId) : null;
    const settings = organisationSettingsSchema.parse(organisation?.settings ?? {}).plan;
    const allowed = checkPurge(args.before, localDateOf(ctx.createdAt), settings);
    if (!allowed.ok) return refused('rule_violated', allowed);
    for (const row of await tx.find('attendance', { locationId: args.locationId })) {
      if (row.date < args.before) await tx.delete('attendance', row.id);
    }
    return applied;
  },
});
