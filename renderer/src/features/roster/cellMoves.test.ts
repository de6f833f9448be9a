import { describe, expect, test } from 'vitest';
import type { StaffRosterCell } from '../../../../shared/contract/views';
import { planMove } from './cellMoves';
import { ruleText } from './ruleText';

const MONDAY = { staffId: 'anna', date: '2026-11-23' };
const TUESDAY = { staffId: 'anna', date: '2026-11-24' };
const BRAM_MONDAY = { staffId: 'bram', date: '2026-11-23' };

function cell(date: string, shifts: [id: string, start: number, end: number][]): StaffRosterCell {
  return {
    date,
    shifts: shifts.map(([shiftId, start, end]) => ({
      shiftId,
      groupId: 'g1',
      groupName: 'Rupsjes',
      start,
      end,
      breaks: [{ start: 720, end: 750 }],
    })),
    absence: null,
  };
}

const day = (id: string, start: number, end: number) => ({ id, groupId: 'g1', start, end, breaks: [{ start: 720, end: 750 }] });

describe('moving shifts between cells (drag, cut and paste)', () => {
  test('a dragged shift joins the target cell after its own shifts; undo writes the source back first, then the target', () => {
    const source = cell(MONDAY.date, [
      ['s1', 450, 690],
      ['s2', 780, 960],
    ]);
    const target = cell(TUESDAY.date, [['t1', 420, 600]]);
    const plan = planMove(MONDAY, source, TUESDAY, target, ['s2']);
    expect(plan).toEqual({
      apply: { cell: TUESDAY, shifts: [day('t1', 420, 600), day('s2', 780, 960)] },
      undo: [
        { cell: MONDAY, shifts: [day('s1', 450, 690), day('s2', 780, 960)] },
        { cell: TUESDAY, shifts: [day('t1', 420, 600)] },
      ],
      moved: 1,
    });
  });

  test('cut and paste moves all of the cell to another person; an empty target is restored empty', () => {
    const source = cell(MONDAY.date, [
      ['s1', 450, 690],
      ['s2', 780, 960],
    ]);
    const plan = planMove(MONDAY, source, BRAM_MONDAY, null);
    expect(plan?.apply).toEqual({ cell: BRAM_MONDAY, shifts: [day('s1', 450, 690), day('s2', 780, 960)] });
    expect(plan?.undo[1]).toEqual({ cell: BRAM_MONDAY, shifts: [] });
    expect(plan?.moved).toBe(2);
  });

  test('nothing to move: the same cell, an empty source, or an id the source does not hold', () => {
    const source = cell(MONDAY.date, [['s1', 450, 690]]);
    expect(planMove(MONDAY, source, { ...MONDAY }, null)).toBeNull();
    expect(planMove(MONDAY, cell(MONDAY.date, []), TUESDAY, null)).toBeNull();
    expect(planMove(MONDAY, null, TUESDAY, null)).toBeNull();
    expect(planMove(MONDAY, source, TUESDAY, null, ['elsewhere'])).toBeNull();
  });

  test('the undo of a move is a copy: later changes to the week data do not leak into it', () => {
    const source = cell(MONDAY.date, [['s1', 450, 690]]);
    const plan = planMove(MONDAY, source, TUESDAY, null)!;
    source.shifts[0]!.breaks[0]!.start = 700;
    expect(plan.undo[0]!.shifts[0]!.breaks).toEqual([{ start: 720, end: 750 }]);
  });
});

describe('roster sentences in the chosen language', () => {
  const shortfall = {
    rule: 'roster.group_short',
    message: 'Rupsjes komt op di 24 nov beroepskrachten tekort: 08:00-10:00 (1 van 2).',
    params: { group: 'Rupsjes', date: '2026-11-24', stretches: '480-600:1:2' },
  };

  test('Dutch is the core sentence; English is rendered from the params', () => {
    expect(ruleText(shortfall, 'nl')).toBe(shortfall.message);
    expect(ruleText(shortfall, 'en')).toBe('Rupsjes is short of professionals on Tue 24 Nov: 08:00-10:00 (1 of 2).');
  });

  test('a refused save in English: double booking and an absence already registered', () => {
    const refused = {
      code: 'rule_violated' as const,
      rule: 'shift.double_booked',
      message: 'Anna de Vries werkt op die dag al van 07:30 tot 16:00.',
      params: { staff: 'Anna de Vries', start: '07:30', end: '16:00' },
    };
    expect(ruleText(refused, 'en')).toBe('Anna de Vries already works that day from 07:30 to 16:00.');
    const absent = {
      rule: 'staff_absence.already_registered',
      message: 'Anna de Vries is op di 24 nov al afwezig gemeld (ziek).',
      params: { staff: 'Anna de Vries', date: '2026-11-24', kind: 'sick' },
    };
    expect(ruleText(absent, 'en')).toBe('Anna de Vries is already registered as away on Tue 24 Nov (sick).');
  });

  test('a rule the catalogues do not know, or no rule at all, keeps the core sentence', () => {
    expect(ruleText({ rule: 'ratio.something_else', message: 'Iets anders.' }, 'en')).toBe('Iets anders.');
    expect(ruleText({ message: 'Er ging iets mis.' }, 'en')).toBe('Er ging iets mis.');
  });
});
