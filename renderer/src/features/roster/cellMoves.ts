/**
 * Moving shifts between roster cells (a shift dragged to another cell, or a cell cut and pasted):
 * what the target cell holds afterwards, and what puts both cells back. The move itself is one
 * `shift.setDay` of the target (a kept shift id written to another person or day moves it, in
 * one transaction); undo restores the source first (which takes the moved shifts back), then
 * the target. The rules (double booking, opening hours) are the mutators'.
 */
import type { StaffRosterCell } from '../../../../shared/contract/views';

export type CellRef = { staffId: string; date: string };

/** A shift as `shift.setDay` takes it. */
export type DayShift = { id: string; groupId: string; start: number; end: number; breaks: { start: number; end: number }[] };

export type CellWrite = { cell: CellRef; shifts: DayShift[] };

export type MovePlan = {
  /** The target's shifts after the move: its own, then the moved ones. */
  apply: CellWrite;
  /** Both cells as they were: the source first. */
  undo: CellWrite[];
  moved: number;
};

export const sameCell = (a: CellRef, b: CellRef): boolean => a.staffId === b.staffId && a.date === b.date;

export function dayShifts(cell: StaffRosterCell | null): DayShift[] {
  return (cell?.shifts ?? []).map((s) => ({
    id: s.shiftId,
    groupId: s.groupId,
    start: s.start,
    end: s.end,
    breaks: s.breaks.map((b) => ({ start: b.start, end: b.end })),
  }));
}

/**
 * Moves the shifts `shiftIds` (all of the source's when null) from `from` to `to`. Null when there
 * is nothing to move: the same cell, an empty source, or ids the source does not hold.
 */
export function planMove(
  from: CellRef,
  source: StaffRosterCell | null,
  to: CellRef,
  target: StaffRosterCell | null,
  shiftIds: readonly string[] | null = null,
): MovePlan | null {
  if (sameCell(from, to)) return null;
  const before = dayShifts(source);
  const moving = shiftIds === null ? before : before.filter((s) => shiftIds.includes(s.id));
  if (moving.length === 0) return null;
  const kept = dayShifts(target).filter((s) => !moving.some((m) => m.id === s.id));
  return {
    apply: { cell: to, shifts: [...kept, ...moving] },
    undo: [
      { cell: from, shifts: before },
      { cell: to, shifts: dayShifts(target) },
    ],
    moved: moving.length,
  };
}
