import { describe, expect, test } from 'vitest';
import type { StaffRow } from '../../model/rows';
import { certificateValidOn, expiringCertificates, firstAidCoverage } from './firstAidCoverage';
import type { FirstAidInput } from './firstAidCoverage';

const DATE = '2026-11-24';
const T = (h: number, m = 0) => h * 60 + m;

const base = (patch: Partial<FirstAidInput> = {}): FirstAidInput => ({
  date: DATE,
  opening: { start: T(7), end: T(19) },
  groups: [
    { id: 'kdv1', careType: 'KDV' },
    { id: 'kdv2', careType: 'KDV' },
    { id: 'bso', careType: 'BSO' },
  ],
  children: [{ groupId: 'kdv1', start: T(8), end: T(17) }],
  shifts: [{ staffId: 'anna', groupId: 'kdv1', start: T(7, 30), end: T(17, 30), breaks: [] }],
  certificates: new Map([['anna', '2027-06-30']]),
  ...patch,
});

const kdv = (input: FirstAidInput) => firstAidCoverage(input).find((c) => c.careType === 'KDV');
const bso = (input: FirstAidInput) => firstAidCoverage(input).find((c) => c.careType === 'BSO');

describe('kinder-EHBO: certificate valid on the day (expiry >= date)', () => {
  test.each([
    ['2026-11-23', false],
    ['2026-11-24', true],
    ['2026-11-25', true],
    [null, false],
  ] as const)('valid until %s -> %s on 24 Nov', (until, valid) => {
    expect(certificateValidOn(until, DATE)).toBe(valid);
  });

  test('a holder whose certificate expired the day before leaves every slot with children uncovered', () => {
    const centre = kdv(base({ certificates: new Map([['anna', '2026-11-23']]) }));
    expect(centre?.uncovered).toEqual([{ start: T(8), end: T(17) }]);
    expect(centre?.slots).toHaveLength(36);
    expect(centre?.slots[0]).toEqual({ start: T(8), end: T(8, 15) });
  });

  test.each(['2026-11-24', '2026-11-25'])('a certificate valid until %s covers the day', (until) => {
    expect(kdv(base({ certificates: new Map([['anna', until]]) }))).toEqual({ careType: 'KDV', uncovered: [], slots: [] });
  });

  test('no certificate recorded (missing or null) is no holder', () => {
    expect(kdv(base({ certificates: new Map() }))?.uncovered).toHaveLength(1);
    expect(kdv(base({ certificates: new Map([['anna', null]]) }))?.uncovered).toHaveLength(1);
  });
});

describe('kinder-EHBO: presence per 15-minute slot', () => {
  test('the only holder on a break: those slots are gaps, a partial slot counts as a gap', () => {
    const shifts = [{ staffId: 'anna', groupId: 'kdv1', start: T(7, 30), end: T(17, 30), breaks: [{ start: T(12, 10), end: T(12, 40) }] }];
    const centre = kdv(base({ shifts }));
    expect(centre?.uncovered).toEqual([{ start: T(12, 10), end: T(12, 40) }]);
    expect(centre?.slots).toEqual([
      { start: T(12), end: T(12, 15) },
      { start: T(12, 15), end: T(12, 30) },
      { start: T(12, 30), end: T(12, 45) },
    ]);
  });

  test('a second holder in another group of the same centre covers the break; one without a certificate does not', () => {
    const shifts = [
      { staffId: 'anna', groupId: 'kdv1', start: T(7, 30), end: T(17, 30), breaks: [{ start: T(12), end: T(12, 30) }] },
      { staffId: 'bram', groupId: 'kdv2', start: T(11), end: T(13), breaks: [] },
    ];
    expect(
      kdv(
        base({
          shifts,
          certificates: new Map([
            ['anna', '2027-01-01'],
            ['bram', '2027-01-01'],
          ]),
        }),
      )?.uncovered,
    ).toEqual([]);
    expect(
      kdv(
        base({
          shifts,
          certificates: new Map([
            ['anna', '2027-01-01'],
            ['bram', '2026-11-23'],
          ]),
        }),
      )?.uncovered,
    ).toEqual([{ start: T(12), end: T(12, 30) }]);
  });

  test('a holder arriving after the first child and leaving before the last: the stretches before and after', () => {
    const shifts = [{ staffId: 'anna', groupId: 'kdv1', start: T(8, 30), end: T(16, 50), breaks: [] }];
    const centre = kdv(base({ shifts }));
    expect(centre?.uncovered).toEqual([
      { start: T(8), end: T(8, 30) },
      { start: T(16, 50), end: T(17) },
    ]);
    expect(centre?.slots).toEqual([
      { start: T(8), end: T(8, 15) },
      { start: T(8, 15), end: T(8, 30) },
      { start: T(16, 45), end: T(17) },
    ]);
  });

  test('KDV and BSO are two centres: a KDV holder does not cover BSO children', () => {
    const children = [
      { groupId: 'kdv1', start: T(8), end: T(17) },
      { groupId: 'bso', start: T(15), end: T(18) },
    ];
    expect(kdv(base({ children }))?.uncovered).toEqual([]);
    expect(bso(base({ children }))?.uncovered).toEqual([{ start: T(15), end: T(18) }]);
  });

  test('a centre with no children planned needs nobody, and neither does a slot after the last child left', () => {
    expect(bso(base())).toEqual({ careType: 'BSO', uncovered: [], slots: [] });
    expect(kdv(base({ shifts: [] }))?.uncovered).toEqual([{ start: T(8), end: T(17) }]);
    expect(kdv(base({ children: [] }))).toEqual({ careType: 'KDV', uncovered: [], slots: [] });
  });

  test('only the opening hours are checked: a child entered before opening counts from opening', () => {
    const children = [{ groupId: 'kdv1', start: T(6, 30), end: T(8) }];
    expect(kdv(base({ children, shifts: [] }))?.uncovered).toEqual([{ start: T(7), end: T(8) }]);
  });
});

describe('kinder-EHBO: certificates expiring within three months', () => {
  const person = (id: string, ehboValidUntil: string | null, activeTo: string | null = null): StaffRow => ({
    id,
    locationId: 'loc',
    firstName: id,
    lastName: 'X',
    counts: 'full',
    contractMinutesPerWeek: 0,
    jobTitle: '',
    activeFrom: null,
    activeTo,
    prkRegisteredOn: null,
    ehboValidUntil,
    externalId: null,
  });

  test('from the day before the date up to the limit (inclusive), soonest first, expired ones marked', () => {
    const staff = [
      person('limit', '2027-02-24'),
      person('after', '2027-02-25'),
      person('on', '2026-11-24'),
      person('before', '2026-11-23'),
      person('none', null),
    ];
    expect(expiringCertificates(staff, DATE).map((c) => [c.staffId, c.validUntil, c.expired])).toEqual([
      ['before', '2026-11-23', true],
      ['on', '2026-11-24', false],
      ['limit', '2027-02-24', false],
    ]);
  });

  test('the limit clamps at the end of a month: 30 Nov + 3 months is 28 Feb', () => {
    const staff = [person('feb28', '2027-02-28'), person('mar1', '2027-03-01')];
    expect(expiringCertificates(staff, '2026-11-30').map((c) => c.staffId)).toEqual(['feb28']);
  });

  test('staff who left before the date are not listed; leaving on the date still is', () => {
    const staff = [person('left', '2026-12-01', '2026-11-23'), person('lastDay', '2026-12-01', '2026-11-24')];
    expect(expiringCertificates(staff, DATE).map((c) => c.staffId)).toEqual(['lastDay']);
  });
});
