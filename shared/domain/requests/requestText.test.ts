import { describe, expect, test } from 'vitest';
import { formatDay, formatHours, formatInstant, requestText } from './requestText';
import { instantAtLocal, localDateOf } from './requestTime';

describe('request texts and time', () => {
  test('text: dates as "do 3 dec", instants in Amsterdam time, hours with a decimal comma', () => {
    expect(formatDay('2026-12-03')).toBe('do 3 dec');
    expect(formatDay('2026-12-03', 'en')).toBe('Thu 3 Dec');
    expect(formatInstant('2026-11-20T09:00:00.000Z')).toBe('vr 20 nov 10:00');
    expect(formatInstant('2026-07-01T08:00:00.000Z')).toBe('wo 1 jul 10:00');
    expect(formatHours(510)).toBe('8,5 uur');
    expect(formatHours(60, 'en')).toBe('1 hour');
  });

  test('text: params render per language by name', () => {
    expect(requestText('swap.summer_blackout', { dayDate: '2026-07-01', monthList: '7,8' }, 'en')).toBe(
      'Wed 1 Jul is in the summer blackout (July and August); no swaps then.',
    );
    expect(requestText('request.duplicate', { dayDate: '2026-11-24', otherKind: 'flexDay', otherStatus: 'approved' })).toBe(
      'Voor di 24 nov is er al een aanvraag voor flexopvang (goedgekeurd).',
    );
  });

  test('time: care at 07:30 local is 06:30 UTC in winter and 05:30 UTC in summer (DST does not move the contracted time)', () => {
    expect(instantAtLocal('2026-11-16', 450)).toBe('2026-11-16T06:30:00.000Z');
    expect(instantAtLocal('2026-07-01', 450)).toBe('2026-07-01T05:30:00.000Z');
    expect(instantAtLocal('2026-03-29', 450)).toBe('2026-03-29T05:30:00.000Z');
    expect(instantAtLocal('2026-10-25', 450)).toBe('2026-10-25T06:30:00.000Z');
  });

  test('time: the local date of an instant is the Amsterdam date', () => {
    expect(localDateOf('2026-11-10T22:59:00.000Z')).toBe('2026-11-10');
    expect(localDateOf('2026-11-10T23:00:00.000Z')).toBe('2026-11-11');
  });
});
