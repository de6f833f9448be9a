import { describe, expect, test } from 'vitest';
import { ratioMessages, ratioText } from './messages';

const placeholders = (template: string) => [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('ratio messages', () => {
  test('messages: Dutch and English have the same keys', () => {
    expect(Object.keys(ratioMessages.en).sort()).toEqual(Object.keys(ratioMessages.nl).sort());
  });

  test('messages: every English sentence uses the same placeholders as the Dutch one', () => {
    for (const [key, nl] of Object.entries(ratioMessages.nl)) {
      const en = (ratioMessages.en as Record<string, string>)[key] ?? '';
      expect(placeholders(en), key).toEqual(placeholders(nl));
    }
  });

  test('messages: plural forms by count (1 kind, 2 kinderen)', () => {
    const params = { count: 1, row: '3..3', cellStaff: 1, cellMax: 8 };
    expect(ratioText('ratio.kdv.table1', params)).toBe('1 kind, rij 3..3: cel 1 PM / 8');
    expect(ratioText('ratio.kdv.table1', { ...params, count: 2 }, 'en')).toBe('2 children, row 3..3: cell 1 staff / 8');
  });
});
