import { describe, expect, test } from 'vitest';
import { formatDay, formatList, formatLongDate, formatMoney, formatTimeRange } from './format';

describe('Dutch formats (conventions: `ma 23 nov`, `07:30`, `€ 27,50`)', () => {
  test('days read like a Dutch diary', () => {
    expect(formatDay('2026-11-23', 'nl')).toBe('ma 23 nov');
    expect(formatDay('2026-12-25', 'nl')).toBe('vr 25 dec');
    expect(formatDay('2026-11-23', 'en')).toBe('Mon 23 Nov');
  });

  test('a date is never moved by the time zone or daylight saving', () => {
    expect(formatDay('2026-03-29', 'nl')).toBe('zo 29 mrt');
    expect(formatLongDate('2026-10-25', 'nl')).toBe('25 oktober 2026');
  });

  test('times are 24h with leading zeros', () => {
    expect(formatTimeRange(450, 1080)).toBe('07:30–18:00');
  });

  test('money from integer cents', () => {
    expect(formatMoney(2750, 'nl').replace(/\s/g, ' ')).toBe('€ 27,50');
    expect(formatMoney(8250, 'en')).toBe('€82.50');
    expect(formatMoney(123456, 'nl').replace(/\s/g, ' ')).toBe('€ 1.234,56');
    expect(formatMoney(123456, 'en')).toBe('€1,234.56');
  });

  test('names joined the way each language says it', () => {
    expect(formatList(['Noor', 'Daan'], 'nl')).toBe('Noor en Daan');
    expect(formatList(['Noor', 'Daan', 'Sem'], 'nl')).toBe('Noor, Daan en Sem');
    expect(formatList(['Noor', 'Daan'], 'en')).toBe('Noor and Daan');
    expect(formatList(['Noor'], 'en')).toBe('Noor');
  });
});
