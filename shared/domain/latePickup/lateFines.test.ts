import { describe, expect, test } from 'vitest';
import { textOf } from '../../i18n/messages';
import { parseTime } from '../time/timeOfDay';
import { assessLatePickup, checkLate, fineFor, minutesLate, previewLatePickup, recountYear, stageOf } from './lateFines';
import type { LatePickupRegistration, LatePickupStatus } from './lateFines';
import { defaultLatePickupSettings, latePickupSettingsSchema } from './latePickupSettings';
import type { LatePickupSettings } from './latePickupSettings';
import { latePickupMessages } from './messages';
import { centsOfEuro, formatEuro, withAmounts } from './money';

const settings = defaultLatePickupSettings;
const t = (hhmm: string): number => {
  const m = parseTime(hhmm);
  if (m === null) throw new Error(`bad time ${hhmm}`);
  return m;
};

/** The fine of the n-th late pickup, closing 19:00 unless given. */
const fine = (n: number, end: string, pickup: string, s: LatePickupSettings = settings, closing = '19:00') =>
  fineFor({ count: n, year: 2026, contractedEnd: t(end), pickupTime: t(pickup), closingTime: t(closing) }, s);

let seq = 0;
function reg(
  date: string,
  over: Partial<Omit<LatePickupRegistration, 'contractedEnd' | 'pickupTime' | 'closingTime'>> & {
    end?: string;
    pickup?: string;
    closing?: string;
    status?: LatePickupStatus;
  } = {},
): LatePickupRegistration {
  seq += 1;
  return {
    id: over.id ?? `r${String(seq).padStart(3, '0')}`,
    childId: over.childId ?? 'child-sem',
    date,
    contractedEnd: t(over.end ?? '18:00'),
    pickupTime: t(over.pickup ?? '18:10'),
    closingTime: t(over.closing ?? '19:00'),
    registeredAt: over.registeredAt ?? `${date}T17:30:00Z`,
    status: over.status ?? 'registered',
  };
}

describe('the spec’s examples', () => {
  test('after closing: n = 1, end 18:00, pickup 19:05, closing 19:00 costs one started quarter (€ 27,50)', () => {
    const f = fine(1, '18:00', '19:05');
    expect(f.fineCents).toBe(2750);
    expect(f.lines.map((l) => [l.rule, l.cents])).toEqual([
      ['late_pickup.registered_until_closing', 0],
      ['late_pickup.after_closing', 2750],
    ]);
  });

  test('per started hour + after closing: end 18:30, pickup 19:20, n = 4 is 2750 + 5500 = 8250', () => {
    const f = fine(4, '18:30', '19:20');
    expect(f.fineCents).toBe(8250);
    expect(f.lines.map((l) => [l.rule, l.cents])).toEqual([
      ['late_pickup.per_started_hour', 2750],
      ['late_pickup.after_closing', 5500],
    ]);
    expect(f.lines[0]?.params).toMatchObject({ units: 1, from: '18:30', to: '19:00' });
    expect(f.lines[1]?.params).toMatchObject({ units: 2, from: '19:00', to: '19:20' });
  });

  test('per started hour: end 17:00, pickup 17:01-18:00 at n >= 4 costs € 27,50', () => {
    for (const n of [4, 5, 9]) {
      expect(fine(n, '17:00', '17:01').fineCents).toBe(2750);
      expect(fine(n, '17:00', '17:30').fineCents).toBe(2750);
      expect(fine(n, '17:00', '18:00').fineCents).toBe(2750);
    }
  });

  test('per started hour: end 17:00, pickup 18:01-19:00 at n >= 4 costs € 55,00', () => {
    for (const n of [4, 7]) {
      expect(fine(n, '17:00', '18:01').fineCents).toBe(5500);
      expect(fine(n, '17:00', '19:00').fineCents).toBe(5500);
    }
  });
});

describe('stages', () => {
  test('stage n = 1: registered, procedure explained, no fine', () => {
    const f = fine(1, '18:00', '18:20');
    expect(stageOf(1, settings)).toBe('registered');
    expect(f.fineCents).toBe(0);
    expect(f.lines).toHaveLength(1);
    expect(f.lines[0]).toMatchObject({ rule: 'late_pickup.registered', cents: 0 });
    expect(f.lines[0]?.message).toBe('1e keer te laat in 2026: geregistreerd; de medewerker legt de ophaalprocedure uit. Geen boete.');
  });

  test('stage n = 2: warning by the manager, no fine', () => {
    const f = fine(2, '18:00', '18:20');
    expect(stageOf(2, settings)).toBe('warning');
    expect(f.fineCents).toBe(0);
    expect(f.lines.map((l) => l.rule)).toEqual(['late_pickup.warning']);
  });

  test('stage n = 3: flat fine of € 27,50 per child however late before closing, and the structural flag', () => {
    expect(stageOf(3, settings)).toBe('flat_fine');
    expect(fine(3, '18:00', '18:01').fineCents).toBe(2750);
    const f = fine(3, '16:00', '18:59');
    expect(f.fineCents).toBe(2750);
    expect(f.lines.map((l) => [l.rule, l.cents])).toEqual([
      ['late_pickup.flat_fine', 2750],
      ['late_pickup.structural_case', 0],
    ]);
    expect(f.lines[0]?.message).toBe('3e keer te laat in 2026: vaste boete van € 27,50.');
  });

  test('stage n = 4: per started hour (2 hours 1 minute is 3 started hours: € 82,50)', () => {
    expect(stageOf(4, settings)).toBe('per_hour_fine');
    const f = fine(4, '16:00', '18:01');
    expect(f.fineCents).toBe(8250);
    expect(f.lines[0]?.message).toBe('4e keer te laat in 2026: 3 × € 27,50 per begonnen uur te laat (16:00-18:01) = € 82,50.');
  });

  test('stage: a count below 1 is a programming error', () => {
    expect(() => stageOf(0, settings)).toThrow();
  });
});

describe('after closing: started quarter hours', () => {
  test('after closing alone (n = 1): 19:01 and 19:15 are one quarter, 19:16 two, 19:46 four', () => {
    expect(fine(1, '18:30', '19:00').fineCents).toBe(0);
    expect(fine(1, '18:30', '19:01').fineCents).toBe(2750);
    expect(fine(1, '18:30', '19:15').fineCents).toBe(2750);
    expect(fine(1, '18:30', '19:16').fineCents).toBe(5500);
    expect(fine(1, '18:30', '19:46').fineCents).toBe(11000);
  });

  test('after closing alone (n = 2): the warning plus the quarters', () => {
    const f = fine(2, '18:00', '19:20');
    expect(f.fineCents).toBe(5500);
    expect(f.lines.map((l) => l.rule)).toEqual(['late_pickup.warning_until_closing', 'late_pickup.after_closing']);
  });

  test('after closing combined (n = 4): end 17:00, pickup 19:31 is 2 hours + 3 quarters = € 137,50', () => {
    const f = fine(4, '17:00', '19:31');
    expect(f.lines.map((l) => [l.rule, l.cents])).toEqual([
      ['late_pickup.per_started_hour', 5500],
      ['late_pickup.after_closing', 8250],
    ]);
    expect(f.fineCents).toBe(13750);
  });

  test('after closing combined (n = 3): flat fine plus quarters', () => {
    expect(fine(3, '18:00', '19:05').fineCents).toBe(2750 + 2750);
  });

  test('after closing: a contract ending at closing time has no time before closing, only quarters (n = 3, n = 4)', () => {
    const f3 = fine(3, '19:00', '19:10');
    expect(f3.lines.map((l) => l.rule)).toEqual([
      'late_pickup.flat_fine_none_before_closing',
      'late_pickup.after_closing',
      'late_pickup.structural_case',
    ]);
    expect(f3.fineCents).toBe(2750);
    expect(fine(4, '19:00', '19:10').fineCents).toBe(2750);
  });

  test('after closing: the location’s own closing time counts (closing 18:30)', () => {
    expect(fine(1, '18:00', '18:40', settings, '18:30').fineCents).toBe(2750);
    expect(fine(1, '18:00', '18:40', settings, '19:00').fineCents).toBe(0);
  });

  test('after closing from n = 3 (setting): nothing at n = 1 and n = 2, quarters from n = 3', () => {
    const fromThree = latePickupSettingsSchema.parse({ afterClosingFromCount: 3 });
    expect(fine(1, '18:00', '19:05', fromThree).fineCents).toBe(0);
    expect(fine(1, '18:00', '19:05', fromThree).lines.map((l) => l.rule)).toEqual([
      'late_pickup.registered',
      'late_pickup.after_closing_not_yet',
    ]);
    expect(fine(2, '18:00', '19:05', fromThree).fineCents).toBe(0);
    expect(fine(3, '18:00', '19:05', fromThree).fineCents).toBe(5500);
    expect(fine(4, '18:30', '19:20', fromThree).fineCents).toBe(8250);
  });
});

describe('the explanation: each line says exactly what set the amount', () => {
  const english = (cents: number) => `€${(cents / 100).toFixed(2)}`;
  const en = (l: { rule: string; params: Record<string, string | number> }) =>
    textOf(latePickupMessages, l.rule, withAmounts(l.params, english), 'en');

  test('n = 1, end 18:00, pickup 19:05: no fine up to closing, one started quarter after it (no "Geen boete." beside the amount)', () => {
    const f = fine(1, '18:00', '19:05');
    expect(f.lines.map((l) => l.message)).toEqual([
      '1e keer te laat in 2026: geregistreerd; de medewerker legt de ophaalprocedure uit. Tot sluitingstijd (19:00) geen boete.',
      'Na sluitingstijd: 1 × € 27,50 per begonnen kwartier (19:00-19:05) = € 27,50.',
    ]);
    expect(f.lines.map(en)).toEqual([
      'Late pickup number 1 in 2026: registered; staff explain the pickup procedure. No fine up to closing time (19:00).',
      'After closing time: 1 × €27.50 per started quarter hour (19:00-19:05) = €27.50.',
    ]);
  });

  test('n = 2, end 18:00, pickup 19:20: the warning costs nothing up to closing, two quarters after it', () => {
    expect(fine(2, '18:00', '19:20').lines.map((l) => l.message)).toEqual([
      '2e keer te laat in 2026: de locatiemanager stuurt de ouder(s) een waarschuwing. Tot sluitingstijd (19:00) geen boete.',
      'Na sluitingstijd: 2 × € 27,50 per begonnen kwartier (19:00-19:20) = € 55,00.',
    ]);
  });

  test('n = 3 with a contract ending at closing time: the count and stage are still explained, and why there is no flat fine', () => {
    const f = fine(3, '19:00', '19:10');
    expect(f.lines.map((l) => l.message).slice(0, 2)).toEqual([
      '3e keer te laat in 2026: geen vaste boete, want de opvang eindigde om 19:00, niet voor sluitingstijd (19:00).',
      'Na sluitingstijd: 1 × € 27,50 per begonnen kwartier (19:00-19:10) = € 27,50.',
    ]);
    expect(fine(4, '19:00', '19:10').lines[0]?.rule).toBe('late_pickup.per_started_hour_none_before_closing');
  });

  test('quarters from n = 3 (setting): at n = 1 the time after closing is explained as not charged yet', () => {
    const fromThree = latePickupSettingsSchema.parse({ afterClosingFromCount: 3 });
    const f = fine(1, '18:00', '19:05', fromThree);
    expect(f.fineCents).toBe(0);
    expect(f.lines.map((l) => l.message)).toEqual([
      '1e keer te laat in 2026: geregistreerd; de medewerker legt de ophaalprocedure uit. Geen boete.',
      'Na sluitingstijd (19:00-19:05): geen kwartiertarief; dat geldt vanaf de 3e keer in een kalenderjaar.',
    ]);
    expect(en(f.lines[1]!)).toBe(
      'After closing time (19:00-19:05): no quarter-hour rate; it applies from late pickup number 3 in a calendar year.',
    );
  });

  test('everywhere: the first line names the count, "no fine" only when nothing is charged, time after closing always explained', () => {
    const wrong: string[] = [];
    for (const st of [settings, latePickupSettingsSchema.parse({ afterClosingFromCount: 3 })]) {
      for (let n = 1; n <= 5; n += 1) {
        for (let end = t('17:00'); end <= t('19:00'); end += 30) {
          for (let pickup = end + 1; pickup <= t('20:00'); pickup += 13) {
            const f = fineFor({ count: n, year: 2026, contractedEnd: end, pickupTime: pickup, closingTime: t('19:00') }, st);
            const at = `n=${n} end=${end} pickup=${pickup}`;
            if (!f.lines[0]?.message.startsWith(`${n}e keer te laat in 2026: `)) wrong.push(`${at}: count`);
            const saysNoFine = f.lines.some((l) => / Geen boete\.$/.test(l.message) || / No fine\.$/.test(en(l)));
            if (saysNoFine !== (f.fineCents === 0)) wrong.push(`${at}: no fine`);
            const after = f.lines.some((l) => l.rule === 'late_pickup.after_closing' || l.rule === 'late_pickup.after_closing_not_yet');
            if (after !== pickup > t('19:00')) wrong.push(`${at}: after closing`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('a disputed registration without a fine does not speak of a fine; with one, the fine waits for confirmation', () => {
    const out = recountYear(
      [
        reg('2026-03-02', { id: 'a', pickup: '18:10', status: 'disputed' }),
        reg('2026-04-02', { id: 'b', pickup: '18:10' }),
        reg('2026-05-04', { id: 'c', pickup: '18:10', status: 'disputed' }),
      ],
      settings,
    );
    expect(out.map((a) => a.lines.at(-1)?.rule)).toEqual([
      'late_pickup.disputed_counts',
      'late_pickup.warning',
      'late_pickup.disputed_held',
    ]);
    expect(out[0]?.lines.at(-1)?.message).toBe('Betwist: telt mee tot de registratie wordt ingetrokken.');
  });
});

describe('grace period', () => {
  test('grace 0: pickup on the contracted end is not late, one minute after is', () => {
    expect(minutesLate(t('18:00'), t('17:59'), settings)).toBe(0);
    expect(minutesLate(t('18:00'), t('18:00'), settings)).toBe(0);
    expect(minutesLate(t('18:00'), t('18:01'), settings)).toBe(1);
  });

  test('grace 5: the minute before (18:04) and on (18:05) are not late, after (18:06) is 6 minutes late', () => {
    const grace = latePickupSettingsSchema.parse({ graceMinutes: 5 });
    expect(minutesLate(t('18:00'), t('18:04'), grace)).toBe(0);
    expect(minutesLate(t('18:00'), t('18:05'), grace)).toBe(0);
    expect(minutesLate(t('18:00'), t('18:06'), grace)).toBe(6);
    const onGrace = checkLate({ contractedEnd: t('18:00'), pickupTime: t('18:05') }, grace);
    expect(onGrace).toMatchObject({ ok: false, rule: 'late_pickup.not_late' });
    expect(onGrace.ok ? '' : onGrace.message).toBe('Niet te laat: opgehaald om 18:05; te laat is pas na 18:05 (einde opvang 18:00).');
    expect(checkLate({ contractedEnd: t('18:00'), pickupTime: t('18:06') }, grace)).toEqual({ ok: true, value: 6 });
  });

  test('grace: a pickup within the grace period does not count in the year', () => {
    const grace = latePickupSettingsSchema.parse({ graceMinutes: 5 });
    const out = recountYear([reg('2026-03-02', { pickup: '18:05' }), reg('2026-03-03', { pickup: '18:06' })], grace);
    expect(out.map((a) => [a.count, a.stage])).toEqual([
      [0, 'not_counted'],
      [1, 'registered'],
    ]);
    expect(out[0]?.lines[0]?.rule).toBe('late_pickup.not_late');
  });

  test('grace: a late pickup is rejected by assessLatePickup with rule late_pickup.not_late', () => {
    expect(assessLatePickup(reg('2026-03-02', { pickup: '18:00' }), [], settings)).toMatchObject({
      ok: false,
      rule: 'late_pickup.not_late',
    });
  });
});

describe('counting per child per calendar year', () => {
  test('count: ordered by date, then pickup time, then registration instant', () => {
    const a = reg('2026-03-05', { id: 'a' });
    const b = reg('2026-03-02', { id: 'b', pickup: '18:30' });
    const c = reg('2026-03-02', { id: 'c', pickup: '18:20', registeredAt: '2026-03-03T09:00:00Z' });
    const d = reg('2026-03-02', { id: 'd', pickup: '18:20', registeredAt: '2026-03-02T17:25:00Z' });
    const out = recountYear([a, b, c, d], settings);
    expect(out.map((x) => [x.registrationId, x.count])).toEqual([
      ['d', 1],
      ['c', 2],
      ['b', 3],
      ['a', 4],
    ]);
  });

  test('count: resets on 1 January (31 Dec is n = 4, the first pickup of the next year n = 1)', () => {
    const regs = [
      reg('2026-03-02'),
      reg('2026-06-02'),
      reg('2026-09-02'),
      reg('2026-12-31', { end: '17:00', pickup: '17:30' }),
      reg('2027-01-04', { end: '17:00', pickup: '17:30' }),
      reg('2027-01-05', { end: '17:00', pickup: '17:30' }),
    ];
    const out = recountYear(regs, settings);
    expect(out.map((x) => [x.date, x.count, x.stage, x.fineCents])).toEqual([
      ['2026-03-02', 1, 'registered', 0],
      ['2026-06-02', 2, 'warning', 0],
      ['2026-09-02', 3, 'flat_fine', 2750],
      ['2026-12-31', 4, 'per_hour_fine', 2750],
      ['2027-01-04', 1, 'registered', 0],
      ['2027-01-05', 2, 'warning', 0],
    ]);
    expect(out[4]?.lines[0]?.message).toContain('in 2027');
  });

  test('count: siblings are counted separately (each child its own n and its own fine)', () => {
    const regs = [
      reg('2026-03-02', { childId: 'sem' }),
      reg('2026-03-02', { childId: 'noor' }),
      reg('2026-03-09', { childId: 'sem' }),
      reg('2026-03-09', { childId: 'noor' }),
      reg('2026-03-16', { childId: 'sem' }),
      reg('2026-03-16', { childId: 'noor' }),
    ];
    const out = recountYear(regs, settings);
    const of = (child: string) => out.filter((x) => x.childId === child).map((x) => [x.count, x.fineCents]);
    expect(of('sem')).toEqual([
      [1, 0],
      [2, 0],
      [3, 2750],
    ]);
    expect(of('noor')).toEqual(of('sem'));
  });

  test('count: the structural case is flagged once, on the pickup that reaches n = 3', () => {
    const out = recountYear(
      [1, 2, 3, 4, 5].map((d) => reg(`2026-04-0${d}`)),
      settings,
    );
    expect(out.map((x) => x.structuralCase)).toEqual([false, false, true, false, false]);
  });

  test('count: a new registration between existing ones takes its place (assessLatePickup)', () => {
    const existing = [reg('2026-03-02'), reg('2026-03-20')];
    const result = assessLatePickup(reg('2026-03-10', { id: 'new' }), existing, settings);
    expect(result.ok && [result.value.count, result.value.stage]).toEqual([2, 'warning']);
    const after = assessLatePickup(reg('2026-03-25', { id: 'new2' }), existing, settings);
    expect(after.ok && after.value.count).toBe(3);
  });
});

describe('disputes', () => {
  const year = () => [
    reg('2026-02-02', { id: 'p1' }),
    reg('2026-03-02', { id: 'p2' }),
    reg('2026-04-02', { id: 'p3', end: '17:00', pickup: '18:30' }),
    reg('2026-05-04', { id: 'p4', end: '17:00', pickup: '18:30' }),
    reg('2026-06-02', { id: 'p5', end: '18:00', pickup: '19:05' }),
  ];

  test('withdrawn in the middle of a year: later counts and amounts drop', () => {
    const before = recountYear(year(), settings);
    expect(before.map((x) => [x.registrationId, x.count, x.fineCents])).toEqual([
      ['p1', 1, 0],
      ['p2', 2, 0],
      ['p3', 3, 2750],
      ['p4', 4, 5500],
      ['p5', 5, 2750 + 2750],
    ]);
    const withdrawn = year().map((r) => (r.id === 'p2' ? { ...r, status: 'withdrawn' as const } : r));
    const after = recountYear(withdrawn, settings);
    expect(after.map((x) => [x.registrationId, x.count, x.stage, x.fineCents])).toEqual([
      ['p1', 1, 'registered', 0],
      ['p2', 0, 'not_counted', 0],
      ['p3', 2, 'warning', 0],
      ['p4', 3, 'flat_fine', 2750],
      ['p5', 4, 'per_hour_fine', 2750 + 2750],
    ]);
    expect(after[1]?.lines.map((l) => l.rule)).toEqual(['late_pickup.withdrawn']);
    expect(after.map((x) => x.structuralCase)).toEqual([false, false, false, true, false]);
  });

  test('disputed (default): counts until withdrawn; its fine is computed but not billable', () => {
    const disputed = year().map((r) => (r.id === 'p3' ? { ...r, status: 'disputed' as const } : r));
    const out = recountYear(disputed, settings);
    const p3 = out.find((x) => x.registrationId === 'p3');
    expect(p3).toMatchObject({ count: 3, fineCents: 2750, billable: false });
    expect(p3?.lines.at(-1)?.rule).toBe('late_pickup.disputed_held');
    expect(out.find((x) => x.registrationId === 'p4')).toMatchObject({ count: 4, billable: true });
  });

  test('disputed, then confirmed: same counts and amounts, now billable', () => {
    const confirmed = year().map((r) => (r.id === 'p3' ? { ...r, status: 'confirmed' as const } : r));
    const out = recountYear(confirmed, settings);
    expect(out.find((x) => x.registrationId === 'p3')).toMatchObject({ count: 3, fineCents: 2750, billable: true });
  });

  test('disputed with countDisputed false: counts for nothing until confirmed', () => {
    const strict = latePickupSettingsSchema.parse({ countDisputed: false });
    const disputed = year().map((r) => (r.id === 'p3' ? { ...r, status: 'disputed' as const } : r));
    const out = recountYear(disputed, strict);
    expect(out.map((x) => [x.registrationId, x.count])).toEqual([
      ['p1', 1],
      ['p2', 2],
      ['p3', 0],
      ['p4', 3],
      ['p5', 4],
    ]);
    expect(out[2]?.lines.map((l) => l.rule)).toEqual(['late_pickup.disputed_pending']);
  });
});

describe('money', () => {
  test('money: every amount is integer cents, and the total is the sum of the lines', () => {
    const s = latePickupSettingsSchema.parse({ flatFineCents: 1999, perStartedHourCents: 3333, perStartedQuarterAfterClosingCents: 1001 });
    const wrong: string[] = [];
    for (let n = 1; n <= 6; n += 1) {
      for (let end = t('16:00'); end <= t('19:00'); end += 15) {
        for (let pickup = end + 1; pickup <= t('21:00'); pickup += 7) {
          for (const st of [settings, s]) {
            const f = fineFor({ count: n, year: 2026, contractedEnd: end, pickupTime: pickup, closingTime: t('19:00') }, st);
            const integral = Number.isInteger(f.fineCents) && f.lines.every((l) => Number.isInteger(l.cents));
            const sum = f.lines.reduce((total, l) => total + l.cents, 0);
            if (!integral || sum !== f.fineCents) wrong.push(`n=${n} end=${end} pickup=${pickup}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('money: settings reject amounts that are not integer cents', () => {
    expect(latePickupSettingsSchema.safeParse({ flatFineCents: 27.5 }).success).toBe(false);
    expect(latePickupSettingsSchema.safeParse({ perStartedHourCents: -1 }).success).toBe(false);
    expect(latePickupSettingsSchema.safeParse({ graceMinutes: 2.5 }).success).toBe(false);
  });

  test('money: formatted the Dutch way with a plain space', () => {
    expect(formatEuro(2750)).toBe('€ 27,50');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123456)).toBe('€ 1.234,56');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(() => formatEuro(27.5)).toThrow();
  });

  test('money: a formatted amount reads back as its cents; other text is no amount', () => {
    for (const cents of [0, 5, 2750, 123456, -2750]) expect(centsOfEuro(formatEuro(cents))).toBe(cents);
    expect(centsOfEuro('€\u00a027,50')).toBe(2750);
    expect(centsOfEuro('27,50')).toBeNull();
    expect(centsOfEuro('€ 27.50')).toBeNull();
    expect(centsOfEuro('Boete van € 27,50')).toBeNull();
  });

  test('money: withAmounts formats every integer `<name>Cents` as `<name>` and leaves the rest', () => {
    expect(withAmounts({ count: 3, amountCents: 8250, unitAmountCents: 2750, from: '18:30' })).toEqual({
      count: 3,
      amountCents: 8250,
      amount: '€ 82,50',
      unitAmountCents: 2750,
      unitAmount: '€ 27,50',
      from: '18:30',
    });
    expect(withAmounts({ amountCents: 2750 }, (c) => `EUR ${c / 100}`)).toEqual({ amountCents: 2750, amount: 'EUR 27.5' });
    // a string or a fraction under a Cents key is no amount: left alone
    expect(withAmounts({ amountCents: '2750', seenCents: 1.5 })).toEqual({ amountCents: '2750', seenCents: 1.5 });
  });
});

describe('registration preview', () => {
  const preview = (countBefore: number, end: string, pickup: string, s: LatePickupSettings = settings) =>
    previewLatePickup({ countBefore, date: '2026-11-23', contractedEnd: t(end), pickupTime: t(pickup), closingTime: t('19:00') }, s);

  test('preview: one minute before the contracted end is not late and counts for nothing', () => {
    expect(preview(2, '18:00', '17:59')).toMatchObject({ minutesLate: 0, count: 0, stage: 'not_counted', fineCents: 0 });
    expect(preview(2, '18:00', '17:59').lines.map((l) => l.rule)).toEqual(['late_pickup.not_late']);
  });

  test('preview: a pickup on the contracted end is not late', () => {
    expect(preview(2, '18:00', '18:00')).toMatchObject({ minutesLate: 0, count: 0, stage: 'not_counted', fineCents: 0 });
  });

  test('preview: one minute after the end is late; the 3rd time carries the flat fine', () => {
    expect(preview(2, '18:00', '18:01')).toMatchObject({
      minutesLate: 1,
      count: 3,
      stage: 'flat_fine',
      structuralCase: true,
      fineCents: 2750,
    });
  });

  test('preview: the 1st and 2nd time carry no fine, the 4th one per started hour', () => {
    expect(preview(0, '18:00', '18:10')).toMatchObject({ count: 1, stage: 'registered', fineCents: 0 });
    expect(preview(1, '18:00', '18:10')).toMatchObject({ count: 2, stage: 'warning', fineCents: 0 });
    expect(preview(3, '17:00', '18:01')).toMatchObject({ count: 4, stage: 'per_hour_fine', fineCents: 5500 });
  });

  test('preview: the after-closing quarters are priced from the 1st time (spec example 19:05)', () => {
    expect(preview(0, '18:00', '19:05')).toMatchObject({ count: 1, stage: 'registered', fineCents: 2750 });
  });

  test('preview: the grace period of the organisation decides whether it is late', () => {
    const graced = latePickupSettingsSchema.parse({ graceMinutes: 5 });
    expect(preview(0, '18:00', '18:05', graced)).toMatchObject({ minutesLate: 0, stage: 'not_counted' });
    expect(preview(0, '18:00', '18:06', graced)).toMatchObject({ minutesLate: 6, count: 1 });
  });

  test('preview: gives what the registration gets on save (the same rule as assessLatePickup)', () => {
    const earlier = [reg('2026-03-02'), reg('2026-05-11', { status: 'withdrawn' }), reg('2026-06-08'), reg('2026-09-14')];
    for (const [end, pickup] of [
      ['18:00', '18:10'],
      ['17:00', '18:30'],
      ['18:30', '19:20'],
    ] as const) {
      const saved = assessLatePickup(reg('2026-11-23', { end, pickup }), earlier, settings);
      if (!saved.ok) throw new Error(saved.message);
      const counted = recountYear(earlier, settings).filter((a) => a.count > 0).length;
      const shown = preview(counted, end, pickup);
      expect(shown).toEqual({
        minutesLate: saved.value.minutesLate,
        count: saved.value.count,
        stage: saved.value.stage,
        structuralCase: saved.value.structuralCase,
        fineCents: saved.value.fineCents,
        lines: saved.value.lines,
      });
    }
  });
});

describe('settings and messages', () => {
  test('settings: defaults are the terms of the spec', () => {
    expect(latePickupSettingsSchema.parse({})).toEqual({
      graceMinutes: 0,
      countDisputed: true,
      warningFromCount: 2,
      structuralAtCount: 3,
      flatFineFromCount: 3,
      flatFineCents: 2750,
      perHourFineFromCount: 4,
      perStartedHourCents: 2750,
      afterClosingFromCount: 1,
      perStartedQuarterAfterClosingCents: 2750,
    });
  });

  test('settings: the per-hour fine cannot start before the flat fine', () => {
    expect(latePickupSettingsSchema.safeParse({ flatFineFromCount: 5 }).success).toBe(false);
  });

  test('messages: every Dutch sentence has an English one, and lines render in English', () => {
    expect(Object.keys(latePickupMessages.en).sort()).toEqual(Object.keys(latePickupMessages.nl).sort());
    const l = fine(4, '18:30', '19:20').lines[1];
    const english = (cents: number) => `€${(cents / 100).toFixed(2)}`;
    expect(l && textOf(latePickupMessages, l.rule, withAmounts(l.params, english), 'en')).toBe(
      'After closing time: 2 × €27.50 per started quarter hour (19:00-19:20) = €55.00.',
    );
  });

  test('messages: amounts travel as integer cents, never as formatted text', () => {
    const s = latePickupSettingsSchema.parse({ afterClosingFromCount: 1 });
    for (const n of [1, 2, 3, 4]) {
      for (const f of [fine(n, '17:00', '19:31', s), fine(n, '18:00', '18:20', s), fine(n, '19:00', '19:10', s)]) {
        for (const l of f.lines) {
          for (const [key, v] of Object.entries(l.params)) {
            expect(typeof v === 'string' && v.includes('€'), `${l.rule} ${key}`).toBe(false);
            if (key.endsWith('Cents')) expect(Number.isSafeInteger(v), `${l.rule} ${key}`).toBe(true);
          }
          expect(l.message).not.toMatch(/\{\{/);
        }
      }
    }
  });
});
