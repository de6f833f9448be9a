import { describe, expect, test } from 'vitest';
import type { SchoolClosureDayRequest } from './request';
import type { RequestContext } from './requestContext';
import { defaultRequestSettings } from './requestSettings';
import { checkSchoolClosureDay, checkSchoolClosureThreshold } from './schoolClosureDay';
import { context, placement, schoolClosure } from './testFixtures';

const settings = defaultRequestSettings;
const rules = (request: SchoolClosureDayRequest, over: Partial<RequestContext> = {}) =>
  checkSchoolClosureDay(request, context({ at: request.submittedAt, ...over }), settings).failures.map((f) => f.rule);

describe('school closure day', () => {
  test('school closure day: accepted when submitted exactly 28 days before (Wed 14 Oct for Wed 11 Nov)', () => {
    expect(rules(schoolClosure({ submitted: '2026-10-14' }))).toEqual([]);
  });

  test('school closure day: rejected when submitted 27 days before (minimum 28)', () => {
    expect(rules(schoolClosure({ submitted: '2026-10-15' }))).toEqual(['school_closure.min_days_before']);
  });

  test('school closure day: rejected inside a school holiday (autumn holiday, Wed 21 Oct)', () => {
    expect(rules(schoolClosure({ date: '2026-10-21', submitted: '2026-09-01' }))).toEqual(['school_closure.in_holiday']);
  });

  test('school closure day: BSO only', () => {
    const kdvOnly = [placement({ childId: 'child-noor' })];
    expect(rules(schoolClosure({ submitted: '2026-10-01' }), { placements: kdvOnly })).toEqual(['school_closure.bso_only']);
  });

  test('school closure day: the BSO opens from the manager’s threshold (5 registered, threshold 6: closed)', () => {
    expect(checkSchoolClosureThreshold('2026-11-11', 6, 6)).toEqual({ ok: true });
    const r = checkSchoolClosureThreshold('2026-11-11', 5, 6);
    expect(r.ok ? '' : r.rule).toBe('school_closure.below_threshold');
    expect(r.ok ? '' : r.message).toBe('Voor wo 11 nov zijn 5 kinderen aangemeld; de BSO gaat open vanaf 6 kinderen.');
  });
});
