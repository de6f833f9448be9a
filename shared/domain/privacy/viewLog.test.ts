import { describe, expect, it } from 'vitest';
import { repeatsRecordedView, VIEW_REPEAT_MINUTES } from './viewLog';

const at = (minutes: number) => new Date(Date.parse('2026-11-23T08:00:00.000Z') + minutes * 60_000).toISOString();
const earlier = [{ userId: 'u1', what: 'detail' as const, at: at(0) }];

describe(`view log: the same view within ${VIEW_REPEAT_MINUTES} minutes is one viewing`, () => {
  it('9:59 minutes later by the same person: a repeat, not recorded again', () =>
    expect(repeatsRecordedView(earlier, { userId: 'u1', what: 'detail', at: at(9.99) })).toBe(true));
  it('exactly 10 minutes later: recorded again', () =>
    expect(repeatsRecordedView(earlier, { userId: 'u1', what: 'detail', at: at(10) })).toBe(false));
  it('11 minutes later: recorded again', () =>
    expect(repeatsRecordedView(earlier, { userId: 'u1', what: 'detail', at: at(11) })).toBe(false));
  it('another person, or the health notes instead of the detail: recorded', () => {
    expect(repeatsRecordedView(earlier, { userId: 'u2', what: 'detail', at: at(1) })).toBe(false);
    expect(repeatsRecordedView(earlier, { userId: 'u1', what: 'health', at: at(1) })).toBe(false);
  });
});
