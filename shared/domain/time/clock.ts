/**
 * The desk's clock: the wall clock, or, for a demo or a test of a given day, a clock that starts at
 * a chosen instant and then runs on at real speed, so timers, "x minutes ago" and expiry at the
 * minute behave as they do on a real desk. Tests use `runningClockFrom`, never the wall clock.
 */
export type Clock = () => Date;

export const wallClock: Clock = () => new Date();

/** A clock that reads `start` now and runs on from there. */
export function runningClockFrom(start: string | Date): Clock {
  const startMs = typeof start === 'string' ? Date.parse(start) : start.getTime();
  if (Number.isNaN(startMs)) throw new Error(`geen tijdstip: "${String(start)}"`);
  const offsetMs = startMs - Date.now();
  return () => new Date(Date.now() + offsetMs);
}

/**
 * `OPVANGDESK_NOW`: an ISO instant with a time (`2026-11-23T08:00:00Z`) the desk's clock starts at;
 * undefined without a value (the wall clock). A date alone is refused: its hour would depend on
 * the machine's time zone.
 */
export function clockFromSetting(value: string | undefined): Clock | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new Error(`OPVANGDESK_NOW moet een tijdstip zijn (ISO-8601, bijv. 2026-11-23T08:00:00Z), niet "${value}"`);
  }
  return runningClockFrom(value);
}
