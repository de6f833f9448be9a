/**
 * Times of day: minutes since local midnight in code, `HH:MM` (24h) on the wire and the screen.
 */
export type Minutes = number;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): boolean {
  return HH_MM.test(value);
}

/** `"07:30"` -> 450. Also accepts `"7:30"` for typing convenience. */
export function parseTime(value: string): Minutes | null {
  const m = /^(\d{1,2}):([0-5]\d)$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  if (h > 24 || (h === 24 && m[2] !== '00')) return null;
  return h * 60 + Number(m[2]);
}

/** 450 -> `"07:30"`; 1440 -> `"24:00"` (end of day). */
export function formatTime(minutes: Minutes): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Half-open interval [start, end) in minutes. */
export type Interval = { start: Minutes; end: Minutes };

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

export function durationOf(i: Interval): Minutes {
  return Math.max(0, i.end - i.start);
}
