import { describe, expect, test } from 'vitest';
import { retryDelay } from './backoff';

describe('sync retry backoff', () => {
  test('doubles per failure within a jittered window', () => {
    expect(retryDelay(1, 0)).toBe(1_000);
    expect(retryDelay(1, 0.999)).toBeLessThanOrEqual(2_000);
    expect(retryDelay(2, 0)).toBe(2_000);
    expect(retryDelay(3, 0)).toBe(4_000);
  });

  test('never exceeds the cap, however long the hub is away', () => {
    expect(retryDelay(50, 0.999)).toBeLessThanOrEqual(5 * 60_000);
    expect(retryDelay(50, 0)).toBe(150_000);
  });

  test('jitter spreads desks that failed at the same moment', () => {
    const delays = new Set([0.1, 0.4, 0.7].map((r) => retryDelay(4, r)));
    expect(delays.size).toBe(3);
  });
});
