/**
 * A staff member's own facts (spec/master-data.md "Staff member"): the period they work at the
 * location. The legal facts (PRK registration, kinder-EHBO) are recorded here and checked against
 * the roster elsewhere.
 */
import type { StaffRow } from '../../model/rows';
import { ok, type RuleResult } from '../../result';
import { masterDataFailure } from './messages';

/** The last working day is not before the first (both inclusive; either may be open). */
export function checkActivePeriod(staff: Pick<StaffRow, 'activeFrom' | 'activeTo'>): RuleResult<true> {
  const { activeFrom, activeTo } = staff;
  if (activeFrom !== null && activeTo !== null && activeTo < activeFrom) {
    return masterDataFailure('staff.active_to_after_from', { activeFromDate: activeFrom, activeToDate: activeTo });
  }
  return ok(true);
}
