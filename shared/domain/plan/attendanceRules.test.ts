import { describe, expect, test } from 'vitest';
import type { AttendanceRow } from '../../model/rows';
import { actualPresenceOn } from './actualPresence';
import { checkNotAhead, checkPurge, checkStay, retentionCutoff, runningPlacements } from './attendanceRules';
import { childDayState, lateCheckOut, stillPresentLate } from './dayState';
import { planSettingsSchema } from './planSettings';

const settings = planSettingsSchema.parse({});
const now = { today: '2026-11-23', time: 600 };

describe('check-in and check-out order', () => {
  test('a departure before the arrival is refused (attendance.out_before_in); equal is allowed', () => {
    expect(checkStay({ checkIn: 480, checkOut: 479 }, [], 'Sem', '2026-11-23')).toMatchObject({
      ok: false,
      rule: 'attendance.out_before_in',
    });
    expect(checkStay({ checkIn: 480, checkOut: 480 }, [], 'Sem', '2026-11-23').ok).toBe(true);
  });

  test('a second check-in while the child is still present is refused (attendance.already_present)', () => {
    expect(checkStay({ checkIn: 540, checkOut: null }, [{ checkIn: 480, checkOut: null }], 'Sem', '2026-11-23')).toMatchObject({
      ok: false,
      rule: 'attendance.already_present',
    });
  });

  test('BSO: after school again after checking out before school is fine; overlapping stays are refused', () => {
    const morning = [{ checkIn: 450, checkOut: 510 }];
    expect(checkStay({ checkIn: 510, checkOut: null }, morning, 'Sem', '2026-11-23').ok).toBe(true);
    expect(checkStay({ checkIn: 500, checkOut: null }, morning, 'Sem', '2026-11-23')).toMatchObject({
      ok: false,
      rule: 'attendance.overlaps',
    });
    expect(checkStay({ checkIn: 420, checkOut: 460 }, morning, 'Sem', '2026-11-23')).toMatchObject({
      ok: false,
      rule: 'attendance.overlaps',
    });
  });

  test('nothing ahead: a later date or a later time today is refused; the current minute is fine', () => {
    expect(checkNotAhead('2026-11-24', [480], now)).toMatchObject({ ok: false, rule: 'attendance.date_in_future' });
    expect(checkNotAhead('2026-11-23', [601], now)).toMatchObject({
      ok: false,
      rule: 'attendance.time_in_future',
      params: { now: '10:00', time: '10:01' },
    });
    expect(checkNotAhead('2026-11-23', [480, 600], now).ok).toBe(true);
    expect(checkNotAhead('2026-11-20', [1100], now).ok).toBe(true);
  });

  test('a check-in needs a contract at the location running that day (end date inclusive)', () => {
    const p = { locationId: 'l1', startDate: '2026-09-01', endDate: '2026-11-23' };
    expect(runningPlacements([p], 'l1', '2026-11-23')).toHaveLength(1);
    expect(runningPlacements([p], 'l1', '2026-11-24')).toHaveLength(0);
    expect(runningPlacements([p], 'l2', '2026-11-23')).toHaveLength(0);
  });
});

describe('retention: at least six weeks', () => {
  test('the cutoff is six weeks before today; purging up to it is allowed, one day later is not', () => {
    expect(retentionCutoff('2026-11-23', settings)).toBe('2026-10-12');
    expect(checkPurge('2026-10-12', '2026-11-23', settings).ok).toBe(true);
    expect(checkPurge('2026-10-13', '2026-11-23', settings)).toMatchObject({
      ok: false,
      rule: 'attendance.retention',
      params: { weeks: 6 },
    });
  });

  test('the retention setting cannot go below six weeks, and a longer one moves the cutoff', () => {
    expect(planSettingsSchema.safeParse({ attendanceRetentionWeeks: 5 }).success).toBe(false);
    const year = planSettingsSchema.parse({ attendanceRetentionWeeks: 52 });
    expect(checkPurge('2026-10-12', '2026-11-23', year)).toMatchObject({ ok: false, rule: 'attendance.retention' });
  });
});

const row = (over: Partial<AttendanceRow>): AttendanceRow => ({
  id: 'a1',
  locationId: 'l1',
  childId: 'c1',
  groupId: 'g1',
  date: '2026-11-23',
  checkIn: 480,
  checkOut: 1020,
  checkedInBy: { userId: 'u', role: 'assistant', name: 'Anna' },
  checkedInAt: '2026-11-23T07:00:00.000Z',
  checkedOutBy: null,
  checkedOutAt: null,
  voided: false,
  history: [],
  ...over,
});

describe('actual presence from check-in/out', () => {
  test('closed stays as registered; an open stay runs until openUntil; voided and other dates count for nothing', () => {
    const stays = actualPresenceOn(
      [
        row({ id: 'a', checkIn: 500, checkOut: 900 }),
        row({ id: 'b', childId: 'c2', checkIn: 480, checkOut: null }),
        row({ id: 'c', childId: 'c3', voided: true }),
        row({ id: 'd', childId: 'c4', date: '2026-11-20' }),
      ],
      '2026-11-23',
      600,
    );
    expect(stays.map((s) => [s.attendanceId, s.start, s.end, s.open])).toEqual([
      ['b', 480, 600, true],
      ['a', 500, 900, false],
    ]);
  });
});

describe('the child on the day, and the late check-out', () => {
  const planned = [{ start: 480, end: 1020 }];
  test('present while a stay is open, left when closed, absent after the planned day without a stay', () => {
    expect(childDayState(planned, [{ checkIn: 480, checkOut: null }], '2026-11-23', now)).toBe('present');
    expect(childDayState(planned, [{ checkIn: 480, checkOut: 560 }], '2026-11-23', now)).toBe('left');
    expect(childDayState(planned, [], '2026-11-23', now)).toBe('expected');
    expect(childDayState(planned, [], '2026-11-23', { today: '2026-11-23', time: 1020 })).toBe('absent');
    expect(childDayState(planned, [], '2026-11-20', now)).toBe('absent');
  });

  test('a check-out after the contracted end (plus grace) is late; at the end or within grace it is not', () => {
    expect(lateCheckOut([{ checkIn: 480, checkOut: 1021 }], 1020, 0)).toEqual({ contractedEnd: 1020, pickupTime: 1021, minutesLate: 1 });
    expect(lateCheckOut([{ checkIn: 480, checkOut: 1020 }], 1020, 0)).toBeNull();
    expect(lateCheckOut([{ checkIn: 480, checkOut: 1025 }], 1020, 5)).toBeNull();
    expect(lateCheckOut([{ checkIn: 480, checkOut: 1030 }], null, 0)).toBeNull();
    expect(lateCheckOut([{ checkIn: 480, checkOut: null }], 1020, 0)).toBeNull();
  });

  describe('still present after the contracted end (today, the desk clock)', () => {
    const open = [{ checkIn: 480, checkOut: null }];
    test('still present: one minute before the end is not late', () => {
      expect(stillPresentLate(open, 1020, 0, 1019)).toBeNull();
    });
    test('still present: on the end is not late', () => {
      expect(stillPresentLate(open, 1020, 0, 1020)).toBeNull();
    });
    test('still present: one minute after the end is late, with now as the pickup time', () => {
      expect(stillPresentLate(open, 1020, 0, 1021)).toEqual({ contractedEnd: 1020, pickupTime: 1021, minutesLate: 1 });
    });
    test('still present: within the grace minutes not late; after them late, counted from the end', () => {
      expect(stillPresentLate(open, 1020, 5, 1025)).toBeNull();
      expect(stillPresentLate(open, 1020, 5, 1026)).toEqual({ contractedEnd: 1020, pickupTime: 1026, minutesLate: 6 });
    });
    test('still present: not on another day than today (no clock), not without a contracted end, not once checked out', () => {
      expect(stillPresentLate(open, 1020, 0, null)).toBeNull();
      expect(stillPresentLate(open, null, 0, 1100)).toBeNull();
      expect(stillPresentLate([{ checkIn: 480, checkOut: 1030 }], 1020, 0, 1100)).toBeNull();
      // checked out, then back in (a second stay still open): still present
      expect(stillPresentLate([{ checkIn: 480, checkOut: 700 }, ...open], 1020, 0, 1030)).toMatchObject({ minutesLate: 10 });
    });
  });
});
