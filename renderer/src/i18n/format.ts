/**
 * Dates, times and money the Dutch way (`ma 23 nov`, `07:30`, `€ 27,50`), or English when chosen.
 * Domain dates are local `YYYY-MM-DD`; they are formatted in UTC so no offset moves the day.
 */
import { formatTime } from '../../../shared/domain/time/timeOfDay';
import type { Language } from './index';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** `ma 23 nov` (nl) / `Mon 23 Nov` (en). */
export function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(utcDate(date))
    .replace(/\./g, '')
    .replace(',', '');
}

/** `1 dec 2026` (nl) / `1 Dec 2026` (en). */
export function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(utcDate(date))
    .replace(/\./g, '');
}

/** `23 november 2026`. */
export function formatLongDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(date),
  );
}

/** `07:30–18:00`. */
export function formatTimeRange(start: number, end: number): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** `€ 27,50` from integer cents. */
export function formatMoney(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** `Noor en Daan` (nl) / `Noor and Daan` (en). */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(locales[language], { style: 'long', type: 'conjunction' }).format(items);
}

/** An instant (UTC) as local Amsterdam wall-clock time: `ma 23 nov 09:41`. */
export function formatInstant(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  })
    .format(new Date(instant))
    .replace(/\./g, '')
    .replace(/,/g, '');
}

/** `09:41` local time of an instant. */
export function formatClock(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(instant));
}
