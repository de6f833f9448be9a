import { describe, expect, test } from 'vitest';
import { rosterText } from '../../../../shared/domain/roster/messages';
import { ruleText } from './ruleText';

/** A refused copy as `shift.copy` returns it: the cause's rule id and values beside the Dutch reason. */
const cause = { staff: 'Anna de Vries', start: '07:30', end: '16:00' };
const reason = rosterText('shift.double_booked', cause);
const params = { ...cause, date: '2026-11-24', reason, cause: 'shift.double_booked' };
const refused = { rule: 'shift.copy_failed', params, message: rosterText('shift.copy_failed', params) };

describe('roster rule text', () => {
  test('a refused copy reads in Dutch as the core wrote it', () => {
    expect(ruleText(refused, 'nl')).toBe(
      'Kopiëren naar di 24 nov lukt niet voor Anna de Vries: Anna de Vries werkt op die dag al van 07:30 tot 16:00.',
    );
  });

  test('a refused copy reads in English, its reason rendered from the cause and its values', () => {
    expect(ruleText(refused, 'en')).toBe(
      'Copying to Tue 24 Nov fails for Anna de Vries: Anna de Vries already works that day from 07:30 to 16:00.',
    );
  });

  test('a refused copy whose cause is a shift-time rule reads in English too', () => {
    const times = { start: '05:00', end: '06:30', opensAt: '07:00', closesAt: '19:00' };
    const outside = {
      ...times,
      date: '2026-11-24',
      staff: 'Anna de Vries',
      reason: 'De dienst 05:00-06:30 valt helemaal buiten de openingstijden (07:00-19:00).',
      cause: 'shift.outside_opening_hours',
    };
    expect(ruleText({ rule: 'shift.copy_failed', params: outside, message: '' }, 'en')).toBe(
      'Copying to Tue 24 Nov fails for Anna de Vries: The shift 05:00-06:30 lies entirely outside the opening hours (07:00-19:00).',
    );
  });
});
