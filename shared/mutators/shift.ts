/**
 * Roster shifts: a staff member working in a group on a date, with breaks.
 *
 * - `shift.assign`: create or replace one shift (same id = edit, also a move to another person or day).
 * - `shift.remove`: remove one shift.
 * - `shift.setDay`: what the roster grid saves for a cell: the person's shifts of that day
 *   become exactly these (kept ids are edits, new ids are added, missing ones removed), atomically.
 * - `shift.copy`: copies of existing shifts to other dates or people (copy a day or a week
 *   forward, paste a cell), all or nothing; the plan of what to copy is `planCopy`'s.
 *
 * Every written shift passes the same checks (shared/domain/roster/shiftRules.ts, the person's
 * active period and PRK registration in shared/domain/roster/staffOnDate.ts, the references and
 * double booking); in a published week every change is recorded in the audit
 * trail (`./rosterAudit`). Planning is the manager's.
 */
import { z } from 'zod';
import { rosterText } from '../domain/roster/messages';
import { checkShift } from '../domain/roster/shiftRules';
import { checkStaffOnDate } from '../domain/roster/staffOnDate';
import { formatTime } from '../domain/time/timeOfDay';
import { Id, LocalDateSchema, MinutesSchema, ShiftRow, TimeRange } from '../model/rows';
import { auditShiftChange } from './rosterAudit';
import { applied, defineMutator, refuse, refuseWith } from './types';
import type { MutationContext, MutationFailure, MutationTx } from './types';

/** Why `shift` cannot be written as it is, or null when it can. */
async function shiftRefusal(tx: MutationTx, shift: ShiftRow): Promise<MutationFailure | null> {
  const location = await tx.get('locations', shift.locationId);
  if (!location) return refuse('not_found', 'shift.unknown_location', rosterText('shift.unknown_location'));
  const times = checkShift(shift, { start: location.opensAt, end: location.closesAt });
  if (!times.ok) return refuse('rule_violated', times.rule, times.message, times.params);
  const group = await tx.get('groups', shift.groupId);
  if (!group || group.locationId !== shift.locationId) {
    return refuse('not_found', 'shift.unknown_group', rosterText('shift.unknown_group'));
  }
  const staff = await tx.get('staff', shift.staffId);
  if (!staff) return refuse('not_found', 'shift.unknown_staff', rosterText('shift.unknown_staff'));
  if (staff.locationId !== shift.locationId) return refuse('rule_violated', 'shift.staff_elsewhere', rosterText('shift.staff_elsewhere'));
  const onDate = checkStaffOnDate(staff, shift.date);
  if (!onDate.ok) return refuseWith('rule_violated', onDate);
  const sameDay = await tx.find('shifts', { staffId: shift.staffId, date: shift.date });
  const clash = sameDay.find((s) => s.id !== shift.id && s.start < shift.end && shift.start < s.end);
  if (clash) {
    const params = { staff: `${staff.firstName} ${staff.lastName}`, start: formatTime(clash.start), end: formatTime(clash.end) };
    return refuse('rule_violated', 'shift.double_booked', rosterText('shift.double_booked', params), params);
  }
  return null;
}

/** Checks, writes and audits one shift. */
async function writeShift(tx: MutationTx, ctx: MutationContext, shift: ShiftRow): Promise<MutationFailure | null> {
  const refusal = await shiftRefusal(tx, shift);
  if (refusal) return refusal;
  const before = await tx.get('shifts', shift.id);
  await tx.put('shifts', shift);
  await auditShiftChange(tx, ctx, shift.id, before, shift);
  return null;
}

async function deleteShift(tx: MutationTx, ctx: MutationContext, shift: ShiftRow): Promise<void> {
  await tx.delete('shifts', shift.id);
  await auditShiftChange(tx, ctx, shift.id, shift, null);
}

/** Create or replace a shift (same id = edit). */
export const shiftAssign = defineMutator({
  name: 'shift.assign',
  args: ShiftRow,
  roles: ['manager'],
  async apply(tx, shift, ctx) {
    return (await writeShift(tx, ctx, shift)) ?? applied;
  },
});

export const shiftRemove = defineMutator({
  name: 'shift.remove',
  args: z.object({ id: Id }).strict(),
  roles: ['manager'],
  async apply(tx, { id }, ctx) {
    const shift = await tx.get('shifts', id);
    if (!shift) return refuse('not_found', 'shift.unknown', rosterText('shift.unknown'));
    await deleteShift(tx, ctx, shift);
    return applied;
  },
});

const DayShift = z.object({ id: Id, groupId: Id, start: MinutesSchema, end: MinutesSchema, breaks: z.array(TimeRange).max(6) }).strict();

export const ShiftSetDayArgs = z
  .object({
    locationId: Id,
    staffId: Id,
    date: LocalDateSchema,
    /** The person's shifts of the day after the edit; empty clears the day. */
    shifts: z.array(DayShift).max(4),
  })
  .strict();
export type ShiftSetDayArgs = z.infer<typeof ShiftSetDayArgs>;

/** A roster cell saved: the person's shifts on the date become exactly `shifts`. */
export const shiftSetDay = defineMutator({
  name: 'shift.setDay',
  args: ShiftSetDayArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    const staff = await tx.get('staff', args.staffId);
    if (!staff) return refuse('not_found', 'shift.unknown_staff', rosterText('shift.unknown_staff'));
    if (staff.locationId !== args.locationId) return refuse('rule_violated', 'shift.staff_elsewhere', rosterText('shift.staff_elsewhere'));
    const keep = new Set(args.shifts.map((s) => s.id));
    if (keep.size !== args.shifts.length) {
      return refuse('rule_violated', 'shift.same_id_twice', rosterText('shift.same_id_twice', { date: args.date }));
    }
    for (const old of await tx.find('shifts', { staffId: args.staffId, date: args.date })) {
      if (!keep.has(old.id)) await deleteShift(tx, ctx, old);
    }
    const ordered = [...args.shifts].sort((a, b) => a.start - b.start);
    for (const s of ordered) {
      const refusal = await writeShift(tx, ctx, { ...s, locationId: args.locationId, staffId: args.staffId, date: args.date });
      if (refusal) return refusal;
    }
    return applied;
  },
});

export const ShiftCopyArgs = z
  .object({
    locationId: Id,
    /** Each copy: the shift copied, the new shift's id, and the person and date it goes to. */
    copies: z
      .array(z.object({ sourceId: Id, id: Id, staffId: Id, date: LocalDateSchema }).strict())
      .min(1)
      .max(500),
  })
  .strict();
export type ShiftCopyArgs = z.infer<typeof ShiftCopyArgs>;

/** Copies shifts (same group, times and breaks) to other dates or people: all of them, or none. */
export const shiftCopy = defineMutator({
  name: 'shift.copy',
  args: ShiftCopyArgs,
  roles: ['manager'],
  async apply(tx, args, ctx) {
    for (const copy of args.copies) {
      const source = await tx.get('shifts', copy.sourceId);
      if (!source || source.locationId !== args.locationId) {
        return refuse('not_found', 'shift.copy_unknown_source', rosterText('shift.copy_unknown_source'));
      }
      const target: ShiftRow = {
        ...source,
        id: copy.id,
        staffId: copy.staffId,
        date: copy.date,
        breaks: source.breaks.map((b) => ({ ...b })),
      };
      const refusal = await writeShift(tx, ctx, target);
      if (refusal) {
        const staff = await tx.get('staff', copy.staffId);
        // The cause's own values travel along, so the UI can render `reason` in another language from `cause`.
        const params = {
          ...refusal.params,
          date: copy.date,
          staff: staff ? `${staff.firstName} ${staff.lastName}` : copy.staffId,
          reason: refusal.message,
          cause: refusal.rule,
        };
        return refuse(refusal.code, 'shift.copy_failed', rosterText('shift.copy_failed', params), params);
      }
    }
    return applied;
  },
});
