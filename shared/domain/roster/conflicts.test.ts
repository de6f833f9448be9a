import { describe, expect, test } from 'vitest';
import { evaluateLocationDay } from '../ratio/ratio';
import { onDuty } from './absence';
import { encodeStretches, hoursText as hoursIn, rosterMessages, rosterRuleText } from './messages';
import type { RosterRule } from './messages';
import { groupWithoutStaffConflicts, hoursText, shiftConflicts, shortfallConflicts, shortfallsOf } from './conflicts';
import type { ConflictShift, ShiftConflictInput } from './conflicts';
import { planCopy } from './copyPlan';
import { ratioImpact, slotLevel } from './ratioImpact';
import type { ImpactUnit } from './ratioImpact';
import { rosterAuditId, rosterWeekId, stableHash } from './rosterWeek';
import { checkShift, shiftRuleMessages, workedMinutes } from './shiftRules';

const OPENING = { start: 7 * 60, end: 19 * 60 };
const TUESDAY = '2026-11-24';

function shift(patch: Partial<ConflictShift> = {}): ConflictShift {
  return { id: 's1', staffId: 'anna', groupId: 'g1', date: TUESDAY, start: 450, end: 960, breaks: [], ...patch };
}

function input(shifts: ConflictShift[], patch: Partial<ShiftConflictInput> = {}): ShiftConflictInput {
  return {
    opening: OPENING,
    closures: new Map(),
    staff: [{ id: 'anna', name: 'Anna de Vries', contractMinutesPerWeek: 32 * 60 }],
    shifts,
    absences: [],
    ...patch,
  };
}

const rules = (i: ShiftConflictInput) => shiftConflicts(i).map((c) => c.rule);

describe('shift rules (hard): opening hours at the edges', () => {
  test('a shift from exactly 07:00 to exactly 19:00 is within the opening hours', () => {
    expect(checkShift({ start: 420, end: 1140, breaks: [] }, OPENING).ok).toBe(true);
    expect(rules(input([shift({ start: 420, end: 1140 })]))).toEqual([]);
  });

  test('one minute before opening or after closing is a warning, not a refusal', () => {
    expect(checkShift({ start: 419, end: 1141, breaks: [] }, OPENING).ok).toBe(true);
    const conflicts = shiftConflicts(input([shift({ start: 419, end: 1141 })]));
    expect(conflicts.map((c) => [c.rule, c.severity])).toEqual([
      ['roster.before_opening', 'warning'],
      ['roster.after_closing', 'warning'],
    ]);
    expect(conflicts[0]!.message).toBe('De dienst van Anna de Vries op di 24 nov begint om 06:59, vóór de opening om 07:00.');
  });

  test('a shift entirely outside the opening hours is refused; ending exactly at opening is outside', () => {
    expect(checkShift({ start: 360, end: 420, breaks: [] }, OPENING)).toMatchObject({ ok: false, rule: 'shift.outside_opening_hours' });
    expect(checkShift({ start: 1140, end: 1200, breaks: [] }, OPENING)).toMatchObject({ ok: false, rule: 'shift.outside_opening_hours' });
    expect(checkShift({ start: 360, end: 421, breaks: [] }, OPENING).ok).toBe(true);
    expect(shiftConflicts(input([shift({ start: 1140, end: 1200 })]))[0]).toMatchObject({
      rule: 'shift.outside_opening_hours',
      severity: 'error',
    });
  });

  test('end before or at start, breaks outside the shift or overlapping are refused', () => {
    expect(checkShift({ start: 960, end: 450, breaks: [] }, OPENING)).toMatchObject({ rule: 'shift.end_after_start' });
    expect(checkShift({ start: 450, end: 450, breaks: [] }, OPENING)).toMatchObject({ rule: 'shift.end_after_start' });
    expect(checkShift({ start: 450, end: 960, breaks: [{ start: 950, end: 980 }] }, OPENING)).toMatchObject({
      rule: 'shift.break_within_shift',
    });
    expect(
      checkShift(
        {
          start: 450,
          end: 960,
          breaks: [
            { start: 720, end: 750 },
            { start: 740, end: 760 },
          ],
        },
        OPENING,
      ),
    ).toMatchObject({ rule: 'shift.breaks_overlap' });
  });
});

describe('conflicts while editing', () => {
  test('double-booked: two overlapping shifts of one person on a day; touching shifts are not', () => {
    expect(rules(input([shift(), shift({ id: 's2', start: 900, end: 1000 })]))).toEqual(['roster.double_booked']);
    expect(rules(input([shift(), shift({ id: 's2', start: 960, end: 1000 })]))).toEqual([]);
    expect(rules(input([shift(), shift({ id: 's2', date: '2026-11-25' })]))).toEqual([]);
  });

  test('contracted hours: exactly the contract is fine, one minute more is flagged', () => {
    // 4 days of 8 hours (without the break) = 32 hours
    const week = (extra: number) =>
      ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'].map((date, i) =>
        shift({ id: `s${i}`, date, start: 480, end: 1020 + (i === 0 ? extra : 0), breaks: [{ start: 720, end: 780 }] }),
      );
    expect(rules(input(week(0)))).toEqual([]);
    const over = shiftConflicts(input(week(1)));
    expect(over.map((c) => c.rule)).toEqual(['roster.over_contract']);
    expect(over[0]!.message).toBe('Anna de Vries staat deze week 32,02 uur ingeroosterd: 0,02 uur meer dan het contract (32 uur).');
  });

  test('worked minutes leave out breaks, clipped to the shift and counted once', () => {
    expect(workedMinutes({ start: 450, end: 960, breaks: [{ start: 720, end: 750 }] })).toBe(480);
    expect(
      workedMinutes({
        start: 450,
        end: 960,
        breaks: [
          { start: 720, end: 750 },
          { start: 740, end: 760 },
          { start: 950, end: 1000 },
        ],
      }),
    ).toBe(510 - 40 - 10);
    expect(hoursText(1710)).toBe('28,5');
  });

  test('a shift on a closed day is a warning naming the reason', () => {
    const conflicts = shiftConflicts(input([shift({ date: '2026-12-25' })], { closures: new Map([['2026-12-25', 'Eerste Kerstdag']]) }));
    expect(conflicts.map((c) => [c.rule, c.severity])).toEqual([['roster.closed_day', 'warning']]);
    expect(conflicts[0]!.message).toBe('De locatie is op vr 25 dec gesloten (Eerste Kerstdag), maar Anna de Vries staat ingeroosterd.');
  });

  test('a shift of someone absent that day is explained: it does not count', () => {
    const conflicts = shiftConflicts(input([shift()], { absences: [{ staffId: 'anna', date: TUESDAY, kind: 'sick' }] }));
    expect(conflicts.map((c) => [c.rule, c.severity])).toEqual([['roster.absent_with_shift', 'info']]);
    expect(conflicts[0]!.message).toBe('Anna de Vries is op di 24 nov afwezig (ziek): de dienst 07:30-16:00 telt niet mee in de ratio.');
  });
});

describe('absence: the shifts that count', () => {
  test("an absent person's shifts that day no longer count; other days and people do", () => {
    const shifts = [shift(), shift({ id: 's2', date: '2026-11-25' }), shift({ id: 's3', staffId: 'bram' })];
    expect(onDuty(shifts, [{ staffId: 'anna', date: TUESDAY }]).map((s) => s.id)).toEqual(['s2', 's3']);
    expect(onDuty(shifts, []).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  test('absence removes the count of a shift in the ratio: the only professional off sick leaves the group without staff', () => {
    const babies = [0, 1, 2].map((i) => ({ childId: `c${i}`, groupId: 'g1', dateOfBirth: '2026-03-01', start: 480, end: 960 }));
    const shifts = [{ staffId: 'anna', groupId: 'g1', counts: 'full' as const, start: 450, end: 990, breaks: [], date: TUESDAY }];
    const day = (absent: boolean) =>
      evaluateLocationDay({
        date: TUESDAY,
        locationId: 'loc',
        opening: OPENING,
        groups: [{ id: 'g1', careType: 'KDV' }],
        children: babies,
        shifts: onDuty(shifts, absent ? [{ staffId: 'anna', date: TUESDAY }] : []),
        bsoDay: 'school',
        backupRegistered: true,
      });
    const unit = (absent: boolean) => {
      const u = day(absent).units[0]!;
      return { unitId: u.unitId, name: 'Rupsjes', date: TUESDAY, intervals: u.timeline.intervals };
    };
    expect(groupWithoutStaffConflicts([unit(false)])).toEqual([]);
    const without = groupWithoutStaffConflicts([unit(true)]);
    expect(without.map((c) => c.rule)).toEqual(['roster.group_without_staff']);
    expect(without[0]!.message).toBe('Rupsjes heeft op di 24 nov van 08:00 tot 16:00 kinderen, maar geen beroepskracht die meetelt.');
    const short = shortfallsOf([unit(true)]);
    expect(short).toHaveLength(1);
    expect(short[0]!.stretches).toEqual([{ start: 480, end: 960, staff: 0, required: 1 }]);
    expect(shortfallConflicts(short)[0]!.message).toBe('Rupsjes komt op di 24 nov beroepskrachten tekort: 08:00-16:00 (0 van 1).');
  });
});

describe('ratio impact (what-if)', () => {
  const unit = (levels: Record<number, string>): ImpactUnit => ({
    unitId: 'g1',
    name: 'Rupsjes',
    slots: Object.entries(levels).map(([start, level]) => ({ start: Number(start), end: Number(start) + 15, level: level as never })),
  });

  test('only changed slots are listed, adjacent ones merged, counted as worse or better', () => {
    const before = unit({ 960: 'ok', 975: 'ok', 990: 'ok', 1005: 'deviation' });
    const after = unit({ 960: 'ok', 975: 'understaffed', 990: 'understaffed', 1005: 'ok' });
    expect(ratioImpact([before], [after])).toEqual([
      {
        unitId: 'g1',
        name: 'Rupsjes',
        changes: [
          { start: 975, end: 1005, from: 'ok', to: 'understaffed' },
          { start: 1005, end: 1020, from: 'deviation', to: 'ok' },
        ],
        worse: 2,
        better: 1,
      },
    ]);
  });

  test('no change, no impact; staff alone before the first child (nobody -> ok) is no change either', () => {
    expect(ratioImpact([unit({ 960: 'ok' })], [unit({ 960: 'ok' })])).toEqual([]);
    expect(ratioImpact([unit({ 960: 'ok' })], [unit({ 945: 'ok', 960: 'ok' })])).toEqual([]);
    expect(ratioImpact([unit({ 945: 'ok', 960: 'ok' })], [unit({ 960: 'ok' })])).toEqual([]);
    expect(ratioImpact([unit({})], [unit({ 960: 'understaffed' })])[0]!.changes).toEqual([
      { start: 960, end: 975, from: null, to: 'understaffed' },
    ]);
  });

  test('the level of a deviation beyond the budget is over_budget', () => {
    expect(slotLevel({ status: 'deviation', beyondBudget: true })).toBe('over_budget');
    expect(slotLevel({ status: 'deviation', beyondBudget: false })).toBe('deviation');
  });
});

describe('copying a day or a week', () => {
  const staffName = (id: string) => (id === 'anna' ? 'Anna de Vries' : id);

  test('copies move forward by the offset; closed days, absences and overlapping shifts are skipped with a reason', () => {
    const sources = [
      shift({ id: 'mon', date: '2026-12-21' }),
      shift({ id: 'tue', date: '2026-12-22' }),
      shift({ id: 'wed', date: '2026-12-23' }),
      shift({ id: 'thu', date: '2026-12-24' }),
    ];
    const plan = planCopy({
      sources,
      offsetDays: 1,
      existing: [shift({ id: 'x', date: '2026-12-24', start: 900, end: 1000 })],
      absences: [{ staffId: 'anna', date: '2026-12-23' }],
      closures: new Map([['2026-12-25', 'Eerste Kerstdag']]),
      staffName,
    });
    expect(plan.copies.map((c) => [c.sourceId, c.date])).toEqual([['mon', '2026-12-22']]);
    expect(plan.skipped.map((s) => [s.sourceId, s.rule])).toEqual([
      ['tue', 'roster_copy.absent'],
      ['wed', 'roster_copy.already_working'],
      ['thu', 'roster_copy.closed_day'],
    ]);
    expect(plan.skipped[1]!.message).toBe('Anna de Vries werkt op do 24 dec al van 15:00 tot 16:40.');
  });

  test('copying the same week twice copies nothing the second time', () => {
    const sources = [shift({ id: 'a', date: '2026-11-23' })];
    const first = planCopy({ sources, offsetDays: 7, existing: [], absences: [], closures: new Map(), staffName });
    const copied = first.copies.map((c) => ({ ...c, id: 'new' }));
    const second = planCopy({ sources, offsetDays: 7, existing: copied, absences: [], closures: new Map(), staffName });
    expect(second.copies).toEqual([]);
    expect(second.skipped.map((s) => s.rule)).toEqual(['roster_copy.already_working']);
  });
});

describe('week and audit ids', () => {
  test('a week id is the location and the Monday, from any day of the week', () => {
    expect(rosterWeekId('loc', '2026-11-26')).toBe('loc/2026-11-23');
    expect(rosterWeekId('loc', '2026-11-29')).toBe('loc/2026-11-23');
  });

  test('audit ids are the shift id and a number, hashed when too long for 64 characters', () => {
    expect(rosterAuditId('0193c6e4-3b7a-7000-8000-000000000001', 3)).toBe('0193c6e4-3b7a-7000-8000-000000000001@3');
    const long = 'x'.repeat(64);
    const id = rosterAuditId(long, 12);
    expect(id).toBe(`h${stableHash(long)}@12`);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(stableHash('a')).not.toBe(stableHash('b'));
  });
});

describe('sentences', () => {
  test('every roster rule has a Dutch and an English sentence with the same placeholders', () => {
    for (const catalogue of [rosterMessages, shiftRuleMessages]) {
      expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.nl).sort());
      for (const [rule, nl] of Object.entries(catalogue.nl)) {
        const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        expect(placeholders((catalogue.en as Record<string, string>)[rule]!), rule).toEqual(placeholders(nl));
      }
    }
  });
});

describe('sentences in English from the raw params', () => {
  const english = (c: { rule: string; params?: Record<string, string | number> }) => rosterRuleText(c.rule as RosterRule, c.params, 'en');

  test('a conflict keeps raw params (ISO date, absence kind, minutes) and reads the same in Dutch', () => {
    const [absent] = shiftConflicts(input([shift()], { absences: [{ staffId: 'anna', date: TUESDAY, kind: 'sick' }] }));
    expect(absent!.params).toMatchObject({ date: TUESDAY, kind: 'sick' });
    expect(rosterRuleText('roster.absent_with_shift', absent!.params, 'nl')).toBe(absent!.message);
    expect(english(absent!)).toBe('Anna de Vries is away on Tue 24 Nov (sick): the shift 07:30-16:00 does not count in the ratio.');
  });

  test('contract hours use the decimal point in English and the comma in Dutch', () => {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    const [over] = shiftConflicts(input(days.map((date, i) => shift({ id: `s${i}`, date, start: 450, end: 870 }))));
    expect(over!.rule).toBe('roster.over_contract');
    expect(over!.params).toMatchObject({ planned: 2100, over: 180, contract: 1920 });
    expect(over!.message).toBe('Anna de Vries staat deze week 35 uur ingeroosterd: 3 uur meer dan het contract (32 uur).');
    expect(english(over!)).toBe('Anna de Vries is rostered 35 hours this week: 3 hours more than the contract (32 hours).');
    expect(hoursIn(1710, 'en')).toBe('28.5');
    expect(rosterRuleText('roster.over_contract', { staff: 'Bram', planned: 1980, over: 60, contract: 1920 }, 'en')).toBe(
      'Bram is rostered 33 hours this week: 1 hour more than the contract (32 hours).',
    );
  });

  test('a closed day named by its calendar key reads in either language', () => {
    const closures = new Map([['2026-12-25', 'calendar.holiday.christmas_day']]);
    const [closed] = shiftConflicts(input([shift({ date: '2026-12-25' })], { closures }));
    expect(closed!.message).toBe('De locatie is op vr 25 dec gesloten (Eerste kerstdag), maar Anna de Vries staat ingeroosterd.');
    expect(english(closed!)).toBe('The location is closed on Fri 25 Dec (Christmas Day), but Anna de Vries is rostered.');
  });

  test('a group falling short lists its stretches with "van" in Dutch and "of" in English', () => {
    const stretches = [
      { start: 480, end: 600, staff: 1, required: 2 },
      { start: 900, end: 960, staff: 0, required: null },
    ];
    expect(encodeStretches(stretches)).toBe('480-600:1:2,900-960:0:');
    const [short] = shortfallConflicts([{ unitId: 'g1', name: 'Rupsjes', date: TUESDAY, stretches }]);
    expect(short!.message).toBe('Rupsjes komt op di 24 nov beroepskrachten tekort: 08:00-10:00 (1 van 2), 15:00-16:00.');
    expect(english(short!)).toBe('Rupsjes is short of professionals on Tue 24 Nov: 08:00-10:00 (1 of 2), 15:00-16:00.');
  });

  test('a copy skipped because of an absence or a closed day, in English', () => {
    const plan = planCopy({
      sources: [shift({ date: '2026-11-23' }), shift({ id: 's2', staffId: 'bram', date: '2026-11-23' })],
      offsetDays: 1,
      existing: [],
      absences: [{ staffId: 'anna', date: TUESDAY }],
      closures: new Map(),
      staffName: (id) => (id === 'anna' ? 'Anna de Vries' : 'Bram Jansen'),
    });
    expect(plan.skipped.map((s) => english(s))).toEqual(['Anna de Vries is registered as away on Tue 24 Nov.']);
    expect(plan.skipped[0]!.message).toBe('Anna de Vries is op di 24 nov afwezig gemeld.');
  });

  test('words already in the params (an older core) pass through unchanged', () => {
    expect(rosterRuleText('roster.closed_day', { staff: 'Anna', date: 'di 24 nov', reason: 'studiedag' }, 'en')).toBe(
      'The location is closed on di 24 nov (studiedag), but Anna is rostered.',
    );
  });
});
