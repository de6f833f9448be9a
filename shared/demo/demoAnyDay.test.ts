/**
 * The demo is right on any day (issue 13): generated for the desk's "today" exactly as the desk
 * loads it (`electron/core/store/demoLoader`: the organisation's calendar, shifts from two weeks
 * back to the end of next week), it gives the manager a believable week whatever today is: requests
 * to decide, one expiring within 48 hours per location, recent late pickups, and a shortage to see
 * in the ratio week.
 *
 * The days are the awkward ones of a year: a Monday in November, a Saturday, Christmas Eve, the
 * summer holiday, New Year's Eve and the first working day after it, a Sunday, a public holiday.
 */
import { describe, expect, test } from 'vitest';
import { isOpenDay } from '../domain/calendar/calendar';
import { isExpiringSoon } from '../domain/requests/queueOrder';
import { defaultRequestSettings } from '../domain/requests/requestSettings';
import { instantAtLocal } from '../domain/requests/requestTime';
import { defaultOrganisationSettings } from '../domain/settings';
import { addDays, weekStart, type LocalDate } from '../domain/time/localDate';
import { generateDemo } from './generateDemo';
import { summarizeDemo } from './summarizeDemo';

/** The dates `npm run test:dates` runs the end-to-end suite at, and a few more. */
const DAYS: readonly LocalDate[] = [
  '2026-11-23', // a Monday in November
  '2027-03-13', // a Saturday
  '2026-12-24', // Christmas Eve (Friday the 25th and Saturday closed)
  '2027-07-21', // the summer holiday
  '2026-12-31', // New Year's Eve: ledgers and late-pickup counts change year tomorrow
  '2027-01-04', // the first working day of a year
  '2027-04-05', // Easter Monday: closed
  '2027-10-17', // a Sunday
];

const calendar = defaultOrganisationSettings().calendar;
const open = (date: LocalDate) => isOpenDay(date, calendar);

describe.each(DAYS)('the demo on %s', (today) => {
  const monday = weekStart(today);
  const demo = generateDemo({ today, isOpenDay: open, shiftWeeks: { from: addDays(monday, -14), to: addDays(monday, 13) } });

  test('every location has requests to decide from today on, of every kind', () => {
    for (const location of demo.locations) {
      const undecided = demo.requests.filter((r) => r.locationId === location.id && r.status === 'submitted' && r.date >= today);
      expect(undecided.length, location.name).toBeGreaterThanOrEqual(8);
      expect(new Set(undecided.map((r) => r.kind)), location.name).toEqual(new Set(['flexDay', 'extraDay', 'swapDay', 'extension']));
    }
  });

  test('one request per location expires within 48 hours, all day long (07:00 to 19:00)', () => {
    for (const minutes of [7 * 60, 19 * 60]) {
      const now = instantAtLocal(today, minutes);
      for (const location of demo.locations) {
        const expiring = demo.requests.filter(
          (r) => r.locationId === location.id && r.status === 'submitted' && isExpiringSoon(r, now, defaultRequestSettings),
        );
        expect(expiring, `${location.name} at ${minutes / 60}:00`).toHaveLength(1);
        expect(expiring[0]!.expiresAt! > now).toBe(true);
      }
    }
  });

  test('late pickups in the weeks before today, in every location, none today or later', () => {
    for (const location of demo.locations) {
      const mine = demo.latePickups.filter((l) => l.locationId === location.id);
      expect(mine.length, location.name).toBeGreaterThanOrEqual(2);
      expect(mine.every((l) => l.date < today)).toBe(true);
    }
    const recent = demo.latePickups.filter((l) => l.date >= addDays(today, -42));
    expect(recent.length).toBeGreaterThanOrEqual(1);
  });

  test('late pickups this month once a week of it has passed, else in the month before', () => {
    const monthStart = `${today.slice(0, 7)}-01`;
    let openDaysPassed = 0;
    for (let d = monthStart; d < today; d = addDays(d, 1)) if (open(d)) openDaysPassed++;
    const month = (openDaysPassed >= 5 ? today : addDays(monthStart, -1)).slice(0, 7);
    expect(demo.latePickups.filter((l) => l.date.startsWith(month)).length, month).toBeGreaterThanOrEqual(1);
  });

  test('a shortage to see: an understaffed moment in the ratio week (this week, or next week from Saturday)', () => {
    const weekShown = open(today) || today < addDays(monday, 5) ? monday : addDays(monday, 7);
    const { understaffedMoments } = summarizeDemo(demo, today);
    const inWeek = understaffedMoments.filter((m) => m.date >= weekShown && m.date < addDays(weekShown, 7));
    expect(inWeek.length).toBeGreaterThanOrEqual(1);
  });
});
