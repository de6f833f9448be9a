/**
 * Rendering request sentences, and the result shapes of the request rules.
 *
 * A rule failure keeps raw params (dates `YYYY-MM-DD`, counts as numbers) so the UI can render
 * the sentence in another language: `requestText(failure.rule, failure.params, 'en')`. The
 * params are formatted per language by their name (see messages.ts).
 */
import { textOf } from '../../i18n/messages';
import type { Lang, Params } from '../../i18n/messages';
import type { RuleFailure } from '../../result';
import { calendarMessages } from '../calendar/messages';
import { formatEuro } from '../latePickup/money';
import { isoWeekday, localMinutesAt } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import { formatTime } from '../time/timeOfDay';
import { requestMessages } from './messages';
import { localDateOf, msOf, TIME_ZONE } from './requestTime';

/** One rule's outcome: held, or the failure with its stable id, Dutch sentence and params. */
export type RuleCheck = { ok: true } | RuleFailure;

/** All failures of one request's rules; `ok` when there are none. */
export type RequestCheck = { ok: true; failures: [] } | { ok: false; failures: [RuleFailure, ...RuleFailure[]] };

export const passed: RuleCheck = { ok: true };

export function requestCheck(checks: readonly RuleCheck[]): RequestCheck {
  const failures = checks.filter((c): c is RuleFailure => !c.ok);
  const [first, ...rest] = failures;
  return first ? { ok: false, failures: [first, ...rest] } : { ok: true, failures: [] };
}

const WORDS = {
  nl: {
    weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    monthsShort: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    and: 'en',
    day: ['dag', 'dagen'],
    month: ['maand', 'maanden'],
    hour: ['uur', 'uur'],
    decimal: ',',
  },
  en: {
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    and: 'and',
    day: ['day', 'days'],
    month: ['month', 'months'],
    hour: ['hour', 'hours'],
    decimal: '.',
  },
} as const;

const at = <T>(list: readonly T[], i: number): T => {
  const v = list[i];
  if (v === undefined) throw new Error(`no entry ${i}`);
  return v;
};

/** `2026-12-03` -> `do 3 dec` (nl), `Thu 3 Dec` (en). */
export function formatDay(date: LocalDate, lang: Lang = 'nl'): string {
  const w = WORDS[lang];
  return `${at(w.weekdays, isoWeekday(date) - 1)} ${Number(date.slice(8, 10))} ${at(w.monthsShort, Number(date.slice(5, 7)) - 1)}`;
}

/** An instant at the location: `do 3 dec 10:00`. */
export function formatInstant(instant: string, lang: Lang = 'nl'): string {
  return `${formatDay(localDateOf(instant), lang)} ${formatTime(localMinutesAt(new Date(msOf(instant)), TIME_ZONE))}`;
}

/** `2026-12` -> `december 2026`. */
export function formatMonth(month: string, lang: Lang = 'nl'): string {
  return `${at(WORDS[lang].months, Number(month.slice(5, 7)) - 1)} ${month.slice(0, 4)}`;
}

function count(n: number, forms: readonly [string, string], lang: Lang): string {
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100).replace('.', WORDS[lang].decimal);
  return `${text} ${n === 1 ? forms[0] : forms[1]}`;
}

/** Minutes as hours: 480 -> `8 uur`, 510 -> `8,5 uur` (nl); `8.5 hours` (en). */
export function formatHours(minutes: number, lang: Lang = 'nl'): string {
  return count(minutes / 60, WORDS[lang].hour, lang);
}

function formatParam(key: string, value: string | number, lang: Lang): string | number {
  const s = String(value);
  const n = Number(value);
  const w = WORDS[lang];
  if (/Date$/.test(key)) return formatDay(s, lang);
  if (/Cents$/.test(key)) return formatEuro(n, lang);
  if (/At$/.test(key)) return formatInstant(s, lang);
  if (/^days$|Days$/.test(key)) return count(n, w.day, lang);
  if (/^hours$|Hours$/.test(key)) return count(n, w.hour, lang);
  if (/Months$/.test(key)) return count(n, w.month, lang);
  if (/Month$/.test(key)) return formatMonth(s, lang);
  if (key === 'monthList') {
    const names = s.split(',').map((m) => at(w.months, Number(m) - 1));
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${w.and} ${names.at(-1) ?? ''}` : (names[0] ?? '');
  }
  if (/DayKind$/.test(key)) return textOf(requestMessages, `request.bso_day.${s}`, {}, lang);
  if (/^kind$|Kind$/.test(key)) return textOf(requestMessages, `request.kind.${s}`, {}, lang);
  if (/^status$|Status$/.test(key)) return textOf(requestMessages, `request.status.${s}`, {}, lang);
  if (key === 'action') return textOf(requestMessages, `request.action.${s}`, {}, lang);
  if (key === 'closure' || key === 'holiday') return textOf(calendarMessages, s, {}, lang);
  return value;
}

/** The sentence of `rule` in `lang`, its params formatted by name. Throws for an unknown rule. */
export function requestText(rule: string, params: Params = {}, lang: Lang = 'nl'): string {
  const formatted: Params = {};
  for (const [key, value] of Object.entries(params)) formatted[key] = formatParam(key, value, lang);
  return textOf(requestMessages, rule, formatted, lang);
}

/** A failure of `rule` with its Dutch sentence. */
export function failure(rule: string, params: Params = {}): RuleFailure {
  return { ok: false, rule, message: requestText(rule, params), params };
}
