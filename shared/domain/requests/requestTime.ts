/**
 * The few time conversions the request rules need: an instant's local date at the location, the
 * instant a local wall-clock time happens (when care starts), and instant comparison.
 *
 * Instants are UTC ISO-8601 strings; local dates `YYYY-MM-DD`; times minutes since midnight in
 * Europe/Amsterdam. No function here reads the clock.
 */
import { localDateAt } from '../time/localDate';
import type { LocalDate } from '../time/localDate';
import type { Minutes } from '../time/timeOfDay';

export const TIME_ZONE = 'Europe/Amsterdam';
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

/**
 * Pure results kept for the instants and wall-clock times seen most (a queue compares the same
 * arrival moments many times); emptied when full, so memory stays small.
 */
const MEMO_LIMIT = 20_000;
const parsed = new Map<string, number>();
const atLocal = new Map<string, string>();

/** Milliseconds since the epoch of an ISO instant; throws on garbage (a programming error). */
export function msOf(instant: string): number {
  const known = parsed.get(instant);
  if (known !== undefined) return known;
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) throw new Error(`not an instant: ${instant}`);
  if (parsed.size >= MEMO_LIMIT) parsed.clear();
  parsed.set(instant, ms);
  return ms;
}

const dateAt = new Map<string, LocalDate>();

/** The location's local date at `instant`. */
export function localDateOf(instant: string): LocalDate {
  const known = dateAt.get(instant);
  if (known !== undefined) return known;
  const date = localDateAt(new Date(msOf(instant)), TIME_ZONE);
  if (dateAt.size >= MEMO_LIMIT) dateAt.clear();
  dateAt.set(instant, date);
  return date;
}

/** Negative when a is earlier, 0 when the same moment, positive when later. */
export function compareInstants(a: string, b: string): number {
  return msOf(a) - msOf(b);
}

/** Hours from `from` to `to` (fractional; negative when `to` is earlier). */
export function hoursBetween(from: string, to: string): number {
  return (msOf(to) - msOf(from)) / MS_PER_HOUR;
}

export function addHours(instant: string, hours: number): string {
  return new Date(msOf(instant) + hours * MS_PER_HOUR).toISOString();
}

/** Made once: making an Intl formatter costs far more than using one. */
let wallClock: Intl.DateTimeFormat | null = null;

/** The zone's offset from UTC at `ms`, in minutes (Amsterdam: 60 in winter, 120 in summer). */
function offsetMinutesAt(ms: number): number {
  wallClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = wallClock.formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MS_PER_MINUTE);
}

/**
 * The UTC instant (ISO) at which the local wall clock shows `minutes` on `date`. Care times lie
 * between 06:00 and 20:00, never in the 02:00-03:00 hour daylight saving skips or repeats.
 */
export function instantAtLocal(date: LocalDate, minutes: Minutes): string {
  const key = `${date}T${minutes}`;
  const known = atLocal.get(key);
  if (known !== undefined) return known;
  const instant = computeInstantAtLocal(date, minutes);
  if (atLocal.size >= MEMO_LIMIT) atLocal.clear();
  atLocal.set(key, instant);
  return instant;
}

function computeInstantAtLocal(date: LocalDate, minutes: Minutes): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a local date: ${date}`);
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 0, minutes);
  let guess = naive - offsetMinutesAt(naive) * MS_PER_MINUTE;
  guess = naive - offsetMinutesAt(guess) * MS_PER_MINUTE;
  return new Date(guess).toISOString();
}
