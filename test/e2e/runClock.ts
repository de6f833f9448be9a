/**
 * The one "now" of an end-to-end run: desks, hubs and browser pages read it from here, never from
 * the wall clock, so a run gives the same result on any calendar day (issue 13).
 *
 * `E2E_NOW` (an ISO instant) is the moment the run starts at; it then runs on at real speed, so
 * timers, expiry at the minute and "x minutes ago" behave as on a real desk. Default: Monday
 * 23 November 2026, 09:00 in Amsterdam. `npm run test:dates` runs the date-independent specs at
 * several dates across the year by setting it.
 *
 * A desk started at its own fixed moment (a scenario of a given day) becomes the clock that new
 * pages follow while it runs (`deskNow`), so the browser and that desk agree.
 */
import { runningClockFrom, type Clock } from '../../shared/domain/time/clock';

export const DEFAULT_E2E_NOW = '2026-11-23T08:00:00Z';

/** The run's clock: `E2E_NOW` at the start of the run, running on since. */
export const runNow: Clock = runningClockFrom(process.env.E2E_NOW || DEFAULT_E2E_NOW);

/** The desks started with a clock of their own, newest last. */
const pinned: { clock: Clock }[] = [];

/** Registers a desk's starting moment; the returned function forgets it when the desk stops. */
export function pinDeskClock(startsAt: string): () => void {
  const entry = { clock: runningClockFrom(startsAt) };
  pinned.push(entry);
  return () => {
    const index = pinned.indexOf(entry);
    if (index >= 0) pinned.splice(index, 1);
  };
}

/** "Now" for a new page: the newest running desk's clock, else the run's. */
export function deskNow(): Date {
  return (pinned.at(-1)?.clock ?? runNow)();
}
