import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatShiftEntry, matchGroup, parseEntryTime, parseShiftEntry } from './shiftEntry';
import type { EnteredShift, ShiftEntry } from './shiftEntry';

const groups = [
  { id: 'g-rups', name: 'Rupsjes' },
  { id: 'g-beer', name: 'Beertjes' },
  { id: 'g-boom', name: 'Boomhut' },
  { id: 'g-vlin', name: 'De Vlinders' },
  { id: 'g-eend', name: 'Eéndjes' },
];
const parse = (text: string, defaultGroupId: string | null = null) => parseShiftEntry(text, { groups, defaultGroupId });

function shifts(text: string): EnteredShift[] {
  const r = parse(text);
  if (!r.ok) throw new Error(`${r.rule}: ${r.message}`);
  if (r.value.kind !== 'shifts') throw new Error(`not shifts: ${r.value.kind}`);
  return r.value.shifts;
}

function ruleOf(text: string, defaultGroupId: string | null = null): string {
  const r = parse(text, defaultGroupId);
  if (r.ok) throw new Error(`parsed: ${JSON.stringify(r.value)}`);
  return r.rule;
}

describe('roster entry: times', () => {
  test.each([
    ['7', 420],
    ['07', 420],
    ['730', 450],
    ['0730', 450],
    ['7:30', 450],
    ['7.30', 450],
    ['7,30', 450],
    ['7u30', 450],
    ['16u', 960],
    ['1600', 960],
    ['0', 0],
    ['24:00', 1440],
    ['2400', 1440],
  ])('time "%s" is %i minutes', (text, minutes) => {
    expect(parseEntryTime(text)).toBe(minutes);
  });

  test.each(['24:30', '25', '7:60', '760', '12345', '7:3', 'x'])('time "%s" is not a time', (text) => {
    expect(parseEntryTime(text)).toBeNull();
  });
});

describe('roster entry: the examples of the issue', () => {
  test('"7:30-16:00 Rupsjes" is 07:30-16:00 in Rupsjes without breaks', () => {
    expect(shifts('7:30-16:00 Rupsjes')).toEqual([{ groupId: 'g-rups', start: 450, end: 960, breaks: [] }]);
  });

  test('"730-16 rups": compact times and a group prefix in lower case', () => {
    expect(shifts('730-16 rups')).toEqual([{ groupId: 'g-rups', start: 450, end: 960, breaks: [] }]);
  });

  test('"7.30-16.00 Rupsjes p12:00-12:30": a break after the group', () => {
    expect(shifts('7.30-16.00 Rupsjes p12:00-12:30')).toEqual([
      { groupId: 'g-rups', start: 450, end: 960, breaks: [{ start: 720, end: 750 }] },
    ]);
  });

  test('a break before the group, "pauze" written out, en dash and "tot" all read the same', () => {
    const expected = [{ groupId: 'g-rups', start: 450, end: 960, breaks: [{ start: 720, end: 750 }] }];
    expect(shifts('7:30–16:00 p 12-1230 Rupsjes')).toEqual(expected);
    expect(shifts('  7:30 tot 16:00   RUPSJES  pauze 12:00 - 12:30 ')).toEqual(expected);
  });

  test('two breaks are kept in time order', () => {
    expect(shifts('7-18 rups p15-1515 p12-1230')[0]!.breaks).toEqual([
      { start: 720, end: 750 },
      { start: 900, end: 915 },
    ]);
  });

  test('two shifts in one cell, separated by ";", come back in time order', () => {
    expect(shifts('13:45-18:45 boom; 7:15-8:45 boom')).toEqual([
      { groupId: 'g-boom', start: 435, end: 525, breaks: [] },
      { groupId: 'g-boom', start: 825, end: 1125, breaks: [] },
    ]);
  });

  test('an empty entry empties the cell; "ziek", "verlof" and "afwezig" register an absence', () => {
    expect(parse('   ')).toEqual({ ok: true, value: { kind: 'empty' } satisfies ShiftEntry });
    expect(parse('Ziek')).toEqual({ ok: true, value: { kind: 'absence', absence: 'sick' } });
    expect(parse('verlof')).toEqual({ ok: true, value: { kind: 'absence', absence: 'leave' } });
    expect(parse('vakantie')).toEqual({ ok: true, value: { kind: 'absence', absence: 'leave' } });
    expect(parse('afwezig')).toEqual({ ok: true, value: { kind: 'absence', absence: 'other' } });
  });
});

describe('roster entry: groups', () => {
  test('groups match case- and accent-insensitively: exact name, then a name prefix, then a word prefix', () => {
    expect(matchGroup('RUPSJES', groups)).toEqual({ ok: true, value: 'g-rups' });
    expect(matchGroup('eendjes', groups)).toEqual({ ok: true, value: 'g-eend' });
    expect(matchGroup('bee', groups)).toEqual({ ok: true, value: 'g-beer' });
    expect(matchGroup('vlind', groups)).toEqual({ ok: true, value: 'g-vlin' });
    expect(matchGroup('de v', groups)).toEqual({ ok: true, value: 'g-vlin' });
  });

  test('a prefix of two groups is ambiguous and names both', () => {
    const r = parse('7-16 b');
    expect(r).toMatchObject({ ok: false, rule: 'roster_entry.ambiguous_group' });
    if (!r.ok) expect(r.message).toBe('‘b’ past bij meer dan één groep (Beertjes, Boomhut): typ meer letters.');
  });

  test('an unknown group is named, with the groups to choose from', () => {
    const r = parse('7-16 Kikkers');
    expect(r).toMatchObject({ ok: false, rule: 'roster_entry.unknown_group' });
    if (!r.ok)
      expect(r.message).toBe('Groep ‘kikkers’ bestaat niet op deze locatie. Kies uit: Rupsjes, Beertjes, Boomhut, De Vlinders, Eéndjes.');
  });

  test('without a group the default group is used; without a default that is an error', () => {
    expect(parse('7-16', 'g-beer')).toEqual({
      ok: true,
      value: { kind: 'shifts', shifts: [{ groupId: 'g-beer', start: 420, end: 960, breaks: [] }] },
    });
    expect(ruleOf('7-16')).toBe('roster_entry.missing_group');
    expect(ruleOf('7-16', 'g-elsewhere')).toBe('roster_entry.missing_group');
  });

  test('words left over after the group make the group unknown (nothing is silently ignored)', () => {
    expect(ruleOf('7-16 rupsjes extra')).toBe('roster_entry.unknown_group');
  });
});

describe('roster entry: what is not understood', () => {
  test('text without times', () => {
    const r = parse('Rupsjes');
    expect(r).toMatchObject({ ok: false, rule: 'roster_entry.no_time' });
    if (!r.ok) expect(r.message).toContain('‘rupsjes’');
  });

  test('a start time without an end', () => {
    const r = parse('7:30 Rupsjes');
    expect(r).toMatchObject({ ok: false, rule: 'roster_entry.missing_end' });
    if (!r.ok) expect(r.message).toBe('Na 07:30 ontbreekt de eindtijd: schrijf bijvoorbeeld ‘07:30-16:00’.');
  });

  test.each(['25:00-16:00 rups', '7:30-16:75 rups', '7:3o-16 rups'])('an impossible time "%s" is named', (text) => {
    expect(ruleOf(text)).toBe('roster_entry.time_not_understood');
  });

  test('end before start, and end equal to start', () => {
    expect(ruleOf('16:00-7:30 rups')).toBe('roster_entry.end_before_start');
    expect(ruleOf('9-9 rups')).toBe('roster_entry.end_before_start');
  });

  test('a break outside the shift, a break the wrong way round, overlapping breaks, a break without times', () => {
    expect(ruleOf('7:30-16 rups p16-1630')).toBe('roster_entry.break_outside_shift');
    expect(ruleOf('7:30-16 rups p7-8')).toBe('roster_entry.break_outside_shift');
    expect(ruleOf('7:30-16 rups p1230-12')).toBe('roster_entry.break_not_understood');
    expect(ruleOf('7:30-16 rups p12-1230 p1215-13')).toBe('roster_entry.breaks_overlap');
    expect(ruleOf('7:30-16 rups p30')).toBe('roster_entry.break_not_understood');
  });

  test('a break at the very start or end of the shift is within it', () => {
    expect(shifts('7:30-16 rups p7:30-8')[0]!.breaks).toEqual([{ start: 450, end: 480 }]);
    expect(shifts('7:30-16 rups p15:30-16')[0]!.breaks).toEqual([{ start: 930, end: 960 }]);
  });

  test('two shifts of one cell that overlap; touching shifts are fine', () => {
    expect(ruleOf('7-12 rups; 11-16 rups')).toBe('roster_entry.shifts_overlap');
    expect(shifts('7-12 rups; 12-16 beer')).toHaveLength(2);
  });

  test('more than four shifts in one cell', () => {
    expect(ruleOf('7-8 rups; 8-9 rups; 9-10 rups; 10-11 rups; 11-12 rups')).toBe('roster_entry.too_many_shifts');
  });
});

describe('roster entry: formatting reads back the same', () => {
  test('a cell with a break and a second shift', () => {
    const text = formatShiftEntry(
      [
        { groupId: 'g-boom', start: 825, end: 1125, breaks: [] },
        { groupId: 'g-rups', start: 450, end: 720, breaks: [{ start: 600, end: 615 }] },
      ],
      (id) => groups.find((g) => g.id === id)!.name,
    );
    expect(text).toBe('07:30-12:00 Rupsjes p10:00-10:15; 13:45-18:45 Boomhut');
  });

  test('property: any valid shift formats to text that parses back to it', () => {
    const shift = fc
      .record({
        group: fc.constantFrom(...groups),
        start: fc.integer({ min: 0, max: 1380 }),
        length: fc.integer({ min: 30, max: 720 }),
        breakAt: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      })
      .filter((s) => s.start + s.length <= 1440);
    fc.assert(
      fc.property(shift, ({ group, start, length, breakAt }) => {
        const end = start + length;
        const breaks =
          breakAt === null
            ? []
            : [{ start: start + Math.floor(((length - 15) * breakAt) / 100), end: 0 }].map((b) => ({ start: b.start, end: b.start + 15 }));
        const text = formatShiftEntry([{ groupId: group.id, start, end, breaks }], () => group.name);
        expect(parse(text)).toEqual({ ok: true, value: { kind: 'shifts', shifts: [{ groupId: group.id, start, end, breaks }] } });
      }),
    );
  });
});
