/**
 * The audit trail of published roster weeks: every shift change of a week that was published
 * records who, when, before and after (`rosterAudit` rows). Written by the shift mutators inside
 * their own transaction; ids and instants come from the arguments and the context only, so the
 * hub writes the same rows as the desk.
 */
import type { AuditedShift, ShiftRow } from '../model/rows';
import { rosterAuditId, rosterWeekId } from '../domain/roster/rosterWeek';
import type { MutationContext, MutationTx } from './types';

function snapshot(s: ShiftRow | null): AuditedShift | null {
  if (!s) return null;
  return { staffId: s.staffId, groupId: s.groupId, date: s.date, start: s.start, end: s.end, breaks: s.breaks.map((b) => ({ ...b })) };
}

function sameShift(a: AuditedShift | null, b: AuditedShift | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Records a change of one shift (`before` null: added; `after` null: removed) in the trail of each
 * published week it touches (a move between weeks touches two). No change, no entry.
 */
export async function auditShiftChange(
  tx: MutationTx,
  ctx: MutationContext,
  shiftId: string,
  before: ShiftRow | null,
  after: ShiftRow | null,
): Promise<void> {
  const was = snapshot(before);
  const now = snapshot(after);
  if (sameShift(was, now)) return;
  const weekIds = new Set<string>();
  if (before) weekIds.add(rosterWeekId(before.locationId, before.date));
  if (after) weekIds.add(rosterWeekId(after.locationId, after.date));
  for (const weekId of weekIds) {
    const week = await tx.get('rosterWeeks', weekId);
    if (!week || week.status !== 'published') continue;
    const n = (await tx.find('rosterAudit', { shiftId })).length + 1;
    await tx.put('rosterAudit', {
      id: rosterAuditId(shiftId, n),
      locationId: week.locationId,
      weekStart: week.weekStart,
      shiftId,
      action: was === null ? 'added' : now === null ? 'removed' : 'changed',
      before: was,
      after: now,
      by: { userId: ctx.actor.userId, role: ctx.actor.role, name: ctx.actor.name || ctx.actor.userId },
      at: ctx.createdAt,
    });
  }
}
