/**
 * The values back offices write, read the way a Dutch manager means them: dates dd-mm-jjjj,
 * d-m-jjjj or jjjj-mm-dd; times 7:30, 07:30 or 07.30; days "ma di wo", "maandag; dinsdag" or a
 * column per day; numbers with a decimal comma. Each parser answers the value or null.
 */
import { isLocalDate, type LocalDate } from '../domain/time/localDate';
import type { Minutes } from '../domain/time/timeOfDay';
import type { CareType, StaffCounts } from '../model/rows';

const pad = (n: string) => n.padStart(2, '0');

/** dd-mm-jjjj and d-m-jjjj (also with / or .), or jjjj-mm-dd; a day that does not exist is no date. */
export function parseDate(text: string): LocalDate | null {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = dutch ? `${dutch[3]}-${pad(dutch[2]!)}-${pad(dutch[1]!)}` : iso ? text : null;
  return date !== null && isLocalDate(date) ? date : null;
}

/** 7:30, 07:30 or 07.30 (24-hour clock, up to 24:00), as minutes since midnight. */
export function parseClock(text: string): Minutes | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : null;
}

/** A span "7:30-18:00" (also with "tot" or an en dash). */
export function parseSpan(text: string): { start: Minutes; end: Minutes } | null {
  const parts = text.split(/\s*(?:-|–|tot)\s*/);
  if (parts.length !== 2) return null;
  const start = parseClock(parts[0]!);
  const end = parseClock(parts[1]!);
  return start !== null && end !== null ? { start, end } : null;
}

/** The ISO weekday of a Dutch or English day name or abbreviation. */
const DAY_NAMES: Record<string, number> = {};
const DAY_WORDS = [
  ['ma', 'maa', 'maan', 'maandag', 'mo', 'mon', 'monday'],
  ['di', 'din', 'dins', 'dinsdag', 'tu', 'tue', 'tues', 'tuesday'],
  ['wo', 'woe', 'woens', 'woensdag', 'we', 'wed', 'wednesday'],
  ['do', 'don', 'donder', 'donderdag', 'th', 'thu', 'thur', 'thursday'],
  ['vr', 'vrij', 'vrijdag', 'fr', 'fri', 'friday'],
  ['za', 'zat', 'zaterdag', 'sa', 'sat', 'saturday'],
  ['zo', 'zon', 'zondag', 'su', 'sun', 'sunday'],
];
DAY_WORDS.forEach((words, i) => words.forEach((w) => (DAY_NAMES[w] = i + 1)));

/** The weekday a word names ("ma", "maandag", "Mon."), or null. */
export function weekdayOf(word: string): number | null {
  return DAY_NAMES[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** "ma di wo", "maandag; dinsdag", "ma,wo,vr": the weekdays ascending, or null when a word is no day. */
export function parseDays(text: string): number[] | null {
  const words = text.split(/[\s,;/+&]+|\ben\b/).filter((w) => w !== '');
  const days = words.map(weekdayOf);
  if (days.length === 0 || days.some((d) => d === null)) return null;
  return [...new Set(days as number[])].sort((a, b) => a - b);
}

/** A cell in a column per day: empty or "nee" no care, "x"/"ja" care at the contract's times, or its own span. */
export function parseDayCell(text: string): { care: false } | { care: true; span: { start: Minutes; end: Minutes } | null } | null {
  const t = text.toLowerCase();
  if (['', 'nee', 'n', 'no', '0', '-'].includes(t)) return { care: false };
  if (['x', 'ja', 'j', 'yes', 'y', '1', '✓', 'v', 'hele dag', 'halve dag'].includes(t)) return { care: true, span: null };
  const span = parseSpan(text);
  return span ? { care: true, span } : null;
}

/** "32", "32,5", "32.5": a number (negative numbers are no answer in a back office's export). */
export function parseNumber(text: string): number | null {
  if (!/^\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** KDV or BSO, under the names back offices use. */
export function parseCareType(text: string): CareType | null {
  const t = text.toLowerCase().replace(/[^a-z]/g, '');
  if (['kdv', 'dagopvang', 'kinderdagverblijf', 'daycare', 'peuteropvang', 'po', 'psz'].includes(t)) return 'KDV';
  if (['bso', 'buitenschoolseopvang', 'naschoolseopvang', 'voorschoolseopvang', 'vso', 'nso', 'afterschool', 'outofschoolcare'].includes(t))
    return 'BSO';
  return null;
}

/** How a staff member counts for the ratio, from a "telt mee" cell. */
export function parseCounts(text: string): StaffCounts | null {
  const t = text.toLowerCase().trim();
  if (['ja', 'j', 'yes', 'y', 'x', '1', 'volledig', 'full', 'gediplomeerd'].includes(t)) return 'full';
  if (['nee', 'n', 'no', '0', 'none', 'boventallig'].includes(t)) return 'none';
  if (['stagiair', 'bbl', 'leerling', 'trainee', 'in opleiding'].includes(t)) return 'trainee';
  return null;
}

/** How a function (functie) counts when the file has no "telt mee" column: trainees and helpers by name. */
export function countsOfJobTitle(jobTitle: string): StaffCounts {
  const t = jobTitle.toLowerCase();
  if (/stagiair|bbl|leerling|in opleiding/.test(t)) return 'trainee';
  if (/hulp|kok|schoonma|administrat|vrijwillig|conci[eë]rge/.test(t)) return 'none';
  return 'full';
}
