/**
 * Sentences of the roster rules (keyboard entry, conflicts, the roster mutators), Dutch and
 * English, i18next `{{x}}` placeholders. Times `HH:MM`.
 *
 * A rule outcome keeps raw params, so the UI renders the same sentence in English
 * (`rosterRuleText(rule, params, 'en')`); the params are formatted per language by name:
 * `date` and any `...Date` (`YYYY-MM-DD`) as `di 24 nov` / `Tue 24 Nov`, `kind` (`sick | leave | other`) as a word,
 * `reason` (a calendar key such as `calendar.holiday.christmas_day`) as the closure's name,
 * `planned`, `over` and `contract` (minutes) as hours (`28,5 uur` / `28.5 hours`), and `stretches` (see
 * `encodeStretches`) as `times`. A value already in words passes through unchanged.
 */
import type { Catalogue, Lang, Params } from '../../i18n/messages';
import { textOf } from '../../i18n/messages';
import { calendarMessages } from '../calendar/messages';
import { formatDay } from '../requests/requestText';
import { formatTime } from '../time/timeOfDay';
import type { Minutes } from '../time/timeOfDay';

export const rosterMessages = {
  nl: {
    // Keyboard entry (shiftEntry.ts)
    'roster_entry.no_time': 'Begin met de begin- en eindtijd, bijvoorbeeld ‘7:30-16:00 Rupsjes’. Niet begrepen: ‘{{text}}’.',
    'roster_entry.time_not_understood': '‘{{text}}’ is geen tijd: schrijf bijvoorbeeld 7:30, 730 of 7.30.',
    'roster_entry.missing_end': 'Na {{start}} ontbreekt de eindtijd: schrijf bijvoorbeeld ‘{{start}}-16:00’.',
    'roster_entry.end_before_start': 'De eindtijd {{end}} ligt niet na de begintijd {{start}}.',
    'roster_entry.break_not_understood': 'De pauze ‘{{text}}’ is niet begrepen: schrijf bijvoorbeeld p12:00-12:30.',
    'roster_entry.break_outside_shift': 'De pauze {{from}}-{{to}} valt niet binnen de dienst {{start}}-{{end}}.',
    'roster_entry.breaks_overlap': 'De pauzes {{first}} en {{second}} overlappen.',
    'roster_entry.too_many_breaks': 'Een dienst heeft hooguit {{max}} pauzes.',
    'roster_entry.missing_group': 'Welke groep? Zet de groep achter de tijden, bijvoorbeeld ‘{{example}}’.',
    'roster_entry.unknown_group': 'Groep ‘{{text}}’ bestaat niet op deze locatie. Kies uit: {{groups}}.',
    'roster_entry.ambiguous_group': '‘{{text}}’ past bij meer dan één groep ({{groups}}): typ meer letters.',
    'roster_entry.shifts_overlap': 'De diensten {{first}} en {{second}} overlappen.',
    'roster_entry.too_many_shifts': 'Hooguit {{max}} diensten op één dag, gescheiden door ‘;’.',
    // Conflicts while editing (conflicts.ts)
    'roster.double_booked': '{{staff}} staat op {{date}} dubbel ingeroosterd: {{first}} en {{second}} overlappen.',
    'roster.before_opening': 'De dienst van {{staff}} op {{date}} begint om {{start}}, vóór de opening om {{opensAt}}.',
    'roster.after_closing': 'De dienst van {{staff}} op {{date}} eindigt om {{end}}, na sluitingstijd ({{closesAt}}).',
    'roster.closed_day': 'De locatie is op {{date}} gesloten ({{reason}}), maar {{staff}} staat ingeroosterd.',
    'roster.over_contract': '{{staff}} staat deze week {{planned}} ingeroosterd: {{over}} meer dan het contract ({{contract}}).',
    'roster.group_without_staff': '{{group}} heeft op {{date}} van {{from}} tot {{to}} kinderen, maar geen beroepskracht die meetelt.',
    'roster.absent_with_shift': '{{staff}} is op {{date}} afwezig ({{kind}}): de dienst {{times}} telt niet mee in de ratio.',
    'roster.group_short': '{{group}} komt op {{date}} beroepskrachten tekort: {{times}}.',
    'roster.stretch_short': '{{times}} ({{staff}} van {{required}})',
    // Copying a day or week (copyPlan.ts)
    'roster_copy.closed_day': '{{staff}}: de locatie is op {{date}} gesloten ({{reason}}).',
    'roster_copy.absent': '{{staff}} is op {{date}} afwezig gemeld.',
    'roster_copy.already_working': '{{staff}} werkt op {{date}} al van {{start}} tot {{end}}.',
    // Mutators
    'shift.unknown_location': 'Deze locatie bestaat niet.',
    'shift.staff_elsewhere': 'Deze medewerker werkt niet op deze locatie.',
    'shift.same_id_twice': 'Dezelfde dienst staat twee keer in deze cel ({{date}}).',
    'shift.copy_unknown_source': 'De dienst die u kopieert bestaat niet (meer); vernieuw het rooster.',
    'shift.copy_failed': 'Kopiëren naar {{date}} lukt niet voor {{staff}}: {{reason}}',
    'shift.double_booked': '{{staff}} werkt op die dag al van {{start}} tot {{end}}.',
    'shift.unknown_group': 'Deze groep bestaat niet op deze locatie.',
    'shift.unknown_staff': 'Deze medewerker bestaat niet.',
    'shift.unknown': 'Deze dienst bestaat niet (meer).',
    'shift.staff_not_yet_active': '{{staff}} werkt pas vanaf {{fromDate}} op deze locatie en kan op {{date}} niet ingeroosterd worden.',
    'shift.staff_no_longer_active': '{{staff}} werkt tot en met {{toDate}} op deze locatie en kan op {{date}} niet ingeroosterd worden.',
    'shift.before_prk_registration':
      '{{staff}} staat pas vanaf {{registeredDate}} ingeschreven in het Personenregister kinderopvang en mag op {{date}} nog niet werken.',
    'staff_absence.unknown_staff': 'Deze medewerker bestaat niet op deze locatie.',
    'staff_absence.already_registered': '{{staff}} is op {{date}} al afwezig gemeld ({{kind}}).',
    'staff_absence.unknown': 'Deze afwezigheid bestaat niet (meer).',
    'roster_week.not_monday': 'Een roosterweek begint op maandag; {{date}} is geen maandag.',
    'roster_week.unknown_location': 'Deze locatie bestaat niet.',
    // Words used in sentences
    'absence.sick': 'ziek',
    'absence.leave': 'verlof',
    'absence.other': 'afwezig',
  },
  en: {
    'roster_entry.no_time': "Start with the start and end time, for example '7:30-16:00 Rupsjes'. Not understood: '{{text}}'.",
    'roster_entry.time_not_understood': "'{{text}}' is not a time: write for example 7:30, 730 or 7.30.",
    'roster_entry.missing_end': "The end time after {{start}} is missing: write for example '{{start}}-16:00'.",
    'roster_entry.end_before_start': 'The end time {{end}} is not after the start time {{start}}.',
    'roster_entry.break_not_understood': "The break '{{text}}' is not understood: write for example p12:00-12:30.",
    'roster_entry.break_outside_shift': 'The break {{from}}-{{to}} is not within the shift {{start}}-{{end}}.',
    'roster_entry.breaks_overlap': 'The breaks {{first}} and {{second}} overlap.',
    'roster_entry.too_many_breaks': 'A shift has at most {{max}} breaks.',
    'roster_entry.missing_group': "Which group? Put the group after the times, for example '{{example}}'.",
    'roster_entry.unknown_group': "Group '{{text}}' does not exist at this location. Choose from: {{groups}}.",
    'roster_entry.ambiguous_group': "'{{text}}' matches more than one group ({{groups}}): type more letters.",
    'roster_entry.shifts_overlap': 'The shifts {{first}} and {{second}} overlap.',
    'roster_entry.too_many_shifts': "At most {{max}} shifts on one day, separated by ';'.",
    'roster.double_booked': '{{staff}} is double-booked on {{date}}: {{first}} and {{second}} overlap.',
    'roster.before_opening': "{{staff}}'s shift on {{date}} starts at {{start}}, before opening at {{opensAt}}.",
    'roster.after_closing': "{{staff}}'s shift on {{date}} ends at {{end}}, after closing ({{closesAt}}).",
    'roster.closed_day': 'The location is closed on {{date}} ({{reason}}), but {{staff}} is rostered.',
    'roster.over_contract': '{{staff}} is rostered {{planned}} this week: {{over}} more than the contract ({{contract}}).',
    'roster.group_without_staff': '{{group}} has children on {{date}} from {{from}} to {{to}}, but no counting professional.',
    'roster.absent_with_shift': '{{staff}} is away on {{date}} ({{kind}}): the shift {{times}} does not count in the ratio.',
    'roster.group_short': '{{group}} is short of professionals on {{date}}: {{times}}.',
    'roster.stretch_short': '{{times}} ({{staff}} of {{required}})',
    'roster_copy.closed_day': '{{staff}}: the location is closed on {{date}} ({{reason}}).',
    'roster_copy.absent': '{{staff}} is registered as away on {{date}}.',
    'roster_copy.already_working': '{{staff}} already works on {{date}} from {{start}} to {{end}}.',
    'shift.unknown_location': 'This location does not exist.',
    'shift.staff_elsewhere': 'This staff member does not work at this location.',
    'shift.same_id_twice': 'The same shift appears twice in this cell ({{date}}).',
    'shift.copy_unknown_source': 'The shift you are copying no longer exists; refresh the roster.',
    'shift.copy_failed': 'Copying to {{date}} fails for {{staff}}: {{reason}}',
    'shift.double_booked': '{{staff}} already works that day from {{start}} to {{end}}.',
    'shift.unknown_group': 'This group does not exist at this location.',
    'shift.unknown_staff': 'This staff member does not exist.',
    'shift.unknown': 'This shift no longer exists.',
    'shift.staff_not_yet_active': '{{staff}} works at this location only from {{fromDate}} and cannot be rostered on {{date}}.',
    'shift.staff_no_longer_active': '{{staff}} works at this location until {{toDate}} and cannot be rostered on {{date}}.',
    'shift.before_prk_registration':
      '{{staff}} is registered in the Personenregister kinderopvang only from {{registeredDate}} and may not work on {{date}} yet.',
    'staff_absence.unknown_staff': 'This staff member does not exist at this location.',
    'staff_absence.already_registered': '{{staff}} is already registered as away on {{date}} ({{kind}}).',
    'staff_absence.unknown': 'This absence no longer exists.',
    'roster_week.not_monday': 'A roster week starts on Monday; {{date}} is not a Monday.',
    'roster_week.unknown_location': 'This location does not exist.',
    'absence.sick': 'sick',
    'absence.leave': 'leave',
    'absence.other': 'away',
  },
} satisfies Catalogue;

export type RosterRule = keyof (typeof rosterMessages)['nl'];

/** The Dutch sentence of a roster rule. */
export function rosterText(rule: RosterRule, params: Params = {}): string {
  return rosterRuleText(rule, params, 'nl');
}

export function isRosterRule(rule: string): rule is RosterRule {
  return Object.hasOwn(rosterMessages.nl, rule);
}

/** The sentence of a roster rule in `lang`, its params formatted by name (see above). */
export function rosterRuleText(rule: RosterRule, params: Params = {}, lang: Lang = 'nl'): string {
  const formatted: Params = {};
  for (const [key, value] of Object.entries(params)) formatted[key] = formatParam(key, value, lang);
  if (typeof params.stretches === 'string') formatted.times = stretchesText(params.stretches, lang);
  return textOf(rosterMessages, rule, formatted, lang);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ABSENCE_KINDS = new Set(['sick', 'leave', 'other']);
const HOURS = new Set(['planned', 'over', 'contract']);
const HOUR_WORD = { nl: ['uur', 'uur'], en: ['hour', 'hours'] } as const;

function formatParam(key: string, value: string | number, lang: Lang): string | number {
  if ((key === 'date' || key.endsWith('Date')) && typeof value === 'string' && ISO_DATE.test(value)) return formatDay(value, lang);
  if (key === 'kind' && typeof value === 'string' && ABSENCE_KINDS.has(value)) return textOf(rosterMessages, `absence.${value}`, {}, lang);
  if (key === 'reason' && typeof value === 'string' && Object.hasOwn(calendarMessages.nl, value)) {
    return textOf(calendarMessages, value, {}, lang);
  }
  if (HOURS.has(key)) return typeof value === 'number' ? `${hoursText(value, lang)} ${HOUR_WORD[lang][value === 60 ? 0 : 1]}` : value;
  return value;
}

/** Minutes as hours: 1710 -> "28,5" (nl), "28.5" (en); 1800 -> "30". */
export function hoursText(minutes: Minutes, lang: Lang = 'nl'): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return lang === 'nl' ? String(hours).replace('.', ',') : String(hours);
}

export type ShortStretch = { start: Minutes; end: Minutes; staff: number; required: number | null };

/** Stretches as one flat param: `480-960:0:1,1020-1080:1:` (start-end:staff:required, required empty when unknown). */
export function encodeStretches(stretches: readonly ShortStretch[]): string {
  return stretches.map((x) => `${x.start}-${x.end}:${x.staff}:${x.required ?? ''}`).join(',');
}

function stretchesText(encoded: string, lang: Lang): string {
  return encoded
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const [range = '', staff = '', required = ''] = part.split(':');
      const [start = '0', end = '0'] = range.split('-');
      const times = `${formatTime(Number(start))}-${formatTime(Number(end))}`;
      return required === '' ? times : textOf(rosterMessages, 'roster.stretch_short', { times, staff, required }, lang);
    })
    .join(', ');
}
