/** Dates for the children's screens and the day view (the short `1 dec 2026` is `formatDate` in i18n/format). */
import type { Language } from '../../i18n';

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The day before `date` (`YYYY-MM-DD`), in UTC so no offset moves it. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** `vrijdag 20 november 2026` (nl) / `Friday 20 November 2026` (en). */
export function formatWeekdayDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${date}T00:00:00Z`))
    .replace(',', '');
}
