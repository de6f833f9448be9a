import { describe, expect, it } from 'vitest';
import { combinationCount, combinations } from './readAhead';

const values = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

describe('read-ahead combinations are counted before they are made', () => {
  it('every choice of one value per list, up to the maximum', () => {
    expect(
      combinations(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        4,
      ),
    ).toEqual([
      ['a', '1'],
      ['a', '2'],
      ['b', '1'],
      ['b', '2'],
    ]);
  });

  it('exactly the maximum is made; one more is not', () => {
    expect(combinations([values('s', 50), values('d', 100)], 5000)).toHaveLength(5000);
    expect(combinations([values('s', 50), values('d', 100)], 4999)).toBeNull();
  });

  it('6,000 staff ids by 6,000 dates (36 million) is refused without making any', () => {
    const started = performance.now();
    expect(combinations([values('s', 6000), values('d', 6000)], 5000)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('the count stops just past the maximum, whatever the lists multiply to', () => {
    expect(combinationCount([values('s', 6000), values('d', 6000), values('g', 6000)], 5000)).toBe(5001);
    expect(combinationCount([values('s', 3), []], 5000)).toBe(0);
  });
});
