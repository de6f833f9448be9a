/**
 * Staff absence per day (ziekmelding, verlof): registered and removed. The absent person's
 * shifts stay in the roster and stop counting in the ratio (shared/domain/roster/absence.ts).
 * One absence per person and date: registering again with the same id edits it (kind, note).
 *
 * Roles: the manager and the assistant (a sick call arrives at 7:00, often with the assistant);
 * planning the replacement is the manager's (the shift mutators).
 */
import { z } from 'zod';
import { rosterText } from '../domain/roster/messages';
import { Id, LocalDateSchema, StaffAbsenceKind } from '../model/rows';
import { applied, defineMutator, refuse } from './types';

export const StaffAbsenceRegisterArgs = z
  .object({
    id: Id,
    locationId: Id,
    staffId: Id,
    date: LocalDateSchema,
    kind: StaffAbsenceKind,
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export type StaffAbsenceRegisterArgs = z.input<typeof StaffAbsenceRegisterArgs>;

export const staffAbsenceRegister = defineMutator({
  name: 'staffAbsence.register',
  args: StaffAbsenceRegisterArgs,
  roles: ['manager', 'assistant'],
  async apply(tx, args, ctx) {
    const staff = await tx.get('staff', args.staffId);
    if (!staff || staff.locationId !== args.locationId) {
      return refuse('not_found', 'staff_absence.unknown_staff', rosterText('staff_absence.unknown_staff'));
    }
    const other = (await tx.find('staffAbsences', { staffId: args.staffId, date: args.date })).find((a) => a.id !== args.id);
    if (other) {
      const params = {
        staff: `${staff.firstName} ${staff.lastName}`,
        date: args.date,
        kind: other.kind,
      };
      return refuse('conflict', 'staff_absence.already_registered', rosterText('staff_absence.already_registered', params), params);
    }
    const existing = await tx.get('staffAbsences', args.id);
    await tx.put('staffAbsences', {
      id: args.id,
      locationId: args.locationId,
      staffId: args.staffId,
      date: args.date,
      kind: args.kind,
      note: args.note,
      registeredBy: existing?.registeredBy ?? { userId: ctx.actor.userId, role: ctx.actor.role, name: ctx.actor.name || ctx.actor.userId },
      registeredAt: existing?.registeredAt ?? ctx.createdAt,
    });
    return applied;
  },
});

export const staffAbsenceRemove = defineMutator({
  name: 'staffAbsence.remove',
  args: z.object({ id: Id }).strict(),
  roles: ['manager', 'assistant'],
  async apply(tx, { id }) {
    const absence = await tx.get('staffAbsences', id);
    if (!absence) return refuse('not_found', 'staff_absence.unknown', rosterText('staff_absence.unknown'));
    await tx.delete('staffAbsences', id);
    return applied;
  },
});
