import { describe, expect, test } from 'vitest';
import { checkExtension } from './extension';
import type { ExtensionRequest } from './request';
import type { RequestContext } from './requestContext';
import { defaultRequestSettings } from './requestSettings';
import { approved, context, days, extension, extra, manager, noorBso, placement, t, withState } from './testFixtures';

const settings = defaultRequestSettings;
const rules = (request: ExtensionRequest, over: Partial<RequestContext> = {}) =>
  checkExtension(request, context({ at: request.submittedAt, ...over }), settings).failures.map((f) => f.rule);

describe('extension: whole hours', () => {
  test('extension: accepted for one whole hour (07:30-18:00 to 07:30-19:00)', () => {
    expect(rules(extension({ submitted: '2026-11-10' }))).toEqual([]);
  });

  test('extension: whole hours on either side (30 minutes earlier refused; an hour earlier and later on an 08:00-17:00 day fine)', () => {
    expect(rules(extension({ start: t('07:00'), end: t('18:00'), submitted: '2026-11-10' }))).toEqual(['extension.whole_hours']);
    const early = placement({ days: days([1, 3, 4, 5], '08:00', '17:00') });
    expect(rules(extension({ start: t('07:00'), end: t('18:00'), submitted: '2026-11-10' }), { placements: [early] })).toEqual([]);
  });

  test('extension: rejected for half an hour (07:30-18:30)', () => {
    const r = checkExtension(extension({ end: t('18:30'), submitted: '2026-11-10' }), context({ at: extension().submittedAt }), settings);
    expect(r.failures.map((f) => f.rule)).toEqual(['extension.whole_hours']);
    expect(r.failures[0]?.message).toBe(
      'Verlengen kan alleen per 60 minuten (hele uren): gevraagd is 0 minuten eerder en 30 minuten later.',
    );
  });

  test('extension: rejected when the asked times do not extend the day', () => {
    expect(rules(extension({ start: t('08:00'), end: t('19:00'), submitted: '2026-11-10' }))).toEqual(['extension.not_longer']);
    expect(rules(extension({ start: t('07:30'), end: t('18:00'), submitted: '2026-11-10' }))).toEqual(['extension.not_longer']);
  });

  test('extension: rejected on a day without care (Tue 17 Nov)', () => {
    expect(rules(extension({ date: '2026-11-17', submitted: '2026-11-10' }))).toEqual(['extension.no_care_day']);
  });

  test('extension: an approved extra day can be extended', () => {
    const e = withState(extra({ id: 'e1', date: '2026-11-17', start: t('08:00'), end: t('17:30') }), approved());
    expect(
      rules(extension({ date: '2026-11-17', start: t('08:00'), end: t('18:30'), submitted: '2026-11-10' }), { otherRequests: [e] }),
    ).toEqual([]);
  });

  test('extension: BSO extends the after-school part of a day with a before-school part', () => {
    const bso = noorBso({ days: [...days([1], '07:30', '08:30'), ...days([1], '15:00', '18:00')] });
    const r = extension({
      childId: 'child-noor',
      groupId: 'group-bso',
      date: '2026-11-16',
      start: t('15:00'),
      end: t('19:00'),
      submitted: '2026-11-10',
    });
    expect(rules(r, { placements: [bso] })).toEqual([]);
  });
});

describe('extension: at least 3 days before', () => {
  test('extension: accepted when submitted exactly 3 days before (Fri 13 Nov for Mon 16 Nov)', () => {
    expect(rules(extension({ submitted: '2026-11-13' }))).toEqual([]);
  });

  test('extension: rejected when submitted 2 days before (minimum 3)', () => {
    expect(rules(extension({ submitted: '2026-11-14' }))).toEqual(['extension.min_days_before']);
  });

  test('extension: entered by staff on the parent’s behalf counts from the e-mail’s arrival', () => {
    expect(rules(extension({ submitted: '2026-11-13', enteredBy: manager }))).toEqual([]);
  });
});
