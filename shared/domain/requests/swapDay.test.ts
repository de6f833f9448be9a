import { describe, expect, test } from 'vitest';
import { defaultCalendarSettings } from '../calendar/calendarSettings';
import { requestSettingsSchema, defaultRequestSettings } from './requestSettings';
import type { RequestContext } from './requestContext';
import type { SwapDayRequest } from './request';
import { checkSwapDay } from './swapDay';
import { requestText } from './requestText';
import { absence, approved, context, days, local, manager, assistant, placement, swap, t, withState } from './testFixtures';

const settings = defaultRequestSettings;

/** Checked at intake: `at` is the submitted instant unless given. */
function check(request: SwapDayRequest, over: Partial<RequestContext> = {}, s = settings) {
  return checkSwapDay(request, context({ at: request.submittedAt, ...over }), s);
}
const rules = (request: SwapDayRequest, over: Partial<RequestContext> = {}, s = settings) =>
  check(request, over, s).failures.map((f) => f.rule);

/** Sem contracted Thursday and Friday only: swap days on Mon-Wed are free. */
const thuFri = { placements: [placement({ days: days([4, 5]) })] };

describe('swap day: the base case', () => {
  test('swap day: approved when every rule holds (Thu 19 Nov given up for Tue 10 Nov, asked 21 days ahead)', () => {
    expect(check(swap())).toEqual({ ok: true, failures: [] });
  });
});

describe('swap day: at least 14 days before the swap day', () => {
  test('swap day: rejected when submitted 13 days before (minimum 14)', () => {
    const r = check(swap({ submitted: '2026-10-28' }));
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.min_days_before']);
    expect(r.failures[0]?.params).toEqual({ days: 13, minDays: 14 });
  });

  test('swap day: accepted when submitted exactly 14 days before (minimum 14)', () => {
    expect(rules(swap({ submitted: '2026-10-27' }))).toEqual([]);
  });

  test('swap day: the message names both numbers ("Aangevraagd 9 dagen voor de ruildag; dat moet minstens 14 dagen zijn.")', () => {
    const r = check(swap({ submitted: '2026-11-01' }));
    expect(r.failures[0]?.message).toBe('Aangevraagd 9 dagen voor de ruildag; dat moet minstens 14 dagen zijn.');
    expect(requestText('swap.min_days_before', r.failures[0]?.params, 'en')).toBe(
      'Requested 9 days before the swap day; the minimum is 14 days.',
    );
  });

  test('swap day: 1 day before reads "1 dag" (singular)', () => {
    const r = check(swap({ submitted: '2026-11-09' }));
    expect(r.failures.find((f) => f.rule === 'swap.min_days_before')?.message).toBe(
      'Aangevraagd 1 dag voor de ruildag; dat moet minstens 14 dagen zijn.',
    );
  });

  test('swap day: days count from the local date (00:30 in Amsterdam on 28 Oct is 23:30 UTC on 27 Oct: 13 days, rejected)', () => {
    expect(rules(swap({ submittedAt: '2026-10-27T23:30:00.000Z' }))).toEqual(['swap.min_days_before']);
    expect(rules(swap({ submittedAt: '2026-10-27T22:59:00.000Z' }))).toEqual([]);
  });

  test('swap day: the minimum is a setting (7 days: 13 days ahead is fine)', () => {
    const s = requestSettingsSchema.parse({ swapDay: { minDaysBefore: 7 } });
    expect(rules(swap({ submitted: '2026-10-28' }), {}, s)).toEqual([]);
  });
});

describe('swap day: at most 30 days before the swap day', () => {
  test('swap day: accepted when submitted exactly 30 days before (maximum 30)', () => {
    expect(rules(swap({ submitted: '2026-10-11' }))).toEqual([]);
  });

  test('swap day: rejected when submitted 31 days before (maximum 30)', () => {
    const r = check(swap({ submitted: '2026-10-10' }));
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.max_days_before']);
    expect(r.failures[0]?.params).toEqual({ days: 31, maxDays: 30 });
  });
});

describe('swap day: at most 30 days between the original day and the swap day', () => {
  test('swap day: accepted with 30 days between (Tue 10 Nov for Thu 10 Dec)', () => {
    expect(rules(swap({ originalDate: '2026-12-10' }))).toEqual([]);
  });

  test('swap day: rejected with 31 days between (Tue 10 Nov for Fri 11 Dec)', () => {
    const r = check(swap({ originalDate: '2026-12-11' }));
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.max_days_between']);
    expect(r.failures[0]?.params).toMatchObject({ days: 31, maxDays: 30 });
  });

  test('swap day: the distance counts either way (original 31 days before the swap day is rejected)', () => {
    // Original Mon 12 Oct, swap Thu 12 Nov, absence reported before the original day.
    const reported = withState(absence({ from: '2026-10-12', to: '2026-10-12', reported: local('2026-10-09') }), approved());
    const r = rules(swap({ originalDate: '2026-10-12', date: '2026-11-12', submitted: '2026-10-22' }), {
      otherRequests: [reported],
      placements: [placement({ days: days([1]) })],
    });
    expect(r).toEqual(['swap.max_days_between']);
  });
});

describe('swap day: hours, care type, year, contract end', () => {
  test('swap day: rejected when the swap day has more hours than the original day (07:30-18:00 for a 07:30-13:00 day)', () => {
    const r = check(swap(), { placements: [placement({ days: days([1, 3, 4, 5], '07:30', '13:00') })] });
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.not_more_hours']);
    expect(r.failures[0]?.message).toBe(
      'De ruildag duurt 10,5 uur, de ingeleverde dag 5,5 uur; een ruildag mag niet langer zijn dan de dag die u inlevert.',
    );
  });

  test('swap day: accepted with the same hours or fewer (08:00-17:30 for a 07:30-18:00 day)', () => {
    expect(rules(swap({ start: t('08:00'), end: t('17:30') }))).toEqual([]);
  });

  test('swap day: rejected when the days lie in different years (Thu 31 Dec 2026 for Tue 5 Jan 2027)', () => {
    expect(rules(swap({ originalDate: '2026-12-31', date: '2027-01-05', submitted: '2026-12-15' }))).toEqual(['swap.same_year']);
  });

  test('swap day: rejected after the contract’s end date (ends Fri 20 Nov, swap day Tue 24 Nov)', () => {
    const r = rules(swap({ originalDate: '2026-11-19', date: '2026-11-24', submitted: '2026-11-03' }), {
      placements: [placement({ endDate: '2026-11-20' })],
    });
    expect(r).toEqual(['swap.before_contract_end']);
  });

  test('swap day: rejected KDV to BSO (KDV contract ends 30 Nov, BSO starts 1 Dec)', () => {
    const kdv = placement({ endDate: '2026-11-30' });
    const bso = placement({
      id: 'placement-sem-bso',
      careType: 'BSO',
      groupId: 'group-bso',
      startDate: '2026-12-01',
      days: days([1], '15:00', '18:00'),
    });
    const r = rules(swap({ originalDate: '2026-11-26', date: '2026-12-01', submitted: '2026-11-12' }), { placements: [kdv, bso] });
    expect(r).toContain('swap.same_care_type');
    expect(r).toContain('swap.before_contract_end');
  });

  test('swap day: rejected when the original day is not a contracted day (Tue 17 Nov)', () => {
    expect(rules(swap({ originalDate: '2026-11-17' }))).toEqual(['swap.original_not_contracted']);
  });

  test('swap day: rejected when the swap day is already a contracted day (Wed 11 Nov)', () => {
    expect(rules(swap({ date: '2026-11-11', submitted: '2026-10-21' }))).toEqual(['request.already_in_care']);
  });
});

describe('swap day: BSO school days and holiday days', () => {
  const noor = (over: Parameters<typeof swap>[0]) =>
    swap({ childId: 'child-noor', originalChildId: 'child-noor', groupId: 'group-bso', start: t('15:00'), end: t('18:00'), ...over });

  test('swap day: BSO rejected school day for holiday day (Mon 12 Oct for Wed 21 Oct in the autumn holiday)', () => {
    const r = check(noor({ originalDate: '2026-10-12', date: '2026-10-21', submitted: '2026-10-01' }));
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.bso_day_kind']);
    expect(r.failures[0]?.message).toContain('De ingeleverde dag is een schooldag, de ruildag een vakantiedag');
  });

  test('swap day: BSO accepted school day for school day (Mon 12 Oct for Wed 14 Oct)', () => {
    expect(rules(noor({ originalDate: '2026-10-12', date: '2026-10-14', submitted: '2026-09-30' }))).toEqual([]);
  });

  test('swap day: BSO accepted holiday day for holiday day (Mon 19 Oct for Wed 21 Oct)', () => {
    expect(rules(noor({ originalDate: '2026-10-19', date: '2026-10-21', submitted: '2026-10-01' }))).toEqual([]);
  });

  test('swap day: BSO holiday day for school day rejected (Mon 19 Oct for Wed 28 Oct)', () => {
    expect(rules(noor({ originalDate: '2026-10-19', date: '2026-10-28', submitted: '2026-10-01' }))).toEqual(['swap.bso_day_kind']);
  });
});

describe('swap day: public holidays, study day, closed days', () => {
  test('swap day: rejected for a public holiday as the swap day (King’s Day, Mon 27 Apr)', () => {
    const r = check(swap({ originalDate: '2026-04-30', date: '2026-04-27', submitted: '2026-04-10' }), thuFri);
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.public_holiday']);
    expect(r.failures[0]?.message).toBe('ma 27 apr is een feestdag (Koningsdag); feestdagen kunnen niet geruild worden.');
  });

  test('swap day: rejected for a public holiday as the original day (Ascension Day, Thu 14 May)', () => {
    const r = check(swap({ originalDate: '2026-05-14', date: '2026-05-19', submitted: '2026-05-01' }), thuFri);
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.public_holiday']);
    expect(r.failures[0]?.params).toEqual({ dayDate: '2026-05-14', holiday: 'calendar.holiday.ascension_day' });
  });

  test('swap day: rejected for a weekend swap day (Sat 14 Nov)', () => {
    expect(rules(swap({ date: '2026-11-14', submitted: '2026-10-25' }))).toEqual(['request.closed_day']);
  });

  test('swap day: the study day (Tue 27 Oct) as the original day only through the manager', () => {
    const tuesdays = { placements: [placement({ days: days([2]) })] };
    const request = swap({ originalDate: '2026-10-27', date: '2026-11-04', submitted: '2026-10-15' });
    expect(rules(request, tuesdays)).toEqual(['swap.study_day_manager_only']);
    expect(rules({ ...request, enteredBy: assistant }, tuesdays)).toEqual(['swap.study_day_manager_only']);
    expect(rules({ ...request, enteredBy: manager }, tuesdays)).toEqual([]);
  });

  test('swap day: the study day is closed as a swap day (request.closed_day)', () => {
    expect(rules(swap({ originalDate: '2026-10-29', date: '2026-10-27', submitted: '2026-10-08' }))).toEqual(['request.closed_day']);
  });
});

describe('swap day: illness, another child, after the fact', () => {
  test('swap day: rejected for a day on which the child was reported ill', () => {
    const r = rules(swap({ originalDate: '2026-11-19', date: '2026-11-10' }), { illDates: ['2026-11-19'] });
    expect(r).toEqual(['swap.reported_ill']);
  });

  test('swap day: rejected for a day with an illness absence registered', () => {
    const ill = withState(absence({ from: '2026-11-19', to: '2026-11-19', reason: 'illness', reported: local('2026-10-19') }), approved());
    expect(rules(swap(), { otherRequests: [ill] })).toEqual(['swap.reported_ill']);
  });

  test('swap day: rejected for a sibling’s day (Lotte’s Thursday for Sem)', () => {
    const r = check(swap({ originalChildId: 'child-lotte' }));
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.other_child']);
    expect(r.failures[0]?.message).toBe(
      'De ingeleverde dag is van Lotte; een dag van een ander kind uit het gezin kan niet geruild worden.',
    );
  });

  test('swap day: rejected after the fact (submitted on the swap day), without a second "days before" failure', () => {
    const r = check(swap({ submitted: '2026-11-10' }));
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.after_the_fact']);
  });

  test('swap day: at decision time a passed swap day fails (request.day_passed)', () => {
    expect(rules(swap(), { at: local('2026-11-11') })).toEqual(['request.day_passed']);
    expect(rules(swap(), { at: local('2026-11-10', '07:00') })).toEqual([]);
  });
});

describe('swap day: an original day before the swap day', () => {
  // Original Mon 2 Nov, swap Tue 17 Nov, asked on Tue 3 Nov (14 days ahead, the day after the original).
  const late = swap({ originalDate: '2026-11-02', date: '2026-11-17', submitted: '2026-11-03' });

  test('swap day: rejected when the original day lies before the swap day and no absence was reported before it', () => {
    expect(rules(late)).toEqual(['swap.original_before_swap_needs_absence']);
  });

  test('swap day: accepted when the absence was reported the day before the original day', () => {
    const reported = withState(absence({ from: '2026-11-02', to: '2026-11-02', reported: local('2026-11-01', '20:00') }), approved());
    expect(rules(late, { otherRequests: [reported] })).toEqual([]);
  });

  test('swap day: rejected when the absence was reported only on the original day itself', () => {
    const onTheDay = withState(absence({ from: '2026-11-02', to: '2026-11-02', reported: local('2026-11-02', '07:00') }), approved());
    expect(rules(late, { otherRequests: [onTheDay] })).toEqual(['swap.original_before_swap_needs_absence']);
  });

  test('swap day: accepted when the request itself arrives before the original day', () => {
    const early = swap({ originalDate: '2026-11-02', date: '2026-11-17', submitted: '2026-11-01' });
    expect(rules(early)).toEqual([]);
  });
});

describe('swap day: summer blackout (July and August)', () => {
  test('swap day: accepted on Tue 30 June (before the blackout)', () => {
    expect(rules(swap({ originalDate: '2026-06-25', date: '2026-06-30', submitted: '2026-06-12' }), thuFri)).toEqual([]);
  });

  test('swap day: rejected on Wed 1 July (first day of the blackout)', () => {
    const r = check(swap({ originalDate: '2026-06-26', date: '2026-07-01', submitted: '2026-06-12' }), thuFri);
    expect(r.failures.map((f) => f.rule)).toEqual(['swap.summer_blackout']);
    expect(r.failures[0]?.message).toBe('wo 1 jul valt in de zomerstop (juli en augustus); dan kan er niet geruild worden.');
  });

  test('swap day: rejected on Mon 31 August (last day of the blackout)', () => {
    expect(rules(swap({ originalDate: '2026-09-03', date: '2026-08-31', submitted: '2026-08-10' }), thuFri)).toEqual([
      'swap.summer_blackout',
    ]);
  });

  test('swap day: accepted on Tue 1 September (after the blackout)', () => {
    expect(rules(swap({ originalDate: '2026-09-03', date: '2026-09-01', submitted: '2026-08-12' }), thuFri)).toEqual([]);
  });

  test('swap day: by default an original day in July is blocked too; with "swap_day" only the wanted day counts', () => {
    const request = swap({ originalDate: '2026-07-02', date: '2026-06-30', submitted: '2026-06-12' });
    expect(rules(request, thuFri)).toEqual(['swap.summer_blackout']);
    const s = requestSettingsSchema.parse({ swapDay: { blackoutAppliesTo: 'swap_day' } });
    expect(rules(request, thuFri, s)).toEqual([]);
  });
});

describe('swap day: one original day, one swap', () => {
  test('swap day: rejected when the original day was already given up for another live swap', () => {
    const earlier = withState(swap({ id: 'request-0', date: '2026-11-03' }), approved());
    expect(rules(swap(), { otherRequests: [earlier] })).toEqual(['swap.original_already_swapped']);
    const rejected = withState(swap({ id: 'request-0', date: '2026-11-03' }), {
      status: 'rejected',
      decidedAt: local('2026-10-21'),
      decidedBy: manager,
      reason: { code: 'group_full' },
      provisional: false,
    });
    expect(rules(swap(), { otherRequests: [rejected] })).toEqual([]);
  });
});

describe('swap day: all failures at once, ratio passed in', () => {
  test('swap day: returns every failing rule, not just the first', () => {
    const r = rules(swap({ originalChildId: 'child-lotte', date: '2026-07-01', originalDate: '2026-08-13', submitted: '2026-06-25' }));
    expect(r).toEqual(
      expect.arrayContaining(['swap.other_child', 'swap.min_days_before', 'swap.max_days_between', 'swap.summer_blackout']),
    );
  });

  test('swap day: a failing ratio what-if passes through with its own rule id', () => {
    const ratio = { ok: false as const, rule: 'ratio.exceeded', message: 'De groep is om 13:00 te vol.' };
    expect(rules(swap(), { ratio })).toEqual(['ratio.exceeded']);
    expect(rules(swap(), { ratio: { ok: true } })).toEqual([]);
  });

  test('swap day: another group needs the parent’s consent', () => {
    const request = swap({ groupId: 'group-zeesterren' });
    expect(rules(request, { consent: { otherGroup: false } })).toEqual(['request.needs_other_group_consent']);
    expect(rules(request, { consent: null })).toEqual(['request.needs_other_group_consent']);
    expect(rules(request, { consent: { otherGroup: true } })).toEqual([]);
  });

  test('swap day: times outside opening hours fail', () => {
    expect(rules(swap({ start: t('06:30'), end: t('17:00') }))).toEqual(['request.outside_opening_hours']);
  });

  test('swap day: uses the given calendar (a location without Liberation Day closure)', () => {
    const lustrum = { ...defaultCalendarSettings, liberationDayClosure: 'lustrum' as const };
    const request = swap({ originalDate: '2026-05-07', date: '2026-05-05', submitted: '2026-04-20' });
    expect(rules(request, { ...thuFri, calendar: lustrum })).toEqual([]);
    expect(rules(request, thuFri)).toEqual(['swap.public_holiday']);
  });
});
