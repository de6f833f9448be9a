import { describe, expect, test } from 'vitest';
import { clockFromSetting, runningClockFrom } from './clock';

describe('the desk clock of a given day (OPVANGDESK_NOW)', () => {
  test('starts at the instant given and runs on at real speed', async () => {
    const clock = runningClockFrom('2026-12-24T16:30:00Z');
    const first = clock().getTime();
    expect(first - Date.parse('2026-12-24T16:30:00Z')).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 30));
    expect(clock().getTime() - first).toBeGreaterThanOrEqual(25);
  });

  test('no value: the wall clock (undefined); an instant: a running clock', () => {
    expect(clockFromSetting(undefined)).toBeUndefined();
    expect(clockFromSetting('')).toBeUndefined();
    expect(clockFromSetting('2027-01-04T07:00:00+01:00')!().toISOString().slice(0, 13)).toBe('2027-01-04T06');
  });

  test('a date without a time or nonsense is refused in Dutch, naming the setting', () => {
    expect(() => clockFromSetting('2026-12-24')).toThrow(/OPVANGDESK_NOW moet een tijdstip zijn/);
    expect(() => clockFromSetting('morgen')).toThrow(/niet "morgen"/);
    expect(() => clockFromSetting('2026-13-45T99:00:00Z')).toThrow(/OPVANGDESK_NOW/);
  });
});
