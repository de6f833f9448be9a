/**
 * Whether a staff member may be rostered on a date (spec/master-data.md "Staff member"): within
 * their active period at the location, and not before their registration in the Personenregister
 * kinderopvang (PRK). Checked by every mutator that places a person on a date (`shift.assign`,
 * `shift.setDay`, `shift.copy`: all write through the same check), so desk and hub give the same
 * answer.
 *
 * - Active period: `activeFrom` and `activeTo` are both inclusive; null is an open end (rows from
 *   before issue 14 have both null and are never refused).
 * - PRK: a person may work from their registration date on, so a shift on that very date is
 *   allowed and one the day before is refused (`shift.before_prk_registration`). A person with NO
 *   registration date recorded (null: rows from before issue 14, or not yet entered) is NOT
 *   refused: the desk cannot tell "not registered" from "not recorded", and refusing would block
 *   every existing roster. Listing staff without a recorded registration is left to the master
 *   data screens.
 * - A person outside their active period is reported first (`shift.staff_not_yet_active`,
 *   `shift.staff_no_longer_active`): that is the more basic reason.
 */
import type { StaffRow } from '../../model/rows';
import { fail, ok } from '../../result';
import type { RuleResult } from '../../result';
import type { LocalDate } from '../time/localDate';
import { rosterText } from './messages';
import type { RosterRule } from './messages';

export type StaffDates = Pick<StaffRow, 'firstName' | 'lastName' | 'activeFrom' | 'activeTo' | 'prkRegisteredOn'>;

function refused(rule: RosterRule, params: Record<string, string>): RuleResult<never> {
  return fail(rule, rosterText(rule, params), params);
}

/** Ok when `staff` may work on `date`; otherwise the rule that refuses it, with params. */
export function checkStaffOnDate(staff: StaffDates, date: LocalDate): RuleResult<LocalDate> {
  const name = `${staff.firstName} ${staff.lastName}`;
  if (staff.activeFrom !== null && date < staff.activeFrom) {
    return refused('shift.staff_not_yet_active', { staff: name, date, fromDate: staff.activeFrom });
  }
  if (staff.activeTo !== null && date > staff.activeTo) {
    return refused('shift.staff_no_longer_active', { staff: name, date, toDate: staff.activeTo });
  }
  if (staff.prkRegisteredOn !== null && date < staff.prkRegisteredOn) {
    return refused('shift.before_prk_registration', { staff: name, date, registeredDate: staff.prkRegisteredOn });
  }
  return ok(date);
}
