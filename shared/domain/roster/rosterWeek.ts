/**
 * The roster of a location-week: drafted, then published (`rosterWeek.publish`). Ids the desk and
 * the hub both derive from the arguments, so a mutation reaches the same rows on both.
 */
import { isoWeekday, weekStart } from '../time/localDate';
import type { LocalDate } from '../time/localDate';

/** The row id of a location-week: `<locationId>/<monday>`. */
export function rosterWeekId(locationId: string, date: LocalDate): string {
  return `${locationId}/${weekStart(date)}`;
}

export function isMonday(date: LocalDate): boolean {
  return isoWeekday(date) === 1;
}

const MAX_ID = 64;

/**
 * The id of a shift's n-th audit entry (1-based): `<shiftId>@<n>`. A shift id too long to leave
 * room is shortened to a stable hash of itself, so the id stays within the row model's 64 characters.
 */
export function rosterAuditId(shiftId: string, n: number): string {
  const suffix = `@${n}`;
  const base = shiftId.length + suffix.length <= MAX_ID ? shiftId : `h${stableHash(shiftId)}`;
  return `${base}${suffix}`;
}

/** 64-bit FNV-1a as 16 hex digits (two 32-bit lanes with different offsets); stable everywhere. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
