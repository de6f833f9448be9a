import { describe, expect, test } from 'vitest';
import { latePickupLink, presetOf } from './registrationPreset';

const params = (query: string) => new URLSearchParams(query);

describe('the registration preset from the address (a late check-out in the day view)', () => {
  test('the day view’s link reads back as the child, group, day and pickup time', () => {
    const link = latePickupLink({ childId: 'sem-1', groupId: 'rupsjes', date: '2026-11-20', pickupTime: 18 * 60 + 12 });
    expect(link).toEqual({ child: 'sem-1', group: 'rupsjes', date: '2026-11-20', pickup: '18:12' });
    expect(presetOf(new URLSearchParams(link), '2026-11-23')).toEqual({
      childId: 'sem-1',
      groupId: 'rupsjes',
      date: '2026-11-20',
      pickupTime: 1092,
      key: '2026-11-20|rupsjes|sem-1|1092',
    });
  });

  test('no parameters: no preset (the screen opens as usual)', () => {
    expect(presetOf(params(''), '2026-11-23')).toBeNull();
    expect(presetOf(params('unrelated=1'), '2026-11-23')).toBeNull();
  });

  test('a value that cannot be right is dropped, the others kept: a day after today, no date, no time, an odd id', () => {
    expect(presetOf(params('child=sem&date=2026-11-24&pickup=18:12'), '2026-11-23')).toMatchObject({ date: null, childId: 'sem' });
    expect(presetOf(params('child=sem&date=2026-02-30'), '2026-11-23')).toMatchObject({ date: null });
    expect(presetOf(params('child=sem&pickup=25:00'), '2026-11-23')).toMatchObject({ pickupTime: null });
    expect(presetOf(params('child=sem&pickup=24:00'), '2026-11-23')).toMatchObject({ pickupTime: null });
    expect(presetOf(params('child=%3Cscript%3E&group=g1'), '2026-11-23')).toMatchObject({ childId: null, groupId: 'g1' });
  });

  test('today itself is a day to register on', () => {
    expect(presetOf(params('date=2026-11-23'), '2026-11-23')).toMatchObject({ date: '2026-11-23' });
  });

  test('another late check-out gives another key (the form starts afresh)', () => {
    const a = presetOf(params('child=sem&group=g1&date=2026-11-20&pickup=18:12'), '2026-11-23');
    const b = presetOf(params('child=noor&group=g1&date=2026-11-20&pickup=18:12'), '2026-11-23');
    expect(a?.key).not.toBe(b?.key);
  });
});
