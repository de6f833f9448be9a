/**
 * Every numbered request rule at its edge: the day (hour, minute) before the limit, on it and
 * after it, with the spec's default and with another organisation's setting, asserting the rule
 * id and that the failure carries its Dutch sentence (spec/requests.md; issue 6, item 7).
 */
import { describe, expect, test } from 'vitest';
import { checkCancel } from './cancellation';
import { checkRequest } from './checkRequest';
import { isExpiredAt } from './commonRules';
import { creditForAbsence } from './hourLedger';
import { isExpiringSoon } from './queueOrder';
import type { Request } from './request';
import type { RequestContext } from './requestContext';
import { defaultRequestSettings, requestSettingsSchema } from './requestSettings';
import type { RequestSettings } from './requestSettings';
import { isLateApproval, transition } from './requestState';
import { checkSchoolClosureThreshold } from './schoolClosureDay';
import {
  absence,
  approved,
  context,
  days,
  extension,
  extra,
  flex,
  local,
  manager,
  placement,
  schoolClosure,
  swap,
  t,
} from './testFixtures';

const defaults = defaultRequestSettings;
const settingsWith = (over: Record<string, unknown>) => requestSettingsSchema.parse(over);

/** The failures of `rule` when `request` is checked at its arrival. */
function failuresOf(rule: string, request: Request, over: Partial<RequestContext> = {}, settings: RequestSettings = defaults) {
  return checkRequest(request, context({ at: request.submittedAt, ...over }), settings).failures.filter((f) => f.rule === rule);
}
/** Whether `rule` fails, and its sentence is Dutch text (not the rule id). */
function fails(rule: string, request: Request, over: Partial<RequestContext> = {}, settings: RequestSettings = defaults): boolean {
  const found = failuresOf(rule, request, over, settings);
  for (const f of found) expect(f.message).not.toBe(rule);
  return found.length > 0;
}

// Sem contracted Thursday and Friday only, so the swap days Mon-Wed are free days.
const thuFri = { placements: [placement({ days: days([4, 5]) })] };

describe('swap day: at least 14 days before (swap day Tue 10 Nov 2026)', () => {
  test.each([
    ['2026-10-28', 13, true],
    ['2026-10-27', 14, false],
    ['2026-10-26', 15, false],
  ])('swap.min_days_before: submitted %s (%i days before): rejected %s', (submitted, _days, rejected) => {
    expect(fails('swap.min_days_before', swap({ submitted }))).toBe(rejected);
  });

  test.each([
    ['2026-11-04', 6, true],
    ['2026-11-03', 7, false],
    ['2026-11-02', 8, false],
  ])('swap.min_days_before with the setting 7: submitted %s (%i days): rejected %s', (submitted, _days, rejected) => {
    expect(fails('swap.min_days_before', swap({ submitted }), {}, settingsWith({ swapDay: { minDaysBefore: 7 } }))).toBe(rejected);
  });
});

describe('swap day: at most 30 days before (swap day Tue 10 Nov 2026)', () => {
  test.each([
    ['2026-10-12', 29, false],
    ['2026-10-11', 30, false],
    ['2026-10-10', 31, true],
  ])('swap.max_days_before: submitted %s (%i days before): rejected %s', (submitted, _days, rejected) => {
    expect(fails('swap.max_days_before', swap({ submitted }))).toBe(rejected);
  });

  test.each([
    ['2026-10-22', 19, false],
    ['2026-10-21', 20, false],
    ['2026-10-20', 21, true],
  ])('swap.max_days_before with the setting 20: submitted %s (%i days): rejected %s', (submitted, _days, rejected) => {
    expect(fails('swap.max_days_before', swap({ submitted }), {}, settingsWith({ swapDay: { maxDaysBefore: 20 } }))).toBe(rejected);
  });
});

describe('swap day: at most 30 days between the original day (Thu 10 Dec) and the swap day', () => {
  test.each([
    ['2026-11-11', 29, false],
    ['2026-11-10', 30, false],
    ['2026-11-09', 31, true],
  ])('swap.max_days_between: swap day %s (%i days before the original day): rejected %s', (date, _days, rejected) => {
    expect(fails('swap.max_days_between', swap({ date, originalDate: '2026-12-10', submitted: '2026-10-20' }), thuFri)).toBe(rejected);
  });

  test('swap.max_days_between with the setting 29: 30 days between is rejected', () => {
    const s = settingsWith({ swapDay: { maxDaysBetween: 29 } });
    expect(
      fails('swap.max_days_between', swap({ date: '2026-11-10', originalDate: '2026-12-10', submitted: '2026-10-20' }), thuFri, s),
    ).toBe(true);
  });
});

describe('swap day: the summer blackout (July and August), either day', () => {
  // Original Monday 15 June / 14 September; Sem contracted Mondays only.
  const monOnly = { placements: [placement({ days: days([1]) })] };
  const summer = (date: string, originalDate: string, submitted: string) =>
    fails('swap.summer_blackout', swap({ date, originalDate, submitted }), monOnly);

  test.each([
    ['2026-06-30', false],
    ['2026-07-01', true],
    ['2026-07-02', true],
  ])('swap.summer_blackout: swap day %s: rejected %s', (date, rejected) => {
    expect(summer(date, '2026-06-15', '2026-06-10')).toBe(rejected);
  });

  test.each([
    ['2026-08-28', true],
    ['2026-08-31', true],
    ['2026-09-01', false],
  ])('swap.summer_blackout: swap day %s at the end: rejected %s', (date, rejected) => {
    expect(summer(date, '2026-09-14', '2026-08-15')).toBe(rejected);
  });

  test('swap.summer_blackout with only August blocked: 31 July fine, 1 August rejected', () => {
    const s = settingsWith({ swapDay: { blackoutMonths: [8] } });
    const check = (date: string) =>
      fails('swap.summer_blackout', swap({ date, originalDate: '2026-07-20', submitted: '2026-07-10' }), monOnly, s);
    expect([check('2026-07-31'), check('2026-08-01')]).toEqual([false, true]);
  });
});

describe('swap day: public holidays (Ascension Day, Thu 14 May 2026)', () => {
  // Sem contracted Mon/Tue; original day Tue 12 May, asked on Fri 24 April.
  const monTue = { placements: [placement({ days: days([1, 2]) })] };
  test.each([
    ['2026-05-13', false],
    ['2026-05-14', true],
    ['2026-05-15', false],
  ])('swap.public_holiday: swap day %s: rejected %s', (date, rejected) => {
    expect(fails('swap.public_holiday', swap({ date, originalDate: '2026-05-12', submitted: '2026-04-24' }), monTue)).toBe(rejected);
  });
});

describe('swap day: BSO school days for school days, holiday days for holiday days', () => {
  // Noor (BSO Mon/Tue 15:00-18:00) gives up Mon 12 Oct (school day); autumn holiday 17-25 Oct 2026.
  const bso = (date: string) =>
    swap({
      childId: 'child-noor',
      originalChildId: 'child-noor',
      groupId: 'group-bso',
      originalDate: '2026-10-12',
      date,
      start: t('15:00'),
      end: t('18:00'),
      submitted: '2026-09-28',
    });
  test.each([
    ['2026-10-16', false],
    ['2026-10-21', true],
    ['2026-10-28', false],
  ])('swap.bso_day_kind: school day for %s: rejected %s', (date, rejected) => {
    expect(fails('swap.bso_day_kind', bso(date))).toBe(rejected);
  });
});

describe('swap day: not for a sibling’s day, not more hours than the original day', () => {
  test('swap.other_child: Sem asks for Lotte’s day: rejected; for his own day: fine', () => {
    expect(fails('swap.other_child', swap({ originalChildId: 'child-lotte' }))).toBe(true);
    expect(fails('swap.other_child', swap())).toBe(false);
  });

  // Original day 07:30-13:00 (5,5 hours).
  const halfDay = { placements: [placement({ days: days([1, 3, 4, 5], '07:30', '13:00') })] };
  test.each([
    ['12:59', false],
    ['13:00', false],
    ['13:01', true],
  ])('swap.not_more_hours: swap day 07:30-%s for a 07:30-13:00 day: rejected %s', (end, rejected) => {
    expect(fails('swap.not_more_hours', swap({ end: t(end) }), halfDay)).toBe(rejected);
  });
});

describe('flex day: at least 21 days before the first day of the month (December 2026: 10 November)', () => {
  test.each([
    ['2026-11-09', false],
    ['2026-11-10', false],
    ['2026-11-11', true],
  ])('flex.min_days_before_month: submitted %s: rejected %s', (submitted, rejected) => {
    expect(fails('flex.min_days_before_month', flex({ submitted }))).toBe(rejected);
  });

  test.each([
    ['2026-11-02', false],
    ['2026-11-03', false],
    ['2026-11-04', true],
  ])('flex.min_days_before_month with the setting 28: submitted %s: rejected %s', (submitted, rejected) => {
    const s = settingsWith({ flexDay: { deadline: { rule: 'days_before_month', days: 28 } } });
    expect(fails('flex.min_days_before_month', flex({ submitted }), {}, s)).toBe(rejected);
  });
});

describe('cancelling an approved extra or flex day: until 14 days before', () => {
  const ruleOf = (r: ReturnType<typeof checkCancel>) => (r.ok ? 'ok' : r.rule);
  // Extra day Tue 24 Nov; flex day Wed 9 Dec.
  test.each([
    ['2026-11-09', 15, 'ok'],
    ['2026-11-10', 14, 'ok'],
    ['2026-11-11', 13, 'cancel.min_days_before'],
  ])('cancel extra day on %s (%i days before): %s', (date, _days, rule) => {
    expect(ruleOf(checkCancel(extra(), approved(), local(date), defaults))).toBe(rule);
  });

  test.each([
    ['2026-11-24', 15, 'ok'],
    ['2026-11-25', 14, 'ok'],
    ['2026-11-26', 13, 'cancel.min_days_before'],
  ])('cancel flex day on %s (%i days before): %s', (date, _days, rule) => {
    expect(ruleOf(checkCancel(flex(), approved(), local(date), defaults))).toBe(rule);
  });

  test('cancel extra day with the setting 7: 8 and 7 days fine, 6 refused', () => {
    const s = settingsWith({ extraDay: { cancelMinDaysBefore: 7 } });
    expect(['2026-11-16', '2026-11-17', '2026-11-18'].map((d) => ruleOf(checkCancel(extra(), approved(), local(d), s)))).toEqual([
      'ok',
      'ok',
      'cancel.min_days_before',
    ]);
  });
});

describe('extension: at least 3 days before (Mon 16 Nov)', () => {
  test.each([
    ['2026-11-12', false],
    ['2026-11-13', false],
    ['2026-11-14', true],
  ])('extension.min_days_before: submitted %s: rejected %s', (submitted, rejected) => {
    expect(fails('extension.min_days_before', extension({ submitted }))).toBe(rejected);
  });

  test('extension.min_days_before with the setting 5: 4 days before rejected', () => {
    expect(
      fails('extension.min_days_before', extension({ submitted: '2026-11-12' }), {}, settingsWith({ extension: { minDaysBefore: 5 } })),
    ).toBe(true);
  });
});

describe('school closure day: at least 28 days before (Wed 11 Nov), and the opening threshold', () => {
  test.each([
    ['2026-10-13', false],
    ['2026-10-14', false],
    ['2026-10-15', true],
  ])('school_closure.min_days_before: submitted %s: rejected %s', (submitted, rejected) => {
    expect(fails('school_closure.min_days_before', schoolClosure({ submitted }))).toBe(rejected);
  });

  test.each([
    [5, true],
    [6, false],
    [7, false],
  ])('school_closure.below_threshold: %i registered with the default 6: rejected %s', (registered, rejected) => {
    const request = schoolClosure({ submitted: '2026-10-01' });
    const opening = { registered, threshold: defaults.schoolClosureDay.openingThreshold };
    expect(fails('school_closure.below_threshold', request, { at: local('2026-10-20'), schoolClosureOpening: opening })).toBe(rejected);
  });

  test('school_closure.below_threshold: the manager’s number for the day (4) opens with 4; at intake it plays no part', () => {
    expect(checkSchoolClosureThreshold('2026-11-11', 3, 4).ok).toBe(false);
    expect(checkSchoolClosureThreshold('2026-11-11', 4, 4).ok).toBe(true);
    expect(fails('school_closure.below_threshold', schoolClosure({ submitted: '2026-10-01' }))).toBe(false);
  });
});

describe('expiry at the minute, the 48-hour flag, late approval, credit 96 hours ahead', () => {
  const moment = '2026-11-23T09:00:00.000Z'; // 10:00 in Amsterdam
  test.each([
    ['2026-11-23T08:59:59.999Z', false],
    ['2026-11-23T09:00:00.000Z', true],
    ['2026-11-23T09:01:00.000Z', true],
  ])('expiry: at %s the request is expired: %s; approving then fails with request.expired', (at, expired) => {
    const request = extra({ expiresAt: moment, date: '2026-11-26', submitted: '2026-11-10' });
    expect(isExpiredAt(request, at)).toBe(expired);
    const approve = transition(
      { status: 'submitted', conflict: null },
      { type: 'approve', at, by: manager, groupId: request.groupId, provisional: true },
      request,
      defaults,
    );
    expect(approve.ok ? 'approved' : approve.rule).toBe(expired ? 'request.expired' : 'approved');
  });

  test.each([
    ['2026-11-21T08:59:59.000Z', false],
    ['2026-11-21T09:00:00.000Z', true],
    ['2026-11-21T09:00:01.000Z', true],
  ])('expiring flag: at %s (the expiry moment 48 hours and a second, 48 hours, less away): flagged %s', (now, flagged) => {
    expect(isExpiringSoon({ expiresAt: moment }, now, defaults)).toBe(flagged);
  });

  // Extra day Tue 24 Nov from 07:30 (06:30 UTC).
  test.each([
    ['2026-11-23T06:29:00.000Z', false],
    ['2026-11-23T06:30:00.000Z', false],
    ['2026-11-23T06:31:00.000Z', true],
  ])('late approval: approving at %s waits for the parent: %s', (at, late) => {
    expect(isLateApproval(extra(), at, defaults)).toBe(late);
  });

  test('late approval with the setting 48 hours: 47 hours before is late', () => {
    expect(isLateApproval(extra(), '2026-11-22T07:30:00.000Z', settingsWith({ queue: { lateApprovalHours: 48 } }))).toBe(true);
  });

  // Absence Mon 16 Nov, care from 07:30 (06:30 UTC): 96 hours before is Thu 12 Nov 06:30 UTC.
  test.each([
    ['2026-11-12T06:29:00.000Z', 'credit.planned_absence'],
    ['2026-11-12T06:30:00.000Z', 'credit.planned_absence'],
    ['2026-11-12T06:31:00.000Z', 'credit.too_late'],
  ])('credit: an absence reported at %s: %s', (reported, rule) => {
    expect(creditForAbsence(absence({ reported }), '2026-11-16', context(), defaults).rule).toBe(rule);
  });
});
