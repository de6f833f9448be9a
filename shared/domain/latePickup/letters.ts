/**
 * Drafts of the letters to parents (spec/late-pickup.md): the warning letter at the warning
 * stage (n = 2) and the fine notice for a fined late pickup (n >= 3, or any n with a fine after
 * closing time). Plain Dutch text the manager edits before sending; amounts as `€ 27,50`, dates
 * as `dinsdag 5 mei 2026`, times as `18:30`.
 */
import { isoWeekday, monthOf, yearOf } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import type { Minutes } from '../time/timeOfDay';
import type { FineLine, LatePickupAssessment } from './lateFines';
import { stageOf } from './lateFines';
import type { LatePickupSettings } from './latePickupSettings';
import { formatEuro } from './money';

const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende'];

/** `2026-05-05` -> `dinsdag 5 mei 2026`. */
export function dutchDate(date: LocalDate): string {
  const weekday = WEEKDAYS[isoWeekday(date) - 1];
  const month = MONTHS[monthOf(date) - 1];
  return `${weekday} ${Number(date.slice(8, 10))} ${month} ${yearOf(date)}`;
}

/** 2 -> `tweede`, 12 -> `12e`. */
export function dutchOrdinal(n: number): string {
  return ORDINALS[n - 1] ?? `${n}e`;
}

const minutesText = (n: number) => (n === 1 ? '1 minuut' : `${n} minuten`);

/** One late pickup as the letters describe it. */
export type LetterPickup = {
  date: LocalDate;
  contractedEnd: Minutes;
  pickupTime: Minutes;
  minutesLate: number;
};

type LetterCommon = {
  childName: string;
  /** The opening, without comma: `Beste ouder(s)/verzorger(s) van Sem`, `Geachte mevrouw De Vries`. */
  salutation: string;
  locationName: string;
  /** The manager who signs. */
  senderName: string;
  letterDate: LocalDate;
  settings: LatePickupSettings;
};

export type WarningLetterInput = LetterCommon & {
  /** The child's counted late pickups this year, in order; the last is the one that warns. */
  pickups: readonly LetterPickup[];
};

export type FineNoticeInput = LetterCommon & {
  pickup: LetterPickup;
  /** The assessment of `pickup` (count, fine and its lines) from `recountYear`. */
  assessment: Pick<LatePickupAssessment, 'count' | 'fineCents' | 'lines' | 'structuralCase'>;
};

/** Which letter a late pickup calls for: a fine notice for a fine, a warning at the warning stage. */
export function letterFor(assessment: Pick<LatePickupAssessment, 'stage' | 'fineCents'>): 'fine_notice' | 'warning' | null {
  if (assessment.fineCents > 0) return 'fine_notice';
  if (assessment.stage === 'warning') return 'warning';
  return null;
}

function pickupSentence(p: LetterPickup): string {
  return `${dutchDate(p.date)}: opgehaald om ${formatTime(p.pickupTime)}, de opvang eindigde om ${formatTime(
    p.contractedEnd,
  )} (${minutesText(p.minutesLate)} te laat)`;
}

function header(input: LetterCommon, subject: string): string[] {
  return [input.locationName, dutchDate(input.letterDate), '', `Betreft: ${subject}`, '', `${input.salutation},`, ''];
}

function footer(input: LetterCommon): string[] {
  return ['', 'Met vriendelijke groet,', '', input.senderName, input.locationName];
}

/** The terms in one paragraph: what the next late pickups cost. */
function termsSentence(settings: LatePickupSettings): string {
  const s = settings;
  const flat = `vanaf de ${dutchOrdinal(s.flatFineFromCount)} keer te laat ophalen in een kalenderjaar ${formatEuro(
    s.flatFineCents,
  )} per kind`;
  const hourly = `vanaf de ${dutchOrdinal(s.perHourFineFromCount)} keer ${formatEuro(s.perStartedHourCents)} per begonnen uur te laat`;
  const quarters =
    s.afterClosingFromCount <= 1
      ? `Na sluitingstijd kost elk begonnen kwartier ${formatEuro(s.perStartedQuarterAfterClosingCents)}, ook de eerste keer.`
      : `Vanaf de ${dutchOrdinal(s.afterClosingFromCount)} keer kost elk begonnen kwartier na sluitingstijd ${formatEuro(
          s.perStartedQuarterAfterClosingCents,
        )}.`;
  const rows = s.flatFineFromCount === s.perHourFineFromCount ? hourly : `${flat}, en ${hourly}`;
  return `Volgens onze voorwaarden brengen wij ${rows} in rekening. ${quarters}`;
}

/** The warning letter (n = 2 by default): the late pickups so far and what the next ones cost. */
export function warningLetter(input: WarningLetterInput): string {
  const n = input.pickups.length;
  const year = yearOf(input.pickups.at(-1)?.date ?? input.letterDate);
  return [
    ...header(input, `te laat ophalen van ${input.childName}`),
    `${input.childName} is in ${year} nu voor de ${dutchOrdinal(n)} keer te laat opgehaald:`,
    ...input.pickups.map((p) => `- ${pickupSentence(p)}`),
    '',
    'Wij begrijpen dat er onderweg iets tussen kan komen. Toch vragen wij u om op tijd te komen: na de ' +
      'afgesproken tijd wacht uw kind, en onze medewerkers hebben dan andere taken of hun werkdag zit erop. ' +
      'Kom bij voorkeur 5 minuten voor het einde van de opvang, zodat er tijd is voor een goede overdracht.',
    '',
    termsSentence(input.settings),
    '',
    'Lukt het niet om op tijd te zijn, of heeft u vragen? Neem dan contact met ons op, dan zoeken we samen naar een oplossing.',
    ...footer(input),
  ].join('\n');
}

function units(l: FineLine): number {
  return Number(l.params['units'] ?? 0);
}

/** The line's unit amount (`unitAmountCents`) the Dutch way. */
function unitAmount(l: FineLine): string {
  return formatEuro(Number(l.params['unitAmountCents'] ?? 0));
}

function fineLineText(l: FineLine, count: number): string | null {
  const amount = formatEuro(l.cents);
  const span = `${String(l.params['from'] ?? '')}-${String(l.params['to'] ?? '')}`;
  switch (l.rule) {
    case 'late_pickup.flat_fine':
      return `- ${amount}: vaste boete voor de ${dutchOrdinal(count)} keer te laat`;
    case 'late_pickup.per_started_hour': {
      const u = units(l);
      return `- ${amount}: ${u} begonnen ${u === 1 ? 'uur' : 'uren'} te laat (${span}), ${unitAmount(l)} per begonnen uur`;
    }
    case 'late_pickup.after_closing': {
      const u = units(l);
      return `- ${amount}: ${u} begonnen ${u === 1 ? 'kwartier' : 'kwartieren'} na sluitingstijd (${span}), ${unitAmount(l)} per begonnen kwartier`;
    }
    default:
      return null;
  }
}

/** What the next late pickup will cost, when that changes with the count; null otherwise. */
function nextStepSentence(count: number, settings: LatePickupSettings): string | null {
  const now = stageOf(count, settings);
  const next = stageOf(count + 1, settings);
  if (now === next) return null;
  const ordinal = dutchOrdinal(count + 1);
  if (next === 'flat_fine') {
    return `Let op: vanaf de ${ordinal} keer te laat ophalen brengen wij ${formatEuro(settings.flatFineCents)} per kind in rekening.`;
  }
  if (next === 'per_hour_fine') {
    return `Let op: vanaf de ${ordinal} keer te laat ophalen brengen wij ${formatEuro(
      settings.perStartedHourCents,
    )} per begonnen uur te laat in rekening.`;
  }
  return null;
}

/** The fine notice for one fined late pickup, with the breakdown of the amount. */
export function fineNotice(input: FineNoticeInput): string {
  const { pickup, assessment, childName } = input;
  const year = yearOf(pickup.date);
  const breakdown = assessment.lines.map((l) => fineLineText(l, assessment.count)).filter((t): t is string => t !== null);
  const structural = assessment.structuralCase
    ? [
        '',
        `Omdat ${childName} dit jaar nu voor de ${dutchOrdinal(assessment.count)} keer te laat is opgehaald, ` +
          'gaan wij graag met u in gesprek om samen te kijken hoe we dit voortaan kunnen voorkomen. ' +
          'Wij nemen hierover contact met u op.',
      ]
    : [];
  const next = nextStepSentence(assessment.count, input.settings);
  return [
    ...header(input, `kosten te laat ophalen van ${childName}`),
    `Op ${dutchDate(pickup.date)} is ${childName} om ${formatTime(pickup.pickupTime)} opgehaald; de opvang eindigde om ${formatTime(
      pickup.contractedEnd,
    )}. Dat is ${minutesText(pickup.minutesLate)} te laat. Het is de ${dutchOrdinal(
      assessment.count,
    )} keer in ${year} dat ${childName} te laat is opgehaald.`,
    '',
    `Volgens onze voorwaarden brengen wij hiervoor ${formatEuro(assessment.fineCents)} in rekening:`,
    ...breakdown,
    '',
    'Het bedrag staat op uw volgende factuur.',
    ...structural,
    ...(next ? ['', next] : []),
    '',
    'Heeft u vragen over deze kosten? Neem dan contact met ons op.',
    ...footer(input),
  ].join('\n');
}
