import { describe, expect, test } from 'vitest';
import { formatHlc, nextHlc, parseHlc } from './hlc';

describe('hybrid logical clock', () => {
  test('follows the wall clock when it moves forward', () => {
    expect(nextHlc({ wall: 1000, counter: 4 }, 2000)).toEqual({ wall: 2000, counter: 0 });
  });

  test('stays strictly increasing when the clock stands still or jumps back', () => {
    const a = nextHlc(null, 5000);
    const b = nextHlc(a, 5000);
    const c = nextHlc(b, 3000);
    expect([a, b, c]).toEqual([
      { wall: 5000, counter: 0 },
      { wall: 5000, counter: 1 },
      { wall: 5000, counter: 2 },
    ]);
    expect(formatHlc(a, 'd') < formatHlc(b, 'd')).toBe(true);
    expect(formatHlc(b, 'd') < formatHlc(c, 'd')).toBe(true);
  });

  test('round-trips through its text form', () => {
    expect(parseHlc(formatHlc({ wall: 1_795_000_000_000, counter: 7 }, 'desk-1'))).toEqual({ wall: 1_795_000_000_000, counter: 7 });
    expect(parseHlc('garbage')).toBeNull();
  });
});
