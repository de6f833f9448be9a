import { describe, expect, test } from 'vitest';
import { parseTime } from '../time/timeOfDay';
import { recountYear } from './lateFines';
import type { LatePickupRegistration } from './lateFines';
import { defaultLatePickupSettings, latePickupSettingsSchema } from './latePickupSettings';
import { dutchDate, dutchOrdinal, fineNotice, letterFor, warningLetter } from './letters';

const settings = defaultLatePickupSettings;
const t = (hhmm: string): number => parseTime(hhmm) ?? Number.NaN;

const common = {
  childName: 'Sem',
  salutation: 'Beste ouder(s)/verzorger(s) van Sem',
  locationName: 'Kindcentrum De Regenboog',
  senderName: 'Anouk de Vries',
  letterDate: '2026-05-06',
  settings,
};

function reg(id: string, date: string, end: string, pickup: string): LatePickupRegistration {
  return {
    id,
    childId: 'sem',
    date,
    contractedEnd: t(end),
    pickupTime: t(pickup),
    closingTime: t('19:00'),
    registeredAt: `${date}T17:00:00Z`,
    status: 'registered',
  };
}

describe('Dutch text', () => {
  test('dates as Dutch text: dinsdag 5 mei 2026', () => {
    expect(dutchDate('2026-05-05')).toBe('dinsdag 5 mei 2026');
    expect(dutchDate('2027-01-01')).toBe('vrijdag 1 januari 2027');
    expect(dutchDate('2026-11-22')).toBe('zondag 22 november 2026');
  });

  test('ordinals in words up to ten', () => {
    expect([1, 2, 3, 4, 10, 11].map(dutchOrdinal)).toEqual(['eerste', 'tweede', 'derde', 'vierde', 'tiende', '11e']);
  });
});

describe('letters', () => {
  const regs = [
    reg('p1', '2026-03-03', '18:00', '18:12'),
    reg('p2', '2026-03-12', '18:30', '18:40'),
    reg('p3', '2026-04-14', '17:00', '17:25'),
    reg('p4', '2026-05-05', '18:30', '19:20'),
  ];
  const assessed = recountYear(regs, settings);
  const pickupOf = (i: number) => {
    const r = regs[i];
    const a = assessed[i];
    if (!r || !a) throw new Error('fixture');
    return { pickup: { ...r, minutesLate: a.minutesLate }, assessment: a };
  };

  test('letter choice: nothing at n = 1, a warning at n = 2, a fine notice from n = 3 and for any fine', () => {
    expect(assessed.map(letterFor)).toEqual([null, 'warning', 'fine_notice', 'fine_notice']);
    expect(letterFor({ stage: 'registered', fineCents: 2750 })).toBe('fine_notice');
  });

  test('warning letter (n = 2): both late pickups, the terms with amounts as € 27,50', () => {
    const text = warningLetter({
      ...common,
      pickups: [pickupOf(0).pickup, pickupOf(1).pickup],
    });
    expect(text).toContain('Betreft: te laat ophalen van Sem');
    expect(text).toContain('Beste ouder(s)/verzorger(s) van Sem,');
    expect(text).toContain('Sem is in 2026 nu voor de tweede keer te laat opgehaald:');
    expect(text).toContain('- dinsdag 3 maart 2026: opgehaald om 18:12, de opvang eindigde om 18:00 (12 minuten te laat)');
    expect(text).toContain('- donderdag 12 maart 2026: opgehaald om 18:40, de opvang eindigde om 18:30 (10 minuten te laat)');
    expect(text).toContain(
      'Volgens onze voorwaarden brengen wij vanaf de derde keer te laat ophalen in een kalenderjaar € 27,50 per kind, ' +
        'en vanaf de vierde keer € 27,50 per begonnen uur te laat in rekening.',
    );
    expect(text).toContain('Na sluitingstijd kost elk begonnen kwartier € 27,50, ook de eerste keer.');
    expect(text).toContain('woensdag 6 mei 2026');
    expect(text.trimEnd().endsWith('Anouk de Vries\nKindcentrum De Regenboog')).toBe(true);
  });

  test('warning letter: the after-closing rule from n = 3 is stated as such', () => {
    const text = warningLetter({
      ...common,
      settings: latePickupSettingsSchema.parse({ afterClosingFromCount: 3 }),
      pickups: [pickupOf(0).pickup, pickupOf(1).pickup],
    });
    expect(text).toContain('Vanaf de derde keer kost elk begonnen kwartier na sluitingstijd € 27,50.');
  });

  test('fine notice (n = 3): flat fine, the structural conversation, and what the fourth time costs', () => {
    const text = fineNotice({ ...common, ...pickupOf(2) });
    expect(text).toContain('Betreft: kosten te laat ophalen van Sem');
    expect(text).toContain(
      'Op dinsdag 14 april 2026 is Sem om 17:25 opgehaald; de opvang eindigde om 17:00. Dat is 25 minuten te laat. ' +
        'Het is de derde keer in 2026 dat Sem te laat is opgehaald.',
    );
    expect(text).toContain(
      'Volgens onze voorwaarden brengen wij hiervoor € 27,50 in rekening:\n- € 27,50: vaste boete voor de derde keer te laat',
    );
    expect(text).toContain('gaan wij graag met u in gesprek');
    expect(text).toContain('Let op: vanaf de vierde keer te laat ophalen brengen wij € 27,50 per begonnen uur te laat in rekening.');
  });

  test('fine notice (n = 4): hours before closing and quarters after closing, € 82,50', () => {
    const text = fineNotice({ ...common, ...pickupOf(3) });
    expect(text).toContain('Dat is 50 minuten te laat. Het is de vierde keer in 2026');
    expect(text).toContain(
      'Volgens onze voorwaarden brengen wij hiervoor € 82,50 in rekening:\n' +
        '- € 27,50: 1 begonnen uur te laat (18:30-19:00), € 27,50 per begonnen uur\n' +
        '- € 55,00: 2 begonnen kwartieren na sluitingstijd (19:00-19:20), € 27,50 per begonnen kwartier',
    );
    expect(text).not.toContain('gesprek');
    expect(text).not.toContain('Let op');
  });

  test('fine notice (n = 1, after closing only): one started quarter, no next-step sentence', () => {
    const [a] = recountYear([reg('q1', '2026-06-01', '18:00', '19:05')], settings);
    if (!a) throw new Error('fixture');
    const text = fineNotice({
      ...common,
      pickup: { date: '2026-06-01', contractedEnd: t('18:00'), pickupTime: t('19:05'), minutesLate: a.minutesLate },
      assessment: a,
    });
    expect(text).toContain('Dat is 65 minuten te laat. Het is de eerste keer in 2026');
    expect(text).toContain('- € 27,50: 1 begonnen kwartier na sluitingstijd (19:00-19:05), € 27,50 per begonnen kwartier');
    expect(text).not.toContain('Let op');
  });
});
