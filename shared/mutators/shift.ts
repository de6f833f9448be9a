/**
 * Roster shifts: a staff member working in a group on a date, with breaks.
 */
import { z } from 'zod';
import { formatTime } from '../domain/time/timeOfDay';
import { Id, ShiftRow } from '../model/rows';
import { applied, defineMutator, refuse, type MutationTx } from './types';

/** Create or replace a shift (same id = edit). */
export const shiftAssign = defineMutator({
  name: 'shift.assign',
  args: ShiftRow,
  roles: ['manager'],
  async apply(tx, shift) {
    if (shift.end <= shift.start) {
      return refuse(
        'rule_violated',
        'shift.end_after_start',
        `De dienst eindigt (${formatTime(shift.end)}) niet na de begintijd (${formatTime(shift.start)}).`,
        {
          start: formatTime(shift.start),
          end: formatTime(shift.end),
        },
      );
    }
    for (const b of shift.breaks) {
      if (b.start < shift.start || b.end > shift.end) {
        return refuse(
          'rule_violated',
          'shift.break_within_shift',
          `De pauze ${formatTime(b.start)}-${formatTime(b.end)} valt niet binnen de dienst.`,
        );
      }
    }
    const group = await tx.get('groups', shift.groupId);
    if (!group || group.locationId !== shift.locationId) {
      return refuse('not_found', 'shift.unknown_group', 'Deze groep bestaat niet op deze locatie.');
    }
    const staff = await tx.get('staff', shift.staffId);
    if (!staff) return refuse('not_found', 'shift.unknown_staff', 'Deze medewerker bestaat niet.');
    const clash = await findOverlappingShift(tx, shift);
    if (clash) {
      return refuse(
        'rule_violated',
        'shift.double_booked',
        `${staff.firstName} ${staff.lastName} werkt op die dag al van ${formatTime(clash.start)} tot ${formatTime(clash.end)}.`,
        {
          start: formatTime(clash.start),
          end: formatTime(clash.end),
        },
      );
    }
    await tx.put('shifts', shift);
    return applied;
  },
});

async function findOverlappingShift(tx: MutationTx, shift: z.output<typeof ShiftRow>) {
  const sameDay = await tx.find('shifts', { staffId: shift.staffId, date: shift.date });
  return sameDay.find((s) => s.id !== shift.id && s.start < shift.end && shift.start < s.end) ?? null;
}

export const shiftRemove = defineMutator({
  name: 'shift.remove',
  args: z.object({ id: Id }).strict(),
  roles: ['manager'],
  async apply(tx, { id }) {
    const shift = await tx.get('shifts', id);
    if (!shift) return refuse('not_found', 'shift.unknown', 'Deze dienst bestaat niet (meer).');
    await tx.delete('shifts', id);
    return applied;
  },
});
